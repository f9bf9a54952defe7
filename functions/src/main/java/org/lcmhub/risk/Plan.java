package org.lcmhub.risk;

import java.time.LocalDate;

/**
 * What a course path expects: its length in weeks and its number of steps. Progress is expected
 * to grow evenly over the weeks, which is what the paths' week-by-week plans describe.
 */
public record Plan(int weeks, int steps) {
    public Plan {
        if (weeks < 1 || steps < 1) {
            throw new IllegalArgumentException("a plan has at least one week and one step");
        }
    }

    /**
     * A plan from a learner's {@code start} to their own {@code end} date: the weeks counted as
     * {@link EarlyWarning} counts the learner's weeks, in ISO weeks from the start's, the end's
     * week included.
     */
    public static Plan until(LocalDate start, LocalDate end, int steps) {
        return new Plan((int) Math.max(1, EarlyWarning.weeks(start, end) + 1), steps);
    }

    /**
     * The plan of a course of {@code weeks} weeks (one step each) from {@code start}: it ends the
     * day before the same weekday {@code weeks} weeks later, so a course that does not start on a
     * Monday spans {@code weeks + 1} of the learner's ISO weeks, and its plan does too (as
     * {@link #until}): 100 % is expected by the end of the week of its last day, not a week before.
     */
    public static Plan course(LocalDate start, int weeks) {
        return until(start, start.plusWeeks(weeks).minusDays(1), weeks);
    }

    /** Expected progress (0..100) at the end of the learner's week {@code week} (1-based). */
    public double expectedProgress(int week) {
        return 100.0 * Math.min(Math.max(week, 0), weeks) / weeks;
    }
}
