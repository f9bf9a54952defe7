package org.lcmhub.appointments.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The learner's proposal of another time for the meeting planned on {@code planned} of the series
 * {@code uid}: {@code start} in the learner's own zone, with an optional message. The mentor accepts
 * it (the meeting moves) or declines it, with an optional {@code reply}. One is open per meeting.
 * A change of the series that moves or removes the meeting withdraws it: the learner is told.
 */
public record Proposal(String learnerId, String mentorId, String uid, LocalDate planned, ZonedDateTime start,
                       String message, Status status, String reply, Instant proposedAt, Instant answeredAt) {

    public enum Status {
        OPEN, ACCEPTED, DECLINED, WITHDRAWN;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status of(String wire) {
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Proposal answered(Status answer, String replyText, Instant at) {
        return new Proposal(learnerId, mentorId, uid, planned, start, message, answer, replyText, proposedAt, at);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /**
     * Open, but the time it proposes is not after {@code now}: the mentor can no longer accept it,
     * and the learner may propose another time for its meeting.
     */
    public boolean passed(java.time.Instant now) {
        return isOpen() && !start.toInstant().isAfter(now);
    }

    /**
     * Open, and for the meeting planned on {@code plannedOn} (ISO date, as given) of the series
     * {@code seriesUid}: the proposal a mentor may answer for that meeting.
     */
    public boolean isOpenFor(String seriesUid, String plannedOn) {
        return isOpen() && uid.equals(seriesUid) && planned.toString().equals(plannedOn);
    }
}
