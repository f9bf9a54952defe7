package org.lcmhub.matching;

/**
 * The soft fit of a pair, in whole points out of 100 (integer so that the optimum is exact and the
 * result deterministic). The first three parts depend on the pair only; the load part depends on
 * how full the mentor already is, so it falls with each place taken and spreads learners out.
 */
public final class Fit {
    /** Share of the learner's recognised goals that are among the mentor's skills. */
    public static final int SKILLS = 40;
    /** Closeness of the two UTC offsets: 20 for the same offset, 0 for 12 hours apart. */
    public static final int TIMEZONE = 20;
    /** Shared weekly hours against the learner's hours per week: 20 once they cover them. */
    public static final int HOURS = 20;
    /** Room the mentor still has when taking the learner: 20 when empty, 20/capacity for the last place. */
    public static final int LOAD = 20;
    /** The most a pair can score without the load part. */
    public static final int PAIR_MAX = SKILLS + TIMEZONE + HOURS;

    private Fit() {
    }

    public static int skills(int goalsCovered, int goalsRecognised) {
        return goalsRecognised == 0 ? 0 : SKILLS * goalsCovered / goalsRecognised;
    }

    public static int timezone(int offsetDifferenceMinutes) {
        int d = Math.floorMod(offsetDifferenceMinutes, 1440);
        d = Math.min(d, 1440 - d);
        return TIMEZONE * (720 - d) / 720;
    }

    public static int hours(int sharedMinutes, int hoursPerWeek) {
        if (hoursPerWeek <= 0) {
            return HOURS;
        }
        return (int) Math.min(HOURS, (long) HOURS * sharedMinutes / (60L * hoursPerWeek));
    }

    /** Points for taking one more place when {@code taken} of {@code capacity} are already taken. */
    public static int load(int capacity, int taken) {
        return capacity <= 0 || taken >= capacity ? 0 : LOAD * (capacity - taken) / capacity;
    }
}
