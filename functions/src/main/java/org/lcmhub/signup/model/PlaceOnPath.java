package org.lcmhub.signup.model;

import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.learner.LearnerStatus;

/**
 * A sign-up refused because the address already holds a place on the course path, in {@code cohort}
 * (a seat or a waitlist place, as {@code status} says): one place per person per path. To change
 * cohort, the learner leaves that one from their page, then signs up again.
 */
public final class PlaceOnPath extends RuntimeException {
    private final transient Cohort cohort;
    private final LearnerStatus status;

    public PlaceOnPath(Cohort cohort, LearnerStatus status) {
        super("This address already has a place in another cohort of this course path");
        this.cohort = cohort;
        this.status = status;
    }

    public Cohort cohort() {
        return cohort;
    }

    public LearnerStatus status() {
        return status;
    }
}
