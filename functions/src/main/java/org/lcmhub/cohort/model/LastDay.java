package org.lcmhub.cohort.model;

import java.time.LocalDate;

/**
 * A learner's last day on the path ({@link Cohort#lastDay}) and whether their personal plan, not
 * the cohort, sets it: pages then say "their own plan ends on…" rather than "the cohort ends on…".
 * {@code cohortEnd}: the cohort's own last day (null when the cohort is not known).
 */
public record LastDay(LocalDate date, boolean ownPlan, LocalDate cohortEnd) {

    /** Null when neither the cohort nor a plan's end ({@code personalEnd}, null without one) is known. */
    public static LastDay of(Cohort cohort, LocalDate personalEnd) {
        if (cohort == null) {
            return personalEnd == null ? null : new LastDay(personalEnd, true, null);
        }
        LocalDate date = cohort.lastDay(personalEnd);
        return new LastDay(date, !date.equals(cohort.endDate()), cohort.endDate());
    }

    /** Who sets it, as the API says it: {@code plan} or {@code cohort}. */
    public String setBy() {
        return ownPlan ? "plan" : "cohort";
    }

    /**
     * The day the personal plan must still run to for something on {@code day} to stand, or null
     * when the cohort's own weeks hold it: what a write conditions on the plan's end, so that a plan
     * shortened meanwhile refuses it rather than being read before and written past.
     */
    public LocalDate planRunsTo(LocalDate day) {
        return ownPlan && (cohortEnd == null || day.isAfter(cohortEnd)) ? day : null;
    }
}
