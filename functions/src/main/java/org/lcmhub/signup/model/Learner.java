package org.lcmhub.signup.model;

import java.time.Instant;

/** A learner signed up to one cohort. */
public record Learner(
        String learnerId,
        String name,
        String email,
        String pathId,
        String cohortId,
        String language,
        String timezone,
        LearnerStatus status,
        Instant createdAt) {
}
