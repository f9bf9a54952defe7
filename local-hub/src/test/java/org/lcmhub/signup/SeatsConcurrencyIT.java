package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;

/**
 * Seats are enforced atomically: 200 sign-ups sent at once, over HTTP through the local hub, the
 * sign-up handler and the real SDK to moto, for a 50-seat cohort. The hub runs its own engine, so
 * the figure it prints does not depend on what other tests left in the shared one.
 */
class SeatsConcurrencyIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoHundredConcurrentSignupsForFiftySeatsGiveFiftySeatsAndAWaitlistOneToOneHundredFifty(@TempDir Path work)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpClient http = HttpClient.newHttpClient();
        List<JsonNode> answers = new ArrayList<>();
        long started;
        try (HubServer hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, true, null, work))) {
            var dynamo = hub.dynamo();
            String table = "HubTable";
            var cohort = Fixtures.freshCohort(dynamo, table, 50);
            started = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 200)
                    .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(hub.url().resolve("/api/signups"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Fixtures.signupBody(
                                    "learner" + i + "." + run + "@example.org", cohort.pathId(), cohort.cohortId())))
                            .build(), HttpResponse.BodyHandlers.ofString()))
                    .toList();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                HttpResponse<String> response = f.join();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                answers.add(JSON.readTree(response.body()));
            }
            System.out.printf("200 concurrent sign-ups through the local hub took %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);

            assertThat(answers).filteredOn(a -> a.get("status").asText().equals("enrolled")).hasSize(50)
                    .allSatisfy(a -> assertThat(a.has("waitlistPosition")).isFalse());
            List<Integer> positions = answers.stream().filter(a -> a.get("status").asText().equals("waitlisted"))
                    .map(a -> a.get("waitlistPosition").asInt()).sorted().toList();
            assertThat(positions).isEqualTo(IntStream.rangeClosed(1, 150).boxed().toList());

            var saved = new DynamoCohortStore(dynamo, table).find(cohort.cohortId());
            assertThat(saved.enrolled()).isEqualTo(50);
            assertThat(saved.waitlisted()).isEqualTo(150);
            String pk = "COHORT#" + cohort.cohortId();
            assertThat(Fixtures.partition(dynamo, table, pk, "WAIT#")).hasSize(150);
            assertThat(Fixtures.partition(dynamo, table, pk, "EMAIL#")).hasSize(200);
        }
    }
}
