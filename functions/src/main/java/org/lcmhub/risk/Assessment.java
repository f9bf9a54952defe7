package org.lcmhub.risk;

import java.util.List;

/**
 * The verdict on one learner. {@code week} is the learner's own week (1 = their first, 0 = not
 * started); {@code pace} their progress over what the plan expects by now (1.0 = on plan, null
 * before anything is expected).
 */
public record Assessment(RiskLevel level, Outcome outcome, List<Reason> reasons, int week,
                         int progress, Double pace) {
    public Assessment {
        reasons = List.copyOf(reasons);
    }

    /** Larger is more urgent: the level first, then how many and how serious the reasons are. */
    public int urgency() {
        int score = level.ordinal() * 1000;
        for (Reason r : reasons) {
            score += 10 * (r.level().ordinal() + 1);
        }
        return score;
    }
}
