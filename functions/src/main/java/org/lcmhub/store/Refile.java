package org.lcmhub.store;

import static org.lcmhub.store.Keys.s;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Files a learner's items that name one cohort under another (a waiting learner who took a seat
 * elsewhere): each item's {@code cohortId} and the GSI1 keys its capability gives it for the new
 * cohort. Each update holds only while the item still names the cohort left, so a second run, or an
 * item moved or erased meanwhile, changes nothing.
 */
public final class Refile {
    private Refile() {
    }

    /**
     * The items of the learner's partition whose sort key starts with {@code skPrefix} ("" for all)
     * and that name {@code from}; {@code index} gives an item's new GSI1 attributes (by name), or
     * null to leave the item where it is.
     */
    public static void items(DynamoDbClient dynamo, String table, String learnerId, String skPrefix, String from,
                             String to, Function<Map<String, AttributeValue>, Map<String, String>> index) {
        // DynamoDB takes no empty string in a key condition: the whole partition is asked without one.
        Map<String, AttributeValue> keyValues = new HashMap<>(Map.of(":pk", s(Keys.learnerPk(learnerId)), ":from", s(from)));
        if (!skPrefix.isEmpty()) {
            keyValues.put(":prefix", s(skPrefix));
        }
        String condition = skPrefix.isEmpty() ? "PK = :pk" : "PK = :pk AND begins_with(SK, :prefix)";
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression(condition).filterExpression("cohortId = :from")
                        .expressionAttributeValues(keyValues))
                .items()) {
            Map<String, String> gsi = index.apply(item);
            if (gsi == null) {
                continue;
            }
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":to", s(to), ":from", s(from)));
            Map<String, String> names = new HashMap<>();
            StringBuilder set = new StringBuilder("SET cohortId = :to");
            int i = 0;
            for (Map.Entry<String, String> attribute : gsi.entrySet()) {
                names.put("#g" + i, attribute.getKey());
                values.put(":g" + i, s(attribute.getValue()));
                set.append(", #g").append(i).append(" = :g").append(i);
                i++;
            }
            try {
                dynamo.updateItem(r -> r.tableName(table).key(Keys.key(item.get("PK").s(), item.get("SK").s()))
                        .updateExpression(set.toString()).conditionExpression("cohortId = :from")
                        .expressionAttributeNames(names.isEmpty() ? null : names).expressionAttributeValues(values));
            } catch (ConditionalCheckFailedException e) {
                // moved by an earlier run, or erased meanwhile
            }
        }
    }
}
