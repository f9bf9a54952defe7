package org.lcmhub.store;

import static org.lcmhub.store.Keys.s;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads of one partition of the overloaded index {@link Keys#GSI1}, page after page. The page
 * size is set once for a function (the dashboard's bench and paging test make pages small, to
 * read a large cohort in many round trips); {@code null} leaves DynamoDB's 1 MB pages.
 */
public record Gsi1(DynamoDbClient dynamo, String table, Integer pageSize) {

    /** DynamoDB's own pages. */
    public static Gsi1 of(DynamoDbClient dynamo, String table) {
        return new Gsi1(dynamo, table, null);
    }

    /**
     * The ids of the cohorts whose end, or a learner's personal plan's, is on or after {@code from}
     * (the {@code COHORTS} partition, by {@code END#<date>}): a cohort with plans still running
     * comes once for itself and once for each plan, and is listed once here, in index order.
     */
    public java.util.List<String> cohortsEndingOnOrAfter(java.time.LocalDate from) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        forEach(Keys.COHORTS, " AND GSI1SK >= :from", Map.of(":from", s(Keys.END + from)),
                item -> ids.add(item.get("cohortId").s()));
        return new java.util.ArrayList<>(ids);
    }

    /** Every item of {@code partition}. */
    public void forEach(String partition, Consumer<Map<String, AttributeValue>> each) {
        forEach(partition, "", Map.of(), each);
    }

    /**
     * The items of {@code partition} whose sort key passes {@code sortKeyCondition} (appended to
     * the key condition, e.g. {@code " AND GSI1SK >= :from"}, with its {@code values}).
     */
    public void forEach(String partition, String sortKeyCondition, Map<String, AttributeValue> values,
                        Consumer<Map<String, AttributeValue>> each) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":pk", s(partition));
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).limit(pageSize)
                        .keyConditionExpression("GSI1PK = :pk" + sortKeyCondition)
                        .expressionAttributeValues(all))
                .items().forEach(each);
    }
}
