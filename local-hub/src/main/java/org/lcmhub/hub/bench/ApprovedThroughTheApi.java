package org.lcmhub.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.site.SiteModel;

/**
 * The publish as an LCM sees it: a local hub serving the bench's generated site, a guide written
 * and sent for review by one LCM, approved by another, then the page fetched over HTTP and its
 * text looked up in the search index the hub serves. Times run from the approval being sent.
 */
final class ApprovedThroughTheApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    record Figures(Duration start, Duration approve, Duration toPage, Duration toSearch) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private ApprovedThroughTheApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** {@code source}: the generated site (site/, content/); the checkout's template and contract are linked in. */
    static Figures run(Path checkout, Path source, Path work, URI store) throws IOException, InterruptedException {
        for (String part : new String[] {"template.yaml", "docs"}) {
            if (!Files.exists(source.resolve(part))) {
                Files.createSymbolicLink(source.resolve(part), checkout.resolve(part));
            }
        }
        long started = System.nanoTime();
        try (HubServer hub = HubServer.start(new HubServer.Config(source, 0, true, store, work))) {
            Duration start = Duration.ofNanos(System.nanoTime() - started);
            return new ApprovedThroughTheApi(hub.port()).publish(start, hub.siteDir());
        }
    }

    private Figures publish(Duration start, Path served) throws IOException, InterruptedException {
        String author = token("author@example.org");
        String reviewer = token("reviewer@example.org");
        String word = "liverworts";
        ObjectNode guide = JSON.createObjectNode().put("language", "en").put("slug", "bench-approved-guide")
                .put("title", "A guide approved by the bench").put("summary", "Published through the hub's API.")
                .put("author", "Bench Author").put("body", "## Why\n\nWhat the bench says about " + word + ".\n");
        guide.putArray("roles").add("team");
        guide.putArray("tags").add("community");
        ObjectNode set = JSON.createObjectNode();
        set.putArray("guides").add(guide);
        JsonNode draft = call("POST", "/api/guides/sets", author, set.toString(), 201);
        String id = draft.get("setId").asText();
        JsonNode inReview = call("POST", "/api/guides/sets/" + id + "/submit", author, revision(draft), 200);

        long sent = System.nanoTime();
        call("POST", "/api/guides/sets/" + id + "/approve", reviewer, revision(inReview), 200);
        Duration approve = since(sent);
        Duration toPage = null;
        Duration toSearch = null;
        while ((toPage == null || toSearch == null) && since(sent).compareTo(GIVE_UP) < 0) {
            if (toPage == null && page("/en/guides/bench-approved-guide.html").contains(word)) {
                toPage = since(sent);
            }
            if (toSearch == null && PublishBench.indexHolds(served.resolve(SiteModel.DELTA), word)) {
                toSearch = since(sent);
            }
            if (toPage == null || toSearch == null) {
                Thread.sleep(20);
            }
        }
        if (toPage == null || toSearch == null) {
            throw new IllegalStateException("the approved guide was not " + (toPage == null ? "served" : "in the search index")
                    + " within " + GIVE_UP.toSeconds() + " s");
        }
        return new Figures(start, approve, toPage, toSearch);
    }

    private String token(String email) throws IOException, InterruptedException {
        return "Bearer " + call("POST", "/dev/token", null, "{\"email\":\"" + email + "\",\"role\":\"lcm\"}", 200)
                .get("token").asText();
    }

    private JsonNode call(String method, String path, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", token);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.body() : "";
    }

    private static String revision(JsonNode set) {
        return "{\"revision\":" + set.get("revision").asLong() + "}";
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
