package org.lcmhub.notes.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.Map;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.store.Keys;
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
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                            .key(Keys.learner(note.learnerId()))
                            .conditionExpression("attribute_exists(PK) AND cohortId = :cohort")
                            .expressionAttributeValues(Map.of(":cohort", s(note.cohortId())))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(NoteItems.toItem(note))
                            .conditionExpression("attribute_not_exists(PK)")).build()));
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                throw new NotInCohort(note.learnerId());
            }
            throw e;
        }
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
