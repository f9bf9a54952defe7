package org.lcmhub.hub.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The engine answers a Query from the partition asked (a global index's from an index of its
 * own, kept up to date by every kind of write): whatever the writes, each Query must return
 * exactly what a Scan of the whole table says the partition holds, in the index's order, page
 * after page.
 */
@ExtendWith(MotoExtension.class)
class EngineQueryIT {
    private static final List<String> GROUPS = List.of("G1", "G2", "G3");
    private DynamoDbClient dynamo;
    private String table;

    @BeforeEach
    void table(Moto moto) {
        dynamo = moto.dynamo();
        SamTemplate.TableDef def = new SamTemplate.TableDef("QueryTest", Map.of(
                "TableName", "QueryTest-" + System.nanoTime(),
                "BillingMode", "PAY_PER_REQUEST",
                "AttributeDefinitions", List.of(attr("PK"), attr("SK"), attr("GPK"), attr("GSK")),
                "KeySchema", List.of(key("PK", "HASH"), key("SK", "RANGE")),
                "GlobalSecondaryIndexes", List.of(Map.of("IndexName", "GSI",
                        "KeySchema", List.of(key("GPK", "HASH"), key("GSK", "RANGE")),
                        "Projection", Map.of("ProjectionType", "ALL")))));
        new Tables(dynamo, List.of(def)).createMissing();
        table = Tables.localName(def);
        for (int i = 0; i < 30; i++) {
            put("P" + (i % 4), "S" + i, GROUPS.get(i % 3), String.format("%03d", 30 - i));
        }
        agrees(); // the index is built here: every change below reaches it by a write
    }

    @Test
    void putsUpdatesAndDeletesMoveItemsBetweenPartitions() {
        put("P9", "new", "G1", "000");                       // a new item
        put("P0", "S0", "G2", "500");                        // replaced, in another group
        dynamo.updateItem(u -> u.tableName(table).key(k("P1", "S1"))
                .updateExpression("SET GPK = :g").expressionAttributeValues(Map.of(":g", s("G3"))));
        dynamo.updateItem(u -> u.tableName(table).key(k("P2", "S2")).updateExpression("REMOVE GPK"));
        dynamo.updateItem(u -> u.tableName(table).key(k("P8", "made"))  // an update that creates the item
                .updateExpression("SET GPK = :g, GSK = :s").expressionAttributeValues(Map.of(":g", s("G2"), ":s", s("001"))));
        dynamo.deleteItem(d -> d.tableName(table).key(k("P3", "S3")));
        agrees();
        put("P0", "S0", "G1", "500");                         // and back again
        dynamo.updateItem(u -> u.tableName(table).key(k("P2", "S2"))
                .updateExpression("SET GPK = :g").expressionAttributeValues(Map.of(":g", s("G1"))));
        agrees();
    }

    @Test
    void transactionsAndBatchesReachTheIndexAndACancelledOneChangesNothing() {
        dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item("P5", "tx", "G3", "777"))).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(k("P0", "S4"))
                        .updateExpression("SET GPK = :g").expressionAttributeValues(Map.of(":g", s("G1")))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(k("P1", "S5"))).build()));
        agrees();
        assertThatThrownBy(() -> dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item("P6", "never", "G1", "123"))).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(k("P2", "S6"))
                        .updateExpression("SET GPK = :g").expressionAttributeValues(Map.of(":g", s("G2")))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(k("P3", "S7"))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(k("P0", "S0"))
                        .conditionExpression("attribute_not_exists(PK)")).build())))
                .isInstanceOf(TransactionCanceledException.class);
        assertThat(dynamo.getItem(g -> g.tableName(table).key(k("P6", "never"))).hasItem()).isFalse();
        agrees();
        dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("P7", "batch", "G2", "050"))).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(k("P0", "S8"))).build()))));
        agrees();
    }

    /** Every group's Query (by pages of 4, both ways) and every partition's equal what a Scan finds. */
    private void agrees() {
        List<Map<String, AttributeValue>> all = dynamo.scanPaginator(ScanRequest.builder().tableName(table).build())
                .items().stream().toList();
        for (String group : GROUPS) {
            List<String> expected = all.stream().filter(i -> i.containsKey("GPK") && i.get("GPK").s().equals(group)
                            && i.containsKey("GSK"))
                    .sorted(Comparator.comparing((Map<String, AttributeValue> i) -> i.get("GSK").s()))
                    .map(EngineQueryIT::id).toList();
            assertThat(pages(QueryRequest.builder().tableName(table).indexName("GSI")
                    .keyConditionExpression("GPK = :g").expressionAttributeValues(Map.of(":g", s(group)))))
                    .as("group " + group).isEqualTo(expected);
            assertThat(pages(QueryRequest.builder().tableName(table).indexName("GSI").scanIndexForward(false)
                    .keyConditionExpression("GPK = :g AND GSK > :low")
                    .expressionAttributeValues(Map.of(":g", s(group), ":low", s("010")))))
                    .as("group " + group + ", backwards, above 010")
                    .isEqualTo(expected.stream().filter(id -> gsk(all, id).compareTo("010") > 0)
                            .sorted(Comparator.comparing((String id) -> gsk(all, id)).reversed()).toList());
        }
        for (int p = 0; p < 10; p++) {
            String pk = "P" + p;
            List<String> expected = all.stream().filter(i -> i.get("PK").s().equals(pk))
                    .map(i -> i.get("SK").s()).sorted().map(sk -> pk + "/" + sk).toList();
            assertThat(pages(QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("PK = :p").expressionAttributeValues(Map.of(":p", s(pk)))))
                    .as("partition " + pk).isEqualTo(expected);
        }
    }

    private List<String> pages(QueryRequest.Builder request) {
        List<String> ids = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamo.query(request.limit(4).exclusiveStartKey(start).build());
            page.items().forEach(i -> ids.add(id(i)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return ids;
    }

    private static String gsk(List<Map<String, AttributeValue>> all, String id) {
        return all.stream().filter(i -> id(i).equals(id)).findFirst().orElseThrow().get("GSK").s();
    }

    private static String id(Map<String, AttributeValue> item) {
        return item.get("PK").s() + "/" + item.get("SK").s();
    }

    private void put(String pk, String sk, String group, String gsk) {
        dynamo.putItem(p -> p.tableName(table).item(item(pk, sk, group, gsk)));
    }

    private static Map<String, AttributeValue> item(String pk, String sk, String group, String gsk) {
        Map<String, AttributeValue> item = new HashMap<>(k(pk, sk));
        item.put("GPK", s(group));
        item.put("GSK", s(gsk));
        return item;
    }

    private static Map<String, AttributeValue> k(String pk, String sk) {
        return Map.of("PK", s(pk), "SK", s(sk));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static Map<String, String> attr(String name) {
        return Map.of("AttributeName", name, "AttributeType", "S");
    }

    private static Map<String, String> key(String name, String type) {
        return Map.of("AttributeName", name, "KeyType", type);
    }
}
