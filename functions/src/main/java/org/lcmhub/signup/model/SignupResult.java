package org.lcmhub.signup.model;

/** The learner a sign-up produced, and whether this request created it or found it. */
public record SignupResult(Learner learner, boolean created) {
}
