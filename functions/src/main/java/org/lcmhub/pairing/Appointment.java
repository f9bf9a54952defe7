package org.lcmhub.pairing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A learner's regular 1:1 series as stored: weekly on {@code day} at {@code time} in the mentor's
 * zone, {@code weeks} meetings from {@code firstDate} (the first meeting's date). {@code uid} stays
 * for the life of the series; {@code sequence} grows on every change.
 */
public record Appointment(String learnerId, String mentorId, String cohortId, String uid, int sequence,
                          DayOfWeek day, LocalTime time, int durationMinutes, ZoneId zone, LocalDate firstDate,
                          int weeks, String location, Instant updatedAt) {

    public RecurringSlot slot() {
        return new RecurringSlot(day, time, Duration.ofMinutes(durationMinutes), zone, firstDate, 1, weeks);
    }
}
