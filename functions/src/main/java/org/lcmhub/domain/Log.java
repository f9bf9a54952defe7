package org.lcmhub.domain;

import java.util.function.Consumer;

/**
 * Where the domain reports what it let pass (a mail that could not be sent, a lookup that
 * failed) without failing the request. The function's edge points it at the request's Lambda
 * logger; outside a request the JDK's platform logger takes the message.
 */
public final class Log {
    private static final ThreadLocal<Consumer<String>> SINK = new ThreadLocal<>();

    private Log() {
    }

    public static void warn(String message) {
        Consumer<String> sink = SINK.get();
        if (sink != null) {
            sink.accept(message);
        } else {
            // Looked up here, not held: every request opens a scope, and the JDK's logging would
            // otherwise start up (LogManager, its configuration) on a fresh JVM's first request.
            System.getLogger("org.lcmhub").log(System.Logger.Level.WARNING, message);
        }
    }

    /** Sends this thread's messages to {@code sink} until the returned scope is closed. */
    public static Scope to(Consumer<String> sink) {
        Consumer<String> previous = SINK.get();
        SINK.set(sink);
        return () -> {
            if (previous == null) {
                SINK.remove();
            } else {
                SINK.set(previous);
            }
        };
    }

    /** Closing needs no exception handling. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
