package org.lcmhub.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.http.Json;
import org.lcmhub.mentor.MentorService;
import org.lcmhub.testing.InMemoryMentors;

/** The mentor handler driven by payload-2.0 fixtures carrying the JWT authorizer's claims. */
class MentorHandlerTest {
    private static final String DMITRI = "7d0c2a4e-0000-4000-8000-00000000d1a1";
    private final InMemoryMentors store = new InMemoryMentors();
    private final MentorHandler handler = new MentorHandler(new MentorService(store, Clock.systemUTC()), null);

    private static APIGatewayV2HTTPEvent fixture(String name) {
        return EventLoader.loadApiGatewayHttpEvent("events/" + name);
    }

    private static APIGatewayV2HTTPEvent withGroups(APIGatewayV2HTTPEvent event, String groups) {
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("cognito:groups", groups);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    private APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }

    /** The form of a first visit starts with the name the sign-in gave (the one the invitation was sent with). */
    @Test
    void aMentorWithNoProfileYetIsGivenTheNameOfTheirSignIn() throws Exception {
        APIGatewayV2HTTPEvent event = fixture("mentor-get.json");
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("name", "Malik Benali");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);

        JsonNode none = json(call(event));

        assertThat(none.get("saved").asBoolean()).isFalse();
        assertThat(none.get("name").asText()).isEqualTo("Malik Benali");
    }

    @Test
    void aMentorSavesAndReadsTheirProfileUnderTheSubOfTheClaims() throws Exception {
        // None saved yet: an empty state, not a missing resource.
        APIGatewayV2HTTPResponse none = call(fixture("mentor-get.json"));
        assertThat(none.getStatusCode()).isEqualTo(200);
        assertThat(json(none)).isEqualTo(Json.MAPPER.readTree("{\"mentorId\":\"" + DMITRI + "\",\"saved\":false}"));

        APIGatewayV2HTTPResponse saved = call(fixture("mentor-put.json"));

        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(200);
        assertThat(store.find("someone-else")).isNull();
        assertThat(store.find(DMITRI).email()).isEqualTo("dmitri@example.org");
        JsonNode read = json(call(fixture("mentor-get.json")));
        assertThat(read.get("mentorId").asText()).isEqualTo(DMITRI);
        assertThat(read.get("saved").asBoolean()).isTrue();
        assertThat(read.get("paths")).hasSize(2);
        assertThat(read.get("capacity").asInt()).isEqualTo(5);
        assertThat(read.get("assigned").asInt()).isZero();
        assertThat(read.get("paused").asBoolean()).isFalse();
        assertThat(read.at("/availability/1").toString()).isEqualTo("{\"day\":\"sun\",\"from\":\"22:00\",\"to\":\"01:00\"}");
        assertThat(read).isEqualTo(json(saved));
    }

    @Test
    void theBodyCannotResetAssignedMentees() throws Exception {
        call(fixture("mentor-put.json"));
        store.assign(DMITRI, 2);

        JsonNode again = json(call(fixture("mentor-put.json")));

        assertThat(again.get("assigned").asInt()).isEqualTo(2);
    }

    @Test
    void capacityBelowAssignedMenteesIsAConflict() throws Exception {
        call(fixture("mentor-put.json"));
        store.assign(DMITRI, 5);
        APIGatewayV2HTTPEvent lower = fixture("mentor-put.json");
        lower.setBody(lower.getBody().replace("\"capacity\": 5", "\"capacity\": 4"));

        APIGatewayV2HTTPResponse refused = call(lower);

        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(json(refused).at("/error/message").asText()).startsWith("5 mentees are placed with you");
        assertThat(json(refused).at("/error/code").asText()).isEqualTo("below_placed");
        assertThat(json(refused).at("/error/fields/capacity").asText()).isEqualTo("below_placed");
        assertThat(json(refused).at("/error/params/placed").asText()).isEqualTo("5");
        assertThat(store.find(DMITRI).capacity()).isEqualTo(5);
    }

    @Test
    void onlyTheMentorGroupGetsIn() throws Exception {
        APIGatewayV2HTTPResponse lcm = call(withGroups(fixture("mentor-put.json"), "[lcm]"));
        assertThat(lcm.getStatusCode()).isEqualTo(403);
        assertThat(json(lcm).at("/error/code").asText()).isEqualTo("forbidden");
        assertThat(call(withGroups(fixture("mentor-get.json"), "")).getStatusCode()).isEqualTo(403);
        assertThat(call(withGroups(fixture("mentor-put.json"), "[lcm mentor]")).getStatusCode()).isEqualTo(200);

        APIGatewayV2HTTPEvent noClaims = fixture("mentor-put.json");
        noClaims.getRequestContext().setAuthorizer(null);
        assertThat(call(noClaims).getStatusCode()).isEqualTo(401);

        APIGatewayV2HTTPEvent post = fixture("mentor-put.json");
        post.getRequestContext().getHttp().setMethod("POST");
        APIGatewayV2HTTPResponse wrongMethod = call(post);
        assertThat(wrongMethod.getStatusCode()).isEqualTo(405);
        assertThat(wrongMethod.getHeaders().get("Allow")).contains("GET").contains("PUT");
    }

    private static APIGatewayV2HTTPEvent withMailLanguage(String json) {
        APIGatewayV2HTTPEvent put = fixture("mentor-put.json");
        put.setBody(put.getBody().replace("\"capacity\": 5", "\"capacity\": 5, \"mailLanguage\": " + json));
        return put;
    }

    @Test
    void theMailLanguageIsSavedAndReadBackAndAnotherValueIsAFieldError() throws Exception {
        assertThat(json(call(fixture("mentor-put.json"))).get("mailLanguage").asText())
                .as("none chosen: the first of its languages").isEqualTo("en");

        APIGatewayV2HTTPResponse french = call(withMailLanguage("\"fr\""));
        assertThat(french.getStatusCode()).as(french.getBody()).isEqualTo(200);
        assertThat(json(call(fixture("mentor-get.json"))).get("mailLanguage").asText()).isEqualTo("fr");

        for (String bad : new String[] {"\"de\"", "\"français\"", "7", "[\"fr\"]"}) {
            APIGatewayV2HTTPResponse refused = call(withMailLanguage(bad));
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(400);
            assertThat(json(refused).at("/error/fields").fieldNames()).toIterable().as(bad).containsExactly("mailLanguage");
        }
        assertThat(store.find(DMITRI).mailLanguage()).as("refusals change nothing")
                .isEqualTo(org.lcmhub.domain.Language.FR);
    }

    @Test
    void reportsEveryBadFieldAndSavesNothing() throws Exception {
        APIGatewayV2HTTPResponse refused = call(fixture("mentor-put-invalid.json"));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(json(refused).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("name", "paths", "skills", "languages", "timezone", "capacity", "availability");
        assertThat(store.find(DMITRI)).isNull();
    }
}
