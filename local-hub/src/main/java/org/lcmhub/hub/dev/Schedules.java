package org.lcmhub.hub.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcmhub.hub.api.LocalFunction;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate.ScheduleDef;

/**
 * The template's scheduled functions, run on demand: nothing fires on its own locally.
 * {@code GET /dev/schedules} lists them with their expressions; {@code POST /dev/schedules/<FunctionId>}
 * invokes the function with the event an EventBridge rule sends and answers with what the function
 * returned and the mail it wrote to the outbox meanwhile. Local only, like the other {@code /dev/} routes.
 */
public final class Schedules {
    public static final String PATH = "/dev/schedules";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(ScheduleDef def, String expression, LocalFunction function) {
    }

    private final Map<String, Entry> byFunction = new LinkedHashMap<>();
    private final Outbox outbox;

    public Schedules(Map<String, LocalFunction> functions, LocalEnvironment env, Outbox outbox) {
        this.outbox = outbox;
        functions.values().forEach(f -> f.definition().schedules().forEach(s ->
                byFunction.putIfAbsent(f.definition().logicalId(), new Entry(s, env.resolve(s.expression()), f))));
    }

    public DevToken.Answer handle(String method, String path) throws IOException {
        if (path.equals(PATH) && method.equals("GET")) {
            List<Map<String, String>> list = byFunction.values().stream().map(e -> Map.of(
                    "function", e.def().functionId(), "event", e.def().name(), "type", e.def().type(),
                    "expression", e.expression())).toList();
            return new DevToken.Answer(200, JSON.writeValueAsBytes(Map.of("schedules", list)));
        }
        String id = path.startsWith(PATH + "/") ? path.substring(PATH.length() + 1) : "";
        Entry entry = byFunction.get(id);
        if (!method.equals("POST") || entry == null) {
            return new DevToken.Answer(404, JSON.writeValueAsBytes(Map.of("message",
                    "POST " + PATH + "/<FunctionId> runs a scheduled function; these have a schedule: "
                            + byFunction.keySet())));
        }
        return run(entry);
    }

    /** One run at a time, as a schedule fires once. */
    private synchronized DevToken.Answer run(Entry entry) throws IOException {
        Map<String, Object> event = scheduledEvent(entry.def(), Instant.now());
        Set<String> before = outbox.names();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("function", entry.def().functionId());
        answer.put("expression", entry.expression());
        answer.set("event", JSON.valueToTree(event));
        int status = 200;
        try {
            answer.set("result", JSON.valueToTree(entry.function().invokeEvent(event)));
        } catch (Throwable e) {
            System.err.println("[" + entry.def().functionId() + "] scheduled run failed: " + e);
            e.printStackTrace();
            answer.put("error", String.valueOf(e));
            status = 500;
        }
        answer.set("mails", outbox.since(before));
        return new DevToken.Answer(status, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(answer));
    }

    /** The event an EventBridge rule sends its target at the scheduled time. */
    static Map<String, Object> scheduledEvent(ScheduleDef def, Instant now) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", LocalEnvironment.ACCOUNT);
        event.put("time", now.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", LocalEnvironment.REGION);
        event.put("resources", List.of("arn:aws:events:" + LocalEnvironment.REGION + ":" + LocalEnvironment.ACCOUNT
                + ":rule/" + LocalEnvironment.STACK + "-" + def.functionId() + def.name()));
        event.put("detail", Map.of());
        return event;
    }
}
