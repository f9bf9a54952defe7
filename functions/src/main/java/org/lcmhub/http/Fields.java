package org.lcmhub.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.domain.Language;

/**
 * Reads typed fields from a request object and collects one message per bad field,
 * so that a client learns about every problem in a single 400.
 */
public final class Fields {
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[+-]?\\d+,\\d{1,2}");
    private final JsonNode source;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Fields(JsonNode source) {
        this.source = source;
    }

    /** A trimmed string, or null when absent or blank. */
    public String text(String name) {
        JsonNode node = source.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            reject(name, "must be a string");
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    /** A language the hub speaks ({@code en}, {@code fr}), or null when absent; any other value is a field error. */
    public Language language(String name) {
        String code = text(name);
        if (code == null) {
            return null;
        }
        return Language.parse(code).orElseGet(() -> {
            reject(name, Language.ERROR);
            return null;
        });
    }

    /** A boolean; HTML forms send checkboxes as "on" and other values as strings. */
    public Boolean bool(String name) {
        JsonNode node = source.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            switch (node.asText().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "on", "yes", "1":
                    return true;
                case "false", "off", "no", "0", "":
                    return false;
                default:
                    break;
            }
        }
        reject(name, "must be true or false");
        return null;
    }

    /** An integer; strings of digits are accepted because forms send strings. */
    public Integer integer(String name) {
        JsonNode node = source.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            try {
                return Integer.valueOf(node.asText().strip());
            } catch (NumberFormatException e) {
                // falls through to the field error
            }
        }
        reject(name, "must be a whole number");
        return null;
    }

    /**
     * A decimal number; strings are accepted because forms send strings, with a decimal comma as
     * French writes it ("2,5"): a comma before one or two digits only, as before three it may group
     * thousands ("1,000"), which is refused rather than guessed.
     */
    public Double decimal(String name) {
        JsonNode node = source.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                String text = node.asText().strip();
                if (DECIMAL_COMMA.matcher(text).matches()) {
                    text = text.replace(',', '.');
                } else if (text.indexOf(',') >= 0) {
                    throw new NumberFormatException(text);
                }
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the field error
            }
        }
        reject(name, "must be a number");
        return null;
    }

    public void reject(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Throws a field-level 400 when any field was rejected. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
