package org.lcmhub.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A handler's answer before it is turned into the API Gateway response. */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse of(int status, Object body) {
        return new ApiResponse(status, body, Map.of());
    }

    public static ApiResponse ok(Object body) {
        return of(200, body);
    }

    public static ApiResponse created(Object body) {
        return of(201, body);
    }

    /** A body sent as it is, not as JSON (a CSV export). */
    public record Text(String contentType, String text) {
    }

    /** Bytes sent as they are (an image), base64-encoded for API Gateway. */
    public record Binary(String contentType, byte[] bytes) {
    }

    public static ApiResponse text(int status, String contentType, String text) {
        return of(status, new Text(contentType, text));
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, body, copy);
    }
}
