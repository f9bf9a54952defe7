package org.lcmhub.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch the table's stream hands a function (KEYS_ONLY), read as the map the runtime makes of any
 * JSON, so no event class ships; and the answer Lambda's {@code ReportBatchItemFailures} reads.
 * Answering with the first record not done makes the stream hand it and the ones after it over
 * again, in order: the functions it feeds all work records one at a time and can meet one twice.
 */
public final class StreamBatch {
    /** One change: its event name ({@code INSERT}, {@code MODIFY}, {@code REMOVE}), keys and place in the shard. */
    public record Change(String eventName, String pk, String sk, String sequenceNumber) {
    }

    private StreamBatch() {
    }

    /** The batch's changes in the stream's order; a record without keys reads with null keys. */
    public static List<Change> changes(Map<String, Object> event) {
        List<Change> changes = new ArrayList<>();
        for (Object r : list(event.get("Records"))) {
            Map<?, ?> record = map(r);
            Map<?, ?> dynamodb = map(record.get("dynamodb"));
            Map<?, ?> keys = map(dynamodb.get("Keys"));
            changes.add(new Change(string(record.get("eventName")), string(map(keys.get("PK")).get("S")),
                    string(map(keys.get("SK")).get("S")), String.valueOf(dynamodb.get("SequenceNumber"))));
        }
        return changes;
    }

    /** The answer when every change was done. */
    public static Map<String, Object> allDone() {
        return Map.of("batchItemFailures", List.of());
    }

    /** The answer that has the stream hand {@code change} and those after it over again. */
    public static Map<String, Object> again(Change change) {
        return Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", change.sequenceNumber())));
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String string(Object o) {
        return o instanceof String s ? s : null;
    }
}
