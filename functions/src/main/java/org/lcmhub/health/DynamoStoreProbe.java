package org.lcmhub.health;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads one well-known key: one read unit at most, and it needs no item to exist. */
public final class DynamoStoreProbe implements StoreProbe {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoStoreProbe(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void ping() {
        dynamo.getItem(r -> r.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("HEALTH"), "SK", AttributeValue.fromS("HEALTH"))));
    }
}
