package org.lcmhub.appointments;

import java.util.List;
import org.lcmhub.pairing.Occurrence;
import org.lcmhub.pairing.RecurringSlot;
import org.lcmhub.pairing.VideoRoom;

/**
 * A series of 1:1s between a mentor and a learner. {@code sequence} grows each time the series is
 * changed, so calendar apps replace the earlier invite instead of adding a second one.
 * {@code location} (the mentor's own https meeting link) may be null: the pair then meets in the
 * series' generated room. {@code pathId}, when known, names the path in each reader's language
 * ({@code pathTitle}, the cohort's title, is the words used otherwise).
 */
public record OneToOne(String appointmentId, String mentorName, String mentorEmail, String learnerName,
                       String learnerEmail, String pathTitle, RecurringSlot slot, int sequence, String location,
                       List<Occurrence> occurrences, String pathId) {

    public OneToOne {
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
    }

    public OneToOne(String appointmentId, String mentorName, String mentorEmail, String learnerName,
                    String learnerEmail, String pathTitle, RecurringSlot slot, int sequence, String location,
                    List<Occurrence> occurrences) {
        this(appointmentId, mentorName, mentorEmail, learnerName, learnerEmail, pathTitle, slot, sequence, location,
                occurrences, null);
    }

    public OneToOne(String appointmentId, String mentorName, String mentorEmail, String learnerName,
                    String learnerEmail, String pathTitle, RecurringSlot slot, int sequence, String location) {
        this(appointmentId, mentorName, mentorEmail, learnerName, learnerEmail, pathTitle, slot, sequence, location,
                List.of());
    }

    public OneToOne(String appointmentId, String mentorName, String mentorEmail, String learnerName,
                    String learnerEmail, String pathTitle, RecurringSlot slot, int sequence) {
        this(appointmentId, mentorName, mentorEmail, learnerName, learnerEmail, pathTitle, slot, sequence, null);
    }

    /** The link both sides open to meet. */
    public String videoUrl() {
        return VideoRoom.link(location, appointmentId);
    }
}
