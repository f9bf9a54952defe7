package org.lcmhub.risk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a 1:1 went, as the early warning reads the session reports: only what the learner did counts
 * (a meeting the mentor cancelled says nothing about the learner). {@code from} and {@code until}
 * bound when it began (the series meeting's start for both, else its author's day); null when only
 * its date is known, then read on the learner's clock.
 */
public record SessionOutcome(LocalDate date, Kind kind, Instant from, Instant until) {
    public enum Kind {
        HELD, NO_SHOW, LEARNER_CANCELLED_LATE, LEARNER_CANCELLED_EARLY, MENTOR_CANCELLED
    }

    /** A 1:1 known by its date alone. */
    public SessionOutcome(LocalDate date, Kind kind) {
        this(date, kind, null, null);
    }
}
