package org.lcmhub.risk;

/** Where a learner's journey stands, for the cohort's dropout and success rates. */
public enum Outcome {
    /** Still following the path. */
    ACTIVE,
    /** Silent for the policy's number of weeks. */
    DROPPED_OUT,
    /** Reached the last step of the path. */
    SUCCEEDED
}
