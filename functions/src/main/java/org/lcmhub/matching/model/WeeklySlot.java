package org.lcmhub.matching.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly time range in its owner's own timezone. {@code to} at or before {@code from} ends on the
 * next day (22:00–01:00), so {@code to = 00:00} means midnight.
 */
public record WeeklySlot(DayOfWeek day, LocalTime from, LocalTime to) {
    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static WeeklySlot of(DayOfWeek day, String from, String to) {
        return new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }
}
