package org.lcmhub.signup.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.matching.draft.dynamodb.MatchItems;
import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.LearnerStatus;
import org.lcmhub.signup.store.Seats;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Withdrawals and promotions, each one transaction whose conditions re-check what was read: the
 * learner's status, that the head of the waitlist is still there, the cohort's counters, and the
 * learner's match (deleted with its mentor's place given back, or checked absent). A refused
 * transaction is retried from a fresh read.
 */
public final class DynamoSeats implements Seats {
    private static final int ATTEMPTS = 25;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSeats(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Withdrawal withdraw(String learnerId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Learner learner = learner(learnerId);
            if (learner == null) {
                return null;
            }
            String cohortId = learner.cohortId();
            // A learner who leaves gives their mentor's place back in the same transaction.
            Map<String, AttributeValue> match = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Keys.match(learnerId))).item();
            boolean matched = match != null && !match.isEmpty();
            Learner withdrawn = learner.withStatus(LearnerStatus.WITHDRAWN, null);
            List<TransactWriteItem> items = new ArrayList<>();
            items.add(setStatus(learnerId, learner.status(), LearnerStatus.WITHDRAWN));
            Learner promoted = null;
            switch (learner.status()) {
                case WITHDRAWN -> {
                    if (!matched) {
                        return new Withdrawal(learner, null);
                    }
                    // withdrawn before withdrawals gave places back: only the match is undone
                }
                case WAITLISTED -> {
                    items.add(deleteWaitEntry(cohortId, learner.waitTicket()));
                    items.add(cohortUpdate(cohortId, "SET waitLeft = waitLeft + :one", null, Map.of()));
                }
                case ENROLLED -> {
                    Map<String, AttributeValue> cohort = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                            .key(Keys.cohort(cohortId))).item();
                    Map<String, AttributeValue> head = head(cohortId);
                    if (head == null) {
                        // No one waits: free the seat, unless a ticket was handed out since the read.
                        items.add(cohortUpdate(cohortId, "SET enrolled = enrolled - :one", "waitTail = :tail",
                                Map.of(":tail", cohort.get("waitTail"))));
                    } else {
                        Learner next = learner(head.get("learnerId").s());
                        long ticket = Long.parseLong(head.get("ticket").n());
                        items.add(deleteWaitEntry(cohortId, ticket));
                        items.add(setStatus(next.learnerId(), LearnerStatus.WAITLISTED, LearnerStatus.ENROLLED));
                        items.add(cohortUpdate(cohortId, "SET waitLeft = waitLeft + :one", null, Map.of()));
                        promoted = next.withStatus(LearnerStatus.ENROLLED, null);
                    }
                }
                default -> throw new IllegalStateException("Unknown status " + learner.status());
            }
            // With no match read, a publish committing meanwhile refuses the transaction (then read again).
            items.addAll(matched ? MatchItems.release(table, learnerId, match.get("mentorId").s())
                    : List.of(MatchItems.noMatch(table, learnerId)));
            if (commit(items)) {
                return new Withdrawal(withdrawn, promoted);
            }
        }
        throw new IllegalStateException("Could not withdraw learner " + learnerId + " after " + ATTEMPTS + " attempts");
    }

    @Override
    public List<Learner> fillFreeSeats(String cohortId) {
        List<Learner> promoted = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS * 40; attempt++) {
            Map<String, AttributeValue> cohort = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Keys.cohort(cohortId))).item();
            if (cohort == null || cohort.isEmpty()
                    || Long.parseLong(cohort.get("enrolled").n()) >= Long.parseLong(cohort.get("seats").n())) {
                return promoted;
            }
            Map<String, AttributeValue> head = head(cohortId);
            if (head == null) {
                return promoted;
            }
            Learner next = learner(head.get("learnerId").s());
            List<TransactWriteItem> items = List.of(
                    deleteWaitEntry(cohortId, Long.parseLong(head.get("ticket").n())),
                    setStatus(next.learnerId(), LearnerStatus.WAITLISTED, LearnerStatus.ENROLLED),
                    cohortUpdate(cohortId, "SET enrolled = enrolled + :one, waitLeft = waitLeft + :one",
                            "enrolled < seats", Map.of()));
            if (commit(items)) {
                promoted.add(next.withStatus(LearnerStatus.ENROLLED, null));
            }
        }
        return promoted;
    }

    /** The first waitlist entry of the cohort, or null when no one waits. */
    private Map<String, AttributeValue> head(String cohortId) {
        List<Map<String, AttributeValue>> items = dynamo.query(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :wait)")
                .expressionAttributeValues(Map.of(":pk", s("COHORT#" + cohortId), ":wait", s("WAIT#")))
                .limit(1)).items();
        return items.isEmpty() ? null : items.get(0);
    }

    private Learner learner(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.learner(learnerId))).item();
        return item == null || item.isEmpty() ? null : LearnerItems.fromItem(item);
    }

    private TransactWriteItem setStatus(String learnerId, LearnerStatus from, LearnerStatus to) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.learner(learnerId))
                .updateExpression("SET #status = :to REMOVE waitTicket")
                .conditionExpression("#status = :from")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":from", s(from.wire()), ":to", s(to.wire())))).build();
    }

    private TransactWriteItem deleteWaitEntry(String cohortId, long ticket) {
        return TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.waitEntry(cohortId, ticket))
                .conditionExpression("attribute_exists(PK)")).build();
    }

    private TransactWriteItem cohortUpdate(String cohortId, String update, String condition,
                                           Map<String, AttributeValue> extra) {
        Map<String, AttributeValue> values = new java.util.HashMap<>(extra);
        values.put(":one", n(1));
        return TransactWriteItem.builder().update(u -> {
            u.tableName(table).key(Keys.cohort(cohortId)).updateExpression(update).expressionAttributeValues(values);
            u.conditionExpression(condition == null ? "attribute_exists(PK)" : "attribute_exists(PK) AND " + condition);
        }).build();
    }

    private boolean commit(List<TransactWriteItem> items) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(items));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }
}
