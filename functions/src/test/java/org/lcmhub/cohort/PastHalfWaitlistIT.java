package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoSeats;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.testing.RecordingMailer;

/**
 * A cohort past its half (the last day it is offered gone by) gives its waitlist no seat, on moto:
 * a seat freed by a learner leaving and seats added by the team stay free, and the team's waitlist
 * says why and which cohort of the path those waiting can move to. Up to that day, both go to the
 * first learner waiting, as before.
 */
@ExtendWith(MotoExtension.class)
class PastHalfWaitlistIT {
    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");
    private static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
    private static final String LCM = "lcm-past-half";
    private static final Map<String, String> CLAIMS = Map.of("sub", LCM, "email", "lcm@example.org", "cognito:groups", "[lcm]");

    private record Setting(String cohortId, String nextId, List<Learner> people) {
    }

    /**
     * An 8-week cohort (56 days) started {@code daysAgo} days before today, of two seats, taken by
     * Awa and Ben; Chloé and Dario wait. The path's next cohort starts in a week, with seats.
     */
    private static Setting cohort(Moto moto, int daysAgo) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String path = "path-half-" + run;
        DynamoCohortStore store = new DynamoCohortStore(moto.dynamo(), moto.table());
        Cohort running = new Cohort("half-" + run, path, "Python", Language.FR, TODAY.minusDays(daysAgo), 8, 2, true,
                0, 0, Set.of(LCM), Instant.EPOCH);
        Cohort next = new Cohort("next-" + run, path, "Python", Language.FR, TODAY.plusDays(7), 8, 10, true,
                0, 0, Set.of(LCM), Instant.EPOCH);
        store.create(running);
        store.create(next);
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        List<Learner> people = List.of("Awa", "Ben", "Chloé", "Dario").stream().map(name -> new Learner(
                UUID.randomUUID().toString(), name, name.toLowerCase() + "." + run + "@example.org", path, running.cohortId(),
                Language.FR, "Africa/Dakar", null, null, LearnerStatus.ENROLLED, null, NOW.minus(Duration.ofDays(40)))).toList();
        people.forEach(l -> signups.place(l, "hash", l.createdAt(), Duration.ZERO));
        assertThat(status(moto, people.get(3))).isEqualTo(LearnerStatus.WAITLISTED);
        return new Setting(running.cohortId(), next.cohortId(), people);
    }

    private static CohortHandler handler(Moto moto) {
        return new CohortHandler(new CohortService(new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoSeats(moto.dynamo(), moto.table()), new RecordingMailer(), new Messages(""),
                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private static LearnerStatus status(Moto moto, Learner l) {
        return new DynamoSignupStore(moto.dynamo(), moto.table()).find(l.learnerId()).status();
    }

    private static JsonNode call(Moto moto, String method, String path, String body) throws Exception {
        APIGatewayV2HTTPResponse response = handler(moto).handleRequest(Fixtures.jsonEvent(method, path, CLAIMS, null, body), null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return Json.MAPPER.readTree(response.getBody());
    }

    @Test
    void pastItsHalfNeitherAFreedSeatNorAnAddedOneGoesToTheWaitlist(Moto moto) throws Exception {
        Setting s = cohort(moto, 29); // its last day offered (day 28) was yesterday
        Learner chloe = s.people().get(2);
        Learner dario = s.people().get(3);

        var left = new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(s.people().get(1).learnerId(), NOW);
        assertThat(left.promoted()).isNull();
        assertThat(status(moto, chloe)).isEqualTo(LearnerStatus.WAITLISTED);

        JsonNode patched = call(moto, "PATCH", "/api/cohorts/" + s.cohortId(), "{\"seats\":4}");
        assertThat(patched.get("promoted")).isEmpty();
        assertThat(patched.get("enrolled").asInt()).isEqualTo(1);
        assertThat(patched.get("waitlisted").asInt()).isEqualTo(2);
        assertThat(status(moto, chloe)).isEqualTo(LearnerStatus.WAITLISTED);
        assertThat(status(moto, dario)).isEqualTo(LearnerStatus.WAITLISTED);

        // Awa leaving too frees her seat, with people still waiting: it stays free.
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(s.people().get(0).learnerId(), NOW);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(s.cohortId()).enrolled()).isZero();

        JsonNode waitlist = call(moto, "GET", "/api/cohorts/" + s.cohortId() + "/waitlist", null);
        assertThat(waitlist.get("waiting").findValuesAsText("name")).containsExactly("Chloé", "Dario");
        assertThat(waitlist.get("noMoreSeats").asText()).isEqualTo("past-half");
        assertThat(waitlist.get("moveTo").get("cohortId").asText()).isEqualTo(s.nextId());
        assertThat(waitlist.get("moveTo").get("startDate").asText()).isEqualTo(TODAY.plusDays(7).toString());
    }

    @Test
    void upToItsLastDayOfferedAFreedSeatAndAnAddedOneGoToTheFirstWaiting(Moto moto) throws Exception {
        Setting s = cohort(moto, 28); // today is its last day offered
        Learner chloe = s.people().get(2);
        Learner dario = s.people().get(3);

        var left = new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(s.people().get(1).learnerId(), NOW);
        assertThat(left.promoted().learnerId()).isEqualTo(chloe.learnerId());
        assertThat(status(moto, chloe)).isEqualTo(LearnerStatus.ENROLLED);

        JsonNode patched = call(moto, "PATCH", "/api/cohorts/" + s.cohortId(), "{\"seats\":3}");
        assertThat(patched.get("promoted").findValuesAsText("name")).containsExactly("Dario");
        assertThat(status(moto, dario)).isEqualTo(LearnerStatus.ENROLLED);

        JsonNode waitlist = call(moto, "GET", "/api/cohorts/" + s.cohortId() + "/waitlist", null);
        assertThat(waitlist.get("waiting")).isEmpty();
        assertThat(waitlist.get("noMoreSeats").isNull()).isTrue();
        assertThat(waitlist.get("moveTo").isNull()).isTrue();
    }
}
