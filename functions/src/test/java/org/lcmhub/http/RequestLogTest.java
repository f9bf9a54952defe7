package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Log;

/** One JSON line per request through Lambda's logger, and the request's counts as one EMF document. */
class RequestLogTest {
    private static final class Counting extends ApiHandler {
        @Override
        protected void routes(Router router) {
            router.post("/api/signups", r -> {
                Metrics.count("SignUps", 1);
                Log.warn("Could not send the confirmation");
                return ApiResponse.created(Map.of());
            });
            router.get("/api/health", r -> ApiResponse.ok(Map.of()));
        }
    }

    private static APIGatewayV2HTTPEvent event(String file) {
        return EventLoader.loadApiGatewayHttpEvent(file);
    }

    private static List<JsonNode> lines(RecordingContext context) throws Exception {
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (RecordingContext.Entry e : context.entries) {
            if (e.raw()) {
                assertThat(e.text()).endsWith("\n").doesNotContain("\n{"); // one JSON object per line
                lines.add(Json.MAPPER.readTree(e.text()));
            }
        }
        return lines;
    }

    @Test
    void eachRequestWritesOneLineAndOnlyTheFirstOfAnEnvironmentIsCold() throws Exception {
        Counting handler = new Counting();
        RequestLog.markCold();
        RecordingContext first = new RecordingContext(20_000);
        handler.handleRequest(event("events/health.json"), first);
        RecordingContext second = new RecordingContext(20_000);
        handler.handleRequest(event("events/unknown-route.json"), second);

        JsonNode one = lines(first).get(0);
        assertThat(lines(first)).hasSize(1);
        assertThat(one.get("requestId").asText()).isEqualTo("Fx1bZgAAAAAAAA=");
        assertThat(one.get("route").asText()).isEqualTo("ANY /api/health");
        assertThat(one.get("status").asInt()).isEqualTo(200);
        assertThat(one.get("durationMs").isNumber()).isTrue();
        assertThat(one.get("coldStart").asBoolean()).isTrue();
        assertThat(one.get("function").asText()).isEqualTo("TestFunction");
        assertThat(first.entries.get(0).level()).isEqualTo(LogLevel.INFO);

        JsonNode two = lines(second).get(0);
        assertThat(two.get("status").asInt()).isEqualTo(404);
        assertThat(two.get("coldStart").asBoolean()).isFalse();
    }

    @Test
    void countsBecomeOneEmbeddedMetricDocumentAndWarningsGoThroughTheLogger() throws Exception {
        RecordingContext context = new RecordingContext(20_000);
        new Counting().handleRequest(event("events/signup-valid.json"), context);

        List<JsonNode> lines = lines(context);
        assertThat(lines).hasSize(2);
        JsonNode emf = lines.get(1);
        JsonNode directive = emf.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("LcmHub");
        assertThat(directive.get("Dimensions").get(0).get(0).asText()).isEqualTo("Function");
        assertThat(directive.get("Metrics").get(0).get("Name").asText()).isEqualTo("SignUps");
        assertThat(directive.get("Metrics").get(0).get("Unit").asText()).isEqualTo("Count");
        assertThat(emf.get("SignUps").asLong()).isEqualTo(1);
        assertThat(emf.get("Function").asText()).isEqualTo("TestFunction");
        assertThat(emf.get("_aws").get("Timestamp").asLong()).isPositive();

        assertThat(context.entries).anySatisfy(e -> {
            assertThat(e.raw()).isFalse();
            assertThat(e.level()).isEqualTo(LogLevel.WARN);
            assertThat(e.text()).isEqualTo("Could not send the confirmation");
        });
    }

    @Test
    void aRequestWithoutCountsWritesNoMetrics() throws Exception {
        RecordingContext context = new RecordingContext(20_000);
        new Counting().handleRequest(event("events/health.json"), context);
        assertThat(lines(context)).noneMatch(l -> l.has("_aws"));
    }
}
