package org.lcmhub.appointments;

import org.lcmhub.pairing.RecurringSlot;

/**
 * A series of 1:1s between a mentor and a learner. {@code sequence} grows each time the series is
 * changed, so calendar apps replace the earlier invite instead of adding a second one.
 * {@code location} (a room, a call link) may be null.
 */
public record OneToOne(String appointmentId, String mentorName, String mentorEmail, String learnerName,
                       String learnerEmail, String pathTitle, RecurringSlot slot, int sequence, String location) {

    public OneToOne(String appointmentId, String mentorName, String mentorEmail, String learnerName,
                    String learnerEmail, String pathTitle, RecurringSlot slot, int sequence) {
        this(appointmentId, mentorName, mentorEmail, learnerName, learnerEmail, pathTitle, slot, sequence, null);
    }
}
