package org.lcmhub.cohort.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.Offers;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The reads and conditioned writes that move seats: the cohort's counters, the head of its
 * waitlist, a learner's status. Filling free seats and a learner's departure compose their
 * transactions from these, so both keep the counters' invariants the same way.
 */
public final class SeatItems {
    private final DynamoDbClient dynamo;
    private final String table;

    public SeatItems(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The cohort item (consistent read), or null. */
    public Map<String, AttributeValue> cohort(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.cohort(cohortId))).item();
        return item == null || item.isEmpty() ? null : item;
    }

    /**
     * Whether a seat freed or added at {@code now} in the cohort read ({@code cohort}) goes to its
     * waitlist ({@link Offers#givesSeats}, judged on the day in UTC as the offers are). Judged on the
     * dates read: a write that acts on it adds {@link #DATES_READ} to its condition on the cohort.
     */
    public static boolean givesSeats(Map<String, AttributeValue> cohort, Instant now) {
        return Offers.givesSeats(LocalDate.parse(cohort.get("startDate").s()), Integer.parseInt(cohort.get("weeks").n()),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /** The condition that the cohort's dates are still those read, bound by {@link #datesRead}. */
    public static final String DATES_READ = "startDate = :readStart AND weeks = :readWeeks";

    /** The values of {@link #DATES_READ} for the cohort read (a map a condition may add to). */
    public static Map<String, AttributeValue> datesRead(Map<String, AttributeValue> cohort) {
        return new HashMap<>(Map.of(":readStart", cohort.get("startDate"), ":readWeeks", cohort.get("weeks")));
    }

    /** The first waitlist entry of the cohort, or null when no one waits. */
    public Map<String, AttributeValue> head(String cohortId) {
        List<Map<String, AttributeValue>> items = dynamo.query(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :wait)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":wait", s(Keys.WAIT)))
                .limit(1)).items();
        return items.isEmpty() ? null : items.get(0);
    }

    public Learner learner(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.learner(learnerId))).item();
        return item == null || item.isEmpty() ? null : LearnerItems.fromItem(item);
    }

    public TransactWriteItem setStatus(String learnerId, LearnerStatus from, LearnerStatus to) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.learner(learnerId))
                .updateExpression("SET #status = :to REMOVE waitTicket")
                .conditionExpression("#status = :from")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":from", s(from.wire()), ":to", s(to.wire())))).build();
    }

    /**
     * A waitlisted learner takes their seat, recording when ({@code enrolledAt}): their own weeks
     * begin then, not at their sign-up (CheckInViews.ownStart).
     */
    public TransactWriteItem enrol(String learnerId, Instant at) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.learner(learnerId))
                .updateExpression("SET #status = :to, #at = :at REMOVE waitTicket")
                .conditionExpression("#status = :from")
                .expressionAttributeNames(Map.of("#status", "status", "#at", LearnerItems.ENROLLED_AT))
                .expressionAttributeValues(Map.of(":from", s(LearnerStatus.WAITLISTED.wire()),
                        ":to", s(LearnerStatus.ENROLLED.wire()), ":at", s(at.toString())))).build();
    }

    public TransactWriteItem deleteWaitEntry(String cohortId, long ticket) {
        return TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.waitEntry(cohortId, ticket))
                .conditionExpression("attribute_exists(PK)")).build();
    }

    /** An update of the cohort's counters ({@code :one} bound), on condition it exists and {@code condition}. */
    public TransactWriteItem cohortUpdate(String cohortId, String update, String condition,
                                          Map<String, AttributeValue> extra) {
        Map<String, AttributeValue> values = new HashMap<>(extra);
        values.put(":one", n(1));
        return TransactWriteItem.builder().update(u -> {
            u.tableName(table).key(Keys.cohort(cohortId)).updateExpression(update).expressionAttributeValues(values);
            u.conditionExpression(condition == null ? "attribute_exists(PK)" : "attribute_exists(PK) AND " + condition);
        }).build();
    }
}
