package org.lcmhub.hub.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ExtendWith(MotoExtension.class)
class TablesIT {
    private final SamTemplate template = SamTemplate.read(Checkout.template());

    @Test
    void tablesAreCreatedExactlyAsTheTemplateDeclares(Moto moto) {
        for (SamTemplate.TableDef def : template.tables()) {
            TableDescription table = moto.dynamo().describeTable(r -> r.tableName(Tables.localName(def))).table();
            var declared = Tables.createRequest(def);

            assertThat(table.keySchema()).containsExactlyElementsOf(declared.keySchema());
            assertThat(table.attributeDefinitions()).containsExactlyInAnyOrderElementsOf(declared.attributeDefinitions());
            assertThat(table.billingModeSummary().billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
            assertThat(table.globalSecondaryIndexes().stream().map(g -> g.indexName()).toList())
                    .containsExactlyInAnyOrderElementsOf(declared.globalSecondaryIndexes().stream().map(g -> g.indexName()).toList());
        }
    }

    @Test
    void creatingAgainLeavesExistingTablesAlone(Moto moto) {
        assertThat(new Tables(moto.dynamo(), template.tables()).createMissing()).isEmpty();
    }

    @Test
    void saveAndRestoreKeepEveryAttributeType(Moto moto, @TempDir Path dir) throws Exception {
        SamTemplate.TableDef def = new SamTemplate.TableDef("SnapshotTest", Map.of(
                "TableName", "SnapshotTest-" + System.nanoTime(),
                "BillingMode", "PAY_PER_REQUEST",
                "AttributeDefinitions", List.of(Map.of("AttributeName", "PK", "AttributeType", "S"),
                        Map.of("AttributeName", "SK", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "PK", "KeyType", "HASH"),
                        Map.of("AttributeName", "SK", "KeyType", "RANGE"))));
        DynamoDbClient dynamo = moto.dynamo();
        Tables tables = new Tables(dynamo, List.of(def));
        tables.createMissing();
        String name = Tables.localName(def);
        Map<String, AttributeValue> rich = Map.ofEntries(
                Map.entry("PK", AttributeValue.fromS("A")), Map.entry("SK", AttributeValue.fromS("B")),
                Map.entry("n", AttributeValue.fromN("12.50")), Map.entry("b", AttributeValue.fromB(SdkBytes.fromUtf8String("bin"))),
                Map.entry("t", AttributeValue.fromBool(true)), Map.entry("z", AttributeValue.fromNul(true)),
                Map.entry("ss", AttributeValue.fromSs(List.of("x", "y"))), Map.entry("ns", AttributeValue.fromNs(List.of("1", "2"))),
                Map.entry("l", AttributeValue.fromL(List.of(AttributeValue.fromS("é"), AttributeValue.fromN("3")))),
                Map.entry("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v")))));
        dynamo.putItem(r -> r.tableName(name).item(rich));
        for (int i = 0; i < 60; i++) {
            String sk = "item-" + i;
            dynamo.putItem(r -> r.tableName(name).item(Map.of("PK", AttributeValue.fromS("MANY"), "SK", AttributeValue.fromS(sk))));
        }

        assertThat(tables.save(dir)).isEqualTo(61);
        assertThat(Files.readAllLines(dir.resolve(name + ".jsonl"))).hasSize(61);
        dynamo.deleteTable(r -> r.tableName(name));
        tables.createMissing();
        assertThat(tables.restore(dir)).isEqualTo(61);

        Map<String, AttributeValue> back = dynamo.getItem(r -> r.tableName(name)
                .key(Map.of("PK", AttributeValue.fromS("A"), "SK", AttributeValue.fromS("B")))).item();
        assertThat(back).isEqualTo(rich);
        assertThat(dynamo.query(r -> r.tableName(name).keyConditionExpression("PK = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("MANY")))).count()).isEqualTo(60);
        dynamo.deleteTable(r -> r.tableName(name));
    }
}
