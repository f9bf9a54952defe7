package org.lcmhub.hub.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The child JVM of {@code ./hub bench-cold}, run with only the functions' artifact and this class
 * on its class path, as Lambda's runtime would: {@code hello} prints and exits (the baseline);
 * {@code cold HANDLER SPEC} builds the handler with its no-arg constructor and answers one event;
 * {@code primed HANDLER SPEC} primes the handler first (what SnapStart's snapshot holds) and prints
 * how long that took and how long the first request then took.
 */
public final class FirstResponse {
    private FirstResponse() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("hello")) {
            System.out.println("hello");
            System.out.printf("RESULT cpuMs=%.1f%n", cpuMillis());
            return;
        }
        long start = System.nanoTime();
        Class<?> type = Class.forName(args[1]);
        Object handler = type.getConstructor().newInstance();
        long primedNanos = 0;
        if (args[0].equals("primed")) {
            type.getMethod("prime").invoke(handler);
            primedNanos = System.nanoTime() - start;
        }
        long requestStart = System.nanoTime();
        Object response = invoke(handler, args[2]);
        long requestNanos = System.nanoTime() - requestStart;
        System.out.printf("RESULT primedMs=%.1f requestMs=%.1f answer=%s cpuMs=%.1f%n",
                primedNanos / 1e6, requestNanos / 1e6, summary(response), cpuMillis());
    }

    /**
     * The CPU time this JVM's threads have used so far (Linux: each thread's schedstat, in
     * nanoseconds), or -1 elsewhere. On a shared machine it moves far less than the wall time:
     * waiting for a core is not counted.
     */
    private static double cpuMillis() {
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return -1;
        }
        long nanos = 0;
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("schedstat"));
                nanos += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
            } catch (java.io.IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        return nanos / 1e6;
    }

    /** The event as API Gateway would send it, from a small spec: method, path, query, body, claims. */
    private static Object invoke(Object handler, String specJson) throws Exception {
        JsonNode spec = new ObjectMapper().readTree(specJson);
        Method handle = null;
        for (Method m : handler.getClass().getMethods()) {
            if (m.getName().equals("handleRequest") && m.getParameterCount() == 2 && !m.isBridge()) {
                handle = m;
            }
        }
        if (!spec.has("method")) {
            return handle.invoke(handler, new LinkedHashMap<String, Object>(), null); // a scheduled event
        }
        String path = spec.get("path").asText();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("bench-" + System.nanoTime())
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(spec.get("method").asText()).withPath(path).build());
        if (spec.has("claims")) {
            Map<String, String> claims = new LinkedHashMap<>();
            spec.get("claims").fields().forEachRemaining(e -> claims.put(e.getKey(), e.getValue().asText()));
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(claims).build()).build());
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (spec.has("query")) {
            spec.get("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("ANY " + path).withRawPath(path)
                .withQueryStringParameters(query)
                .withHeaders(Map.of("content-type", "application/json", "accept", "application/json"))
                .withRequestContext(context.build())
                .withBody(spec.has("body") ? spec.get("body").toString() : null)
                .withIsBase64Encoded(false).build();
        // As Lambda does: the event as JSON bytes to the stream method, when the handler has one.
        for (Method m : handler.getClass().getMethods()) {
            if (m.getName().equals("handleRequest") && m.getParameterCount() == 3
                    && m.getParameterTypes()[0] == java.io.InputStream.class) {
                ObjectMapper json = new ObjectMapper().setSerializationInclusion(
                        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                m.invoke(handler, new java.io.ByteArrayInputStream(json.writeValueAsBytes(event)), out, null);
                return json.readTree(out.toByteArray()).get("statusCode").asInt();
            }
        }
        return handle.invoke(handler, event, null);
    }

    private static String summary(Object response) {
        if (response instanceof Integer status) {
            return String.valueOf(status);
        }
        try {
            return String.valueOf(response.getClass().getMethod("getStatusCode").invoke(response));
        } catch (ReflectiveOperationException e) {
            return "ok";
        }
    }
}
