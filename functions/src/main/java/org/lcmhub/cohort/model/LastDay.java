package org.lcmhub.cohort.model;

import java.time.LocalDate;

/**
 * A learner's last day on the path ({@link Cohort#lastDay}) and whether their personal plan, not
 * the cohort, sets it: pages then say "their own plan ends on…" rather than "the cohort ends on…".
 */
public record LastDay(LocalDate date, boolean ownPlan) {

    /** Null when neither the cohort nor a plan's end ({@code personalEnd}, null without one) is known. */
    public static LastDay of(Cohort cohort, LocalDate personalEnd) {
        if (cohort == null) {
            return personalEnd == null ? null : new LastDay(personalEnd, true);
        }
        LocalDate date = cohort.lastDay(personalEnd);
        return new LastDay(date, !date.equals(cohort.endDate()));
    }

    /** Who sets it, as the API says it: {@code plan} or {@code cohort}. */
    public String setBy() {
        return ownPlan ? "plan" : "cohort";
    }
}
