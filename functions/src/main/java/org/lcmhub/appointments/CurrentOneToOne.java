package org.lcmhub.appointments;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.pairing.Appointment;

/**
 * A learner's 1:1 series, counted only while the mentor who set it is still the learner's mentor
 * (a series left behind by an earlier match is no longer theirs).
 */
public final class CurrentOneToOne {
    private final Clock clock;
    private final AppointmentStore store;

    public CurrentOneToOne(AppointmentStore store) {
        this(store, Clock.systemUTC());
    }

    /** {@code clock}: what "to come" means in the view (a test's fixed day). */
    public CurrentOneToOne(AppointmentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The series, or null. */
    public Appointment of(String learnerId) {
        Appointment a = store.find(learnerId);
        return a != null && store.mentee(learnerId).isMenteeOf(a.mentorId()) ? a : null;
    }

    /** The schedule for {@code GET /api/me}, or null: each time also on the learner's and the mentor's clock. */
    public Map<String, Object> view(String learnerId) {
        return view(learnerId, null);
    }

    /**
     * As above, the mentor's clock being their zone now ({@code mentorZone}; null: the one each
     * meeting was set in), not the one they set the series in before they moved.
     */
    public Map<String, Object> view(String learnerId, ZoneId mentorZone) {
        Appointment a = store.find(learnerId);
        AppointmentStore.Mentee m = store.mentee(learnerId);
        return a == null || !m.isMenteeOf(a.mentorId()) ? null
                : OneToOneViews.schedule(a, store.proposals(learnerId), ZoneId.of(m.learner().timezone()), mentorZone,
                        clock.instant());
    }

    /** Whether the learner's current mentor cancelled a series with them: with none set since, My page says so. */
    public boolean cancelled(String learnerId) {
        return store.mentee(learnerId).seriesCancelled();
    }
}
