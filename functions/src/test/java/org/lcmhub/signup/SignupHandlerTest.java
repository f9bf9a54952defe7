package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.http.Json;
import org.lcmhub.mail.Messages;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemorySignups;
import org.lcmhub.testing.RecordingMailer;

/** The sign-up handler driven by API Gateway payload-2.0 fixtures, over the in-memory store. */
class SignupHandlerTest {
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.cohort("py-2027-01", "python-foundations", 30, true));
    private final InMemorySignups store = new InMemorySignups(cohorts);
    private final RecordingMailer mail = new RecordingMailer();

    {
        store.queue = mail; // a new key's mail is queued with the key, in the store's transaction
    }
    private final SignupHandler handler = new SignupHandler(new SignupService(store, cohorts, mail,
            new Messages("https://hub.example.org"), InMemoryCohorts.BEFORE_START, () -> UUID.randomUUID().toString(),
            SignupService.Limits.DEFAULT), null);

    private APIGatewayV2HTTPResponse call(String fixture) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + fixture);
        return handler.handleRequest(event, null);
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        return Json.MAPPER.readTree(response.getBody());
    }

    @Test
    void createsALearnerFromJson() throws Exception {
        APIGatewayV2HTTPResponse response = call("signup-valid.json");

        assertThat(response.getStatusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("learnerId").asText()).isEqualTo(store.saved.get(0).learnerId());
        assertThat(body.get("status").asText()).isEqualTo("enrolled");
        assertThat(body.has("email")).isFalse();
        assertThat(store.saved.get(0).email()).isEqualTo("awa.diallo@example.org");
        assertThat(mail.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("awa.diallo@example.org");
            assertThat(m.text()).contains("https://hub.example.org/fr/me.html#key=" + body.get("learnerId").asText() + ".");
        });
    }

    /** Left waiting, the answer names the path's cohort with a seat, as a code and params for the page to word. */
    @Test
    void aWaitlistedAnswerOffersTheSeatOfAnotherCohortOfThePath() throws Exception {
        cohorts.with(InMemoryCohorts.cohort("py-full", "python-foundations", 0, true));
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-valid.json");
        event.setBody(event.getBody().replace("py-2027-01", "py-full"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("result").asText()).isEqualTo("waitlisted");
        JsonNode elsewhere = body.get("elsewhere");
        assertThat(elsewhere.get("code").asText()).isEqualTo("seat_elsewhere");
        assertThat(elsewhere.get("params").get("cohortId").asText()).isEqualTo("py-2027-01");
        assertThat(elsewhere.get("params").get("startDate").asText()).isEqualTo("2027-01-04");
        assertThat(elsewhere.get("params").get("seatsLeft").asInt()).isEqualTo(30);
        assertThat(elsewhere.get("params").get("title").asText()).isEqualTo("Cohort py-2027-01");
        // The page words the code and its params; no English sentence with an ISO date rides along.
        assertThat(elsewhere.fieldNames()).toIterable().containsExactlyInAnyOrder("code", "params");
        assertThat(json(call("signup-valid.json")).has("elsewhere")).as("a seat: nothing else offered").isFalse();
    }

    @Test
    void aSecondIdenticalSignupIsA200WithTheSameLearner() throws Exception {
        String first = json(call("signup-valid.json")).get("learnerId").asText();
        APIGatewayV2HTTPResponse again = call("signup-valid.json");

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(json(again).get("learnerId").asText()).isEqualTo(first);
        assertThat(store.saved).hasSize(1);
    }

    @Test
    void acceptsABase64EncodedHtmlForm() throws Exception {
        APIGatewayV2HTTPResponse response = call("signup-form.json");

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(store.saved.get(0).name()).isEqualTo("Léa Martin");
        assertThat(store.saved.get(0).timezone()).isEqualTo("Europe/Paris");
    }

    @Test
    void malformedJsonIsAClear400() throws Exception {
        APIGatewayV2HTTPResponse response = call("signup-malformed.json");

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).startsWith("The request body is not valid JSON").contains("line 1");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void invalidFieldsAreListedOneByOne() throws Exception {
        APIGatewayV2HTTPResponse response = call("signup-invalid-fields.json");

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("validation_failed");
        assertThat(error.get("fields").fieldNames()).toIterable()
                .containsExactly("name", "email", "pathId", "language", "timezone", "consent");
        assertThat(mail.sent).isEmpty();
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aWrongMethodIsA405ThatSaysWhichOneWorks() throws Exception {
        APIGatewayV2HTTPResponse response = call("signup-wrong-method.json");

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "POST");
        assertThat(json(response).at("/error/code").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void aBodyOver256KbIsRefusedBeforeParsing() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-valid.json");
        event.setBody("{\"name\":\"" + "a".repeat(256 * 1024) + "\"}");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("payload_too_large");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aBodyOfExactly256KbIsStillRead() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-valid.json");
        String prefix = "{\"name\":\"";
        event.setBody(prefix + "a".repeat(256 * 1024 - prefix.length() - 2) + "\"}");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/fields/name").asText()).contains("at most 100");
    }
}
