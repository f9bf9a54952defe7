package org.lcmhub.cohort.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Whether a cohort has begun, which decides what of its dates may still change. A cohort has begun
 * once its first day has come in the earliest time zone on Earth (UTC+14). Its learners may live
 * anywhere: from that moment one of them may be on their first day, check in and read that the
 * cohort has started, so its start must stay where it is. UTC would leave learners east of
 * Greenwich on their first day while it could still move; the earliest zone of the cohort's own
 * learners would have to be read before the write, and a learner signing up meanwhile would slip
 * past it, whereas a fixed day can be compared with the stored start by the write's condition.
 */
public final class Begun {
    /** The zone where each day comes first. */
    public static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private Begun() {
    }

    /** The day that has come somewhere on Earth at {@code now}: a cohort starting then or before has begun. */
    public static LocalDate dayAnywhere(Instant now) {
        return LocalDate.ofInstant(now, EARLIEST_ZONE);
    }

    public static boolean hasBegun(LocalDate start, LocalDate dayAnywhere) {
        return !start.isAfter(dayAnywhere);
    }

    /** The weeks of a cohort that have begun by {@code dayAnywhere}: none before its start, all of them once it ended. */
    public static int weeksBegun(LocalDate start, int weeks, LocalDate dayAnywhere) {
        if (!hasBegun(start, dayAnywhere)) {
            return 0;
        }
        return (int) Math.min(weeks, ChronoUnit.DAYS.between(start, dayAnywhere) / 7 + 1);
    }

    /**
     * The earliest first day with which {@code weeks} weeks still reach {@code dayAnywhere}: a cohort
     * starting on it or later keeps every week begun by then. A condition compares the stored start
     * with it, so the length a write sets is judged on the start the item holds.
     */
    public static LocalDate earliestStartReaching(LocalDate dayAnywhere, int weeks) {
        return dayAnywhere.minusDays(7L * weeks - 1);
    }
}
