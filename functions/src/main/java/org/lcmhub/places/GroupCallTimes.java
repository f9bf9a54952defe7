package org.lcmhub.places;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.lcmhub.domain.Weekdays;

/**
 * When a cohort's weekly call falls, on its own clock and on a learner's: the welcome mail and My
 * page give it in the learner's time too, as the 1:1 is, when their clocks differ.
 */
public final class GroupCallTimes {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private GroupCallTimes() {
    }

    /**
     * The first call a reader can join: from {@code at} or, for a cohort that has not begun, from its
     * {@code start}. A call without a known day stands at that instant.
     */
    public static Instant first(Channel.GroupCall call, Instant at, LocalDate start) {
        ZoneId zone = ZoneId.of(call.timezone());
        Instant from = start == null ? at : later(at, start.atStartOfDay(zone).toInstant());
        DayOfWeek day = Weekdays.day(call.day());
        if (day == null) {
            return from;
        }
        ZonedDateTime next = from.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day))
                .atTime(LocalTime.parse(call.time())).atZone(zone);
        return (next.toInstant().isBefore(from) ? next.plusWeeks(1) : next).toInstant();
    }

    /**
     * The call at {@code first} on the reader's clock, or null when that clock shows the same day
     * and hour as the call's own (or the reader's zone is not known).
     */
    public static ZonedDateTime onClockOf(ZoneId reader, Channel.GroupCall call, Instant first) {
        if (reader == null || Weekdays.day(call.day()) == null) {
            return null;
        }
        ZonedDateTime mine = first.atZone(reader);
        return mine.toLocalDateTime().equals(first.atZone(ZoneId.of(call.timezone())).toLocalDateTime()) ? null : mine;
    }

    /** "06:00", as a call's own time is written. */
    public static String time(ZonedDateTime t) {
        return t.format(HH_MM);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
