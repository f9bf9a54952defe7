package org.lcmhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The local hub over real HTTP: site, API routing from template.yaml, errors, and the data it writes. */
@ExtendWith(MotoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private HubServer hub;
    private Moto moto;

    @BeforeAll
    void start(Moto moto, @TempDir Path work) throws Exception {
        this.moto = moto;
        hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, false, moto.endpoint(), work));
        Fixtures.cohort(moto.dynamo(), moto.table(), "py-2027-01", "python-foundations", 1000);
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.url().resolve(path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HubClient.checked(method, path, http.send(request.build(), BodyHandlers.ofString()));
    }

    private static String signup(String email) {
        return "{\"name\":\"Awa Diallo\",\"email\":\"" + email + "\",\"pathId\":\"python-foundations\","
                + "\"cohortId\":\"py-2027-01\",\"language\":\"fr\",\"timezone\":\"Africa/Dakar\",\"consent\":true}";
    }

    @Test
    void servesTheBakedHomePageAndResolvesIndexes() throws Exception {
        HttpResponse<String> home = send("GET", "/", null, null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("<html").contains("LCM Hub");

        assertThat(send("GET", "/en/", null, null).body()).contains("lang=\"en\"");
        assertThat(send("GET", "/fr", null, null).body()).contains("lang=\"fr\"");
        assertThat(send("GET", "/css/hub.css", null, null).headers().firstValue("content-type"))
                .hasValue("text/css; charset=utf-8");
    }

    @Test
    void theTeamsFolderLeadsToTheSignInAndTheTeamsPages() throws Exception {
        HttpResponse<String> en = send("GET", "/en/staff/", null, null);
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("href=\"/en/staff-sign-in.html\"", "href=\"/en/staff/cohorts.html\"");
        HttpResponse<String> fr = send("GET", "/fr/staff", null, null);
        assertThat(fr.statusCode()).isEqualTo(200);
        assertThat(fr.body()).contains("href=\"/fr/connexion-equipe.html\"", "href=\"/fr/staff/espace-mentor.html\"");
    }

    @Test
    void missingPagesGetTheSitesOwn404() throws Exception {
        HttpResponse<String> missing = send("GET", "/en/no-such-page.html", null, null);
        String notFoundPage = Files.readString(hub.siteDir().resolve("404.html"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(notFoundPage);
        // A path climbing out of the site is refused outright (400) or not found (404); never served.
        HttpResponse<String> climbing = send("GET", "/../template.yaml", null, null);
        assertThat(climbing.statusCode()).isIn(400, 404);
        assertThat(climbing.body()).doesNotContain("AWSTemplateFormatVersion");
        assertThat(send("GET", "/%2e%2e/template.yaml", null, null).body()).doesNotContain("AWSTemplateFormatVersion");
    }

    @Test
    void aSignupRoundTripsThroughTheHandlerToTheTable() throws Exception {
        String email = "awa+" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> created = send("POST", "/api/signups", "application/json", signup(email));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("apigw-requestid")).isPresent();
        String learnerId = JSON.readTree(created.body()).get("learnerId").asText();
        Map<String, AttributeValue> item = moto.dynamo().getItem(r -> r.tableName(moto.table())
                .key(Map.of("PK", AttributeValue.fromS("LEARNER#" + learnerId), "SK", AttributeValue.fromS("PROFILE")))).item();
        assertThat(item.get("email").s()).isEqualTo(email);
        assertThat(item.get("timezone").s()).isEqualTo("Africa/Dakar");

        HttpResponse<String> again = send("POST", "/api/signups", "application/json", signup(email));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("learnerId").asText()).isEqualTo(learnerId);
    }

    @Test
    void anHtmlFormIsAcceptedToo() throws Exception {
        String form = "name=L%C3%A9a+Martin&email=lea." + UUID.randomUUID() + "%40example.org&pathId=python-foundations"
                + "&cohortId=py-2027-01&language=fr&timezone=Europe%2FParis&consent=on";
        HttpResponse<String> created = send("POST", "/api/signups", "application/x-www-form-urlencoded", form);
        assertThat(created.statusCode()).isEqualTo(201);
    }

    @Test
    void badRequestsGetClearJsonErrors() throws Exception {
        JsonNode malformed = errorOf(send("POST", "/api/signups", "application/json", "{\"name\":"), 400);
        assertThat(malformed.get("message").asText()).contains("not valid JSON");

        JsonNode invalid = errorOf(send("POST", "/api/signups", "application/json", "{\"email\":\"x\"}"), 400);
        assertThat(invalid.get("fields").has("email")).isTrue();
        assertThat(invalid.get("fields").has("consent")).isTrue();

        String huge = "{\"name\":\"" + "a".repeat(300 * 1024) + "\"}";
        assertThat(errorOf(send("POST", "/api/signups", "application/json", huge), 413).get("code").asText())
                .isEqualTo("payload_too_large");

        HttpResponse<String> wrongMethod = send("GET", "/api/signups", null, null);
        assertThat(errorOf(wrongMethod, 405).get("code").asText()).isEqualTo("method_not_allowed");
        assertThat(wrongMethod.headers().firstValue("allow")).hasValue("POST");

        assertThat(errorOf(send("GET", "/api/no-such-route", null, null), 404).get("code").asText()).isEqualTo("not_found");
        assertThat(errorOf(send("DELETE", "/api/health", null, null), 405).get("code").asText()).isEqualTo("method_not_allowed");
        // A public path whose methods differ in authorization still reaches its function for the others.
        HttpResponse<String> deleteCohorts = send("DELETE", "/api/cohorts", null, null);
        assertThat(errorOf(deleteCohorts, 405).get("code").asText()).isEqualTo("method_not_allowed");
        assertThat(deleteCohorts.headers().firstValue("allow")).hasValue("GET, POST");
    }

    @Test
    void aBodyTooLargeToReadClosesTheConnectionAndSaysSo() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), hub.url().getPort())) {
            socket.getOutputStream().write(("POST /api/signups HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{}")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(5_000);
            String head = new String(socket.getInputStream().readNBytes(400), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close");
        }
    }

    @Test
    void aRefusedPathSaysTheConnectionCloses() throws Exception {
        // Jetty closes the connection after such a refusal; a client that was not told would send
        // its next request into the closed socket ("header parser received no bytes").
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), hub.url().getPort())) {
            socket.getOutputStream().write("GET /../template.yaml HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(5_000);
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("connection: close")
                    .doesNotContain("AWSTemplateFormatVersion");
        }
        assertThat(send("GET", "/api/health", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void healthReadsTheStore() throws Exception {
        HttpResponse<String> health = send("GET", "/api/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body())).isEqualTo(JSON.readTree("{\"status\":\"ok\"}"));
    }

    @Test
    void servesTheApiDescriptionAsItIsInTheCheckout() throws Exception {
        HttpResponse<String> description = send("GET", "/dev/openapi.yaml", null, null);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.headers().firstValue("content-type")).hasValue("application/yaml; charset=utf-8");
        assertThat(description.body()).isEqualTo(Files.readString(Checkout.root().resolve("docs/openapi.yaml")))
                .startsWith("openapi: 3.1");
        assertThat(send("POST", "/dev/openapi.yaml", "text/plain", "x").statusCode()).isEqualTo(405);
    }

    @Test
    void theLocalToolsCarryTheSitesSecurityHeadersToo() throws Exception {
        String policy = send("GET", "/en/", null, null).headers().firstValue("content-security-policy").orElseThrow();
        for (String tool : List.of("/dev/outbox", "/dev/webhooks", "/dev/openapi.yaml", "/dev/schedules")) {
            HttpResponse<String> answer = send("GET", tool, null, null);
            assertThat(answer.headers().firstValue("content-security-policy")).as(tool).hasValue(policy);
            assertThat(answer.headers().firstValue("x-content-type-options")).as(tool).hasValue("nosniff");
        }
    }

    @Test
    void theSiteIsReadOnly() throws Exception {
        HttpResponse<String> post = send("POST", "/en/index.html", "text/plain", "x");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).hasValue("GET, HEAD");
    }

    @Test
    void aSecondHubOnTheSamePortSaysThePortIsTaken(@TempDir Path work) {
        assertThatThrownBy(() -> HubServer.start(new HubServer.Config(Checkout.root(), hub.port(), false, moto.endpoint(), work)))
                .isInstanceOf(HubServer.PortInUse.class)
                .hasMessageContaining("Port " + hub.port() + " is already in use");
    }

    private static JsonNode errorOf(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body()).get("error");
    }
}
