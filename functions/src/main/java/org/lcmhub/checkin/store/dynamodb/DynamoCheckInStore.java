package org.lcmhub.checkin.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.signup.model.LearnerStatus;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Check-ins in {@code HubTable}: {@code LEARNER#<id> / CHECKIN#<isoWeek>}, in the learner's own
 * partition so that their export and erasure find them, and on GSI1 under
 * {@code COHORT#<cohortId> / CHECKIN#<isoWeek>#<learnerId>} for the cohort's dashboard.
 */
public final class DynamoCheckInStore implements CheckInStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCheckInStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean put(WeeklyCheckIn c) {
        Map<String, AttributeValue> item = toItem(c);
        // The read only chooses 201 or 200; what must hold (the learner is still enrolled, so an
        // erasure or withdrawal racing this write never leaves a check-in behind) is a condition.
        boolean isNew = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.checkIn(c.learnerId(), c.week().toString()))).item().isEmpty();
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().conditionCheck(k -> k.tableName(table)
                            .key(Keys.learner(c.learnerId()))
                            .conditionExpression("attribute_exists(PK) AND #status = :enrolled")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(Map.of(":enrolled", s(LearnerStatus.ENROLLED.wire())))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build()));
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                throw new NotEnrolled(c.learnerId());
            }
            throw e;
        }
        return isNew;
    }

    /** The check-in's item, with its GSI1 keys under the cohort. */
    public static Map<String, AttributeValue> toItem(WeeklyCheckIn c) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.checkIn(c.learnerId(), c.week().toString()));
        item.put(Keys.GSI1PK, s("COHORT#" + c.cohortId()));
        item.put(Keys.GSI1SK, s(Keys.CHECKIN + c.week() + "#" + c.learnerId()));
        item.put("type", s("CheckIn"));
        item.put("learnerId", s(c.learnerId()));
        item.put("cohortId", s(c.cohortId()));
        item.put("week", s(c.week().toString()));
        item.put("progress", n(c.progress()));
        if (c.stepReached() != null) {
            item.put("stepReached", n(c.stepReached()));
        }
        item.put("hoursSpent", AttributeValue.fromN(Double.toString(c.hoursSpent())));
        item.put("mood", n(c.mood()));
        if (c.blockers() != null) {
            item.put("blockers", s(c.blockers()));
        }
        item.put("needHelp", AttributeValue.fromBool(c.needHelp()));
        if (c.message() != null) {
            item.put("message", s(c.message()));
        }
        item.put("submittedAt", s(c.submittedAt().toString()));
        return item;
    }

    @Override
    public List<WeeklyCheckIn> history(String learnerId) {
        List<WeeklyCheckIn> history = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :checkin)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)),
                                ":checkin", s(Keys.CHECKIN))))
                .items().forEach(i -> history.add(fromItem(i)));
        return history;
    }

    /** One paginated query of the cohort's {@code CHECKIN#} entries on GSI1. */
    @Override
    public List<WeeklyCheckIn> ofCohort(String cohortId) {
        List<WeeklyCheckIn> all = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :checkin)")
                        .expressionAttributeValues(Map.of(":pk", s("COHORT#" + cohortId), ":checkin", s(Keys.CHECKIN))))
                .items().forEach(i -> all.add(fromItem(i)));
        return all;
    }

    public static WeeklyCheckIn fromItem(Map<String, AttributeValue> i) {
        return new WeeklyCheckIn(i.get("learnerId").s(), i.get("cohortId").s(),
                IsoWeek.parse(i.get("week").s()).orElseThrow(), Integer.parseInt(i.get("progress").n()),
                i.containsKey("stepReached") ? Integer.valueOf(i.get("stepReached").n()) : null,
                Double.parseDouble(i.get("hoursSpent").n()), Integer.parseInt(i.get("mood").n()),
                text(i, "blockers"), i.get("needHelp").bool(), text(i, "message"),
                Instant.parse(i.get("submittedAt").s()));
    }

    private static String text(Map<String, AttributeValue> i, String name) {
        return i.containsKey(name) ? i.get(name).s() : null;
    }
}
