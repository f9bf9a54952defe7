package org.lcmhub.hub.streams;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.hub.template.CfnYaml;

/**
 * The {@code DynamoDB} events of template.yaml's functions: Lambda's event source mappings on a
 * table's stream, with what the local hub honours of them (batch size, filters, retries).
 */
public final class StreamEvents {
    /**
     * One mapping. {@code table} is the logical id of the table whose {@code StreamArn} it reads;
     * {@code filters} are the JSON patterns of {@code FilterCriteria} (a record passes if any matches).
     */
    public record StreamEvent(String functionId, String name, String table, String startingPosition, int batchSize,
                              List<String> filters, int maximumRetryAttempts) {
    }

    private StreamEvents() {
    }

    public static List<StreamEvent> read(Path template) {
        return parse(CfnYaml.load(template));
    }

    public static List<StreamEvent> parse(Map<String, Object> doc) {
        List<StreamEvent> events = new ArrayList<>();
        map(doc.get("Resources")).forEach((id, value) -> {
            Map<String, Object> resource = map(value);
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            map(map(resource.get("Properties")).get("Events")).forEach((name, e) -> {
                Map<String, Object> event = map(e);
                if (!"DynamoDB".equals(event.get("Type"))) {
                    return;
                }
                Map<String, Object> p = map(event.get("Properties"));
                Object stream = map(p.get("Stream")).get("Fn::GetAtt");
                if (!(stream instanceof List<?> att) || att.size() != 2 || !"StreamArn".equals(att.get(1))) {
                    throw new IllegalStateException(id + "." + name + ": Stream must be !GetAtt <Table>.StreamArn");
                }
                List<String> filters = new ArrayList<>();
                for (Object f : list(map(p.get("FilterCriteria")).get("Filters"))) {
                    filters.add(String.valueOf(map(f).get("Pattern")));
                }
                events.add(new StreamEvent(id, name, String.valueOf(att.get(0)),
                        String.valueOf(p.getOrDefault("StartingPosition", "TRIM_HORIZON")),
                        ((Number) p.getOrDefault("BatchSize", 100)).intValue(), List.copyOf(filters),
                        ((Number) p.getOrDefault("MaximumRetryAttempts", -1)).intValue()));
            });
        });
        return List.copyOf(events);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
