package org.lcmhub.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lcmhub.domain.Log;

/**
 * One JSON line per request through Lambda's logger: request id, route, status, duration and
 * whether this execution environment was cold. Lines go out as bytes, which Lambda's JSON log
 * format passes through as they are: each line is its own JSON object (and an EMF document stays
 * one, so CloudWatch extracts its metrics), filtered by the template's ApplicationLogLevel.
 */
public final class RequestLog {
    private static final AtomicBoolean COLD = new AtomicBoolean(true);

    private RequestLog() {
    }

    /** The next request is the first of a fresh (or just restored) execution environment. */
    public static void markCold() {
        COLD.set(true);
    }

    /** Points the domain's warnings at this request's logger, until closed. */
    static Log.Scope open(Context context) {
        Metrics.drain();
        LambdaLogger logger = context == null ? null : context.getLogger();
        return Log.to(message -> {
            if (logger != null) {
                logger.log(message, LogLevel.WARN);
            } else {
                fallback(message, System.Logger.Level.WARNING);
            }
        });
    }

    static void write(Context context, APIGatewayV2HTTPEvent event, String requestId, int status, long startedNanos) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("type", "request");
        line.put("requestId", requestId);
        if (context != null) {
            line.put("function", context.getFunctionName());
        }
        line.put("route", event.getRouteKey());
        line.put("method", ApiRequest.method(event));
        line.put("path", ApiRequest.path(event));
        line.put("status", status);
        line.put("durationMs", Math.round((System.nanoTime() - startedNanos) / 1e5) / 10.0);
        line.put("coldStart", COLD.getAndSet(false));
        emit(context, line, status >= 500 ? LogLevel.ERROR : LogLevel.INFO);
        Map<String, Long> counts = Metrics.drain();
        if (!counts.isEmpty()) {
            emitMetrics(context, counts);
        }
    }

    /** Writes the counts as one EMF line (used by functions that are not HTTP handlers too). */
    public static void emitMetrics(Context context, Map<String, Long> counts) {
        String function = context == null ? "local" : context.getFunctionName();
        emit(context, Metrics.document(function, counts, System.currentTimeMillis()), LogLevel.INFO);
    }

    private static void emit(Context context, Map<String, Object> line, LogLevel level) {
        String json;
        try {
            json = PlainJson.write(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (context != null && context.getLogger() != null) {
            context.getLogger().log((json + "\n").getBytes(StandardCharsets.UTF_8), level);
        } else {
            fallback(json, System.Logger.Level.DEBUG);
        }
    }

    /** Outside Lambda (handler tests): the JDK's platform logger. */
    static void fallback(String message, System.Logger.Level level) {
        System.getLogger("org.lcmhub").log(level, message);
    }
}
