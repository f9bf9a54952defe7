package org.lcmhub.checkin.store;

import java.util.List;
import org.lcmhub.checkin.model.WeeklyCheckIn;

/** Where check-ins are kept: one per learner per ISO week, earlier weeks untouched. */
public interface CheckInStore {
    /**
     * Writes the check-in of its week, only while its learner is still enrolled; true when that
     * week had none yet, false when it replaced it.
     *
     * @throws NotEnrolled when the learner withdrew or erased their data meanwhile
     */
    boolean put(WeeklyCheckIn checkIn);

    /** Every check-in of the learner, oldest week first. */
    List<WeeklyCheckIn> history(String learnerId);

    /** Every check-in of the cohort's learners, in no particular order. */
    List<WeeklyCheckIn> ofCohort(String cohortId);

    /** The learner is no longer enrolled (withdrawn or erased) when the check-in is written. */
    final class NotEnrolled extends RuntimeException {
        public NotEnrolled(String learnerId) {
            super("Learner " + learnerId + " is no longer enrolled");
        }
    }
}
