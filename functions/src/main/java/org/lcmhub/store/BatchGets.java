package org.lcmhub.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * {@code BatchGetItem} of any number of keys: 100 a request, unprocessed keys asked again after a
 * pause, at most {@value #ATTEMPTS} times a request (then it fails, as a throttled read would).
 */
public final class BatchGets {
    static final int BATCH = 100;
    static final int ATTEMPTS = 8;

    private BatchGets() {
    }

    /** The items found (in no particular order); {@code shape} adds a projection to each request. */
    public static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table,
                                                 List<Map<String, AttributeValue>> keys,
                                                 UnaryOperator<KeysAndAttributes.Builder> shape) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH) {
            Map<String, KeysAndAttributes> request = Map.of(table,
                    shape.apply(KeysAndAttributes.builder().keys(keys.subList(from, Math.min(keys.size(), from + BATCH))))
                            .build());
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("keys still unprocessed after " + ATTEMPTS + " attempts");
                }
                pause(attempt);
                Map<String, KeysAndAttributes> asked = request;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asked));
                found.addAll(response.responses().getOrDefault(table, List.of()));
                request = response.unprocessedKeys() == null ? Map.of() : response.unprocessedKeys();
            }
        }
        return found;
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
            throw new IllegalStateException("interrupted while reading a batch", e);
        }
    }
}
