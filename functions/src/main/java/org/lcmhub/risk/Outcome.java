package org.lcmhub.risk;

import java.util.Locale;

/** Where a learner's journey stands, for the cohort's dropout and success rates. */
public enum Outcome {
    /** Still following the path. */
    ACTIVE,
    /** Silent for the policy's number of weeks. */
    DROPPED_OUT,
    /** Reached the last step of the path. */
    SUCCEEDED;

    /** The code the API, the CSV and the pages use: {@code active}, {@code dropped-out}, {@code succeeded}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
