package org.lcmhub.pairing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A regular 1:1 slot as the mentor sets it: a weekday and a local time in the mentor's time zone,
 * every {@code everyWeeks} weeks from {@code from}, {@code count} times. Local time is kept across
 * daylight-saving changes, as people expect of a weekly meeting.
 */
public record RecurringSlot(DayOfWeek day, LocalTime start, Duration length, ZoneId zone, LocalDate from,
                            int everyWeeks, int count) {
    public RecurringSlot {
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("a 1:1 lasts between 1 minute and 4 hours");
        }
        if (everyWeeks < 1 || everyWeeks > 4) {
            throw new IllegalArgumentException("a 1:1 recurs every 1 to 4 weeks");
        }
        // Up to 52 asked at a time, after as many already held that a change keeps.
        if (count < 1 || count > 104) {
            throw new IllegalArgumentException("a series has 1 to 104 meetings");
        }
    }

    /** The first meeting: the first {@code day} on or after {@code from}. */
    public ZonedDateTime first() {
        return from.with(TemporalAdjusters.nextOrSame(day)).atTime(start).atZone(zone);
    }
}
