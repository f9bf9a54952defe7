package org.lcmhub.signup.store;

import java.time.Duration;
import java.time.Instant;
import org.lcmhub.learner.Learner;
import org.lcmhub.signup.model.SignupResult;

/** Where sign-ups are kept. Implementations write all of a sign-up or none of it. */
public interface SignupStore {
    /**
     * Places {@code candidate} in its cohort: a seat when one is free, else the end of the waitlist,
     * atomically with the email claim. When the same email already signed up to the same cohort,
     * the existing learner is returned and nothing is written.
     *
     * @throws CohortUnavailable when the cohort is missing or closed
     * @throws CoolingDown when the address signed up elsewhere less than {@code cooldown} ago
     * @throws AlreadyOnPath when the address holds a place in another cohort of the same path
     */
    SignupResult place(Learner candidate, String keyHash, Instant now, Duration cooldown);

    /**
     * As {@link #place(Learner, String, Instant, Duration)}, recording with the new learner whether
     * they agreed to be named (first name) in the cohort's channels.
     */
    default SignupResult place(Learner candidate, String keyHash, Instant now, Duration cooldown, boolean shareName) {
        return place(candidate, keyHash, now, cooldown);
    }

    /** Replaces a learner's key and records a mail, unless one was sent after {@code notBefore}. */
    default boolean rotateKey(String learnerId, String keyHash, Instant now, Instant notBefore) {
        return rotateKey(learnerId, keyHash, now, notBefore, null);
    }

    /**
     * The same, and queues {@code mail} (the message carrying the new key; null: none) in the same
     * transaction: the key is never replaced without its message, nor a message queued for a key
     * that did not replace the old one.
     */
    boolean rotateKey(String learnerId, String keyHash, Instant now, Instant notBefore, org.lcmhub.mail.Mail mail);

    /** A learner by id, or null. */
    Learner find(String learnerId);

    /** The learner ids of every sign-up of an address (normalised), in any cohort; empty when none. */
    java.util.List<String> learnersOfAddress(String email);

    /** Every learner of a cohort (any status), oldest sign-up first. */
    java.util.List<Learner> learnersOf(String cohortId);

    /** The learner's current waitlist position (1 = next), or null when not waiting. */
    Integer waitlistPosition(Learner learner);

    /**
     * Gives a waitlisted learner a seat in {@code toCohortId}, another cohort of their path, in
     * place of their waitlist place: the same learner (and key), all in one write or nothing.
     *
     * @return the learner as moved: enrolled in that cohort
     * @throws MoveRefused when the learner no longer waits, that cohort has no seat left (or
     *     closed), or the address signed up to that cohort before
     */
    Learner moveToSeat(Learner waiting, String toCohortId, Instant now);

    /**
     * What a move leaves to do, written in the move's own write so that it survives the process
     * that moved: what the team filed under the cohorts left ({@code from}) is to be filed under
     * {@code to}. A later move before it was done adds its own cohort left and names its own
     * destination and {@code moveId}, so one follow-up files everything where the learner is now.
     */
    record FollowUp(String learnerId, String moveId, java.util.Set<String> from, String to) {
    }

    /** The learner's follow-up still to do, or null (consistent read). */
    FollowUp followUp(String learnerId);

    /**
     * Marks {@code done} as done: its mark goes, on condition that it is still the one read (a
     * later move's is left for its own follow-up), then the flag of it on the learner's profile,
     * on the same condition.
     *
     * @return false when the mark was gone or is another move's
     */
    boolean followedUp(FollowUp done);

    /** Why a move to a seat was refused; nothing was written. */
    final class MoveRefused extends RuntimeException {
        public enum Reason { NOT_WAITING, NO_SEAT, SIGNED_UP_THERE }

        private final Reason reason;

        public MoveRefused(Reason reason) {
            super("Moving to a seat was refused: " + reason);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The cohort is missing or closed to sign-ups. */
    final class CohortUnavailable extends RuntimeException {
        public CohortUnavailable(String cohortId) {
            super("Cohort " + cohortId + " is not open for sign-ups");
        }
    }

    /** The address holds a place (seat or waitlist) in another cohort of the path: {@code holder}'s. */
    final class AlreadyOnPath extends RuntimeException {
        private final transient Learner holder;

        public AlreadyOnPath(Learner holder) {
            super("The address already has a place on path " + holder.pathId() + ", in cohort " + holder.cohortId());
            this.holder = holder;
        }

        public Learner holder() {
            return holder;
        }
    }

    /** The address is in its cool-down after a sign-up to another cohort. */
    final class CoolingDown extends RuntimeException {
        private final Instant until;

        public CoolingDown(Instant until) {
            super("Signed up too recently; try again after " + until);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }
}
