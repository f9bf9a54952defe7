package org.lcmhub.appointments.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.lcmhub.appointments.RecurringSlot;

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

    /** The same series, changed: same UID, the next sequence. */
    public Appointment next(SlotChoice c, Instant now) {
        return new Appointment(learnerId, mentorId, cohortId, uid, sequence + 1, c.day(), c.time(),
                c.durationMinutes(), zone, c.firstDate(), c.weeks(), c.location(), now);
    }
}
