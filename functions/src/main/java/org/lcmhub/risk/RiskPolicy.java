package org.lcmhub.risk;

/**
 * The thresholds of the early-warning rules, set per cohort. The defaults suit a weekly rhythm:
 * one missed check-in is worth a look, two in a row a call.
 *
 * @param missedWatch consecutive missed check-ins that put a learner on watch
 * @param missedAtRisk consecutive missed check-ins that make a learner at risk
 * @param paceGapWatch points of progress behind the plan that put a learner on watch
 * @param paceGapAtRisk points of progress behind the plan that make a learner at risk
 * @param moodDropWatch drop of the mood (1-5) between the earlier and the later half of the
 *                      recent check-ins that puts a learner on watch
 * @param moodWindow how many recent check-ins the mood trend looks at
 * @param lowMood a mood at or below this in the last two check-ins makes a learner at risk
 * @param helpWaitAtRiskDays days a help request may wait for a contact before the learner is at risk
 * @param inactiveWatchDays days without any check-in that put a learner on watch
 * @param inactiveAtRiskDays days without any check-in that make a learner at risk
 * @param dropoutSilentWeeks whole weeks of silence after which a learner counts as dropped out
 */
public record RiskPolicy(int missedWatch, int missedAtRisk, int paceGapWatch, int paceGapAtRisk,
                         double moodDropWatch, int moodWindow, int lowMood, int helpWaitAtRiskDays,
                         int inactiveWatchDays, int inactiveAtRiskDays, int dropoutSilentWeeks) {

    public static final RiskPolicy DEFAULTS = new RiskPolicy(1, 2, 15, 30, 1.0, 4, 2, 3, 14, 21, 4);

    public RiskPolicy {
        if (missedWatch < 1 || missedAtRisk < missedWatch) {
            throw new IllegalArgumentException("missed check-ins: 1 <= watch <= at-risk");
        }
        if (paceGapWatch < 1 || paceGapAtRisk < paceGapWatch) {
            throw new IllegalArgumentException("pace gap: 1 <= watch <= at-risk");
        }
        if (moodWindow < 2 || lowMood < 1 || lowMood > 5) {
            throw new IllegalArgumentException("mood window >= 2 and low mood in 1..5");
        }
        if (inactiveWatchDays < 1 || inactiveAtRiskDays < inactiveWatchDays) {
            throw new IllegalArgumentException("inactivity: 1 <= watch <= at-risk days");
        }
        if (dropoutSilentWeeks <= missedAtRisk) {
            throw new IllegalArgumentException("drop-out must need more silent weeks than at-risk");
        }
    }
}
