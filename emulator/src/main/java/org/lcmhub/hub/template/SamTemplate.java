package org.lcmhub.hub.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the local hub needs from template.yaml: the functions with their handlers, environment
 * and HTTP API routes, and the DynamoDB tables. SAM's Globals are merged as SAM merges them.
 * {@code functions} are those of the functions' artifact; {@code siteFunctions} are HTTP functions
 * built from another folder with the site's pipeline (the guide preview), whose classes the local
 * hub also has: it routes to them the same way.
 */
public record SamTemplate(List<FunctionDef> functions, List<TableDef> tables, Map<String, String> parameters,
                          Map<String, AuthorizerDef> authorizers, List<String> resourceIds,
                          List<FunctionDef> siteFunctions) {

    /**
     * A JWT authorizer of the HTTP API: {@code issuer} and {@code audience} are still unresolved
     * intrinsics; {@code identitySource} is like {@code $request.header.Authorization}.
     */
    public record AuthorizerDef(String name, Object issuer, List<Object> audience, String identitySource) {
    }

    /**
     * An {@code AWS::Serverless::Function}. {@code environment} values are still unresolved intrinsics;
     * {@code schedules} are its {@code Schedule} and {@code ScheduleV2} events; {@code policies} its
     * {@code Policies} as written (see {@link org.lcmhub.hub.iam.DynamoPolicy}).
     */
    public record FunctionDef(String logicalId, String handler, int timeoutSeconds, int memoryMb,
                              Map<String, Object> environment, List<RouteDef> routes, List<ScheduleDef> schedules,
                              List<Object> policies) {
        public FunctionDef(String logicalId, String handler, int timeoutSeconds, int memoryMb,
                           Map<String, Object> environment, List<RouteDef> routes, List<ScheduleDef> schedules) {
            this(logicalId, handler, timeoutSeconds, memoryMb, environment, routes, schedules, List.of());
        }

        public FunctionDef(String logicalId, String handler, int timeoutSeconds, int memoryMb,
                           Map<String, Object> environment, List<RouteDef> routes) {
            this(logicalId, handler, timeoutSeconds, memoryMb, environment, routes, List.of());
        }
    }

    /**
     * A schedule event of a function ({@code Schedule}: an EventBridge rule; {@code ScheduleV2}:
     * EventBridge Scheduler). {@code expression} is still an unresolved intrinsic.
     */
    public record ScheduleDef(String name, String type, String functionId, Object expression) {
    }

    /**
     * An {@code HttpApi} event of a function: method (or ANY) and path as API Gateway reads them,
     * and the name of the authorizer that guards it (null: public).
     */
    public record RouteDef(String method, String path, String functionId, String authorizer) {
        public RouteDef(String method, String path, String functionId) {
            this(method, path, functionId, null);
        }

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
        List<FunctionDef> siteFunctions = new ArrayList<>();
        List<TableDef> tables = new ArrayList<>();
        Map<String, AuthorizerDef> authorizers = new LinkedHashMap<>();
        Map<String, String> defaultAuthorizers = new LinkedHashMap<>();
        map(doc.get("Resources")).forEach((id, value) -> {
            Map<String, Object> resource = map(value);
            Map<String, Object> props = map(resource.get("Properties"));
            if ("AWS::Serverless::HttpApi".equals(resource.get("Type"))) {
                Map<String, Object> auth = map(props.get("Auth"));
                map(auth.get("Authorizers")).forEach((name, def) -> {
                    Map<String, Object> jwt = map(map(def).get("JwtConfiguration"));
                    Object audience = jwt.get("audience");
                    authorizers.put(name, new AuthorizerDef(name, jwt.get("issuer"),
                            audience instanceof List<?> l ? List.copyOf(l) : audience == null ? List.of() : List.of(audience),
                            String.valueOf(map(def).getOrDefault("IdentitySource", "$request.header.Authorization"))));
                });
                if (auth.get("DefaultAuthorizer") instanceof String name) {
                    defaultAuthorizers.put(id, name);
                }
            }
        });
        map(doc.get("Resources")).forEach((id, value) -> {
            Map<String, Object> resource = map(value);
            Map<String, Object> props = map(resource.get("Properties"));
            switch (String.valueOf(resource.get("Type"))) {
                case "AWS::Serverless::Function" -> {
                    // A function built from another folder is the local hub's own work when it has no
                    // route (the site publish function: the hub bakes and serves), and is routed to
                    // like the others when it has one (the preview).
                    FunctionDef f = function(id, props, globals, defaultAuthorizers);
                    if (Objects.equals(props.getOrDefault("CodeUri", globals.get("CodeUri")), globals.get("CodeUri"))) {
                        functions.add(f);
                    } else if (!f.routes().isEmpty()) {
                        siteFunctions.add(f);
                    }
                }
                case "AWS::DynamoDB::Table" -> tables.add(new TableDef(id, props));
                default -> {
                }
            }
        });
        Map<String, String> parameters = new LinkedHashMap<>();
        map(doc.get("Parameters")).forEach((name, def) -> {
            Object d = map(def).get("Default");
            parameters.put(name, d == null ? "" : String.valueOf(d));
        });
        return new SamTemplate(List.copyOf(functions), List.copyOf(tables), Map.copyOf(parameters),
                Map.copyOf(authorizers), List.copyOf(map(doc.get("Resources")).keySet()), List.copyOf(siteFunctions));
    }

    /** Every HTTP route of the API, whichever artifact serves it. */
    public List<RouteDef> routes() {
        return java.util.stream.Stream.concat(functions.stream(), siteFunctions.stream()).flatMap(f -> f.routes().stream()).toList();
    }

    public FunctionDef function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No function " + logicalId));
    }

    private static FunctionDef function(String id, Map<String, Object> props, Map<String, Object> globals,
                                        Map<String, String> defaultAuthorizers) {
        Object handler = props.getOrDefault("Handler", globals.get("Handler"));
        if (!(handler instanceof String)) {
            throw new IllegalStateException("Function " + id + " has no Handler in template.yaml");
        }
        Map<String, Object> env = new LinkedHashMap<>(variables(globals));
        env.putAll(variables(props));
        List<RouteDef> routes = new ArrayList<>();
        List<ScheduleDef> schedules = new ArrayList<>();
        map(props.get("Events")).forEach((name, value) -> {
            Map<String, Object> event = map(value);
            if ("Schedule".equals(event.get("Type")) || "ScheduleV2".equals(event.get("Type"))) {
                Map<String, Object> ep = map(event.get("Properties"));
                Object expression = ep.containsKey("Schedule") ? ep.get("Schedule") : ep.get("ScheduleExpression");
                schedules.add(new ScheduleDef(name, (String) event.get("Type"), id, expression));
            }
            if ("HttpApi".equals(event.get("Type"))) {
                Map<String, Object> ep = map(event.get("Properties"));
                String method = String.valueOf(ep.getOrDefault("Method", "ANY")).toUpperCase(java.util.Locale.ROOT);
                routes.add(new RouteDef(method, String.valueOf(ep.get("Path")), id, authorizer(ep, defaultAuthorizers)));
            }
        });
        int timeout = ((Number) props.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3))).intValue();
        int memory = ((Number) props.getOrDefault("MemorySize", globals.getOrDefault("MemorySize", 128))).intValue();
        Object policies = props.get("Policies");
        List<Object> policyList = policies instanceof List<?> l ? List.copyOf(l) : policies == null ? List.of() : List.of(policies);
        return new FunctionDef(id, (String) handler, timeout, memory, env, List.copyOf(routes), List.copyOf(schedules),
                policyList);
    }

    /** The route's own Auth.Authorizer, else its API's DefaultAuthorizer; NONE means public. */
    private static String authorizer(Map<String, Object> eventProps, Map<String, String> defaults) {
        Object own = map(eventProps.get("Auth")).get("Authorizer");
        Object api = eventProps.get("ApiId");
        String apiId = api instanceof Map<?, ?> ref && ref.get("Ref") instanceof String r ? r : "ServerlessHttpApi";
        String name = own instanceof String o ? o : defaults.get(apiId);
        return name == null || name.equals("NONE") ? null : name;
    }

    private static Map<String, Object> variables(Map<String, Object> props) {
        return map(map(props.get("Environment")).get("Variables"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
