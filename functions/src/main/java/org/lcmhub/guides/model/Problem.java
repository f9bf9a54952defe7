package org.lcmhub.guides.model;

import java.util.Map;

/**
 * One thing wrong with a guide, for the editor to show beside its field or line: {@code guide}
 * is its index in the change set, {@code line} the body line (1-based, 0 for a field), and
 * {@code code} with {@code params} the message the page words in the reader's language.
 */
public record Problem(int guide, String field, int line, String code, Map<String, Object> params, String message) {
    public Problem {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
