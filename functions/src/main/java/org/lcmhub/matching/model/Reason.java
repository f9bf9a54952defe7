package org.lcmhub.matching.model;

import java.util.List;

/**
 * Why a pair was proposed or a learner was left out: a stable code plus its arguments, rendered in
 * words by {@code org.lcmhub.matching.Wording}.
 */
public record Reason(String code, List<String> args) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, String... args) {
        return new Reason(code, List.of(args));
    }
}
