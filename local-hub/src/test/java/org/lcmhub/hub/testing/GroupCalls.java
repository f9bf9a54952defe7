package org.lcmhub.hub.testing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** A cohort's weekly call as the mails and pages name it, for tests that read its time on another clock. */
public final class GroupCalls {
    private GroupCalls() {
    }

    /**
     * The first call of a cohort under way at {@code time} on {@code day} in {@code zone} not yet
     * past: the one the learner is told of. Worked out rather than written down, since this week's
     * call once begun is next week's, and two zones that change to summer time on other days
     * (Paris and Montréal, Paris and Dakar) are an hour further apart for some weeks of the year.
     */
    public static ZonedDateTime next(DayOfWeek day, LocalTime time, ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime call = now.toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(zone);
        return call.isBefore(now) ? call.plusWeeks(1) : call;
    }
}
