package org.lcmhub.checkin.store;

import java.time.LocalDate;
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
    default boolean put(WeeklyCheckIn checkIn) {
        return put(checkIn, null);
    }

    /**
     * As {@link #put(WeeklyCheckIn)}; with {@code planRunsTo}, only while the learner's personal
     * plan ends on or after that day (a week after the cohort's end belongs to that plan alone).
     *
     * @throws NotInPlan when the learner has no plan running to {@code planRunsTo}
     */
    boolean put(WeeklyCheckIn checkIn, LocalDate planRunsTo);

    /** Every check-in of the learner, oldest week first. */
    List<WeeklyCheckIn> history(String learnerId);

    /** Every check-in of the cohort's learners, in no particular order. */
    List<WeeklyCheckIn> ofCohort(String cohortId);

    /** The week is after the cohort's end and no personal plan of the learner runs to it. */
    final class NotInPlan extends RuntimeException {
        public NotInPlan(String learnerId) {
            super("No plan of learner " + learnerId + " runs to that week");
        }
    }

    /** The learner is no longer enrolled (withdrawn or erased) when the check-in is written. */
    final class NotEnrolled extends RuntimeException {
        public NotEnrolled(String learnerId) {
            super("Learner " + learnerId + " is no longer enrolled");
        }
    }
}
