package org.lcmhub.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Business counts of the request this thread serves (sign-ups, check-ins, newly at-risk learners,
 * published pairs), written once at its end as a CloudWatch Embedded Metric Format document:
 * CloudWatch turns the log line into metrics, no API call, nothing to wait for.
 */
public final class Metrics {
    /** The CloudWatch namespace of the hub's own metrics (template.yaml's alarms use it). */
    public static final String NAMESPACE = "LcmHub";

    private static final ThreadLocal<Map<String, Long>> COUNTS = ThreadLocal.withInitial(LinkedHashMap::new);

    private Metrics() {
    }

    public static void count(String metric, long value) {
        COUNTS.get().merge(metric, value, Long::sum);
    }

    /** The counts so far, emptied. */
    static Map<String, Long> drain() {
        Map<String, Long> counts = new LinkedHashMap<>(COUNTS.get());
        COUNTS.remove();
        return counts;
    }

    /**
     * One EMF document: the counts as top-level numbers, declared as {@code Count} metrics of
     * {@link #NAMESPACE} with the function's name as their dimension.
     */
    public static Map<String, Object> document(String function, Map<String, Long> counts, long epochMillis) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_aws", Map.of(
                "Timestamp", epochMillis,
                "CloudWatchMetrics", java.util.List.of(Map.of(
                        "Namespace", NAMESPACE,
                        "Dimensions", java.util.List.of(java.util.List.of("Function")),
                        "Metrics", counts.keySet().stream()
                                .map(name -> Map.of("Name", name, "Unit", "Count")).toList()))));
        doc.put("Function", function);
        doc.putAll(counts);
        return doc;
    }
}
