package org.lcmhub.dashboard.store.dynamodb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.dashboard.store.MentorDirectory;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Mentor names by key ({@code BatchGetItem} of {@code MENTOR#<sub> / PROFILE}, 100 keys a request,
 * unprocessed keys asked again), and every profile through the mentor store's paginated GSI1 query.
 */
public final class DynamoMentorDirectory implements MentorDirectory {
    static final int BATCH = 100;
    private static final int ATTEMPTS = 8;

    private final DynamoDbClient dynamo;
    private final String table;
    private final MentorStore store;

    /** {@code store}: the mentor store whose paginated query lists every profile. */
    public DynamoMentorDirectory(DynamoDbClient dynamo, String table, MentorStore store) {
        this.dynamo = dynamo;
        this.table = table;
        this.store = store;
    }

    @Override
    public Map<String, String> names(Collection<String> mentorIds) {
        List<String> ids = mentorIds.stream().distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + BATCH)).stream()
                    .map(Keys::mentor).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys)
                    .projectionExpression("mentorId, #name").expressionAttributeNames(Map.of("#name", "name")).build());
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("mentor names still unprocessed after " + ATTEMPTS + " attempts");
                }
                pause(attempt);
                Map<String, KeysAndAttributes> asked = request;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asked));
                response.responses().getOrDefault(table, List.of()).forEach(item -> names.put(item.get("mentorId").s(),
                        item.containsKey("name") ? item.get("name").s() : null));
                request = response.unprocessedKeys() == null ? Map.of() : response.unprocessedKeys();
            }
        }
        return names;
    }

    @Override
    public List<Mentor> all() {
        return new ArrayList<>(store.all());
    }

    /** Backs off before asking again for keys DynamoDB left unprocessed (throttling). */
    private static void pause(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(1_000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading mentor names", e);
        }
    }
}
