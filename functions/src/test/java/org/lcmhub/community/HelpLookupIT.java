package org.lcmhub.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.community.store.CheckInCounts;
import org.lcmhub.community.store.CheckInCounts.Help;
import org.lcmhub.community.store.dynamodb.DynamoCheckInCounts;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;

/**
 * Who asked for help this week, for the team's channel, through the real SDK: the week's check-ins
 * asking for it, then every such learner's profile, plan and standing in one {@code BatchGetItem},
 * the keys DynamoDB leaves unprocessed asked again, a bounded number of times.
 */
@ExtendWith(MotoExtension.class)
class HelpLookupIT {
    private static final String WEEK = "2027-W03";
    private static final Instant ASKED = Instant.parse("2027-01-18T08:00:00Z");

    private static void put(Moto moto, Map<String, AttributeValue> key, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.putAll(attributes);
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(item));
    }

    private static void checkIn(Moto moto, String cohortId, String learnerId, boolean needHelp) {
        put(moto, Keys.key(Keys.learnerPk(learnerId), Keys.CHECKIN + WEEK), Map.of(
                Keys.GSI1PK, AttributeValue.fromS(Keys.cohortPk(cohortId)),
                Keys.GSI1SK, AttributeValue.fromS(Keys.CHECKIN + WEEK + "#" + learnerId),
                "learnerId", AttributeValue.fromS(learnerId), "needHelp", AttributeValue.fromBool(needHelp),
                "submittedAt", AttributeValue.fromS("2027-01-19T09:00:00Z"),
                "helpAskedAt", AttributeValue.fromS(ASKED.toString())));
    }

    private static void profile(Moto moto, String learnerId, String name) {
        put(moto, Keys.learner(learnerId), Map.of("name", AttributeValue.fromS(name)));
    }

    private static void profile(Moto moto, String learnerId, String name, String zone) {
        put(moto, Keys.learner(learnerId), Map.of("name", AttributeValue.fromS(name), "timezone", AttributeValue.fromS(zone)));
    }

    /**
     * Three learners asking (one with a plan, a contact note and a zone, one with none of them, one
     * erased), one not asking.
     */
    private static String cohort(Moto moto, String[] ids) {
        String cohortId = "c-" + UUID.randomUUID();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = String.format("%02d-%s", i, UUID.randomUUID());
        }
        checkIn(moto, cohortId, ids[0], true);
        profile(moto, ids[0], "Awa Diallo", "America/Montreal");
        put(moto, Keys.plan(ids[0]), Map.of("endDate", AttributeValue.fromS("2027-04-30")));
        put(moto, Standings.key(ids[0]), Map.of(Standings.LAST_CONTACT, AttributeValue.fromS("2027-01-19T10:00:00Z")));
        checkIn(moto, cohortId, ids[1], true);
        profile(moto, ids[1], "Inès Moreau");
        checkIn(moto, cohortId, ids[2], true);
        checkIn(moto, cohortId, ids[3], false);
        profile(moto, ids[3], "Noah Petit");
        return cohortId;
    }

    /** Records each call's operation; on the BatchGetItem calls {@code unprocessed} picks, answers every key unprocessed. */
    private static final class Watch implements ExecutionInterceptor {
        final List<String> calls = new CopyOnWriteArrayList<>();
        private final Predicate<Integer> unprocessed;

        Watch(Predicate<Integer> unprocessed) {
            this.unprocessed = unprocessed;
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            calls.add(operation);
            if (context.response() instanceof BatchGetItemResponse answer && context.request() instanceof BatchGetItemRequest asked
                    && unprocessed.test((int) calls.stream().filter(operation::equals).count())) {
                // As DynamoDB answers when throttled: nothing read, every key to ask again.
                return answer.toBuilder().responses(Map.of()).unprocessedKeys(asked.requestItems()).build();
            }
            return context.response();
        }
    }

    @Test
    void theLearnersAskingAreReadInOneBatchWithTheirPlanAndLastContact(Moto moto) {
        String[] ids = new String[4];
        String cohortId = cohort(moto, ids);
        Watch watch = new Watch(n -> false);
        List<Help> asking;
        try (DynamoDbClient client = moto.newClient(watch)) {
            asking = new DynamoCheckInCounts(client, moto.table()).askingForHelp(cohortId, WEEK);
        }

        assertThat(asking).containsExactly(
                new Help(ids[0], "Awa", LocalDate.parse("2027-04-30"), ASKED, Instant.parse("2027-01-19T10:00:00Z"),
                        ZoneId.of("America/Montreal")),
                new Help(ids[1], "Inès", null, ASKED, null, ZoneOffset.UTC));
        assertThat(watch.calls).containsExactly("Query", "BatchGetItem");
    }

    @Test
    void keysLeftUnprocessedAreAskedAgain(Moto moto) {
        String[] ids = new String[4];
        String cohortId = cohort(moto, ids);
        Watch watch = new Watch(n -> n == 1);
        List<Help> asking;
        try (DynamoDbClient client = moto.newClient(watch)) {
            asking = new DynamoCheckInCounts(client, moto.table()).askingForHelp(cohortId, WEEK);
        }

        assertThat(asking).extracting(Help::firstName).containsExactly("Awa", "Inès");
        assertThat(asking.get(0).lastContact()).isEqualTo(Instant.parse("2027-01-19T10:00:00Z"));
        assertThat(watch.calls).containsExactly("Query", "BatchGetItem", "BatchGetItem");
    }

    /** A store that never gets through stops the lookup (the next run tries again) rather than asking for ever. */
    @Test
    void keysNeverProcessedFailTheLookupAfterAFewAttempts(Moto moto) {
        String[] ids = new String[4];
        String cohortId = cohort(moto, ids);
        Watch watch = new Watch(n -> true);
        try (DynamoDbClient client = moto.newClient(watch)) {
            CheckInCounts counts = new DynamoCheckInCounts(client, moto.table());
            assertThatThrownBy(() -> counts.askingForHelp(cohortId, WEEK)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(watch.calls.stream().filter("BatchGetItem"::equals).count()).isEqualTo(8);
    }
}
