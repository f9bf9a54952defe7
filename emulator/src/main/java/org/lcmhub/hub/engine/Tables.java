package org.lcmhub.hub.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate.TableDef;
import org.lcmhub.hub.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Creates the template's tables on an engine, and saves or restores their items as files. */
public final class Tables {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BATCH = 25;

    private final DynamoDbClient dynamo;
    private final List<TableDef> tables;

    public Tables(DynamoDbClient dynamo, List<TableDef> tables) {
        this.dynamo = dynamo;
        this.tables = List.copyOf(tables);
    }

    /** How template.yaml's intrinsics resolve here: local table names, parameter defaults, local ids. */
    public static LocalEnvironment localEnvironment(SamTemplate template) {
        Map<String, String> tableNames = new LinkedHashMap<>();
        template.tables().forEach(t -> tableNames.put(t.logicalId(), localName(t)));
        return new LocalEnvironment(LocalEnvironment.refs(template, tableNames));
    }

    /** The local name of a template table: its literal TableName, else its logical id. */
    public static String localName(TableDef table) {
        return table.properties().get("TableName") instanceof String name ? name : table.logicalId();
    }

    /** Creates every table that does not exist yet, exactly as declared; returns the names created. */
    public List<String> createMissing() {
        List<String> created = new ArrayList<>();
        for (TableDef table : tables) {
            String name = localName(table);
            if (exists(name)) {
                enableStream(table);
                continue;
            }
            dynamo.createTable(createRequest(table));
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(name));
            created.add(name);
        }
        return created;
    }

    /** The declared stream's view type, or null when the table has no stream. */
    static String streamView(TableDef table) {
        Object spec = table.properties().get("StreamSpecification");
        return spec instanceof Map<?, ?> m && m.get("StreamViewType") != null ? String.valueOf(m.get("StreamViewType")) : null;
    }

    /** A table kept from before its stream was declared gets it now (what a deploy of the template does). */
    private void enableStream(TableDef table) {
        String view = streamView(table);
        String name = localName(table);
        if (view != null && dynamo.describeTable(r -> r.tableName(name)).table().latestStreamArn() == null) {
            dynamo.updateTable(r -> r.tableName(name).streamSpecification(s -> s.streamEnabled(true).streamViewType(view)));
        }
    }

    static CreateTableRequest createRequest(TableDef table) {
        Map<String, Object> p = table.properties();
        CreateTableRequest.Builder b = CreateTableRequest.builder()
                .tableName(localName(table))
                .billingMode(BillingMode.fromValue(String.valueOf(p.getOrDefault("BillingMode", "PROVISIONED"))))
                .attributeDefinitions(list(p.get("AttributeDefinitions")).stream()
                        .map(a -> AttributeDefinition.builder()
                                .attributeName(str(a, "AttributeName"))
                                .attributeType(str(a, "AttributeType")).build())
                        .toList())
                .keySchema(keys(p.get("KeySchema")));
        if (!"PAY_PER_REQUEST".equals(p.get("BillingMode"))) {
            b.provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L));
        }
        String view = streamView(table);
        if (view != null) {
            b.streamSpecification(s -> s.streamEnabled(true).streamViewType(view));
        }
        List<Map<String, Object>> gsis = list(p.get("GlobalSecondaryIndexes"));
        if (!gsis.isEmpty()) {
            b.globalSecondaryIndexes(gsis.stream().map(g -> GlobalSecondaryIndex.builder()
                    .indexName(str(g, "IndexName"))
                    .keySchema(keys(g.get("KeySchema")))
                    .projection(projection(g.get("Projection")))
                    .build()).toList());
        }
        List<Map<String, Object>> lsis = list(p.get("LocalSecondaryIndexes"));
        if (!lsis.isEmpty()) {
            b.localSecondaryIndexes(lsis.stream().map(l -> LocalSecondaryIndex.builder()
                    .indexName(str(l, "IndexName"))
                    .keySchema(keys(l.get("KeySchema")))
                    .projection(projection(l.get("Projection")))
                    .build()).toList());
        }
        return b.build();
    }

    /** Writes each table's items, one DynamoDB-JSON item per line, replacing the files atomically. */
    public int save(Path dir) throws IOException {
        Files.createDirectories(dir);
        int count = 0;
        for (TableDef table : tables) {
            String name = localName(table);
            Path tmp = dir.resolve(name + ".jsonl.tmp");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(name)).items()) {
                    out.write(MAPPER.writeValueAsString(AttributeJson.toJson(item)));
                    out.newLine();
                    count++;
                }
            }
            Files.move(tmp, dir.resolve(name + ".jsonl"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        return count;
    }

    /** Loads the files {@link #save} wrote, if any; returns the number of items restored. */
    public int restore(Path dir) throws IOException {
        int count = 0;
        for (TableDef table : tables) {
            String name = localName(table);
            Path file = dir.resolve(name + ".jsonl");
            if (!Files.exists(file)) {
                continue;
            }
            List<WriteRequest> batch = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Map<String, AttributeValue> item = AttributeJson.fromJson(MAPPER.readTree(line));
                    batch.add(WriteRequest.builder().putRequest(r -> r.item(item)).build());
                    count++;
                    if (batch.size() == BATCH) {
                        write(name, batch);
                        batch = new ArrayList<>();
                    }
                }
            }
            if (!batch.isEmpty()) {
                write(name, batch);
            }
        }
        return count;
    }

    private void write(String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > 10) {
                throw new IllegalStateException("The engine keeps refusing writes to " + table);
            }
            final Map<String, List<WriteRequest>> request = pending;
            pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
        }
    }

    private boolean exists(String name) {
        try {
            dynamo.describeTable(r -> r.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static List<KeySchemaElement> keys(Object schema) {
        return list(schema).stream().map(k -> KeySchemaElement.builder()
                .attributeName(str(k, "AttributeName"))
                .keyType(str(k, "KeyType")).build()).toList();
    }

    private static Projection projection(Object value) {
        Map<String, Object> p = map(value);
        Projection.Builder b = Projection.builder().projectionType(String.valueOf(p.getOrDefault("ProjectionType", "ALL")));
        List<?> nonKey = p.get("NonKeyAttributes") instanceof List<?> l ? l : List.of();
        if (!nonKey.isEmpty()) {
            b.nonKeyAttributes(nonKey.stream().map(String::valueOf).toList());
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String s)) {
            throw new IllegalStateException("Expected a literal " + key + " in the table definition, got " + v);
        }
        return s;
    }
}
