package org.lcmhub.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.risk.Outcome;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;

/**
 * Who may be given a mentor: only a learner still following the path. A withdrawn or waitlisted
 * learner, one the early warning counts as dropped out (silent for the cohort's number of weeks)
 * and one who finished the path would use up a mentor's place for nothing.
 */
public final class Eligibility {
    public static final String WITHDRAWN = "withdrawn";
    public static final String WAITLISTED = "waitlisted";
    public static final String DROPPED_OUT = "dropped-out";
    public static final String FINISHED = "finished";

    private Eligibility() {
    }

    /** Why the learner must not get a mentor (a reason code), or empty when they may. */
    public static Optional<String> whyNot(LearnerStatus status, Outcome outcome) {
        if (status == LearnerStatus.WITHDRAWN) {
            return Optional.of(WITHDRAWN);
        }
        if (status != LearnerStatus.ENROLLED) {
            return Optional.of(WAITLISTED);
        }
        return switch (outcome) {
            case DROPPED_OUT -> Optional.of(DROPPED_OUT);
            case SUCCEEDED -> Optional.of(FINISHED);
            case ACTIVE -> Optional.empty();
        };
    }

    /**
     * The same rule over a cohort's learners and their check-ins (any order), judged with the
     * cohort's thresholds at {@code now}: the reason code of each learner who may not get a mentor.
     */
    public static Map<String, String> excluded(Cohort cohort, List<Learner> learners, List<WeeklyCheckIn> checkIns,
                                               Instant now) {
        Map<String, List<WeeklyCheckIn>> byLearner = new HashMap<>();
        checkIns.forEach(c -> byLearner.computeIfAbsent(c.learnerId(), k -> new ArrayList<>()).add(c));
        Map<String, String> out = new HashMap<>();
        for (Learner l : learners) {
            Outcome outcome = l.status() == LearnerStatus.ENROLLED
                    ? CheckInViews.assess(l, cohort, byLearner.getOrDefault(l.learnerId(), List.of()), null, now)
                            .outcome()
                    : Outcome.ACTIVE;
            whyNot(l.status(), outcome).ifPresent(code -> out.put(l.learnerId(), code));
        }
        return out;
    }
}
