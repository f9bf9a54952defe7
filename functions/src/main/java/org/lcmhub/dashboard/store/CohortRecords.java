package org.lcmhub.dashboard.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.learner.Learner;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.notes.Note;

/** Everything a cohort's dashboard reads about its learners, in one pass over the cohort. */
public interface CohortRecords {
    /**
     * The cohort's learners (any status), their check-ins, the notes about them, and the mentor
     * (id) of each learner who has one, and the pairs a side ended (never to be proposed again).
     */
    record Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes,
                   Map<String, String> mentorOf, Set<PairRef> neverAgain) {
        public Records {
            mentorOf = Map.copyOf(mentorOf);
            neverAgain = Set.copyOf(neverAgain);
        }

        public Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes,
                       Map<String, String> mentorOf) {
            this(learners, checkIns, notes, mentorOf, Set.of());
        }

        /** Nobody has a mentor. */
        public Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes) {
            this(learners, checkIns, notes, Map.of());
        }
    }

    Records read(String cohortId);
}
