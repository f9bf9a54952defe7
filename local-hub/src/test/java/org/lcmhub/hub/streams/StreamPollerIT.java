package org.lcmhub.hub.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.api.LocalFunction;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The local event source mapping against moto's stream: filtered records reach the function in
 * order and in batches of the mapping's size; a batch the function fails part of is handed over
 * again from the first failed record only; a table kept from before gets its declared stream.
 */
@ExtendWith(MotoExtension.class)
class StreamPollerIT {
    /** What the probe function was handed, batch by batch (PKs); it fails a {@code bad} record once. */
    static final List<List<String>> BATCHES = new CopyOnWriteArrayList<>();
    static final List<String> FAILED_ONCE = new CopyOnWriteArrayList<>();

    public static final class Probe implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            List<String> pks = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) event.get("Records")) {
                Map<String, Object> dynamodb = (Map<String, Object>) r.get("dynamodb");
                String pk = (String) ((Map<String, Object>) ((Map<String, Object>) dynamodb.get("Keys")).get("PK")).get("S");
                pks.add(pk);
                if (pk.contains("bad") && !FAILED_ONCE.contains(pk)) {
                    FAILED_ONCE.add(pk);
                    BATCHES.add(pks);
                    return Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", dynamodb.get("SequenceNumber"))));
                }
            }
            BATCHES.add(pks);
            return Map.of("batchItemFailures", List.of());
        }
    }

    private static SamTemplate.TableDef table(String name, boolean stream) {
        Map<String, Object> props = new java.util.LinkedHashMap<>(Map.of(
                "TableName", name,
                "BillingMode", "PAY_PER_REQUEST",
                "AttributeDefinitions", List.of(Map.of("AttributeName", "PK", "AttributeType", "S"),
                        Map.of("AttributeName", "SK", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "PK", "KeyType", "HASH"),
                        Map.of("AttributeName", "SK", "KeyType", "RANGE"))));
        if (stream) {
            props.put("StreamSpecification", Map.of("StreamViewType", "KEYS_ONLY"));
        }
        return new SamTemplate.TableDef("Probe", props);
    }

    private static void put(Moto moto, String table, String pk, String value) {
        moto.dynamo().putItem(r -> r.tableName(table).item(Map.of("PK", AttributeValue.fromS(pk),
                "SK", AttributeValue.fromS("X"), "v", AttributeValue.fromS(value))));
    }

    @Test
    void filteredRecordsArriveInOrderInBatchesAndAFailedOneIsRetriedFromThere(Moto moto) {
        String name = "StreamProbe-" + System.nanoTime();
        // Made without its stream first: a table kept from before the template declared one.
        new Tables(moto.dynamo(), List.of(table(name, false))).createMissing();
        new Tables(moto.dynamo(), List.of(table(name, true))).createMissing();
        assertThat(moto.dynamo().describeTable(r -> r.tableName(name)).table().latestStreamArn()).isNotNull();

        LocalFunction probe = new LocalFunction(new SamTemplate.FunctionDef("ProbeFunction", Probe.class.getName(), 10, 128,
                Map.of(), List.of(), List.of()));
        StreamEvents.StreamEvent event = new StreamEvents.StreamEvent("ProbeFunction", "Changes", "Probe", "TRIM_HORIZON", 2,
                List.of("{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"PK\":{\"S\":[{\"prefix\":\"A#\"}]}}}}"), 3);
        put(moto, name, "A#1", "one");
        put(moto, name, "B#1", "not for it");
        put(moto, name, "A#1", "changed");   // a MODIFY: filtered out
        put(moto, name, "A#2", "two");
        put(moto, name, "A#bad", "refused once");
        put(moto, name, "A#3", "three");
        BATCHES.clear();

        try (StreamPoller poller = new StreamPoller(moto.dynamo(), moto.endpoint(),
                List.of(new StreamPoller.Mapping(event, probe, name)))) {
            poller.drain();
            assertThat(BATCHES).containsExactly(List.of("A#1", "A#2"), List.of("A#bad"), List.of("A#bad", "A#3"));

            put(moto, name, "A#4", "later");
            poller.drain();
            poller.drain();
            assertThat(BATCHES).hasSize(4).last().isEqualTo(List.of("A#4"));
        }
    }

    @Test
    void theHubTableHasTheStreamTheTemplateDeclares(Moto moto) {
        assertThat(moto.dynamo().describeTable(r -> r.tableName(moto.table())).table().streamSpecification().streamViewTypeAsString())
                .isEqualTo("KEYS_ONLY");
    }
}
