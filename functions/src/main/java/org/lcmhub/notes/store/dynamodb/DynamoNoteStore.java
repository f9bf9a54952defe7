package org.lcmhub.notes.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Refile;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Notes in {@code HubTable} (see {@link NoteItems}). A note is written in one transaction with a
 * check that its learner is still there and in the cohort, so a note racing an erasure never
 * outlives the learner's data.
 */
public final class DynamoNoteStore implements NoteStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoNoteStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void add(Note note) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                        .key(Keys.learner(note.learnerId()))
                        .conditionExpression("attribute_exists(PK) AND cohortId = :cohort")
                        .expressionAttributeValues(Map.of(":cohort", s(note.cohortId())))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(NoteItems.toItem(note))
                        .conditionExpression("attribute_not_exists(PK)")).build()));
        if (note.contact()) {
            // Notes are stamped when written, so the last contact written is the latest.
            items.add(Standings.update(table, note.learnerId(), note.cohortId(),
                    Map.of(Standings.LAST_CONTACT, s(note.createdAt().toString()))));
            items.add(Standings.touch(table, note.cohortId(), note.learnerId()));
        }
        // A contact note shares the learner's standing item with their check-ins: a conflict on
        // it cancels the transaction, which is then tried again after a pause.
        Transactions.retry("record the note", () -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(items));
                return null;
            } catch (TransactionCanceledException e) {
                if (Transactions.failedAt(e, 0)) {
                    throw new NotInCohort(note.learnerId());
                }
                throw e;
            }
        });
    }

    /**
     * A consistent read of the learner's profile (in this cohort, else {@link NotInCohort}), then
     * one query of their {@code NOTE#} items, newest first. The cursor is the last sort key of the
     * page; the partition comes from the route, so a forged cursor shows nothing of another learner.
     */
    @Override
    public Page list(String cohortId, String learnerId, String cursor, int limit) {
        Map<String, AttributeValue> profile = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.learner(learnerId)).projectionExpression("cohortId")).item();
        if (profile == null || !profile.containsKey("cohortId") || !cohortId.equals(profile.get("cohortId").s())) {
            throw new NotInCohort(learnerId);
        }
        Map<String, AttributeValue> start = null;
        if (cursor != null) {
            String sk = decode(cursor);
            start = new java.util.HashMap<>(Keys.key(Keys.learnerPk(learnerId), sk));
        }
        Map<String, AttributeValue> from = start;
        var answer = dynamo.query(r -> r.tableName(table).consistentRead(true).scanIndexForward(false).limit(limit)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :note)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)), ":note", s(Keys.NOTE)))
                .exclusiveStartKey(from));
        java.util.List<org.lcmhub.notes.Note> notes = answer.items().stream().map(NoteItems::fromItem).toList();
        String next = answer.hasLastEvaluatedKey() && !answer.lastEvaluatedKey().isEmpty()
                ? encode(answer.lastEvaluatedKey().get("SK").s()) : null;
        return new Page(notes, next);
    }

    private static String encode(String sk) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sk.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        String sk;
        try {
            sk = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor");
        }
        if (!sk.startsWith(Keys.NOTE) || sk.length() > 200) {
            throw new IllegalArgumentException("cursor");
        }
        return sk;
    }

    @Override
    public void follow(String learnerId, String from, String to) {
        Refile.items(dynamo, table, learnerId, Keys.NOTE, from, to,
                item -> Map.of(Keys.GSI1PK, Keys.cohortPk(to)));
    }

    @Override
    public Instant lastContact(String learnerId) {
        Instant last = null;
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :note)")
                        .filterExpression("#contact = :true")
                        .expressionAttributeNames(Map.of("#contact", "contact")) // spared from reserved words
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)),
                                ":note", s(Keys.NOTE), ":true", AttributeValue.fromBool(true))))
                .items()) {
            Instant at = Instant.parse(item.get("createdAt").s());
            last = last == null || at.isAfter(last) ? at : last;
        }
        return last;
    }
}
