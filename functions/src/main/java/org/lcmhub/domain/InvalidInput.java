package org.lcmhub.domain;

import java.util.Map;

/** Input that breaks a domain rule, with one message per offending field. */
public class InvalidInput extends RuntimeException {
    private final Map<String, String> fields;

    public InvalidInput(Map<String, String> fields) {
        super("Invalid input: " + fields.keySet());
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
