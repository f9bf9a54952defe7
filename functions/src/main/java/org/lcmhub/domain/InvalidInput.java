package org.lcmhub.domain;

import java.util.Map;

/**
 * Input that breaks a domain rule, with one message per offending field; and, where a page can word
 * the case better than the field's general words, its {@code params} (a field's name to why it is
 * refused, and the values a sentence needs).
 */
public class InvalidInput extends RuntimeException {
    private final Map<String, String> fields;
    private final Map<String, String> params;

    public InvalidInput(Map<String, String> fields) {
        this(fields, Map.of());
    }

    public InvalidInput(Map<String, String> fields, Map<String, String> params) {
        super("Invalid input: " + fields.keySet());
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        this.params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    public Map<String, String> fields() {
        return fields;
    }

    public Map<String, String> params() {
        return params;
    }
}
