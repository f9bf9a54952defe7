package org.lcmhub.checkin.model;

import java.time.Instant;

/** A learner's validated check-in for one ISO week; texts are stored as typed and escaped where shown. */
public record WeeklyCheckIn(String learnerId, String cohortId, IsoWeek week, int progress, Integer stepReached,
                            double hoursSpent, int mood, String blockers, boolean needHelp, String message,
                            Instant submittedAt) {
}
