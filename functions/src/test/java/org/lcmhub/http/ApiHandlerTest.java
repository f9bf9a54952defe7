package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.InvalidInput;

/** The shared HTTP edge: routing, errors and their JSON shape, whatever the handler. */
class ApiHandlerTest {
    private static final class Sample extends ApiHandler {
        @Override
        protected void routes(Router router) {
            router.get("/api/health", r -> ApiResponse.ok(Map.of("status", "ok")));
            router.get("/api/cohorts/{cohortId}", r -> ApiResponse.ok(Map.of("cohortId", r.pathParameter("cohortId"))));
            router.post("/api/signups", r -> {
                throw new IllegalStateException("the disk is on fire");
            });
            router.post("/api/echo", r -> ApiResponse.ok(r.bodyObject()));
            router.route("PATCH", "/api/signups", r -> {
                throw new InvalidInput(Map.of("seats", "must be positive"));
            });
        }
    }

    private final Sample handler = new Sample();

    private static APIGatewayV2HTTPEvent event(String method, String path) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/health.json");
        event.setRawPath(path);
        event.getRequestContext().getHttp().setMethod(method);
        event.getRequestContext().getHttp().setPath(path);
        return event;
    }

    private static JsonNode error(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody()).get("error");
    }

    @Test
    void unknownRoutesAreJson404s() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/unknown-route.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(error(response).get("code").asText()).isEqualTo("not_found");
        assertThat(error(response).get("message").asText()).contains("/api/no-such-thing");
    }

    @Test
    void pathParametersAreBound() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("GET", "/api/cohorts/py-2027-01"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.getBody()).get("cohortId").asText()).isEqualTo("py-2027-01");
    }

    @Test
    void methodNotAllowedListsTheAllowedMethods() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("DELETE", "/api/signups"), null);

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "PATCH, POST");
        assertThat(error(response).get("code").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void unexpectedFailuresAre500sWithTheRequestIdAndNoInternals() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-valid.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(500);
        JsonNode error = error(response);
        assertThat(error.get("code").asText()).isEqualTo("internal_error");
        assertThat(error.get("requestId").asText()).isEqualTo("Fx1bZgAAAAAAAA=");
        assertThat(error.get("message").asText()).contains("Fx1bZgAAAAAAAA=").doesNotContain("fire");
    }

    @Test
    void domainValidationBecomesAFieldLevel400() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("PATCH", "/api/signups"), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(error(response).get("fields").get("seats").asText()).isEqualTo("must be positive");
    }

    @Test
    void everyErrorHasTheSameShape() throws Exception {
        for (APIGatewayV2HTTPEvent event : new APIGatewayV2HTTPEvent[] {
                event("GET", "/api/nope"), event("PUT", "/api/health"), event("PATCH", "/api/signups")}) {
            JsonNode body = Json.MAPPER.readTree(handler.handleRequest(event, null).getBody());
            assertThat(body.fieldNames()).toIterable().containsExactly("error");
            assertThat(body.get("error").has("code")).isTrue();
            assertThat(body.get("error").has("message")).isTrue();
        }
    }

    @Test
    void unparsableBodiesAre400sInOurWordsWhateverTheParserSays() throws Exception {
        for (String body : new String[] {"[".repeat(2_000), "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500),
                "{\"n\":" + "9".repeat(2_000) + "}", "{\"n\":0." + "1".repeat(3_000) + "}", "{}{}", "{\"a\":1,\"a\":2}",
                "{\"a\":", "\u0000", "{\"" + "k".repeat(2_000) + "\":1}"}) {
            APIGatewayV2HTTPEvent event = event("POST", "/api/echo");
            event.setBody(body);
            event.setIsBase64Encoded(false);
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

            assertThat(response.getStatusCode()).as(body.substring(0, Math.min(20, body.length()))).isEqualTo(400);
            assertThat(error(response).get("message").asText()).as(body.substring(0, Math.min(5, body.length())))
                    .doesNotContainIgnoringCase("jackson").doesNotContain("FAIL_ON").doesNotContain("com.")
                    .doesNotContain("Stream").doesNotContain("Exception");
        }
    }
}
