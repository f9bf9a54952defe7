package org.lcmhub.appointments;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.pairing.Appointment;

/**
 * What of a mentee's 1:1s waits for the mentor's answer, for the mentee list: each open proposal
 * of another time for a meeting of the current series, as a code with parameters (the page words
 * it in its reader's language and zone), so the mentor sees it without opening the series.
 */
public record WaitingProposals(AppointmentStore store, Clock clock) {
    /** The one code so far: the learner proposed another time for a meeting. */
    public static final String PROPOSAL_OPEN = "proposalOpen";

    /**
     * Whether the mentor has set a series with the mentee, and what of it waits for their answer:
     * the list says both, so the page asks for no series that does not exist. With none,
     * {@code cancelled}: the mentor cancelled one with them, which the page says rather than "none yet".
     */
    public record Summary(boolean series, boolean cancelled, List<Map<String, Object>> waiting) {
    }

    /**
     * The series of the mentor {@code mentorId} with the learner, if any, and the open proposals
     * they can still accept: for a meeting still to come (neither cancelled nor begun), at a time
     * not yet past. One whose meeting went by unanswered is not asked about (the next change of the
     * series withdraws it).
     */
    public Summary summary(String learnerId, String mentorId) {
        return summary(learnerId, mentorId, null);
    }

    /**
     * As above, the times on the mentor's clock now ({@code mentorZone}, their profile's; null: the
     * series' zone): a mentor who moved since the series was set reads them where they are, as the
     * series view says them.
     */
    public Summary summary(String learnerId, String mentorId, java.time.ZoneId mentorZone) {
        Appointment a = store.find(learnerId);
        if (a == null || !a.mentorId().equals(mentorId)) {
            AppointmentStore.Mentee m = store.mentee(learnerId);
            return new Summary(false, m.isMenteeOf(mentorId) && m.seriesCancelled(), List.of());
        }
        Instant now = clock.instant();
        List<Proposal> proposals = store.proposals(learnerId);
        return new Summary(true, false, a.meetings().stream().filter(m -> m.toCome(now)).flatMap(m -> proposals.stream()
                .filter(p -> p.isOpenFor(a.uid(), m.planned().toString()) && p.start().toInstant().isAfter(now))
                .map(p -> waiting(m, p, mentorZone == null ? a.zone() : mentorZone))).toList());
    }

    /** Each time also on the mentor's clock, as the server reads it ({@code meetingLocal}, {@code startLocal}). */
    private static Map<String, Object> waiting(Appointment.Meeting m, Proposal p, java.time.ZoneId mentorZone) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("planned", m.planned().toString());
        params.put("meetingStart", m.start().toOffsetDateTime().toString());
        params.put("start", p.start().toOffsetDateTime().toString());
        params.put("meetingLocal", m.start().withZoneSameInstant(mentorZone).toLocalDateTime().toString());
        params.put("startLocal", p.start().withZoneSameInstant(mentorZone).toLocalDateTime().toString());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", PROPOSAL_OPEN);
        v.put("params", params);
        return v;
    }
}
