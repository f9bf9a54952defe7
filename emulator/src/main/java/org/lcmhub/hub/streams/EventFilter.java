package org.lcmhub.hub.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Lambda's event filtering, as far as the template uses it: a pattern is a JSON object whose
 * leaves are lists of accepted values; a value is a literal, or {@code {"prefix": "..."}},
 * {@code {"exists": true|false}} or {@code {"anything-but": [...]}}. A record passes when every
 * field of the pattern matches. Any other operator is refused, so the hub never lets through what
 * Lambda would filter out.
 */
public final class EventFilter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode pattern;

    private EventFilter(JsonNode pattern) {
        this.pattern = pattern;
    }

    public static EventFilter of(String pattern) {
        try {
            JsonNode node = JSON.readTree(pattern);
            if (!node.isObject()) {
                throw new IllegalArgumentException("A filter pattern is a JSON object: " + pattern);
            }
            check(node);
            return new EventFilter(node);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable filter pattern " + pattern, e);
        }
    }

    public boolean matches(Map<String, Object> record) {
        return matches(pattern, JSON.valueToTree(record));
    }

    private static boolean matches(JsonNode pattern, JsonNode value) {
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = value == null ? null : value.get(field.getKey());
            boolean ok = field.getValue().isObject() ? v != null && matches(field.getValue(), v) : anyOf(field.getValue(), v);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOf(JsonNode accepted, JsonNode v) {
        for (JsonNode a : accepted) {
            if (a.isObject()) {
                if (a.has("prefix") && v != null && v.isTextual() && v.asText().startsWith(a.get("prefix").asText())) {
                    return true;
                }
                if (a.has("exists") && a.get("exists").asBoolean() == (v != null)) {
                    return true;
                }
                if (a.has("anything-but") && v != null && !contains(a.get("anything-but"), v)) {
                    return true;
                }
            } else if (v != null && a.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode values, JsonNode v) {
        if (!values.isArray()) {
            return values.equals(v);
        }
        for (JsonNode x : values) {
            if (x.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static void check(JsonNode pattern) {
        pattern.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) {
                check(f.getValue());
            } else if (!f.getValue().isArray()) {
                throw new IllegalArgumentException("Filter field " + f.getKey() + " must list its accepted values");
            } else {
                f.getValue().forEach(a -> {
                    if (a.isObject() && !(a.has("prefix") || a.has("exists") || a.has("anything-but"))) {
                        throw new IllegalArgumentException("The local hub does not filter on " + a);
                    }
                });
            }
        });
    }
}
