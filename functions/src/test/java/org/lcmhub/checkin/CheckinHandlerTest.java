package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.testing.InMemoryCheckIns;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.MapLearners;

/** The check-in handler driven by payload-2.0 events, with and without JavaScript, over in-memory stores. */
class CheckinHandlerTest {
    /** The key of learner l-1 in the fixture event {@code checkin-form-nojs.json}. */
    private static final LearnerKey KEY = new LearnerKey("l-1", "a".repeat(43));
    /** Wednesday of week 2027-W03; the fixture cohort started on Monday 2027-01-04 (week 1), for 8 weeks. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-20T10:00:00Z"), ZoneOffset.UTC);

    private final MapLearners learners = new MapLearners();
    private final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    private final CheckinHandler handler = new CheckinHandler(new LearnerAuth(learners),
            new InMemoryCohorts().with(InMemoryCohorts.cohort("py-2027-01", "python-foundations", 30, true)),
            new CheckInService(checkIns, CLOCK));

    CheckinHandlerTest() {
        learners.stored.put("l-1", new LearnerStore.Stored(learner("l-1", LearnerStatus.ENROLLED), KEY.hash()));
    }

    private static Learner learner(String id, LearnerStatus status) {
        return new Learner(id, "Léa Martin", "lea@example.org", "python-foundations", "py-2027-01", Language.FR,
                "Europe/Paris", null, 4, status, null, Instant.parse("2026-12-01T00:00:00Z"));
    }

    private APIGatewayV2HTTPResponse post(String authorization, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("content-type", "application/json"));
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("r")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                        .withPath("/api/checkins").build());
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRawPath("/api/checkins")
                .withRequestContext(context.build()).withHeaders(headers).withBody(body).build(), null);
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }

    private static final String VALID = "{\"progress\":30,\"hoursSpent\":3.5,\"mood\":4,\"needHelp\":false,"
            + "\"message\":\"<script>x</script>\"}";

    @Test
    void aNewWeekIs201AndTheSameWeekAgainIs200() throws Exception {
        APIGatewayV2HTTPResponse first = post("Bearer " + KEY.token(), VALID);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(201);
        JsonNode body = json(first);
        assertThat(body.get("status").asText()).isEqualTo("created");
        assertThat(body.at("/checkIn/week").asText()).isEqualTo("2027-W03");
        assertThat(body.at("/checkIn/message").asText()).isEqualTo("<script>x</script>");

        APIGatewayV2HTTPResponse again = post("Bearer " + KEY.token(), VALID.replace("30", "40"));
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(json(again).get("status").asText()).isEqualTo("updated");
        assertThat(checkIns.history("l-1")).singleElement().extracting(c -> c.progress()).isEqualTo(40);
        assertThat(first.getBody()).doesNotContain(KEY.secret());
    }

    @Test
    void theSitesFormWithoutJavaScriptSendsTheKeyAsAFieldAndLandsOnTheThankYouPage() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/checkin-form-nojs.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders()).containsEntry("Location", "/en/thanks.html?status=created");
        var saved = checkIns.history("l-1");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).week().toString()).isEqualTo("2027-W02");
        assertThat(saved.get(0).hoursSpent()).isEqualTo(4.5);
        assertThat(saved.get(0).needHelp()).as("an unticked checkbox is not sent").isFalse();
        assertThat(saved.get(0).blockers()).isNull();
        assertThat(saved.get(0).message()).isEqualTo("<b>Loops</b> are hard");
    }

    /**
     * A form that cannot show the week's earlier answers (without JavaScript, or with a key pasted)
     * starts with its help box unticked, whatever was sent before: left unticked, it keeps the
     * week's request for help; only a form that showed the box ticked ({@code helpShown}) withdraws it.
     */
    @Test
    void onlyAFormThatShowedTheRequestForHelpWithdrawsIt() throws Exception {
        APIGatewayV2HTTPEvent asked = EventLoader.loadApiGatewayHttpEvent("events/checkin-form-nojs.json");
        asked.setBody(asked.getBody().replace("&blockers=", "&needHelp=true&blockers="));
        assertThat(handler.handleRequest(asked, null).getStatusCode()).isEqualTo(303);

        APIGatewayV2HTTPEvent again = EventLoader.loadApiGatewayHttpEvent("events/checkin-form-nojs.json");
        again.setBody(again.getBody().replace("progress=35", "progress=50"));
        assertThat(handler.handleRequest(again, null).getHeaders()).containsEntry("Location", "/en/thanks.html?status=updated");
        assertThat(checkIns.history("l-1")).singleElement().satisfies(c -> {
            assertThat(c.progress()).isEqualTo(50);
            assertThat(c.needHelp()).as("not withdrawn by a box the form could not show ticked").isTrue();
        });

        APIGatewayV2HTTPResponse unseen = post("Bearer " + KEY.token(),
                "{\"week\":\"2027-W02\",\"progress\":52,\"hoursSpent\":4,\"mood\":3,\"needHelp\":false}");
        assertThat(unseen.getStatusCode()).as(unseen.getBody()).isEqualTo(200);
        assertThat(json(unseen).at("/checkIn/needHelp").asBoolean()).as("the reply says the request stands").isTrue();
        assertThat(checkIns.history("l-1")).singleElement().satisfies(c -> {
            assertThat(c.progress()).isEqualTo(52);
            assertThat(c.needHelp()).as("not withdrawn by JSON from a form that did not show it").isTrue();
        });

        APIGatewayV2HTTPResponse withdrawn = post("Bearer " + KEY.token(),
                "{\"week\":\"2027-W02\",\"progress\":55,\"hoursSpent\":4,\"mood\":3,\"needHelp\":false,\"helpShown\":true}");
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(200);
        assertThat(checkIns.history("l-1")).singleElement().extracting(c -> c.needHelp()).isEqualTo(false);
    }

