package org.lcmhub.signup.store;

import java.time.Duration;
import java.time.Instant;

/** Counts requests of one subject (an address, a client) per fixed time window. */
public interface RateLimits {
    /**
     * Counts one request of {@code subject} (already hashed, never an address in clear) in the
     * current window of {@code window}; false, counting nothing, when {@code max} were already counted.
     */
    boolean take(String scope, String subject, Instant now, Duration window, int max);
}
