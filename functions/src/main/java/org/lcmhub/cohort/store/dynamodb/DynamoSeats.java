package org.lcmhub.cohort.store.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.store.BatchGets;
import org.lcmhub.store.Gsi1;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Promotions, each one transaction whose conditions re-check what was read: that the head of the
 * waitlist is still there, the learner still waitlisted, a seat still free, and the cohort's dates
 * those that let its waitlist have seats ({@link SeatItems#givesSeats}). A refused
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
    public List<Learner> fillFreeSeats(String cohortId, Instant now) {
        List<Learner> promoted = new ArrayList<>();
        for (Learner next = promoteOne(cohortId, now); next != null; next = promoteOne(cohortId, now)) {
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

    /**
     * The entries after {@code after} in ticket order (one more than asked, to know whether another
     * page follows), their learners by one consistent batch read. A later page's positions start
     * after the entries up to {@code after} still waiting, counted now: a promotion between two
     * pages moves everyone up, as it does in the sign-up's own position.
     */
    @Override
    public WaitPage waiting(String cohortId, Long after, int limit) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", Keys.s(Keys.cohortPk(cohortId)));
        values.put(":wait", Keys.s(Keys.WAIT));
        List<Map<String, AttributeValue>> entries = new ArrayList<>();
        Map<String, AttributeValue> start = after == null ? null : Keys.waitEntry(cohortId, after);
        do {
            Map<String, AttributeValue> from = start;
            int wanted = limit + 1 - entries.size();
            var page = dynamo.query(r -> r.tableName(table).consistentRead(true)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :wait)")
                    .expressionAttributeValues(values).exclusiveStartKey(from).limit(wanted));
            entries.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && entries.size() <= limit);
        Long next = null;
        if (entries.size() > limit) {
            next = Long.parseLong(entries.get(limit - 1).get("ticket").n());
            entries.subList(limit, entries.size()).clear();
        }
        int ahead = after == null ? 0 : waitingUpTo(cohortId, after);
        Map<String, Learner> learners = new HashMap<>();
        BatchGets.get(dynamo, table, entries.stream().map(e -> Keys.learner(e.get("learnerId").s())).distinct().toList(),
                k -> k.consistentRead(true)).forEach(item -> {
                    Learner l = LearnerItems.fromItem(item);
                    learners.put(l.learnerId(), l);
                });
        List<Waiting> waiting = new ArrayList<>();
        for (Map<String, AttributeValue> e : entries) {
            Learner l = learners.get(e.get("learnerId").s());
            if (l == null) {
                continue; // erased between the two reads: their entry went in the same transaction
            }
            // Entries written before `since` was kept: the learner's sign-up, when they first waited.
            Instant since = e.containsKey("since") ? Instant.parse(e.get("since").s()) : l.createdAt();
            waiting.add(new Waiting(++ahead, Long.parseLong(e.get("ticket").n()), l, since));
        }
        return new WaitPage(waiting, next);
    }

    /** How many entries wait up to the ticket {@code upTo}, that one included. */
    private int waitingUpTo(String cohortId, long upTo) {
        int count = 0;
        for (var page : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND SK BETWEEN :first AND :last")
                .expressionAttributeValues(Map.of(":pk", Keys.s(Keys.cohortPk(cohortId)),
                        ":first", Keys.s(Keys.waitSk(0)), ":last", Keys.s(Keys.waitSk(upTo))))
                .select("COUNT"))) {
            count += page.count();
        }
        return count;
    }

    /** Enrols the head of the waitlist at {@code at} if a seat is free; null when none is or no one waits. */
    private Learner promoteOne(String cohortId, Instant at) {
        return Transactions.retry("fill a free seat of cohort " + cohortId, () -> {
            Map<String, AttributeValue> cohort = seats.cohort(cohortId);
            if (cohort == null || !SeatItems.givesSeats(cohort, at)
                    || Long.parseLong(cohort.get("enrolled").n()) >= Long.parseLong(cohort.get("seats").n())) {
                return null; // past its half, the seat stays free: those waiting are offered another cohort
            }
            Map<String, AttributeValue> head = seats.head(cohortId);
            if (head == null) {
                return null;
            }
            Learner next = seats.learner(head.get("learnerId").s());
            dynamo.transactWriteItems(t -> t.transactItems(
                    seats.deleteWaitEntry(cohortId, Long.parseLong(head.get("ticket").n())),
                    seats.enrol(next.learnerId(), at),
                    seats.cohortUpdate(cohortId, "SET enrolled = enrolled + :one, waitLeft = waitLeft + :one",
                            "enrolled < seats AND " + SeatItems.DATES_READ, SeatItems.datesRead(cohort)),
                    Standings.touch(table, cohortId, next.learnerId()))); // the dashboard counts them now
            return next.enrolledAt(at);
        });
    }
}
