package org.lcmhub.http;

import java.util.Map;

/** A failure the caller can act on: it becomes an HTTP status and a JSON error body. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> fields;
    private final Map<String, String> params;

    public ApiException(int status, String code, String message, Map<String, String> fields) {
        this(status, code, message, fields, Map.of());
    }

    /** With {@code params}: the values a page needs to word the {@code code} in its reader's language. */
    public ApiException(int status, String code, String message, Map<String, String> fields,
                        Map<String, String> params) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        this.params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiException validation(Map<String, String> fields) {
        return validation(fields, Map.of());
    }

    public static ApiException validation(Map<String, String> fields, Map<String, String> params) {
        return new ApiException(400, "validation_failed", "Some fields are missing or invalid.", fields, params);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public Map<String, String> params() {
        return params;
    }
}
