package org.lcmhub.matching;

import org.lcmhub.matching.model.Reason;

/** A matching reason of each code with figures of the kind the matcher gives it, for tests that word every code. */
public final class WordingSamples {
    private WordingSamples() {
    }

    public static Reason of(String code, int count) {
        String n = String.valueOf(count);
        return switch (code) {
            case "languages", "no-language", "all-paused" -> Reason.of(code, "fr, en");
            case "path", "no-path", "pair-path" -> Reason.of(code, "python-8-weeks");
            case "no-language-on-path" -> Reason.of(code, "fr", "python-8-weeks");
            case "overlap" -> Reason.of(code, "90", "TUESDAY,THURSDAY");
            case "places" -> Reason.of(code, n, "5");
            case "skills" -> Reason.of(code, "python, git");
            case "timezone" -> Reason.of(code, "150");
            case "places-taken", "awaiting-draft" -> Reason.of(code, n);
            case "room-for-some" -> Reason.of(code, n, String.valueOf(count + 1));
            case "room-no-language", "room-no-shared-hour" -> Reason.of(code, n, "fr");
            default -> Reason.of(code);
        };
    }
}
