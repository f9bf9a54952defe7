package org.lcmhub.hub.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item's size as DynamoDB counts it for capacity: names and values in bytes. */
final class ItemSize {
    private static final int UNIT = 4096;

    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> a : item.entrySet()) {
            size += utf8(a.getKey()) + of(a.getValue());
        }
        return size;
    }

    /** Read units of {@code bytes} read at once: whole 4 KB units, half when eventually consistent. */
    static double readUnits(long bytes, boolean consistent) {
        long units = Math.max(1, (bytes + UNIT - 1) / UNIT);
        return consistent ? units : units / 2.0;
    }

    private static long of(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.n() != null) {
            return (v.n().replaceAll("[^0-9]", "").length() + 1) / 2 + 1;
        }
        if (v.bool() != null || Boolean.TRUE.equals(v.nul())) {
            return 1;
        }
        if (v.hasM()) {
            long size = 3;
            for (Map.Entry<String, AttributeValue> e : v.m().entrySet()) {
                size += 1 + utf8(e.getKey()) + of(e.getValue());
            }
            return size;
        }
        if (v.hasL()) {
            return 3 + v.l().stream().mapToLong(x -> 1 + of(x)).sum();
        }
        if (v.hasSs()) {
            return v.ss().stream().mapToLong(ItemSize::utf8).sum();
        }
        return v.b() != null ? v.b().asByteArray().length : 0;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
