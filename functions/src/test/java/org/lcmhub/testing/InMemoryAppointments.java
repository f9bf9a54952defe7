package org.lcmhub.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.learner.Learner;
import org.lcmhub.pairing.Appointment;

/** The appointment store's contract in maps: every write checks the match as the transaction does. */
public final class InMemoryAppointments implements AppointmentStore {
    public final Map<String, Learner> learners = new HashMap<>();
    public final Map<String, String> matches = new HashMap<>();
    public final Map<String, Appointment> series = new HashMap<>();
    /** The mentor who cancelled the learner's series, by learner id: the mark holds while that match does. */
    public final Map<String, String> cancelledBy = new HashMap<>();
    public final List<SessionNote> notes = new ArrayList<>();
    /** By learner id, then planned date: one item per meeting, as in the table. */
    public final Map<String, Map<java.time.LocalDate, Proposal>> proposals = new HashMap<>();

    public InMemoryAppointments match(Learner learner, String mentorId) {
        learners.put(learner.learnerId(), learner);
        matches.put(learner.learnerId(), mentorId);
        return this;
    }

    @Override
    public synchronized Mentee mentee(String learnerId) {
        String mentorId = matches.get(learnerId);
        return new Mentee(learners.get(learnerId), mentorId,
                mentorId != null && mentorId.equals(cancelledBy.get(learnerId)));
    }

    @Override
    public synchronized Appointment find(String learnerId) {
        return series.get(learnerId);
    }

    /** The learners' personal plans' ends, as the store's plan check reads them (none: no plan). */
    public final Map<String, java.time.LocalDate> planEnds = new java.util.HashMap<>();

    @Override
    public synchronized void save(Appointment a, Integer previousSequence, java.time.LocalDate planRunsTo,
                                  Withdrawals withdrawals) {
        checkMatch(a.learnerId(), a.mentorId());
        Appointment old = series.get(a.learnerId());
        if (previousSequence == null ? old != null : old == null || old.sequence() != previousSequence) {
            throw new Changed();
        }
        checkWithdrawals(a, withdrawals);
        checkPlan(a.learnerId(), planRunsTo);
        series.put(a.learnerId(), a);
        withdrawals.withdrawn().forEach(p -> proposals.get(a.learnerId()).put(p.planned(), p));
    }

    /** The proposals' conditions of the write: each withdrawn one still open, none open for the others. */
    private void checkWithdrawals(Appointment a, Withdrawals withdrawals) {
        Map<java.time.LocalDate, Proposal> mine = proposals.getOrDefault(a.learnerId(), Map.of());
        String uid = withdrawals.seriesUid() == null ? a.uid() : withdrawals.seriesUid();
        for (Proposal p : withdrawals.withdrawn()) {
            Proposal now = mine.get(p.planned());
            if (now == null || !now.isOpen() || !now.uid().equals(uid)) {
                throw new Changed();
            }
        }
        for (java.time.LocalDate planned : withdrawals.noneOpen()) {
            Proposal now = mine.get(planned);
            if (now != null && now.isOpen() && now.uid().equals(uid)) {
                throw new Changed();
            }
        }
    }

    private void checkPlan(String learnerId, java.time.LocalDate planRunsTo) {
        java.time.LocalDate end = planEnds.get(learnerId);
        if (planRunsTo != null && (end == null || end.isBefore(planRunsTo))) {
            throw new NotInPlan();
        }
    }

    @Override
    public synchronized void delete(Appointment a, Withdrawals withdrawals) {
        checkMatch(a.learnerId(), a.mentorId());
        Appointment old = series.get(a.learnerId());
        if (old == null || old.sequence() != a.sequence()) {
            throw new Changed();
        }
        checkWithdrawals(a, withdrawals);
        series.remove(a.learnerId());
        cancelledBy.put(a.learnerId(), a.mentorId());
        withdrawals.withdrawn().forEach(p -> proposals.get(a.learnerId()).put(p.planned(), p));
    }

    @Override
    public synchronized void addSession(SessionNote note) {
        checkMatch(note.learnerId(), note.mentorId());
        notes.add(note);
    }

    @Override
    public synchronized List<SessionNote> sessions(String learnerId) {
        return notes.stream().filter(n -> n.learnerId().equals(learnerId))
                .sorted(Comparator.comparing(SessionNote::date).thenComparing(SessionNote::createdAt).reversed())
                .toList();
    }

    @Override
    public synchronized void propose(Proposal p, int seriesSequence) {
        checkMatch(p.learnerId(), p.mentorId());
        Appointment a = series.get(p.learnerId());
        if (a == null || !a.uid().equals(p.uid()) || a.sequence() != seriesSequence) {
            throw new Changed();
        }
        Proposal old = proposals.getOrDefault(p.learnerId(), Map.of()).get(p.planned());
        if (old != null && old.isOpen() && old.uid().equals(p.uid()) && !old.passed(p.proposedAt())) {
            throw new ProposalOpen();
        }
        proposals.computeIfAbsent(p.learnerId(), k -> new java.util.TreeMap<>()).put(p.planned(), p);
    }

    @Override
    public synchronized List<Proposal> proposals(String learnerId) {
        return List.copyOf(proposals.getOrDefault(learnerId, Map.of()).values());
    }

    @Override
    public synchronized void answer(Proposal answered, Appointment moved, Integer previousSequence,
                                    java.time.LocalDate planRunsTo) {
        checkMatch(answered.learnerId(), answered.mentorId());
        Proposal old = proposals.getOrDefault(answered.learnerId(), Map.of()).get(answered.planned());
        if (moved != null) {
            Appointment now = series.get(moved.learnerId());
            if (now == null || now.sequence() != previousSequence) {
                throw new Changed();
            }
        }
        if (old == null || !old.isOpen() || !old.uid().equals(answered.uid())) {
            throw new NoOpenProposal();
        }
        if (moved != null) {
            checkPlan(moved.learnerId(), planRunsTo);
            series.put(moved.learnerId(), moved);
        }
        proposals.get(answered.learnerId()).put(answered.planned(), answered);
    }

    private void checkMatch(String learnerId, String mentorId) {
        if (!mentorId.equals(matches.get(learnerId))) {
            throw new NotYourMentee();
        }
    }
}
