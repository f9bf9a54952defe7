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
import org.lcmhub.store.Keys;
import org.lcmhub.testing.RecordingMailer;

/**
 * Reopening closed sign-ups through the cohort function and its store on moto: refused (409, a
 * code the cohorts page words) where the cohort would be offered to no one, by the write's condition.
 */
@ExtendWith(MotoExtension.class)
class ReopenSignupsIT {
    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");
    private static final String LCM = "lcm-reopen";
    private static final Map<String, String> CLAIMS = Map.of("sub", LCM, "email", "lcm@example.org", "cognito:groups", "[lcm]");

    private static CohortHandler handler(Moto moto) {
        return new CohortHandler(new CohortService(new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoSeats(moto.dynamo(), moto.table()), new RecordingMailer(), new Messages(""),
                Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)));
    }

    /** A closed cohort of 8 weeks (56 days) started {@code daysAgo} days before today. */
    private static String closedCohort(Moto moto, int daysAgo) {
        String id = "reopen-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new Cohort(id, "python-foundations", "Python", Language.EN,
                TODAY.minusDays(daysAgo), 8, 10, false, 0, 0, Set.of(LCM), Instant.EPOCH));
        return id;
    }

    private static APIGatewayV2HTTPResponse patch(Moto moto, String cohortId, String body) {
        return handler(moto).handleRequest(
                Fixtures.jsonEvent("PATCH", "/api/cohorts/" + cohortId, CLAIMS, null, body), null);
    }

    private static String code(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody()).path("error").path("code").asText();
    }

    private static boolean open(Moto moto, String cohortId) {
        return new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohortId).open();
    }

    @Test
    void reopeningACohortMoreThanHalfOverOrEndedIsRefusedWithACodeAndLeavesItClosed(Moto moto) throws Exception {
        String pastHalf = closedCohort(moto, 29);
        String ended = closedCohort(moto, 56);

        assertReopeningRefused(moto, pastHalf, "past_half");
        assertReopeningRefused(moto, ended, "ended");
    }

    private static void assertReopeningRefused(Moto moto, String cohortId, String code) throws Exception {
        APIGatewayV2HTTPResponse refused = patch(moto, cohortId, "{\"open\":true}");
        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(code(refused)).isEqualTo(code);
        assertThat(open(moto, cohortId)).isFalse();
    }

    @Test
    void aCohortAtHalfIsReopenedAndClosingIsAlwaysAllowed(Moto moto) throws Exception {
        String atHalf = closedCohort(moto, 28);
        String pastHalf = closedCohort(moto, 40);

        APIGatewayV2HTTPResponse reopened = patch(moto, atHalf, "{\"open\":true}");
        assertThat(reopened.getStatusCode()).isEqualTo(200);
        JsonNode view = Json.MAPPER.readTree(reopened.getBody());
        assertThat(view.get("offer").asText()).isEqualTo("open");
        assertThat(open(moto, atHalf)).isTrue();
        assertThat(patch(moto, pastHalf, "{\"open\":false}").getStatusCode()).isEqualTo(200);
    }

    @Test
    void newDatesSentWithTheReopeningAreTheOnesJudged(Moto moto) throws Exception {
        String pastHalf = closedCohort(moto, 40);

        APIGatewayV2HTTPResponse stillPast = patch(moto, pastHalf, "{\"open\":true,\"weeks\":10}");
        assertThat(stillPast.getStatusCode()).isEqualTo(409);
        assertThat(code(stillPast)).isEqualTo("past_half");
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(pastHalf).weeks()).isEqualTo(8);

        // Begun, its first day stays; 20 weeks put it back before half-way.
        APIGatewayV2HTTPResponse moved = patch(moto, pastHalf, "{\"open\":true,\"weeks\":20}");
        assertThat(moved.getStatusCode()).isEqualTo(200);
        assertThat(open(moto, pastHalf)).isTrue();
    }

    @Test
    void theStoreComparesTheDayKeptOnTheItemWithTodayInItsCondition(Moto moto) {
        DynamoCohortStore store = new DynamoCohortStore(moto.dynamo(), moto.table());
        String cohort = closedCohort(moto, 10);
        // The item says the cohort stopped being offered yesterday: the write believes the item, not
        // a reading of its dates made beforehand.
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.cohort(cohort))
                .updateExpression("SET lastOfferedDay = :d")
                .expressionAttributeValues(Map.of(":d", Keys.s(TODAY.minusDays(1).toString()))));

        assertThatThrownBy(() -> store.update(cohort, LCM, new CohortChanges(null, null, null, null, true), TODAY))
                .isInstanceOf(CohortStore.NotOffered.class);
        assertThat(store.find(cohort).open()).isFalse();
    }

    @Test
    void aCohortSavedBeforeTheDayWasKeptIsJudgedByItsDates(Moto moto) throws Exception {
        String fresh = closedCohort(moto, 10);
        String pastHalf = closedCohort(moto, 40);
        for (String id : new String[] {fresh, pastHalf}) {
            moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.cohort(id)).updateExpression("REMOVE lastOfferedDay"));
        }

        assertThat(patch(moto, fresh, "{\"open\":true}").getStatusCode()).isEqualTo(200);
        assertReopeningRefused(moto, pastHalf, "past_half");
    }
}
