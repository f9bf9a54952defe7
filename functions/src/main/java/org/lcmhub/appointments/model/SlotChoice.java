package org.lcmhub.appointments.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A checked 1:1 slot as the mentor chose it; {@code firstDate} is the date of the first meeting. */
public record SlotChoice(DayOfWeek day, LocalTime time, int durationMinutes, LocalDate firstDate, int weeks,
                         String location) {
}
