package org.lcmhub.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.lcmhub.hub.HubServer;

/**
 * Real HTTP round trips to a running local hub. Every answer from {@code /api/} is checked
 * against docs/openapi.yaml ({@link ApiContract}): a test gets an {@link AssertionError} for an
 * answer the document does not promise, whatever the test itself asserts.
 */
public final class HubClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final HubServer hub;

    public HubClient(HubServer hub) {
        this.hub = hub;
    }

    public HttpResponse<String> send(String method, String path, String authorization, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.url().resolve(path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return checked(method, path, http.send(request.build(), BodyHandlers.ofString()));
    }

    /** Sends bytes as they are (an uploaded file); the answer is checked as any other. */
    public HttpResponse<String> upload(String path, String authorization, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(hub.url().resolve(path)).POST(BodyPublishers.ofByteArray(body))
                .header("Authorization", authorization).header("Content-Type", contentType).build();
        return checked("POST", path, http.send(request, BodyHandlers.ofString()));
    }

    /** The bytes of an answer (an image), with its status and headers. */
    public HttpResponse<byte[]> bytes(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.url().resolve(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    /** The response, once an API answer among them is found to be one docs/openapi.yaml promises. */
    public static HttpResponse<String> checked(String method, String path, HttpResponse<String> response) {
        if (path.startsWith("/api/")) {
            ApiContract.shared().verifyOrReport(method, path, new ApiContract.Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.headers().map(),
                    response.body()));
        }
        return response;
    }

    public HttpResponse<String> json(String method, String path, String authorization, String body) throws Exception {
        return send(method, path, authorization, body == null ? null : "application/json", body);
    }

    public static JsonNode parse(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
