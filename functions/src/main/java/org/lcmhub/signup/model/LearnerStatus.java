package org.lcmhub.signup.model;

import java.util.Locale;

/** Where a learner stands in a cohort. Seats and the waitlist add their states here. */
public enum LearnerStatus {
    /** Signed up; the cohort's seat rules have not placed the learner yet. */
    REGISTERED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LearnerStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
