package org.lcmhub.hub.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Cohorts and table reads the integration tests share. */
public final class Fixtures {
    public static final String LCM_SUB = "lcm-fixture";

    private Fixtures() {
    }

    /** An open cohort of {@code pathId}, starting next year; created unless it exists. */
    public static Cohort cohort(DynamoDbClient dynamo, String table, String cohortId, String pathId, int seats) {
        DynamoCohortStore store = new DynamoCohortStore(dynamo, table);
        Cohort existing = store.find(cohortId);
        if (existing != null) {
            return existing;
        }
        Cohort cohort = new Cohort(cohortId, pathId, "Cohort " + cohortId, "fr",
                LocalDate.now().plusDays(30), 8, seats, true, 0, 0, Set.of(LCM_SUB), Instant.now());
        store.create(cohort);
        return cohort;
    }

    /** A fresh open cohort with a unique id and path. */
    public static Cohort freshCohort(DynamoDbClient dynamo, String table, int seats) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return cohort(dynamo, table, "c-" + suffix, "path-" + suffix, seats);
    }

    /** Every item of a partition, read consistently. */
    public static List<Map<String, AttributeValue>> partition(DynamoDbClient dynamo, String table, String pk) {
        return dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))).items().stream().toList();
    }

    /** The items of a partition whose sort key starts with {@code prefix}. */
    public static List<Map<String, AttributeValue>> partition(DynamoDbClient dynamo, String table, String pk,
                                                              String prefix) {
        return partition(dynamo, table, pk).stream().filter(i -> i.get("SK").s().startsWith(prefix)).toList();
    }

    /** Every item of the table that mentions {@code text} in any string attribute (tests only: a scan). */
    public static List<Map<String, AttributeValue>> itemsMentioning(DynamoDbClient dynamo, String table, String text) {
        return dynamo.scanPaginator(r -> r.tableName(table)).items().stream()
                .filter(i -> i.values().stream().anyMatch(v -> v.s() != null && v.s().contains(text)))
                .toList();
    }
}
