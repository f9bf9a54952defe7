package org.lcmhub.dashboard.store;

import java.util.List;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.dashboard.model.Note;
import org.lcmhub.signup.model.Learner;

/** Everything a cohort's dashboard reads about its learners, in one pass over the cohort. */
public interface CohortRecords {
    /** The cohort's learners (any status), their check-ins and the notes about them. */
    record Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes) {
    }

    Records read(String cohortId);
}
