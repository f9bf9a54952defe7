package org.lcmhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** With the engine it starts itself, the hub keeps data across restarts unless told --fresh. */
class HubPersistenceIT {
    private static final String SIGNUP = "{\"name\":\"Awa Diallo\",\"email\":\"awa@example.org\","
            + "\"pathId\":\"python-foundations\",\"cohortId\":\"py-2027-01\",\"language\":\"fr\","
            + "\"timezone\":\"Africa/Dakar\",\"consent\":true}";

    @Test
    void aSignupSurvivesARestartAndFreshStartsEmpty(@TempDir Path work) throws Exception {
        HubServer.Config config = new HubServer.Config(Checkout.root(), 0, false, null, work);
        String learnerId;
        try (HubServer hub = HubServer.start(config)) {
            Fixtures.cohort(hub.dynamo(), "HubTable", "py-2027-01", "python-foundations", 30);
            HttpResponse<String> created = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(hub.url().resolve("/api/signups"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(SIGNUP)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            learnerId = created.body().replaceAll(".*\"learnerId\":\"([^\"]+)\".*", "$1");
        }
        assertThat(Files.readString(config.dataDir().resolve("snapshot.jsonl"))).contains(learnerId);

        try (HubServer hub = HubServer.start(config)) {
            assertThat(learner(hub, learnerId)).isNotEmpty();
            assertThat(outbox(hub)).contains("awa@example.org");
        }
        try (HubServer hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, true, null, work))) {
            assertThat(learner(hub, learnerId)).isEmpty();
            // The welcome mail went with the learner: its link would lead nowhere.
            assertThat(outbox(hub)).doesNotContain("awa@example.org");
        }
    }

    private static String outbox(HubServer hub) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(hub.url().resolve("/dev/outbox")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, AttributeValue> learner(HubServer hub, String id) {
        return hub.dynamo().getItem(r -> r.tableName("HubTable").key(Map.of(
                "PK", AttributeValue.fromS("LEARNER#" + id), "SK", AttributeValue.fromS("PROFILE")))).item();
    }
}
