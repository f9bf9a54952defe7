package org.lcmhub.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;

/**
 * Which cohorts a learner is offered when signing up. A cohort is offered while it is open and
 * at most half of it has gone by: joining later leaves too little of the path to follow with the
 * group (a cohort of 8 weeks is offered until the end of its 4th week; one that has not started
 * always is). Cohorts in the reader's language come first, then the earliest start.
 */
public final class Offers {
    private Offers() {
    }

    /** True when {@code cohort} can be joined on {@code today} (UTC). */
    public static boolean offered(Cohort cohort, LocalDate today) {
        if (!cohort.open() || today.isAfter(cohort.endDate())) {
            return false;
        }
        long elapsed = ChronoUnit.DAYS.between(cohort.startDate(), today);
        return elapsed * 2 <= cohort.weeks() * 7L;
    }

    /** The offered cohorts, those in {@code language} first (null: no preference), then by start date. */
    public static List<Cohort> offers(List<Cohort> cohorts, LocalDate today, Language language) {
        Comparator<Cohort> order = Comparator.comparing((Cohort c) -> language != null && language != c.language())
                .thenComparing(Cohort::startDate).thenComparing(Cohort::cohortId);
        return cohorts.stream().filter(c -> offered(c, today)).sorted(order).toList();
    }
}
