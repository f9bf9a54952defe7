package org.lcmhub.learner;

import java.util.Locale;

/** Where a learner stands in a cohort. */
public enum LearnerStatus {
    /** Holds one of the cohort's seats. */
    ENROLLED,
    /** Waits for a seat, first come, first served. */
    WAITLISTED,
    /** Left the cohort; the seat or place went to the next learner. */
    WITHDRAWN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LearnerStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
