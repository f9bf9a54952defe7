package org.lcmhub.mentoring.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.mentoring.store.MentoringStore;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.store.dynamodb.MatchItems;
import org.lcmhub.pairing.store.dynamodb.SeriesItems;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A mentor's mentees are the {@code MENTOR#<sub> / MENTEE#<learnerId>} items (one keyed query,
 * page by page); a learner's mentor is {@code LEARNER#<id> / MENTOR}. Ending a pair writes
 * {@code LEARNER#<id> / NEVER#<mentorSub>}, on GSI1 under {@code COHORT#<id> / NEVER#<learnerId>#<sub>}
 * where the next matching draft of the cohort finds it, and deletes the learner's 1:1 series
 * ({@link SeriesItems}) in the same transaction.
 */
public final class DynamoMentoringStore implements MentoringStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoMentoringStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public MenteePage mentees(String mentorSub, String afterLearnerId, int limit) {
        Map<String, AttributeValue> values = Map.of(":pk", s(Keys.mentorPk(mentorSub)), ":mentee", s(Keys.MENTEE));
        List<Match> matches = new ArrayList<>();
        Map<String, AttributeValue> start = afterLearnerId == null ? null : Keys.mentee(mentorSub, afterLearnerId);
        // A page may come back short (1 MB per call): read on until the page is full or the end.
        while (matches.size() < limit) {
            Map<String, AttributeValue> from = start;
            int wanted = limit - matches.size();
            QueryResponse page = dynamo.query(r -> r.tableName(table).consistentRead(true)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :mentee)")
                    .expressionAttributeValues(values).exclusiveStartKey(from).limit(wanted));
            page.items().forEach(item -> matches.add(match(item)));
            if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
                return new MenteePage(matches, null);
            }
            start = page.lastEvaluatedKey();
        }
        return new MenteePage(matches, matches.isEmpty() ? null : matches.get(matches.size() - 1).learnerId());
    }

    @Override
    public Match matchOf(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.match(learnerId))).item();
        return item == null || item.isEmpty() ? null : match(item);
    }

    @Override
    public Ended release(Match match, Ending ending) {
        List<TransactWriteItem> base = new ArrayList<>(MatchItems.release(table, match.learnerId(), match.mentorId()));
        Map<String, AttributeValue> never = new HashMap<>(Keys.neverAgain(match.learnerId(), match.mentorId()));
        never.put(ItemType.ATTRIBUTE, ItemType.NEVER_AGAIN.value());
        never.put("learnerId", s(match.learnerId()));
        never.put("mentorId", s(match.mentorId()));
        never.put("cohortId", s(match.cohortId()));
        never.put("by", s(ending.by()));
        never.put("reason", s(ending.reason()));
        never.put("createdAt", s(ending.at().toString()));
        never.put(Keys.GSI1PK, s(Keys.cohortPk(match.cohortId())));
        never.put(Keys.GSI1SK, s(Keys.NEVER + match.learnerId() + "#" + match.mentorId()));
        base.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(never)).build());
        return Transactions.retry("end the match of learner " + match.learnerId(), () -> {
            Appointment series = SeriesItems.read(dynamo, table, match.learnerId());
            List<TransactWriteItem> items = new ArrayList<>(base);
            items.add(SeriesItems.remove(table, match.learnerId(), series)); // index 4
            items.add(Standings.touch(table, match.cohortId(), match.learnerId())); // the dashboard shows the mentor
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return new Ended(series);
            } catch (TransactionCanceledException e) {
                if (Transactions.failedAt(e, 0)) {
                    return null; // released already, or never this mentor's
                }
                if (Transactions.failedAt(e, 2)) {
                    throw new IllegalStateException("Mentor " + match.mentorId() + " has a match but no place counted");
                }
                throw e; // a conflict, or the series changed since it was read
            }
        });
    }

    private static Match match(Map<String, AttributeValue> item) {
        return new Match(item.get("learnerId").s(), item.get("mentorId").s(), item.get("cohortId").s(),
                item.containsKey("matchedAt") ? Instant.parse(item.get("matchedAt").s()) : null);
    }

}
