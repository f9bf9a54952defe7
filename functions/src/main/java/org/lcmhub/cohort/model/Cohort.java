package org.lcmhub.cohort.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A cohort of a course path. {@code enrolled} counts seats taken; {@code waitlisted} learners wait
 * for one. {@code lcms} are the sign-in subjects of the cohort's LCM team.
 */
public record Cohort(
        String cohortId,
        String pathId,
        String title,
        String language,
        LocalDate startDate,
        int weeks,
        int seats,
        boolean open,
        int enrolled,
        int waitlisted,
        Set<String> lcms,
        Instant createdAt) {

    public Cohort {
        lcms = Set.copyOf(lcms);
    }

    public int seatsLeft() {
        return Math.max(0, seats - enrolled);
    }

    public LocalDate endDate() {
        return startDate.plusWeeks(weeks).minusDays(1);
    }

    public boolean isRunBy(String sub) {
        return sub != null && lcms.contains(sub);
    }
}
