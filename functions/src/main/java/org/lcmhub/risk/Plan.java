package org.lcmhub.risk;

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

    /** Expected progress (0..100) at the end of the learner's week {@code week} (1-based). */
    public double expectedProgress(int week) {
        return 100.0 * Math.min(Math.max(week, 0), weeks) / weeks;
    }
}
