package org.lcmhub.matching;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lcmhub.cohort.PathTitles;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.matching.model.Reason;

/**
 * Reasons in words, in English or French: the site's catalogue ({@code match.<code>} in
 * staff.json), with the figures worded as the staff pages word them (staff.js's reason), so the
 * API's sentence is the one the page shows.
 */
public final class Wording {
    /** Every code a matching reason has; each has a text in the catalogue in both languages. */
    public static final List<String> CODES = List.of("pinned", "languages", "path", "overlap", "places", "skills",
            "timezone-same", "timezone", "no-language", "no-path", "no-language-on-path", "all-paused",
            "no-shared-hour", "all-excluded", "all-full", "room-no-language", "room-no-shared-hour", "places-taken",
            "awaiting-draft", "room-for-some", "pin-unknown", "pin-duplicate", "pair-paused", "pair-path", "pair-language",
            "pair-no-shared-hour", "pair-excluded", "pair-full");

    private Wording() {
    }

    /** The reason in {@code language}. */
    public static String text(Reason reason, Language language) {
        Catalogue words = Catalogue.site();
        String key = "match." + reason.code();
        if (!CODES.contains(reason.code())) {
            throw new IllegalArgumentException("no wording for " + reason.code());
        }
        Map<String, Object> raw = params(reason);
        Map<String, Object> shown = words(raw, reason.code(), language);
        if (words.has(language, key + ".other")) {
            Object count = raw.getOrDefault("count", raw.getOrDefault("used", 2));
            return words.plural(language, key, (Number) count, shown);
        }
        return words.t(language, key, shown);
    }

    /**
     * The figures in words: languages joined by "and" where both speak them all, by "or" where none
     * is spoken; days by the catalogue's short names; a path by its title; minutes as hours.
     */
    private static Map<String, Object> words(Map<String, Object> params, String code, Language language) {
        Catalogue words = Catalogue.site();
        boolean fr = language.isFrench();
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            switch (name) {
                case "languages" -> {
                    boolean every = "languages".equals(code);
                    out.put(name, ((List<?>) value).stream().map(c -> words.languageName(language, (String) c))
                            .collect(Collectors.joining(fr ? (every ? " et " : " ou ") : (every ? " and " : " or "))));
                }
                case "days" -> out.put(name, ((List<?>) value).stream().map(d -> words.t(language, "staff.day." + d))
                        .collect(Collectors.joining(", ")));
                case "path" -> out.put(name, PathTitles.pathTitle((String) value, language));
                case "minutes" -> out.put("hours", hours((Integer) value, language));
                default -> out.put(name, value instanceof Number n ? Catalogue.number(language, n) : value);
            }
        });
        return out;
    }

    /** 180 → "3 h", 150 → "2.5 h" (French "2,5 h"), as the staff pages write hours. */
    static String hours(int minutes, Language language) {
        return Catalogue.site().t(language, "staff.hours", Map.of("hours", Catalogue.number(language, minutes / 60.0)));
    }

    public static List<String> texts(List<Reason> reasons, Language language) {
        return reasons.stream().map(r -> text(r, language)).toList();
    }

    /**
     * A reason as pages render it: its code, its figures by name (the names of the message
     * catalogue's placeholders) and a default English sentence for API clients.
     */
    public static Map<String, Object> view(Reason reason) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", reason.code());
        v.put("params", params(reason));
        v.put("message", text(reason, Language.EN));
        return v;
    }

    public static List<Map<String, Object>> views(List<Reason> reasons) {
        return reasons.stream().map(Wording::view).toList();
    }

    /** A time difference of this many minutes or more is a trade-off of the pair, not a fit. */
    static final int FAR_MINUTES = 180;
    /** Less shared time than this in the week is a trade-off too. */
    static final int SHORT_OVERLAP_MINUTES = 60;

    /** Whether the reason speaks against the pair (a trade-off the LCM accepts) rather than for it. */
    public static boolean tradeOff(Reason reason) {
        return switch (reason.code()) {
            case "timezone" -> Integer.parseInt(reason.args().get(0)) >= FAR_MINUTES;
            case "overlap" -> Integer.parseInt(reason.args().get(0)) < SHORT_OVERLAP_MINUTES;
            default -> false;
        };
    }

    /** The figures of each code by name; lists (languages, days) as lists of codes. */
    static Map<String, Object> params(Reason reason) {
        List<String> a = reason.args();
        Map<String, Object> p = new LinkedHashMap<>();
        switch (reason.code()) {
            case "languages", "no-language", "all-paused" -> p.put("languages", list(a.get(0)));
            case "path", "no-path", "pair-path" -> p.put("path", a.get(0));
            case "no-language-on-path" -> {
                p.put("languages", list(a.get(0)));
                p.put("path", a.get(1));
            }
            case "overlap" -> {
                p.put("minutes", Integer.parseInt(a.get(0)));
                p.put("days", Arrays.stream(a.get(1).split(",")).filter(d -> !d.isEmpty())
                        .map(d -> d.substring(0, 3).toLowerCase(java.util.Locale.ROOT)).toList());
            }
            case "places" -> {
                p.put("used", Integer.parseInt(a.get(0)));
                p.put("capacity", Integer.parseInt(a.get(1)));
            }
            case "skills" -> p.put("skills", a.get(0));
            case "timezone" -> p.put("minutes", Integer.parseInt(a.get(0)));
            case "places-taken", "awaiting-draft" -> p.put("count", Integer.parseInt(a.get(0)));
            case "room-for-some" -> {
                p.put("count", Integer.parseInt(a.get(0)));
                p.put("learners", Integer.parseInt(a.get(1)));
            }
            case "room-no-language", "room-no-shared-hour" -> {
                p.put("count", Integer.parseInt(a.get(0)));
                p.put("languages", list(a.get(1)));
            }
            default -> { }
        }
        return p;
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split("[,/]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
