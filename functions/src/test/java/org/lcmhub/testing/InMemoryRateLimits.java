package org.lcmhub.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.lcmhub.signup.store.RateLimits;

/** Fixed-window counters kept in memory, as the table keeps them. */
public final class InMemoryRateLimits implements RateLimits {
    private final Map<String, Integer> hits = new HashMap<>();

    @Override
    public synchronized boolean take(String scope, String subject, Instant now, Duration window, int max) {
        long start = now.toEpochMilli() / window.toMillis();
        String key = scope + "|" + subject + "|" + start;
        int count = hits.getOrDefault(key, 0);
        if (count >= max) {
            return false;
        }
        hits.put(key, count + 1);
        return true;
    }
}
