package org.lcmhub.hub.dev;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.lcmhub.domain.Language;

/**
 * The cohorts of each demo path, dated from the day the demo is seeded. The running one, weeks in
 * and full with a waitlist, feeds the dashboard, the early warning and the matching, but is past
 * half-way or nearly (so no longer offered, {@code Offers}). For a newcomer to sign up to on any
 * day, the others have not started yet: each starts on a Monday after today's week, so even on a
 * Sunday a cohort starting tomorrow is still to come. In English and in French, one has seats left
 * and one is full, so that a sign-up to it joins the waitlist.
 */
final class DemoCohorts {
    /** One cohort: its id's last part, language, start, seats and how many sign up to it, in order. */
    record Planned(String which, Language language, LocalDate start, int seats, int learners) {
        boolean running() {
            return RUNNING.equals(which);
        }
    }

    static final String RUNNING = "running";

    private DemoCohorts() {
    }

    /** The cohorts of a path of {@code weeks} weeks seeded on {@code today}, the running one first. */
    static List<Planned> of(int weeks, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Started some weeks ago, before its last week: several weeks of check-ins to show.
        LocalDate started = monday.minusWeeks(Math.max(1, Math.min(weeks - 1, 6)));
        return List.of(
                new Planned(RUNNING, Language.EN, started, 12, 16),
                new Planned("soon", Language.EN, monday.plusWeeks(1), 16, 5),
                new Planned("full-fr", Language.FR, monday.plusWeeks(1), 8, 9),
                new Planned("full-en", Language.EN, monday.plusWeeks(2), 8, 9),
                // "next": the id the French cohort with seats has always had.
                new Planned("next", Language.FR, monday.plusWeeks(3), 20, 7));
    }
}
