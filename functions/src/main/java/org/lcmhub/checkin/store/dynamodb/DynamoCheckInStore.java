package org.lcmhub.checkin.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Check-ins in {@code HubTable}: {@code LEARNER#<id> / CHECKIN#<isoWeek>}, in the learner's own
 * partition so that their export and erasure find them, and on GSI1 under
 * {@code COHORT#<cohortId> / CHECKIN#<isoWeek>#<learnerId>}; each write also copies the check-in
 * into the learner's {@link Standings} item, which is what the cohort's dashboard reads.
 */
public final class DynamoCheckInStore implements CheckInStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCheckInStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean put(WeeklyCheckIn c, LocalDate planRunsTo) {
        Map<String, AttributeValue> item = CheckInItems.toItem(c);
        // 201 or 200 is decided by the write itself (a put on condition that the week is new, else
        // a replacing put), so of identical check-ins sent at once exactly one is told "created".
        // That the learner is still enrolled (an erasure or withdrawal racing this write never
        // leaves a check-in behind) is a condition of both.
        // Check-ins and contact notes of one learner share their standing item, so on DynamoDB
        // two at once may cancel each other (TransactionConflict): try again after a pause.
        // A week after the cohort's end is taken on condition that the learner's plan runs to it,
        // checked in the same transaction: a plan shortened meanwhile never lets one through.
        return Transactions.retry("record the check-in", () -> {
            if (write(c, item, true, planRunsTo)) {
                return true;
            }
            write(c, item, false, planRunsTo);
            return false;
        });
    }

    /** True when written; false when {@code onlyNew} and the week's check-in was already there. */
    private boolean write(WeeklyCheckIn c, Map<String, AttributeValue> item, boolean onlyNew, LocalDate planRunsTo) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                TransactWriteItem.builder().conditionCheck(k -> k.tableName(table)
                        .key(Keys.learner(c.learnerId()))
                        .conditionExpression("attribute_exists(PK) AND #status = :enrolled")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":enrolled", s(LearnerStatus.ENROLLED.wire())))).build(),
                TransactWriteItem.builder().put(p -> {
                    p.tableName(table).item(item);
                    if (onlyNew) {
                        p.conditionExpression("attribute_not_exists(PK)");
                    }
                }).build(),
                Standings.update(table, c.learnerId(), c.cohortId(),
                        Map.of(Standings.CHECK_IN + c.week(), CheckInItems.inStanding(item))),
                Standings.touch(table, c.cohortId(), c.learnerId())));
        if (planRunsTo != null) {
            // ISO dates compare as strings; an absent plan has no endDate and fails the check.
            items.add(TransactWriteItem.builder().conditionCheck(k -> k.tableName(table)
                    .key(Keys.plan(c.learnerId()))
                    .conditionExpression("cohortId = :cohort AND endDate >= :day")
                    .expressionAttributeValues(Map.of(":cohort", s(c.cohortId()), ":day", s(planRunsTo.toString()))))
                    .build());
        }
        try {
            dynamo.transactWriteItems(t -> t.transactItems(items));
            return true;
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                throw new NotEnrolled(c.learnerId());
            }
            if (planRunsTo != null && Transactions.failedAt(e, items.size() - 1)) {
                throw new NotInPlan(c.learnerId());
            }
            if (onlyNew && e.cancellationReasons().size() > 1
                    && "ConditionalCheckFailed".equals(e.cancellationReasons().get(1).code())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<WeeklyCheckIn> history(String learnerId) {
        List<WeeklyCheckIn> history = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :checkin)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)),
                                ":checkin", s(Keys.CHECKIN))))
                .items().forEach(i -> history.add(CheckInItems.fromItem(i)));
        return history;
    }

    /** One paginated query of the cohort's {@code CHECKIN#} entries on GSI1. */
    @Override
    public List<WeeklyCheckIn> ofCohort(String cohortId) {
        List<WeeklyCheckIn> all = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :checkin)")
                        .expressionAttributeValues(Map.of(":pk", s("COHORT#" + cohortId), ":checkin", s(Keys.CHECKIN))))
                .items().forEach(i -> all.add(CheckInItems.fromItem(i)));
        return all;
    }
}
