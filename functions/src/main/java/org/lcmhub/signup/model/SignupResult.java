package org.lcmhub.signup.model;

import org.lcmhub.learner.Learner;

/**
 * The learner a sign-up produced, whether this request created it or found it, the learner's
 * waitlist position when waitlisted (1 = next to get a seat), and whether a learner who had
 * withdrawn came back with this request (found, but placed again).
 */
public record SignupResult(Learner learner, boolean created, Integer waitlistPosition, boolean rejoined) {
    public SignupResult(Learner learner, boolean created, Integer waitlistPosition) {
        this(learner, created, waitlistPosition, false);
    }
}