    /**
     * A French form says "2,5" hours: two and a half, never 25. A comma followed by three digits
     * may group thousands in English: refused rather than guessed.
     */
    @Test
    void aDecimalCommaInTheHoursIsTheirDecimalPointAndAnAmbiguousOneIsRefused() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/checkin-form-nojs.json");
        event.setBody(event.getBody().replace("hoursSpent=4.5", "hoursSpent=2%2C5"));
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(303);
        assertThat(checkIns.history("l-1")).singleElement().extracting(c -> c.hoursSpent()).isEqualTo(2.5);

        APIGatewayV2HTTPResponse json = post("Bearer " + KEY.token(), VALID.replace("3.5", "\"1,25\""));
        assertThat(json.getStatusCode()).as(json.getBody()).isEqualTo(201);
        assertThat(checkIns.history("l-1")).extracting(c -> c.hoursSpent()).contains(1.25);

        APIGatewayV2HTTPResponse grouped = post("Bearer " + KEY.token(), VALID.replace("3.5", "\"1,000\""));
        assertThat(grouped.getStatusCode()).as(grouped.getBody()).isEqualTo(400);
        assertThat(json(grouped).at("/error/fields").has("hoursSpent")).as(grouped.getBody()).isTrue();
    }

    @Test
    void aFormWithAWrongKeyLandsOnTheErrorPageAndWritesNothing() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/checkin-form-nojs.json");
        event.setBody(event.getBody().replace("key=l-1.a", "key=l-1.b"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location")).startsWith("/en/error.html?code=unauthorized");
        assertThat(checkIns.stored).isEmpty();
    }

    @Test
    void withoutAValidKeyIt401sAndWritesNothing() throws Exception {
        for (String authorization : new String[] {null, "Bearer ", "Bearer l-1", "Basic " + KEY.token(),
                "Bearer l-2." + KEY.secret(), "Bearer l-1." + "b".repeat(43)}) {
            APIGatewayV2HTTPResponse response = post(authorization, VALID);
            assertThat(response.getStatusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(json(response).at("/error/code").asText()).isEqualTo("unauthorized");
        }
        assertThat(checkIns.stored).isEmpty();
    }

    @Test
    void badFieldsAre400WithEveryFieldAndNothingWritten() throws Exception {
        APIGatewayV2HTTPResponse response = post("Bearer " + KEY.token(),
                "{\"week\":\"2027-W01x\",\"progress\":120,\"hoursSpent\":\"lots\",\"mood\":0,\"stepReached\":9}");

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode fields = json(response).at("/error/fields");
        assertThat(fields.has("hoursSpent")).as(fields.toString()).isTrue();
        response = post("Bearer " + KEY.token(), "{\"week\":\"2027-W01x\",\"progress\":120,\"hoursSpent\":2,"
                + "\"mood\":0,\"stepReached\":9}");
        fields = json(response).at("/error/fields");
        assertThat(fields.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("week", "progress", "mood", "stepReached", "needHelp");
        assertThat(checkIns.stored).isEmpty();
    }

    @Test
    void aWeekBeforeTheCohortOrInTheFutureIsRefused() throws Exception {
        for (String week : new String[] {"2026-W53", "2027-W04"}) {
            APIGatewayV2HTTPResponse response = post("Bearer " + KEY.token(),
                    VALID.replace("{", "{\"week\":\"" + week + "\","));
            assertThat(response.getStatusCode()).as(week).isEqualTo(400);
            assertThat(json(response).at("/error/fields/week").asText()).isNotBlank();
            // Before the cohort, the API says so (and when it starts), for a page to say it in its words.
            assertThat(json(response).at("/error/params/week").asText()).as(week).isEqualTo(week.equals("2026-W53") ? "not-started" : "");
        }
        var early = json(post("Bearer " + KEY.token(), VALID.replace("{", "{\"week\":\"2026-W53\",")));
        assertThat(early.at("/error/params/startDate").asText()).isEqualTo("2027-01-04");
        // For API users, the day in full, as a page would say it; never shorthand ("Mon 4 Jan 2027").
        assertThat(early.at("/error/fields/week").asText()).contains("Monday 4 January 2027");
        assertThat(checkIns.stored).isEmpty();
    }

    @Test
    void onlyAnEnrolledLearnerChecksIn() throws Exception {
        learners.stored.put("l-1", new LearnerStore.Stored(learner("l-1", LearnerStatus.WAITLISTED), KEY.hash()));

        APIGatewayV2HTTPResponse response = post("Bearer " + KEY.token(), VALID);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("not_enrolled");
        assertThat(checkIns.stored).isEmpty();
    }
}
