package org.lcmhub.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HealthHandlerTest {
    @Test
    void okAfterAReadOfTheStore() {
        AtomicInteger reads = new AtomicInteger();
        HealthHandler handler = new HealthHandler(reads::incrementAndGet);

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/health.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void unavailableWhenTheStoreDoesNotAnswer() {
        HealthHandler handler = new HealthHandler(() -> {
            throw new IllegalStateException("connection refused");
        });

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/health.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("\"code\":\"store_unavailable\"");
    }
}
