package org.lcmhub.cohort.store.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Promotions, each one transaction whose conditions re-check what was read: that the head of the
 * waitlist is still there, the learner still waitlisted, and a seat still free. A refused
 * transaction is retried from a fresh read.
 */
public final class DynamoSeats implements Seats {
    private static final int ATTEMPTS = 1000;

    private final DynamoDbClient dynamo;
    private final SeatItems seats;

    public DynamoSeats(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.seats = new SeatItems(dynamo, table);
    }

    @Override
    public List<Learner> fillFreeSeats(String cohortId) {
        List<Learner> promoted = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, AttributeValue> cohort = seats.cohort(cohortId);
            if (cohort == null
                    || Long.parseLong(cohort.get("enrolled").n()) >= Long.parseLong(cohort.get("seats").n())) {
                return promoted;
            }
            Map<String, AttributeValue> head = seats.head(cohortId);
            if (head == null) {
                return promoted;
            }
            Learner next = seats.learner(head.get("learnerId").s());
            List<TransactWriteItem> items = List.of(
                    seats.deleteWaitEntry(cohortId, Long.parseLong(head.get("ticket").n())),
                    seats.setStatus(next.learnerId(), LearnerStatus.WAITLISTED, LearnerStatus.ENROLLED),
                    seats.cohortUpdate(cohortId, "SET enrolled = enrolled + :one, waitLeft = waitLeft + :one",
                            "enrolled < seats", Map.of()));
            try {
                dynamo.transactWriteItems(t -> t.transactItems(items));
                promoted.add(next.withStatus(LearnerStatus.ENROLLED, null));
            } catch (TransactionCanceledException e) {
                // read again
            }
        }
        return promoted;
    }
}
