package org.lcmhub.community.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.lcmhub.community.store.DeliveryStore;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Deliveries as {@code DELIVERY#<audience>#<eventId>} items in the cohort's partition. */
public final class DynamoDeliveryStore implements DeliveryStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDeliveryStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean claim(String cohortId, String audience, String eventId, String event, Instant now, Instant leaseUntil) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.delivery(cohortId, audience, eventId));
        item.put(ItemType.ATTRIBUTE, ItemType.DELIVERY.value());
        item.put("event", s(event));
        item.put("eventId", s(eventId));
        item.put("audience", s(audience));
        item.put("status", s("sending"));
        item.put("leaseUntil", n(leaseUntil.toEpochMilli()));
        item.put("claimedAt", s(now.toString()));
        try {
            dynamo.putItem(p -> p.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR (#status = :sending AND leaseUntil < :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":sending", s("sending"), ":now", n(now.toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void finish(String cohortId, String audience, String eventId, String status, int attempts, String error,
                       Instant at) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":status", s(status), ":attempts", n(attempts),
                ":at", s(at.toString())));
        String update = "SET #status = :status, attempts = :attempts, finishedAt = :at REMOVE leaseUntil";
        if (error != null) {
            values.put(":error", s(error.length() > 300 ? error.substring(0, 300) : error));
            update = "SET #status = :status, attempts = :attempts, finishedAt = :at, lastError = :error REMOVE leaseUntil";
        }
        String expression = update;
        dynamo.updateItem(u -> u.tableName(table).key(Keys.delivery(cohortId, audience, eventId))
                .updateExpression(expression).conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#status", "status")).expressionAttributeValues(values));
    }

    @Override
    public java.util.List<Logged> recent(String cohortId, int limit) {
        java.util.List<Logged> all = new java.util.ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :d)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":d", s(Keys.DELIVERY))))
                .items().forEach(i -> all.add(new Logged(i.get("audience").s(), i.get("event").s(), i.get("status").s(),
                        i.containsKey("attempts") ? Integer.parseInt(i.get("attempts").n()) : 0,
                        i.containsKey("lastError") ? i.get("lastError").s() : null,
                        Instant.parse(i.containsKey("finishedAt") ? i.get("finishedAt").s() : i.get("claimedAt").s()))));
        all.sort(java.util.Comparator.comparing(Logged::at).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }
}
