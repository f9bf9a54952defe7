package org.lcmhub.checkin.model;

import java.time.Instant;

/**
 * A learner's validated check-in for one ISO week; texts are stored as typed and escaped where shown.
 * {@code helpAskedAt}: when the help it asks for was first asked that week (kept when the week is
 * sent again still asking, so the request's wait and the contacts after it count from then); null
 * when it asks for none.
 */
public record WeeklyCheckIn(String learnerId, String cohortId, IsoWeek week, int progress, Integer stepReached,
                            double hoursSpent, int mood, String blockers, boolean needHelp, String message,
                            Instant submittedAt, Instant helpAskedAt) {
    public WeeklyCheckIn {
        helpAskedAt = !needHelp ? null : helpAskedAt == null ? submittedAt : helpAskedAt;
    }

    /** A check-in whose help request, if any, is asked as it is submitted. */
    public WeeklyCheckIn(String learnerId, String cohortId, IsoWeek week, int progress, Integer stepReached,
                         double hoursSpent, int mood, String blockers, boolean needHelp, String message,
                         Instant submittedAt) {
        this(learnerId, cohortId, week, progress, stepReached, hoursSpent, mood, blockers, needHelp, message,
                submittedAt, null);
    }
}
