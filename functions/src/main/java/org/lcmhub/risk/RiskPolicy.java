package org.lcmhub.risk;

/**
 * What a cohort's LCM team may set about the early warning: where the score (the model's
 * probability that a learner drops out, 0..1) turns a learner to "watch" and to "at risk", and how
 * many silent weeks count as dropped out. The default at-risk score is the lowest (in steps of
 * 0.005) at which, on the bench's training seeds, at least 55 % of the flagged learners went on to
 * drop out (the precision the early warning aims at); watch, 0.15, casts a wider net at about
 * three in eight (docs/early-warning.md).
 *
 * @param watchScore score at or above which a learner is on watch
 * @param atRiskScore score at or above which a learner is at risk
 * @param dropoutSilentWeeks whole weeks of silence after which a learner counts as dropped out
 */
public record RiskPolicy(double watchScore, double atRiskScore, int dropoutSilentWeeks) {

    public static final RiskPolicy DEFAULTS = new RiskPolicy(0.15, 0.34, 4);

    public RiskPolicy {
        if (!(watchScore > 0 && watchScore <= atRiskScore && atRiskScore < 1)) {
            throw new IllegalArgumentException("scores: 0 < watch <= at-risk < 1");
        }
        if (dropoutSilentWeeks < 2) {
            throw new IllegalArgumentException("drop-out needs at least two silent weeks");
        }
    }

    /** The level a score gives under this policy. */
    public RiskLevel level(double score) {
        return score >= atRiskScore ? RiskLevel.AT_RISK : score >= watchScore ? RiskLevel.WATCH : RiskLevel.OK;
    }
}
