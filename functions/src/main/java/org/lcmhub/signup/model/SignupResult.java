package org.lcmhub.signup.model;

import org.lcmhub.learner.Learner;

/**
 * The learner a sign-up produced, whether this request created it or found it, and the learner's
 * waitlist position when waitlisted (1 = next to get a seat).
 */
public record SignupResult(Learner learner, boolean created, Integer waitlistPosition) {
}
