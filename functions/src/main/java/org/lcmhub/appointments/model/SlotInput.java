package org.lcmhub.appointments.model;

/** The 1:1 slot fields as sent; null for absent. */
public record SlotInput(String day, String time, Integer durationMinutes, String firstDate, Integer weeks,
                        String location) {
}
