package org.lcmhub.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A logistic regression on the {@link Signs}: score = 1 / (1 + e^-(b0 + sum bi xi)), the chance
 * that the learner's silence begins within the next two weeks. Every feature
 * is 0 for a learner whose weeks go as usual, so each term {@code bi xi} is how much that sign adds
 * to the odds of dropping out, and the largest terms are the learner's reasons. The coefficients
 * were fitted by {@code ./hub bench-early-warning --fit} on simulated cohorts of its training seeds
 * (docs/early-warning.md); they are not tuned on the seeds the bench reports.
 */
public final class RiskModel {
    /** The features, in the order of {@link #COEFFICIENTS} after the intercept. */
    public static final List<String> FEATURES = List.of(
            "moodBelowUsual", "hoursBelowUsual", "paceSlowing", "behindPlan", "skippedWeeks",
            "moodLow", "helpWaiting");

    /** Intercept first, then one coefficient per feature. */
    static final double[] COEFFICIENTS = {-1.980, 0.243, 0.831, 2.208, 4.995, -0.770, 0.456, 0.278};

    /** A term at least this large (in log-odds: odds × 1.28) is shown as a reason. */
    static final double REASON_MIN = 0.25;

    private RiskModel() {
    }

    /** The coefficients the hub ships (intercept first). */
    public static double[] coefficients() {
        return COEFFICIENTS.clone();
    }

    /** The features of {@code s}, each 0 when that sign is as usual. */
    public static double[] features(Signs s, Plan plan) {
        double planPace = 100.0 / plan.weeks();
        return new double[] {
                s.usualMood() == null ? 0 : s.usualMood() - s.recentMood(),
                s.usualHours() == null ? 0 : Math.log((s.usualHours() + 1) / (s.recentHours() + 1)),
                s.usualPace() == null ? 0 : clamp((s.usualPace() - s.recentPace()) / planPace, -2, 2),
                clamp(s.gap() / 100, -0.5, 1),
                s.skipped(),
                s.recentMood() == null ? 0 : Math.max(0, 3 - s.recentMood()),
                s.helpWaitingDays() == null ? 0 : 1};
    }

    /** The probability of dropping out under coefficients {@code b} (intercept first). */
    public static double score(double[] b, double[] x) {
        double z = b[0];
        for (int i = 0; i < x.length; i++) {
            z += b[i + 1] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static double score(double[] x) {
        return score(COEFFICIENTS, x);
    }

    /**
     * The reasons behind a score: each sign whose term is at least {@link #REASON_MIN}, the largest
     * first, with the level that sign alone would give on top of an as-usual learner.
     */
    static List<Reason> reasons(Signs s, double[] x, RiskPolicy policy) {
        record Term(int feature, double value) {
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double term = COEFFICIENTS[i + 1] * x[i];
            if (term >= REASON_MIN) {
                terms.add(new Term(i, term));
            }
        }
        terms.sort(Comparator.comparingDouble(Term::value).reversed());
        List<Reason> reasons = new ArrayList<>();
        for (Term t : terms) {
            RiskLevel alone = policy.level(1 / (1 + Math.exp(-(COEFFICIENTS[0] + t.value()))));
            RiskLevel level = alone == RiskLevel.OK ? RiskLevel.WATCH : alone;
            Reason r = reason(t.feature(), s, level);
            if (r != null) {
                reasons.add(r);
            }
        }
        return reasons;
    }

    private static Reason reason(int feature, Signs s, RiskLevel level) {
        return switch (FEATURES.get(feature)) {
            case "moodBelowUsual" -> new Reason(Reason.MOOD_BELOW_USUAL, level, List.of(one(s.usualMood()), one(s.recentMood())));
            case "hoursBelowUsual" -> new Reason(Reason.HOURS_BELOW_USUAL, level, List.of(one(s.usualHours()), one(s.recentHours())));
            case "paceSlowing" -> new Reason(Reason.PACE_SLOWING, level, List.of(Math.round(s.usualPace()), Math.round(s.recentPace())));
            case "behindPlan" -> new Reason(Reason.BEHIND_PLAN, level,
                    List.of(Math.round(s.gap()), s.week(), s.progress(), Math.round(s.expected())));
            case "skippedWeeks" -> new Reason(Reason.SKIPPED_WEEKS, level, List.of(s.skipped(), Signs.WINDOW));
            case "moodLow" -> new Reason(Reason.MOOD_LOW, level, List.of(one(s.recentMood())));
            case "helpWaiting" -> new Reason(Reason.HELP_WAITING, level, List.of(s.helpWaitingDays()));
            default -> null;
        };
    }

    /** One decimal, so a sentence reads "3.5", never "3.4999". */
    private static double one(Double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
