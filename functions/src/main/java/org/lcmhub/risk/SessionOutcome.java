package org.lcmhub.risk;

import java.time.LocalDate;

/**
 * How a 1:1 went, as the early warning reads the session reports: only what the learner did counts
 * (a meeting the mentor cancelled says nothing about the learner).
 */
public record SessionOutcome(LocalDate date, Kind kind) {
    public enum Kind {
        HELD, NO_SHOW, LEARNER_CANCELLED_LATE, LEARNER_CANCELLED_EARLY, MENTOR_CANCELLED
    }
}
