package org.lcmhub.community.store;

import java.time.Instant;

/**
 * The deliveries of a cohort's webhook posts. A delivery is claimed before it is sent, with a
 * condition, so an event reaches a channel once even when two runs overlap; a claim left by a run
 * that died is taken over once its lease has passed (at least once, never twice on purpose).
 */
public interface DeliveryStore {
    /** True when this run may send the event: never claimed, or claimed by a run whose lease ran out. */
    boolean claim(String cohortId, String audience, String eventId, String event, Instant now, Instant leaseUntil);

    /** Records how it ended: {@code sent} or {@code failed}, the attempts made and the last error. */
    /** One line of a cohort's delivery log. */
    record Logged(String audience, String event, String status, int attempts, String error, java.time.Instant at) {
    }

    /** The cohort's latest deliveries, newest first (a cohort makes a few a week). */
    java.util.List<Logged> recent(String cohortId, int limit);

    void finish(String cohortId, String audience, String eventId, String status, int attempts, String error, Instant at);
}
