package org.lcmhub.checkin.store;

import java.util.List;
import org.lcmhub.checkin.model.WeeklyCheckIn;

/** Where check-ins are kept: one per learner per ISO week, earlier weeks untouched. */
public interface CheckInStore {
    /** Writes the check-in of its week; true when that week had none yet, false when it replaced it. */
    boolean put(WeeklyCheckIn checkIn);

    /** Every check-in of the learner, oldest week first. */
    List<WeeklyCheckIn> history(String learnerId);
}
