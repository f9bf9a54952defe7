package org.lcmhub.community.webhook;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.lcmhub.domain.Digits;
import org.lcmhub.domain.Weekdays;

/**
 * When a cohort's weekly check-in reminder is due: its day and time in its own zone, so it keeps
 * its local time across daylight-saving changes. A run within a day after that moment sends it,
 * once per ISO week (the event id), so a run that was late or repeated neither skips nor doubles.
 */
public record Reminder(String day, String time, String timezone) {
    private static final Duration WINDOW = Duration.ofDays(1);

    /** This week's event id when the reminder is due at {@code now}, else null. */
    public String dueEvent(String cohortId, Instant now) {
        ZoneId zone = ZoneId.of(timezone);
        LocalDate today = now.atZone(zone).toLocalDate();
        DayOfWeek target = Weekdays.day(day);
        LocalDate date = today.with(TemporalAdjusters.previousOrSame(target));
        ZonedDateTime moment = date.atTime(LocalTime.parse(time)).atZone(zone);
        if (now.isBefore(moment.toInstant())) {
            return null;
        }
        if (!now.isBefore(moment.toInstant().plus(WINDOW))) {
            return null;
        }
        return "checkin-reminder#" + cohortId + "#" + isoWeek(date);
    }

    /** {@code 2027-W03}, as check-ins are keyed. */
    public static String isoWeek(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + Digits.zeroPadded(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /** The Monday of the week a reminder event id names. */
    public static LocalDate weekOf(String event) {
        String week = event.substring(event.lastIndexOf('#') + 1);
        int year = Integer.parseInt(week.substring(0, 4));
        int number = Integer.parseInt(week.substring(6));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
    }
}
