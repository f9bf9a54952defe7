package org.lcmhub.mentor.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.lcmhub.domain.Weekdays;

/**
 * A weekly time range in the mentor's own timezone; {@code to} before {@code from} runs past
 * midnight into the next day (sun 22:00–01:00 ends Monday 01:00), and {@code to} 00:00 is midnight.
 */
public record Slot(DayOfWeek day, LocalTime from, LocalTime to) {
    /** {@code mon} … {@code sun}, as the API and the site write days. */
    public String dayCode() {
        return code(day);
    }

    public static String code(DayOfWeek day) {
        return Weekdays.code(day);
    }

    /** The day for a code, or null. */
    public static DayOfWeek day(String code) {
        return Weekdays.day(code);
    }
}
