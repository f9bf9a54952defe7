package org.lcmhub.appointments.store;

import java.util.List;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.learner.Learner;
import org.lcmhub.pairing.Appointment;

/**
 * A learner's 1:1 series and session notes, kept in the learner's partition. Every write is
 * conditioned, in the same transaction, on the learner's match still naming the writing mentor.
 */
public interface AppointmentStore {
    /**
     * The learner (null when absent or erased), the mentor of their current match (null when none),
     * and whether that mentor cancelled a series with them ({@link #delete}): My page then says so,
     * not that no 1:1 was set yet.
     */
    record Mentee(Learner learner, String mentorId, boolean seriesCancelled) {

        public boolean isMenteeOf(String sub) {
            return learner != null && mentorId != null && mentorId.equals(sub);
        }
    }

    Mentee mentee(String learnerId);

    /** The learner's series, or null. */
    Appointment find(String learnerId);

    /**
     * Writes the series if the learner's match still names {@code a.mentorId()} and the stored
     * series is the one read: none when {@code previousSequence} is null, else that sequence.
     *
     * @throws NotYourMentee when the match is gone or another mentor's
     * @throws Changed       when the stored series changed meanwhile
     */
    default void save(Appointment a, Integer previousSequence) {
        save(a, previousSequence, null);
    }

    /**
     * The same, and, when {@code planRunsTo} is not null, only while the learner's personal plan
     * (of the series' cohort) still runs to that day: a meeting after the cohort's end stands on it.
     *
     * @throws NotInPlan when the plan ends sooner (shortened meanwhile) or is gone
     */
    default void save(Appointment a, Integer previousSequence, java.time.LocalDate planRunsTo) {
        save(a, previousSequence, planRunsTo, Withdrawals.NONE);
    }

    /**
     * The same, and the proposals the change leaves without their meeting withdrawn in the same
     * transaction ({@link Withdrawals}).
     *
     * @throws Changed also when one of them was answered meanwhile, or another was made
     */
    void save(Appointment a, Integer previousSequence, java.time.LocalDate planRunsTo, Withdrawals withdrawals);

    /**
     * What a change of the series does to the learner's proposals: {@code withdrawn}, read open for
     * a meeting it moves or removes, are saved withdrawn only while still open; for the other
     * meetings it moves or removes ({@code noneOpen}, by planned date) no proposal of the series may
     * be open when it is written. So no proposal is left open for a meeting that is no longer there.
     */
    record Withdrawals(List<Proposal> withdrawn, List<java.time.LocalDate> noneOpen, String seriesUid) {
        public static final Withdrawals NONE = new Withdrawals(List.of(), List.of());

        public Withdrawals {
            withdrawn = List.copyOf(withdrawn);
            noneOpen = List.copyOf(noneOpen);
        }

        /** Of the series written itself. */
        public Withdrawals(List<Proposal> withdrawn, List<java.time.LocalDate> noneOpen) {
            this(withdrawn, noneOpen, null);
        }

        /**
         * The same, of the series {@code uid} a brand-new one replaces: its proposals are closed as
         * the new series is written, not left open in storage for meetings nobody shows any more.
         */
        public Withdrawals of(String uid) {
            return new Withdrawals(withdrawn, noneOpen, uid);
        }
    }

    /**
     * Deletes the series at {@code sequence} under the same conditions as {@link #save}, and the
     * learner's proposals for it withdrawn in the same transaction, as
     * {@link #save(Appointment, Integer, java.time.LocalDate, Withdrawals)} withdraws them; the
     * match keeps that its mentor cancelled a series ({@link Mentee#seriesCancelled}).
     *
     * @throws Changed also when one of them was answered meanwhile, or another was made
     */
    void delete(Appointment a, Withdrawals withdrawals);

    /** Adds the note if the learner's match still names its mentor. */
    void addSession(SessionNote note);

    /** The learner's session notes, newest first. */
    List<SessionNote> sessions(String learnerId);

    /**
     * Records the learner's proposal if the match still names its mentor, the series is still
     * {@code p.uid()} at {@code seriesSequence} (the version the meeting was read from: a change
     * meanwhile may have moved it), and no proposal for that meeting of that series is open.
     *
     * @throws NotYourMentee when the match is gone or another mentor's
     * @throws Changed       when the series was changed, replaced or cancelled meanwhile
     * @throws ProposalOpen  when one is open already
     */
    void propose(Proposal p, int seriesSequence);

    /** The learner's proposals, by planned date. */
    List<Proposal> proposals(String learnerId);

    /**
     * Saves {@code answered} in place of the open proposal (refused with {@link NoOpenProposal} when
     * it is no longer open) and, when {@code moved} is not null, the series moved by it as
     * {@link #save} does, in one transaction.
     */
    default void answer(Proposal answered, Appointment moved, Integer previousSequence) {
        answer(answered, moved, previousSequence, null);
    }

    /** The same, with {@code planRunsTo} as in {@link #save(Appointment, Integer, java.time.LocalDate)}. */
    void answer(Proposal answered, Appointment moved, Integer previousSequence, java.time.LocalDate planRunsTo);

    /** The learner's personal plan no longer runs to the day a meeting needs. */
    final class NotInPlan extends RuntimeException {
        public NotInPlan() {
            super("The personal plan ends sooner", null, false, false);
        }
    }

    /** No open proposal for that meeting (none, or answered meanwhile). */
    final class NoOpenProposal extends RuntimeException {
        public NoOpenProposal() {
            super("No open proposal for that meeting", null, false, false);
        }
    }

    /** The learner's earlier proposal for that meeting waits for the mentor's answer. */
    final class ProposalOpen extends RuntimeException {
        public ProposalOpen() {
            super("A proposal for that meeting is open", null, false, false);
        }
    }

    /** The learner is not (or no longer) the caller's mentee. */
    final class NotYourMentee extends RuntimeException {
        public NotYourMentee() {
            super("Not this mentor's mentee");
        }
    }

    /** The series was changed or cancelled by another request since it was read. */
    final class Changed extends RuntimeException {
        public Changed() {
            super("The 1:1 series changed meanwhile");
        }
    }
}
