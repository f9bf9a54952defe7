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
        Boolean consent,
        Boolean shareFirstName) {
    /** A request without the optional consent to be named in the cohort's channels (then: not named). */
    public SignupRequest(String name, String email, String pathId, String cohortId, String language, String timezone,
                         String goals, Integer hoursPerWeek, Boolean consent) {
        this(name, email, pathId, cohortId, language, timezone, goals, hoursPerWeek, consent, null);
    }
}
