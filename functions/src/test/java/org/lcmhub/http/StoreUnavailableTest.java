package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.store.SilentStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A store that is frozen or gone: a 503 in JSON, well before the function's 20 s, with an honest message. */
class StoreUnavailableTest {
    /** Reads one item, as every operation does first. */
    private static final class Reader extends ApiHandler {
        private final DynamoDbClient dynamo;

        Reader(DynamoDbClient dynamo) {
            this.dynamo = dynamo;
        }

        @Override
        protected void routes(Router router) {
            router.post("/api/signups", r -> {
                dynamo.getItem(g -> g.tableName("HubTable")
                        .key(Map.of("PK", AttributeValue.fromS("COHORT#x"), "SK", AttributeValue.fromS("META"))));
                return ApiResponse.created(Map.of());
            });
        }
    }

    private static APIGatewayV2HTTPEvent signup() {
        return EventLoader.loadApiGatewayHttpEvent("events/signup-valid.json");
    }

    private static void assertUnavailable(APIGatewayV2HTTPResponse response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "2")
                .containsEntry("Content-Type", "application/json; charset=utf-8");
        JsonNode error = Json.MAPPER.readTree(response.getBody()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("store_unavailable");
        assertThat(error.get("message").asText()).contains("may or may not have been saved")
                .doesNotContain("nothing was saved");
    }

    @Test
    void aFrozenStoreIsA503LongBeforeTheFunctionTimesOut() throws Exception {
        try (DynamoDbClient gone = SilentStore.client(URI.create("http://127.0.0.1:9"))) {
            new Reader(gone).handleRequest(signup(), new RecordingContext(20_000)); // classes loaded: time the store only
        }
        try (SilentStore store = new SilentStore(); DynamoDbClient client = store.client()) {
            RecordingContext context = new RecordingContext(20_000);
            long start = System.nanoTime();
            APIGatewayV2HTTPResponse response = new Reader(client).handleRequest(signup(), context);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertUnavailable(response);
            assertThat(took).isLessThan(Duration.ofSeconds(10)); // 7 s per call; the function has 20 s
            JsonNode line = Json.MAPPER.readTree(context.entries.get(context.entries.size() - 1).text());
            assertThat(line.get("status").asInt()).isEqualTo(503);
        }
    }

    @Test
    void aStoreThatIsGoneIsA503AtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        try (DynamoDbClient client = SilentStore.client(URI.create("http://127.0.0.1:" + port))) {
            long start = System.nanoTime();
            APIGatewayV2HTTPResponse response = new Reader(client).handleRequest(signup(), new RecordingContext(20_000));

            assertUnavailable(response);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aFormWithoutJavaScriptLandsOnTheErrorPage() throws Exception {
        try (DynamoDbClient client = SilentStore.client(URI.create("http://127.0.0.1:9"))) {
            APIGatewayV2HTTPResponse response = new Reader(client).handleRequest(
                    EventLoader.loadApiGatewayHttpEvent("events/signup-form-nojs.json"), new RecordingContext(20_000));

            assertThat(response.getStatusCode()).isEqualTo(303);
            assertThat(response.getHeaders().get("Location")).contains("code=store_unavailable");
        }
    }
}
