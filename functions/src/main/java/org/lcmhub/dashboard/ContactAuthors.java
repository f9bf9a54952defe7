package org.lcmhub.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.risk.LearnerStanding;

/**
 * Who of the team recorded a contact with a silent learner on a day (null: unknown), as the
 * dashboard's card names them; the CSV and the daily digest name them the same way.
 */
@FunctionalInterface
public interface ContactAuthors {
    ContactAuthors NONE = (cohortId, learnerId, on) -> null;

    String recordedBy(String cohortId, String learnerId, LocalDate on);

    /** Read from the cohort's notes ({@link DashboardService#contactRecordedBy}). */
    static ContactAuthors from(NoteStore notes) {
        return (cohortId, learnerId, on) -> DashboardService.contactRecordedBy(notes, cohortId, learnerId, on);
    }

    /** For each learner silent now whom the team was in touch with, who recorded it: one read each, a few a cohort. */
    default Map<String, String> of(String cohortId, List<LearnerStanding> learners) {
        Map<String, String> by = new HashMap<>();
        for (LearnerStanding s : learners) {
            String name = s.contacted() && s.assessment().silentToContact()
                    ? recordedBy(cohortId, s.learnerId(), s.contactedOn()) : null;
            if (name != null) {
                by.put(s.learnerId(), name);
            }
        }
        return by;
    }
}
