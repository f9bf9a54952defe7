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

/** The sign-up form of a path page posted by a browser without JavaScript, as API Gateway delivers it. */
class SignupFormFlowTest {
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.cohort("py-2027-01", "python-foundations", 30, true));
    private final InMemorySignups store = new InMemorySignups(cohorts);
    private final SignupHandler handler = new SignupHandler(new SignupService(store, cohorts, new RecordingMailer(),
            new Messages("https://hub.example.org"), InMemoryCohorts.BEFORE_START, () -> UUID.randomUUID().toString(),
            SignupService.Limits.DEFAULT), null);

    private APIGatewayV2HTTPResponse call(String fixture) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + fixture);
        return handler.handleRequest(event, null);
    }

    private static JsonNode error(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody()).get("error");
    }

    @Test
    void aValidFormIsSavedAndTheBrowserIsSentToTheThankYouPage() {
        APIGatewayV2HTTPResponse response = call("signup-form-nojs.json");

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders()).containsEntry("Location", "/fr/merci.html?status=enrolled");
        assertThat(response.getBody()).isNull();
        assertThat(store.saved).hasSize(1);
        assertThat(store.saved.get(0).name()).isEqualTo("Léa Martin");
    }

    @Test
    void anInvalidFormGoesToTheErrorPageWithTheCodeAndTheBadFields() {
        APIGatewayV2HTTPResponse response = call("signup-form-nojs-invalid.json");

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders()).containsEntry("Location",
                "/fr/erreur.html?code=validation_failed&fields=name%2Cemail%2Cconsent");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aPathPagesFormGoesBackToItsProblemBoxNamingOnlyWhatWentWrong() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-form-nojs-invalid.json");
        event.setBody(event.getBody().replace("errorPage=%2Ffr%2Ferreur.html",
                "errorPage=%2Ffr%2Fparcours%2Fpython.html%23signup-error"
                        + "&problems=name+email+cohortId+timezone+consent+too_many_requests"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders()).containsEntry("Location", "/fr/parcours/python.html"
                + "?code=validation_failed&fields=name%2Cemail%2Cconsent#signup-error--name--email--consent");
        assertThat(store.saved).isEmpty();
    }

    /** A name too long is not a name missing: the page's line for it, not "Please enter your name." */
    @Test
    void aNameTooLongGoesBackToItsOwnLineAndAScriptReadsWhy() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-form-nojs.json");
        event.setBody(event.getBody().replace("name=L%C3%A9a+Martin", "name=" + "x".repeat(150))
                .replace("errorPage=%2Ffr%2Ferreur.html", "errorPage=%2Ffr%2Fparcours%2Fpython.html%23signup-error"
                        + "&problems=name+email+cohortId+timezone+consent+too_many_requests+name_too_long+email_too_long"));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertThat(response.getHeaders().get("Location")).endsWith("#signup-error--name_too_long");

        APIGatewayV2HTTPEvent json = EventLoader.loadApiGatewayHttpEvent("events/signup-form-nojs.json");
        json.setHeaders(java.util.Map.of("content-type", "application/json"));
        json.setBody("{\"name\":\"" + "x".repeat(150) + "\",\"email\":\"" + "a".repeat(250) + "@example.org\","
                + "\"pathId\":\"python-foundations\",\"language\":\"fr\",\"timezone\":\"Europe/Paris\",\"consent\":true}");
        APIGatewayV2HTTPResponse refused = handler.handleRequest(json, null);
        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(error(refused).get("params")).isEqualTo(Json.MAPPER.readTree(
                "{\"name\":\"too-long\",\"email\":\"too-long\"}"));
        assertThat(error(refused).at("/fields/name").asText()).contains("at most 100");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aFormPostedToAnUnknownPathStillLandsOnTheErrorPage() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-form-nojs.json");
        event.setRawPath("/api/signups/nowhere");
        event.getRequestContext().getHttp().setPath("/api/signups/nowhere");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders()).containsEntry("Location", "/fr/erreur.html?code=not_found");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aFilledHoneypotIsRejectedAndNothingIsWritten() {
        APIGatewayV2HTTPResponse response = call("signup-form-honeypot.json");

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders()).containsEntry("Location", "/en/error.html?code=rejected");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aFilledHoneypotInJsonIsA400Rejected() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/signup-valid.json");
        event.setBody(event.getBody().replaceFirst("\\{", "{\"website\":\"http://spam.example\","));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(error(response).get("code").asText()).isEqualTo("rejected");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void anOffSiteNextPageFallsBackToTheRoot() {
        APIGatewayV2HTTPResponse response = call("signup-form-offsite-next.json");

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders()).containsEntry("Location", "/?status=enrolled");
    }

    @Test
    void anOffSiteErrorPageIsAJson400AndNothingIsWritten() throws Exception {
        APIGatewayV2HTTPResponse response = call("signup-form-offsite-error.json");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(error(response).get("fields").has("errorPage")).isTrue();
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aFormSentByScriptThatAsksForJsonGetsJsonErrors() throws Exception {
        APIGatewayV2HTTPResponse response = call("signup-form-accept-json.json");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(error(response).get("fields").fieldNames()).toIterable().contains("name", "email", "consent");
    }
}
