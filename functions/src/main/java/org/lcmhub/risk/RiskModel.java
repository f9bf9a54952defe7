package org.lcmhub.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic regression on the {@link Signs}: score = 1 / (1 + e^-(b0 + sum bi xi)), the chance
 * that a learner still following the path begins their silence within the next two weeks. Every
 * feature is 0 for a learner whose weeks go as usual. Each sign enters twice or three times: as
 * itself and "bent" at knots (its excess over the knot), so its weight may change past a point: a
 * sign may count up to a point and no further. A sign's terms {@code bi xi} summed are how much it
 * adds to the odds of dropping out, and the largest sums are the learner's reasons. The
 * coefficients were fitted by {@code ./hub bench-early-warning --fit} on simulated cohorts of its
 * training seeds (docs/early-warning.md); they are not tuned on the seeds the bench reports.
 */
public final class RiskModel {
    /** The signs, each a feature of its own, before their bends. */
    public static final List<String> SIGNS = List.of(
            "moodBelowUsual", "hoursBelowUsual", "paceSlowing", "behindPlan", "skippedWeeks",
            "moodLow", "hoursDropped", "progressStalled", "behindEarly");

    /** The bends: which sign, at which knot; the feature is max(0, sign - knot). */
    private static final String[] BENT = {"moodBelowUsual", "moodBelowUsual", "hoursBelowUsual", "hoursBelowUsual",
            "paceSlowing", "paceSlowing", "behindPlan", "behindPlan", "behindPlan", "skippedWeeks", "moodLow",
            "hoursDropped", "hoursDropped", "progressStalled", "progressStalled"};
    private static final double[] KNOTS = {0.5, 1.5, 0.3, 0.7, 0.3, 0.8, 0, 0.15, 0.3, 1, 1, 0.3, 0.7, 0.3, 0.6};

    /** The features, in the order of {@link #COEFFICIENTS} after the intercept: the signs, then the bends. */
    public static final List<String> FEATURES = features();

    /** Intercept first, then one coefficient per feature. */
    static final double[] COEFFICIENTS = {-3.137, 0.191, 0.481, 0.900, 0.528, -0.138, 0.271, 0.301, 1.226, 2.291,
            0.168, -0.969, 0.308, -0.753, 1.345, -0.707, 1.589, -2.773, -1.263, -0.701, -0.346, 0.457, -1.059, 2.666,
            -0.605};

    /** A term at least this large (in log-odds: odds × 1.28) is shown as a reason. */
    static final double REASON_MIN = 0.25;

    private RiskModel() {
    }

    /** The coefficients the hub ships (intercept first). */
    public static double[] coefficients() {
        return COEFFICIENTS.clone();
    }

    private static List<String> features() {
        List<String> names = new ArrayList<>(SIGNS);
        for (int i = 0; i < BENT.length; i++) {
            names.add(BENT[i] + ">" + KNOTS[i]);
        }
        return List.copyOf(names);
    }

    /** The features of {@code s}, each 0 when that sign is as usual. */
    public static double[] features(Signs s, Plan plan) {
        double[] signs = signs(s, plan);
        double[] x = Arrays.copyOf(signs, SIGNS.size() + BENT.length);
        for (int i = 0; i < BENT.length; i++) {
            x[SIGNS.size() + i] = Math.max(0, signs[SIGNS.indexOf(BENT[i])] - KNOTS[i]);
        }
        return x;
    }

    private static double[] signs(Signs s, Plan plan) {
        double planPace = 100.0 / plan.weeks();
        double behind = clamp(s.gap() / 100, -0.5, 1);
        return new double[] {
                s.usualMood() == null ? 0 : s.usualMood() - s.recentMood(),
                s.usualHours() == null ? 0 : Math.log((s.usualHours() + 1) / (s.recentHours() + 1)),
                s.usualPace() == null ? 0 : clamp((s.usualPace() - s.recentPace()) / planPace, -2, 2),
                behind,
                s.skipped(),
                s.recentMood() == null ? 0 : Math.max(0, 3 - s.recentMood()),
                s.priorHours() == null ? 0 : Math.log((s.priorHours() + 1) / (s.lastHours() + 1)),
                s.lastGain() == null ? 0 : clamp((planPace - s.lastGain()) / planPace, -2, 2),
                // Behind in the first two weeks says more than later: the learners who only sample
                // a course fall behind at once and leave within weeks.
                behind * Math.max(0, 3 - s.week()) / 2.0};
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
     * The reasons behind a score: each sign whose terms (in log-odds; a sign may weigh through
     * more than one feature) add up to at least {@link #REASON_MIN}, the largest first, with the
     * level that sign alone would give on top of an as-usual learner.
     */
    static List<Reason> reasons(Signs s, double[] x, RiskPolicy policy) {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            String sign = i < SIGNS.size() ? SIGNS.get(i) : BENT[i - SIGNS.size()];
            terms.merge(sign(sign), COEFFICIENTS[i + 1] * x[i], Double::sum);
        }
        List<Map.Entry<String, Double>> shown = new ArrayList<>(terms.entrySet().stream()
                .filter(e -> e.getValue() >= REASON_MIN).toList());
        shown.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<Reason> reasons = new ArrayList<>();
        for (Map.Entry<String, Double> t : shown) {
            RiskLevel alone = policy.level(1 / (1 + Math.exp(-(COEFFICIENTS[0] + t.getValue()))));
            reasons.add(reason(t.getKey(), s, alone == RiskLevel.OK ? RiskLevel.WATCH : alone));
        }
        return reasons;
    }

    /** The reason code a feature speaks for. */
    private static String sign(String feature) {
        return switch (feature) {
            case "moodBelowUsual" -> Reason.MOOD_BELOW_USUAL;
            case "hoursBelowUsual" -> Reason.HOURS_BELOW_USUAL;
            case "paceSlowing" -> Reason.PACE_SLOWING;
            case "behindPlan", "behindEarly" -> Reason.BEHIND_PLAN;
            case "skippedWeeks" -> Reason.SKIPPED_WEEKS;
            case "moodLow" -> Reason.MOOD_LOW;
            case "hoursDropped" -> Reason.HOURS_DROPPED;
            case "progressStalled" -> Reason.PROGRESS_STALLED;
            default -> throw new IllegalStateException(feature);
        };
    }

    private static Reason reason(String code, Signs s, RiskLevel level) {
        List<Object> figures = switch (code) {
            case Reason.MOOD_BELOW_USUAL -> List.of(one(s.usualMood()), one(s.recentMood()));
            case Reason.HOURS_BELOW_USUAL -> List.of(one(s.usualHours()), one(s.recentHours()));
            case Reason.PACE_SLOWING -> List.of(Math.round(s.usualPace()), Math.round(s.recentPace()));
            case Reason.BEHIND_PLAN -> List.of(Math.round(s.gap()), s.week(), s.progress(), Math.round(s.expected()));
            case Reason.SKIPPED_WEEKS -> List.of(s.skipped(), Signs.WINDOW);
            case Reason.MOOD_LOW -> List.of(one(s.recentMood()));
            case Reason.HOURS_DROPPED -> List.of(one(s.priorHours()), one(s.lastHours()));
            case Reason.PROGRESS_STALLED -> List.of(Math.round(s.lastGain()), Math.round(s.planPace()));
            default -> throw new IllegalStateException(code);
        };
        return new Reason(code, level, figures);
    }

    /** One decimal, so a sentence reads "3.5", never "3.4999". */
    private static double one(Double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
