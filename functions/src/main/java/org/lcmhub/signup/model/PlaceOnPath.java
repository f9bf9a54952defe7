package org.lcmhub.signup.model;

import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.learner.LearnerStatus;

/**
 * A sign-up refused because the address already holds a place on the course path, in {@code cohort}
 * (a seat or a waitlist place, as {@code status} says): one place per person per path. {@code wanted}
 * is the cohort the sign-up asked for. {@code movable}: the address waits, and My page offers it the
 * seat in {@code wanted} instead (one step that leaves the waitlist and takes the seat); otherwise,
 * to change cohort, the learner leaves theirs from their page, then signs up again.
 */
public final class PlaceOnPath extends RuntimeException {
    private final transient Cohort cohort;
    private final LearnerStatus status;
    private final transient Cohort wanted;
    private final boolean movable;

    public PlaceOnPath(Cohort cohort, LearnerStatus status, Cohort wanted, boolean movable) {
        super("This address already has a place in another cohort of this course path");
        this.cohort = cohort;
        this.status = status;
        this.wanted = wanted;
        this.movable = movable;
    }

    public Cohort cohort() {
        return cohort;
    }

    public LearnerStatus status() {
        return status;
    }

    public Cohort wanted() {
        return wanted;
    }

    public boolean movable() {
        return movable;
    }
}
