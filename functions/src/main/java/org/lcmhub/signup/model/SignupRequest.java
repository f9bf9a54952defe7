package org.lcmhub.signup.model;

/** What a learner sends to join a cohort of a course path, as received (not yet validated). */
public record SignupRequest(
        String name,
        String email,
        String pathId,
        String cohortId,
        String language,
        String timezone,
        String goals,
        Integer hoursPerWeek,
        Boolean consent) {
}
