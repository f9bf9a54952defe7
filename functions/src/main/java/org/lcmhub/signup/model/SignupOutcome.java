package org.lcmhub.signup.model;

import java.util.Locale;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.learner.Learner;

/**
 * What a sign-up request did, as the page tells it: the learner got a seat ({@code ENROLLED}), a
 * place on the waitlist ({@code WAITLISTED}), or had already signed up to this cohort
 * ({@code ALREADY}; {@code linkMailed} says whether their personal link was mailed again).
 * {@code elsewhere}: for a learner left on a waitlist, another cohort of the path that still has a
 * seat (null when none), which the page offers instead.
 */
public record SignupOutcome(SignupResult result, Cohort cohort, Kind kind, boolean linkMailed, Cohort elsewhere) {
    public enum Kind {
        ENROLLED, WAITLISTED, ALREADY;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Learner learner() {
        return result.learner();
    }

    public boolean created() {
        return result.created();
    }

    public Integer waitlistPosition() {
        return result.waitlistPosition();
    }
}
