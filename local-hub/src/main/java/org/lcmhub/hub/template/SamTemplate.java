package org.lcmhub.hub.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local hub needs from template.yaml: the functions with their handlers, environment
 * and HTTP API routes, and the DynamoDB tables. SAM's Globals are merged as SAM merges them.
 */
public record SamTemplate(List<FunctionDef> functions, List<TableDef> tables) {

    /** An {@code AWS::Serverless::Function}. {@code environment} values are still unresolved intrinsics. */
    public record FunctionDef(String logicalId, String handler, int timeoutSeconds, int memoryMb,
                              Map<String, Object> environment, List<RouteDef> routes) {
    }

    /** An {@code HttpApi} event of a function: method (or ANY) and path as API Gateway reads them. */
    public record RouteDef(String method, String path, String functionId) {
        public String routeKey() {
            return method + " " + path;
        }
    }

    /** An {@code AWS::DynamoDB::Table}; {@code properties} are as written in the template. */
    public record TableDef(String logicalId, Map<String, Object> properties) {
    }

    public static SamTemplate read(Path file) {
        return parse(CfnYaml.load(file));
    }

    public static SamTemplate parse(Map<String, Object> doc) {
        Map<String, Object> globals = map(map(doc.get("Globals")).get("Function"));
        List<FunctionDef> functions = new ArrayList<>();
        List<TableDef> tables = new ArrayList<>();
        map(doc.get("Resources")).forEach((id, value) -> {
            Map<String, Object> resource = map(value);
            Map<String, Object> props = map(resource.get("Properties"));
            switch (String.valueOf(resource.get("Type"))) {
                case "AWS::Serverless::Function" -> functions.add(function(id, props, globals));
                case "AWS::DynamoDB::Table" -> tables.add(new TableDef(id, props));
                default -> {
                }
            }
        });
        return new SamTemplate(List.copyOf(functions), List.copyOf(tables));
    }

    public List<RouteDef> routes() {
        return functions.stream().flatMap(f -> f.routes().stream()).toList();
    }

    public FunctionDef function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No function " + logicalId));
    }

    private static FunctionDef function(String id, Map<String, Object> props, Map<String, Object> globals) {
        Object handler = props.getOrDefault("Handler", globals.get("Handler"));
        if (!(handler instanceof String)) {
            throw new IllegalStateException("Function " + id + " has no Handler in template.yaml");
        }
        Map<String, Object> env = new LinkedHashMap<>(variables(globals));
        env.putAll(variables(props));
        List<RouteDef> routes = new ArrayList<>();
        map(props.get("Events")).forEach((name, value) -> {
            Map<String, Object> event = map(value);
            if ("HttpApi".equals(event.get("Type"))) {
                Map<String, Object> ep = map(event.get("Properties"));
                String method = String.valueOf(ep.getOrDefault("Method", "ANY")).toUpperCase(java.util.Locale.ROOT);
                routes.add(new RouteDef(method, String.valueOf(ep.get("Path")), id));
            }
        });
        int timeout = ((Number) props.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3))).intValue();
        int memory = ((Number) props.getOrDefault("MemorySize", globals.getOrDefault("MemorySize", 128))).intValue();
        return new FunctionDef(id, (String) handler, timeout, memory, env, List.copyOf(routes));
    }

    private static Map<String, Object> variables(Map<String, Object> props) {
        return map(map(props.get("Environment")).get("Variables"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
