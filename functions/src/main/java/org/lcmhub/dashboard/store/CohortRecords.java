package org.lcmhub.dashboard.store;

import java.util.List;
import java.util.Map;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.dashboard.model.Note;
import org.lcmhub.signup.model.Learner;

/** Everything a cohort's dashboard reads about its learners, in one pass over the cohort. */
public interface CohortRecords {
    /**
     * The cohort's learners (any status), their check-ins, the notes about them, and the mentor
     * (id) of each learner who has one.
     */
    record Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes,
                   Map<String, String> mentorOf) {
        public Records {
            mentorOf = Map.copyOf(mentorOf);
        }

        /** Nobody has a mentor. */
        public Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes) {
            this(learners, checkIns, notes, Map.of());
        }
    }

    Records read(String cohortId);
}
