package org.lcmhub.cohort.store.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.store.Gsi1;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Promotions, each one transaction whose conditions re-check what was read: that the head of the
 * waitlist is still there, the learner still waitlisted, and a seat still free. A refused
 * transaction is retried from a fresh read ({@link Transactions#retry}).
 */
public final class DynamoSeats implements Seats {
    private final DynamoDbClient dynamo;
    private final SeatItems seats;
    private final String table;

    public DynamoSeats(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.seats = new SeatItems(dynamo, table);
    }

    @Override
    public List<Learner> fillFreeSeats(String cohortId) {
        List<Learner> promoted = new ArrayList<>();
        for (Learner next = promoteOne(cohortId); next != null; next = promoteOne(cohortId)) {
            promoted.add(next);
        }
        return promoted;
    }

    @Override
    public List<Learner> holders(String cohortId) {
        List<Learner> learners = new ArrayList<>();
        Gsi1.of(dynamo, table).forEach(Keys.cohortPk(cohortId), " AND begins_with(GSI1SK, :learner)",
                Map.of(":learner", Keys.s(Keys.LEARNER)), item -> {
                    Learner learner = LearnerItems.fromItem(item);
                    if (learner.status() != LearnerStatus.WITHDRAWN) {
                        learners.add(learner);
                    }
                });
        return learners;
    }

    /** Enrols the head of the waitlist if a seat is free; null when none is or no one waits. */
    private Learner promoteOne(String cohortId) {
        return Transactions.retry("fill a free seat of cohort " + cohortId, () -> {
            Map<String, AttributeValue> cohort = seats.cohort(cohortId);
            if (cohort == null
                    || Long.parseLong(cohort.get("enrolled").n()) >= Long.parseLong(cohort.get("seats").n())) {
                return null;
            }
            Map<String, AttributeValue> head = seats.head(cohortId);
            if (head == null) {
                return null;
            }
            Learner next = seats.learner(head.get("learnerId").s());
            dynamo.transactWriteItems(t -> t.transactItems(
                    seats.deleteWaitEntry(cohortId, Long.parseLong(head.get("ticket").n())),
                    seats.setStatus(next.learnerId(), LearnerStatus.WAITLISTED, LearnerStatus.ENROLLED),
                    seats.cohortUpdate(cohortId, "SET enrolled = enrolled + :one, waitLeft = waitLeft + :one",
                            "enrolled < seats", Map.of()),
                    Standings.touch(table, cohortId, next.learnerId()))); // the dashboard counts them now
            return next.withStatus(LearnerStatus.ENROLLED, null);
        });
    }
}
