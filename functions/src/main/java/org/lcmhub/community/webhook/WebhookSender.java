package org.lcmhub.community.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.lcmhub.domain.OnFirstUse;

/** Posts a JSON body to a webhook; the port lets the delivery logic run without a network. */
public interface WebhookSender {
    /** The provider's answer: its status and the seconds it asks to wait ({@code Retry-After}), or -1. */
    record Answer(int status, long retryAfterSeconds) {
    }

    Answer post(String url, String json) throws IOException;

    /**
     * The JDK's HTTP client. Redirects are never followed: a provider answering with one to an
     * internal address would otherwise walk around the address check.
     */
    static WebhookSender jdk() {
        // HTTP/1.1: a plain-http receiver (tests) is not offered an h2c upgrade, which resends a body.
        // Built on the first post: most of the webhook function's requests post nothing.
        OnFirstUse<HttpClient> client = new OnFirstUse<>(() -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
        return (url, json) -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "LCM-Hub-Webhooks/1")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            try {
                HttpResponse<Void> answer = client.get().send(request, HttpResponse.BodyHandlers.discarding());
                long wait = answer.headers().firstValue("Retry-After").map(v -> {
                    try {
                        return Long.parseLong(v.strip());
                    } catch (NumberFormatException e) {
                        return -1L;
                    }
                }).orElse(-1L);
                return new Answer(answer.statusCode(), wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
        };
    }

    /**
     * The local hub's outbox: each post is a JSON file in {@code dir} (listed at {@code /dev/webhooks})
     * and nothing leaves the machine. The address is kept by its last characters only.
     */
    static WebhookSender outbox(java.nio.file.Path dir) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        return (url, json) -> {
            java.nio.file.Files.createDirectories(dir);
            var post = mapper.createObjectNode().put("to", "…" + url.substring(Math.max(0, url.length() - 4)))
                    .put("at", java.time.Instant.now().toString());
            post.set("body", mapper.readTree(json));
            java.nio.file.Path file = dir.resolve(org.lcmhub.domain.Digits.zeroPadded(System.currentTimeMillis(), 13) + "-"
                    + java.util.UUID.randomUUID().toString().substring(0, 8) + ".json");
            java.nio.file.Files.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(post));
            return new Answer(200, -1);
        };
    }
}
