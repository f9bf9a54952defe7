package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.CohortChanges;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoSeats;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.mail.Messages;
import org.lcmhub.testing.RecordingMailer;

/**
 * The dates of a cohort that has begun, through the cohort function and its store on moto: its
 * first day stays and its length keeps the weeks begun (409, a code and params the cohorts page
 * words), judged by the write's condition on the start the item holds; "begun" is judged in the
 * earliest time zone (UTC+14).
 */
@ExtendWith(MotoExtension.class)
class CohortDatesIT {
    /** Wednesday 10 March 2027, 12:00 UTC: Thursday 11 March already in UTC+14. */
    private static final Instant NOW = Instant.parse("2027-03-10T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");
    private static final String LCM = "lcm-dates";
    private static final Map<String, String> CLAIMS = Map.of("sub", LCM, "email", "lcm@example.org", "cognito:groups", "[lcm]");

    private static CohortHandler handler(Moto moto, Instant now) {
        return new CohortHandler(new CohortService(new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoSeats(moto.dynamo(), moto.table()), new RecordingMailer(), new Messages(""),
                Clock.fixed(now, ZoneOffset.UTC)));
    }

    /** An open cohort of 8 weeks starting on {@code start}. */
    private static String cohort(Moto moto, LocalDate start) {
        String id = "dates-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new Cohort(id, "python-foundations", "Python", Language.EN,
                start, 8, 10, true, 0, 0, Set.of(LCM), Instant.EPOCH));
        return id;
    }

    private static APIGatewayV2HTTPResponse patch(Moto moto, Instant now, String cohortId, String body) {
        return handler(moto, now).handleRequest(
                Fixtures.jsonEvent("PATCH", "/api/cohorts/" + cohortId, CLAIMS, null, body), null);
    }

    private static JsonNode error(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody()).path("error");
    }

    private static Cohort stored(Moto moto, String cohortId) {
        return new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohortId);
    }

    @Test
    void aRunningCohortKeepsItsFirstDayWhetherMovedLaterOrEarlier(Moto moto) throws Exception {
        String running = cohort(moto, TODAY.minusDays(20));

        for (String start : new String[] {"2027-04-05", "2027-02-01"}) {
            APIGatewayV2HTTPResponse refused = patch(moto, NOW, running, "{\"startDate\":\"" + start + "\"}");
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(409);
            assertThat(error(refused).path("code").asText()).isEqualTo("started");
            assertThat(error(refused).path("fields").has("startDate")).isTrue();
            assertThat(error(refused).path("params").path("start").asText()).isEqualTo("2027-02-18");
        }
        assertThat(stored(moto, running).startDate()).isEqualTo(TODAY.minusDays(20));
        // The same first day sent again (the edit form's other fields saved) changes nothing.
        assertThat(patch(moto, NOW, running, "{\"startDate\":\"2027-02-18\",\"seats\":12}").getStatusCode()).isEqualTo(200);
        assertThat(stored(moto, running).seats()).isEqualTo(12);
    }

    @Test
    void aRunningCohortKeepsTheWeeksItHasBegunAndMayGrow(Moto moto) throws Exception {
        // Started 19 days before today in UTC, 20 in UTC+14: its third week has begun, not its fourth.
        String running = cohort(moto, TODAY.minusDays(19));

        APIGatewayV2HTTPResponse refused = patch(moto, NOW, running, "{\"weeks\":2}");
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(409);
        assertThat(error(refused).path("code").asText()).isEqualTo("weeks_begun");
        assertThat(error(refused).path("fields").has("weeks")).isTrue();
        assertThat(error(refused).path("params").path("weeksBegun").asText()).isEqualTo("3");
        assertThat(stored(moto, running).weeks()).isEqualTo(8);

        APIGatewayV2HTTPResponse third = patch(moto, NOW, running, "{\"weeks\":3}");
        assertThat(third.getStatusCode()).as(third.getBody()).isEqualTo(200);
        JsonNode view = Json.MAPPER.readTree(third.getBody());
        assertThat(view.get("begun").asBoolean()).isTrue();
        assertThat(view.get("weeksBegun").asInt()).isEqualTo(3);
        assertThat(view.get("endDate").asText()).isEqualTo("2027-03-11");
        assertThat(patch(moto, NOW, running, "{\"weeks\":10}").getStatusCode()).isEqualTo(200);
        assertThat(stored(moto, running).weeks()).isEqualTo(10);
    }

    @Test
    void anEndedCohortMayNotShortenButMayLengthen(Moto moto) throws Exception {
        String ended = cohort(moto, TODAY.minusDays(70));

        APIGatewayV2HTTPResponse refused = patch(moto, NOW, ended, "{\"weeks\":7}");
        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(error(refused).path("params").path("weeksBegun").asText()).isEqualTo("8");
        assertThat(patch(moto, NOW, ended, "{\"weeks\":9}").getStatusCode()).isEqualTo(200);
    }

    @Test
    void aCohortHasBegunOnceItsFirstDayHasComeInTheEarliestZone(Moto moto) throws Exception {
        // Starts Thursday 11 March: still Wednesday in UTC, already Thursday in UTC+14 from 10:00 UTC.
        String tomorrow = cohort(moto, TODAY.plusDays(1));
        String later = cohort(moto, TODAY.plusDays(1));

        APIGatewayV2HTTPResponse refused = patch(moto, NOW, tomorrow, "{\"startDate\":\"2027-03-22\"}");
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(409);
        assertThat(error(refused).path("code").asText()).isEqualTo("started");

        Instant beforeItCame = Instant.parse("2027-03-10T09:59:00Z");
        APIGatewayV2HTTPResponse moved = patch(moto, beforeItCame, later, "{\"startDate\":\"2027-03-22\"}");
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(200);
        JsonNode view = Json.MAPPER.readTree(moved.getBody());
        assertThat(view.get("begun").asBoolean()).isFalse();
        assertThat(view.get("weeksBegun").asInt()).isZero();
        assertThat(stored(moto, later).startDate()).isEqualTo(LocalDate.parse("2027-03-22"));
    }

    @Test
    void aCohortStillToComeIsNotMovedToADayThatHasBegun(Moto moto) throws Exception {
        String future = cohort(moto, TODAY.plusDays(14));

        APIGatewayV2HTTPResponse refused = patch(moto, NOW, future, "{\"startDate\":\"2027-03-01\"}");
        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(error(refused).path("params").path("startDate").asText()).isEqualTo("past");
        assertThat(stored(moto, future).startDate()).isEqualTo(TODAY.plusDays(14));

        // With other fields wrong too, each is named in the one answer, the first day with its reason.
        JsonNode all = error(patch(moto, NOW, future, "{\"startDate\":\"2027-03-01\",\"weeks\":0,\"seats\":0}"));
        assertThat(all.path("fields").has("weeks")).as(all.toString()).isTrue();
        assertThat(all.path("fields").has("seats")).as(all.toString()).isTrue();
        assertThat(all.path("params").path("startDate").asText()).as(all.toString()).isEqualTo("past");
        assertThat(stored(moto, future).weeks()).isEqualTo(8);
    }

    /**
     * A new cohort is refused a first day that has begun somewhere on Earth, as an edit is, with
     * the same field-level 400: at noon UTC on Wednesday 10 March, Thursday 11 March has already
     * come in UTC+14, Friday 12 March has not. Nothing is stored for a refused one.
     */
    @Test
    void aNewCohortIsRefusedAFirstDayThatHasBegunSomewhere(Moto moto) throws Exception {
        for (String start : new String[] {"2027-03-01", "2027-03-10", "2027-03-11"}) {
            String pathId = "begun-" + UUID.randomUUID().toString().substring(0, 8);
            APIGatewayV2HTTPResponse refused = create(moto, pathId, start);
            assertThat(refused.getStatusCode()).as(start + ": " + refused.getBody()).isEqualTo(400);
            assertThat(error(refused).path("code").asText()).isEqualTo("validation_failed");
            assertThat(error(refused).path("fields").path("startDate").asText())
                    .isEqualTo("Give a first day still to come: one that has begun nowhere yet.");
            assertThat(error(refused).path("params").path("startDate").asText()).isEqualTo("past");
            assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).byPath(pathId)).as(start).isEmpty();
        }
        // With other fields wrong too, each is named, the first day with its reason.
        JsonNode both = error(handler(moto, NOW).handleRequest(Fixtures.jsonEvent("POST", "/api/cohorts", CLAIMS, null,
                "{\"pathId\":\"python-foundations\",\"startDate\":\"2027-03-11\",\"weeks\":0,\"seats\":10,"
                        + "\"language\":\"en\"}"), null));
        assertThat(both.path("fields").has("weeks")).isTrue();
        assertThat(both.path("params").path("startDate").asText()).isEqualTo("past");

        APIGatewayV2HTTPResponse made = create(moto, "begun-" + UUID.randomUUID().toString().substring(0, 8), "2027-03-12");
        assertThat(made.getStatusCode()).as(made.getBody()).isEqualTo(201);
    }

    private static APIGatewayV2HTTPResponse create(Moto moto, String pathId, String start) {
        return handler(moto, NOW).handleRequest(Fixtures.jsonEvent("POST", "/api/cohorts", CLAIMS, null,
                "{\"pathId\":\"" + pathId + "\",\"startDate\":\"" + start + "\",\"weeks\":8,\"seats\":10,"
                        + "\"language\":\"en\"}"), null);
    }

    @Test
    void theStoreRefusesByTheStartTheItemHoldsNotByTheCallersView(Moto moto) {
        DynamoCohortStore store = new DynamoCohortStore(moto.dynamo(), moto.table());
        String running = cohort(moto, TODAY.minusDays(20));

        // No service read before: the store's write alone refuses.
        assertThatThrownBy(() -> store.update(running, LCM,
                new CohortChanges(null, TODAY.plusDays(30), null, null, null), TODAY, TODAY))
                .isInstanceOf(CohortStore.StartPassed.class);
        assertThatThrownBy(() -> store.update(running, LCM, new CohortChanges(null, null, 1, null, null), TODAY, TODAY))
                .isInstanceOf(CohortStore.WeeksBegun.class)
                .satisfies(e -> assertThat(((CohortStore.WeeksBegun) e).weeksBegun()).isEqualTo(3));
        assertThat(store.find(running).startDate()).isEqualTo(TODAY.minusDays(20));
        assertThat(store.find(running).weeks()).isEqualTo(8);
    }
}
