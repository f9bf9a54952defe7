package org.lcmhub.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.lcmhub.hub.HubServer;

/** Real HTTP round trips to a running local hub. */
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
        return http.send(request.build(), BodyHandlers.ofString());
    }

    public HttpResponse<String> json(String method, String path, String authorization, String body) throws Exception {
        return send(method, path, authorization, body == null ? null : "application/json", body);
    }

    public static JsonNode parse(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
