package org.lcmhub.signup.store.dynamodb;

import static org.lcmhub.store.Keys.n;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.lcmhub.signup.store.RateLimits;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One counter item per subject and window ({@code RATE#<scope>#<hash> / WINDOW#<start ms>}),
 * raised by a conditional {@code ADD}: two requests racing for the last place cannot both get
 * it. The item expires by TTL after its window.
 */
public final class DynamoRateLimits implements RateLimits {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRateLimits(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean take(String scope, String subject, Instant now, Duration window, int max) {
        long size = window.toMillis();
        long start = now.toEpochMilli() / size * size;
        long expires = (start + size) / 1000 + 1;
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.rateWindow(scope, subject, start))
                    .updateExpression("ADD hits :one SET #type = :type, expiresAt = :expires")
                    .conditionExpression("attribute_not_exists(hits) OR hits < :max")
                    .expressionAttributeNames(Map.of("#type", "type"))
                    .expressionAttributeValues(Map.of(":one", n(1), ":max", n(max), ":expires", n(expires),
                            ":type", Keys.s("RateWindow"))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
