package org.lcmhub.pairing.store.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.store.dynamodb.SeatItems;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.MailQueue;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.store.Departures;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A learner's departure, one transaction whose conditions re-check what was read: the
 * learner's status, that the head of the waitlist is still there, the cohort's counters and dates
 * (whether a seat freed goes to the waitlist at all: not past the cohort's half), and the
 * learner's match (deleted with its mentor's place given back, or checked absent). A refused
 * transaction is retried from a fresh read ({@link Transactions#retry}).
 */
public final class DynamoDepartures implements Departures {
    private final DynamoDbClient dynamo;
    private final String table;
    private final SeatItems seats;

    public DynamoDepartures(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.seats = new SeatItems(dynamo, table);
    }

    @Override
    public Withdrawal withdraw(String learnerId, Instant now, Notice notice) {
        return Transactions.retry("withdraw learner " + learnerId, () -> attempt(learnerId, now, notice));
    }

    /**
     * The learner's place on their path ({@link Keys#pathPlace}), deleted on condition it is still
     * theirs, so they may sign up to another cohort of the path. None for a sign-up older than
     * these places, or when the place names someone else (two sign-ups made before the rule).
     */
    private List<TransactWriteItem> givePathPlaceBack(Learner learner) {
        Map<String, AttributeValue> key = Keys.pathPlace(learner.email(), learner.pathId());
        Map<String, AttributeValue> place = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(key)).item();
        if (place == null || place.isEmpty() || !learner.learnerId().equals(place.get("learnerId").s())) {
            return List.of();
        }
        return List.of(TransactWriteItem.builder().delete(d -> d.tableName(table).key(key)
                .conditionExpression("learnerId = :me")
                .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(learner.learnerId())))).build());
    }

    /** One read and one transaction; a refused transaction leaves as it came, to be tried again. */
    private Withdrawal attempt(String learnerId, Instant now, Notice notice) {
        Learner learner = seats.learner(learnerId);
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
        items.add(seats.setStatus(learnerId, learner.status(), LearnerStatus.WITHDRAWN));
        Learner promoted = null;
        switch (learner.status()) {
            case WITHDRAWN -> {
                if (!matched) {
                    return new Withdrawal(learner, null, null, null, LearnerStatus.WITHDRAWN);
                }
                // withdrawn before withdrawals gave places back: only the match is undone
            }
            case WAITLISTED -> {
                items.add(seats.deleteWaitEntry(cohortId, learner.waitTicket()));
                items.add(seats.cohortUpdate(cohortId, "SET waitLeft = waitLeft + :one", null, Map.of()));
            }
            case ENROLLED -> {
                Map<String, AttributeValue> cohort = seats.cohort(cohortId);
                // Past its half the seat goes to no one waiting (SeatItems.givesSeats), on the dates read.
                boolean passesOn = SeatItems.givesSeats(cohort, now);
                Map<String, AttributeValue> head = passesOn ? seats.head(cohortId) : null;
                Map<String, AttributeValue> dates = SeatItems.datesRead(cohort);
                if (!passesOn) {
                    items.add(seats.cohortUpdate(cohortId, "SET enrolled = enrolled - :one", SeatItems.DATES_READ, dates));
                } else if (head == null) {
                    // No one waits: free the seat, unless a ticket was handed out since the read.
                    dates.put(":tail", cohort.get("waitTail"));
                    items.add(seats.cohortUpdate(cohortId, "SET enrolled = enrolled - :one",
                            "waitTail = :tail AND " + SeatItems.DATES_READ, dates));
                } else {
                    Learner next = seats.learner(head.get("learnerId").s());
                    long ticket = Long.parseLong(head.get("ticket").n());
                    items.add(seats.deleteWaitEntry(cohortId, ticket));
                    // The seat is theirs from this transaction: their own weeks begin now.
                    items.add(seats.enrol(next.learnerId(), now));
                    items.add(seats.cohortUpdate(cohortId, "SET waitLeft = waitLeft + :one", SeatItems.DATES_READ, dates));
                    promoted = next.enrolledAt(now);
                }
            }
            default -> throw new IllegalStateException("Unknown status " + learner.status());
        }
        if (learner.status() != LearnerStatus.WITHDRAWN) {
            items.addAll(givePathPlaceBack(learner));
        }
        // With no match read, a publish committing meanwhile refuses the transaction (then read again).
        String mentorId = matched ? match.get("mentorId").s() : null;
        Appointment series = matched ? SeriesItems.read(dynamo, table, learnerId) : null;
        if (matched) {
            items.addAll(MatchItems.release(table, learnerId, mentorId));
            items.add(SeriesItems.remove(table, learnerId, series));
        } else {
            items.add(MatchItems.noMatch(table, learnerId));
        }
        if (learner.status() == LearnerStatus.ENROLLED) {
            // The dashboard's figures change with who is enrolled: the learner who left, the one promoted.
            items.add(promoted == null ? Standings.touch(table, cohortId, learnerId)
                    : Standings.touch(table, cohortId, learnerId, promoted.learnerId()));
        }
        if (notice != null && learner.status() != LearnerStatus.WITHDRAWN) {
            // The confirmation is queued with the leave (mail/MailQueue): one transaction, and none
            // for a learner who had left before, so a leave sent twice is confirmed once.
            Mail mail = notice.mail(learner, promoted != null);
            if (mail != null) {
                items.add(TransactWriteItem.builder().put(p -> p.tableName(table)
                        .item(MailQueue.item(mail, java.util.UUID.randomUUID().toString(), java.time.Instant.now()))
                        .conditionExpression("attribute_not_exists(PK)")).build());
            }
        }
        dynamo.transactWriteItems(t -> t.transactItems(items));
        return new Withdrawal(withdrawn, promoted, mentorId, series, learner.status());
    }
}
