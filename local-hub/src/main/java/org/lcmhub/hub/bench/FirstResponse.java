package org.lcmhub.hub.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child JVM of {@code ./hub bench-cold}, run with only the functions' artifact and this class
 * on its class path, as Lambda's runtime would: {@code hello} prints and exits (the baseline);
 * {@code cold HANDLER EVENT} builds the handler with its no-arg constructor and answers one event
 * (its JSON, made by {@link BenchEvent} in the bench's JVM, handed to the stream method as Lambda
 * hands it; an empty map to a scheduled or stream function); {@code primed HANDLER EVENT} primes
 * the handler first (what SnapStart's snapshot holds) and prints how long that took and how long
 * the first request then took.
 */
public final class FirstResponse {
    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

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
        String answer = invoke(handler, args[2]);
        long requestNanos = System.nanoTime() - requestStart;
        System.out.printf("RESULT primedMs=%.1f requestMs=%.1f answer=%s cpuMs=%.1f%n",
                primedNanos / 1e6, requestNanos / 1e6, answer, cpuMillis());
    }

    /** The answer's status, or "ok" from a function that answers no HTTP request. */
    private static String invoke(Object handler, String event) throws Exception {
        for (Method m : handler.getClass().getMethods()) {
            if (event.equals(BenchEvent.NOT_HTTP) && m.getName().equals("handleRequest") && m.getParameterCount() == 2
                    && !m.isBridge()) {
                m.invoke(handler, new LinkedHashMap<String, Object>(), null);
                return "ok";
            }
            if (!event.equals(BenchEvent.NOT_HTTP) && m.getName().equals("handleRequest") && m.getParameterCount() == 3
                    && m.getParameterTypes()[0] == InputStream.class) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                m.invoke(handler, new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
                Matcher status = STATUS.matcher(out.toString(StandardCharsets.UTF_8));
                return status.find() ? status.group(1) : "-";
            }
        }
        throw new IllegalStateException(handler.getClass() + " has no handleRequest for this event");
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
}
