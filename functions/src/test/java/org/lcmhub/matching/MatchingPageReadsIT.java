package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.matching.draft.MatchingService;
import org.lcmhub.matching.draft.dynamodb.DynamoMatchStore;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code GET /api/cohorts/{id}/matching} with published pairs and a draft left open: the team is
 * checked once and the cohort's learners read once, though both lists name learners.
 */
@ExtendWith(MotoExtension.class)
class MatchingPageReadsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CLAIMS = Map.of("sub", Fixtures.LCM_SUB, "email", "lcm@example.org",
            "cognito:groups", "[lcm]");

    /** Counts, through the client it watches, the reads of one cohort's item and of its learners. */
    private static final class CohortReads implements ExecutionInterceptor {
        final AtomicInteger cohortItem = new AtomicInteger();
        final AtomicInteger learners = new AtomicInteger();
        volatile String cohortId = "";

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof GetItemRequest get && get.key().equals(Keys.cohort(cohortId))) {
                cohortItem.incrementAndGet();
            }
            // A first page only: a read of the learners, however many pages it takes.
            if (context.request() instanceof QueryRequest q && q.expressionAttributeValues().containsKey(":learner")
                    && Keys.cohortPk(cohortId).equals(q.expressionAttributeValues().get(":pk").s())
                    && !q.hasExclusiveStartKey()) {
                learners.incrementAndGet();
            }
        }
    }

    @Test
    void thePageChecksTheTeamOnceAndReadsTheLearnersOnce(Moto moto) throws Exception {
        CohortReads reads = new CohortReads();
        DynamoDbClient watched = moto.newClient(reads);
        Cohort cohort = cohortWithMentorAndTwoLearners(moto, reads, 1);
        List<Mail> sent = new ArrayList<>();
        MatchingHandler handler = new MatchingHandler(new MatchingService(new DynamoCohortStore(watched, moto.table()),
                new DynamoSignupStore(watched, moto.table()), new DynamoMentorStore(watched, moto.table()),
                new DynamoMatchStore(watched, moto.table(), Clock.systemUTC()), new DynamoCheckInStore(watched, moto.table()),
                sent::add, new Messages("http://hub.test"), Clock.systemUTC()));
        String path = "/api/cohorts/" + cohort.cohortId() + "/matching";
        // One learner gets the mentor's only place; the next draft, left open, has the other waiting.
        JsonNode first = body(handler.handleRequest(Fixtures.jsonEvent("POST", path, CLAIMS, null, null), null), 201);
        body(handler.handleRequest(Fixtures.jsonEvent("POST", path + "/" + first.get("draftId").asText() + "/publish",
                CLAIMS, null, null), null), 200);
        body(handler.handleRequest(Fixtures.jsonEvent("POST", path, CLAIMS, null, null), null), 201);

        reads.cohortItem.set(0);
        reads.learners.set(0);
        JsonNode page = body(handler.handleRequest(Fixtures.jsonEvent("GET", path, CLAIMS, null, null), null), 200);

        assertThat(page.at("/mentors/0/learners/0/name").asText()).isNotBlank();
        assertThat(page.at("/draft/unmatched")).hasSize(1);
        assertThat(page.at("/draft/names").toString()).contains("Awa Diop").contains("Léo Blanc");
        assertThat(reads.cohortItem.get()).as("the team is checked once").isEqualTo(1);
        assertThat(reads.learners.get()).as("the cohort's learners are read once").isEqualTo(1);
    }

    /**
     * {@code POST /api/cohorts/{id}/matching}: computing a draft and naming its people checks the
     * team once and reads the cohort's learners once, as the page does.
     */
    @Test
    void computingADraftChecksTheTeamOnceAndReadsTheLearnersOnce(Moto moto) throws Exception {
        CohortReads reads = new CohortReads();
        DynamoDbClient watched = moto.newClient(reads);
        Cohort cohort = cohortWithMentorAndTwoLearners(moto, reads, 2);
        MatchingHandler handler = new MatchingHandler(new MatchingService(new DynamoCohortStore(watched, moto.table()),
                new DynamoSignupStore(watched, moto.table()), new DynamoMentorStore(watched, moto.table()),
                new DynamoMatchStore(watched, moto.table(), Clock.systemUTC()), new DynamoCheckInStore(watched, moto.table()),
                mail -> { }, new Messages("http://hub.test"), Clock.systemUTC()));

        JsonNode draft = body(handler.handleRequest(Fixtures.jsonEvent("POST", "/api/cohorts/" + cohort.cohortId()
                + "/matching", CLAIMS, null, null), null), 201);

        assertThat(draft.at("/matches")).isNotEmpty();
        assertThat(draft.at("/names").toString()).contains("Awa Diop").contains("Léo Blanc").contains("Nadia Roy");
        assertThat(reads.cohortItem.get()).as("the team is checked once").isEqualTo(1);
        assertThat(reads.learners.get()).as("the cohort's learners are read once").isEqualTo(1);
    }

    /** A fresh cohort, watched by {@code reads}, with one mentor (Nadia Roy) of {@code capacity} and two learners. */
    private static Cohort cohortWithMentorAndTwoLearners(Moto moto, CohortReads reads, int capacity) {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 10);
        reads.cohortId = cohort.cohortId();
        Instant now = Instant.now();
        String mentor = "m-" + cohort.cohortId();
        new DynamoMentorStore(moto.dynamo(), moto.table()).save(new Mentor(mentor, mentor + "@example.org", "Nadia Roy",
                List.of(cohort.pathId()), List.of("Python"), List.of("fr"), "Europe/Paris", capacity, 0, false,
                List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0))), now, null));
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        for (String name : List.of("Awa Diop", "Léo Blanc")) {
            String id = "l-" + name.charAt(0) + "-" + cohort.cohortId();
            signups.place(new Learner(id, name, id + "@example.org", cohort.pathId(), cohort.cohortId(), Language.FR,
                    "Europe/Paris", "Python", 2, LearnerStatus.ENROLLED, null, now), "hash", now, Duration.ZERO);
        }
        return cohort;
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response, int status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }
}
