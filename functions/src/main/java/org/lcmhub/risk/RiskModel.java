package org.lcmhub.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic regression on the {@link Signs}: score = 1 / (1 + e^-(b0 + sum bi xi)), the chance
 * that a learner still following the path begins their silence within the next two weeks. Every
 * feature is 0 for a learner whose weeks go as usual. Each sign is capped (it counts up to a
 * point and no further) and may be bent at knots (its excess over a knot is a feature of its own),
 * so its contribution is a piecewise-linear function of that sign alone, never falling as the sign
 * grows. A sign's terms {@code bi xi} summed are how much it adds to the odds of dropping out; the
 * sums of the signs about one thing (hours, mood, progress), the largest first, are the learner's
 * reasons. The
 * coefficients were fitted by {@code ./hub bench-early-warning --fit} on simulated cohorts of its
 * training seeds (docs/early-warning.md); they are not tuned on the seeds the bench reports.
 */
public final class RiskModel {
    /**
     * Each sign's shape: it counts up to its cap (no further: past it, the training cohorts showed
     * no more risk), and its weight may change at each knot (the feature max(0, sign - knot)).
     */
    public record Shape(String sign, double cap, double... knots) {
    }

    public static final double NO_CAP = Double.POSITIVE_INFINITY;

    private static final List<Shape> SHAPES = List.of(
            new Shape("moodBelowUsual", 1.5),
            new Shape("hoursBelowUsual", 0.7, 0.3),
            new Shape("paceSlowing", 0.8, 0.3),
            new Shape("behindPlan", 0.15, 0),
            new Shape("skippedWeeks", NO_CAP, 1),
            new Shape("moodLow", 1),
            new Shape("hoursDropped", 0.7, 0.3),
            new Shape("progressStalled", NO_CAP, 0.3, 0.6),
            new Shape("behindEarly", NO_CAP),
            new Shape("belowPlanPace", NO_CAP, 0.2, 0.4));

    /** The signs, in the order {@link Signs} are turned into numbers; each is the first feature of its shape. */
    public static final List<String> SIGNS = SHAPES.stream().map(Shape::sign).toList();

    /** The features, in the order of {@link #COEFFICIENTS} after the intercept: the signs, then the bends. */
    public static final List<String> FEATURES = features();

    /** The sign each feature belongs to, in the order of {@link #FEATURES}. */
    private static final List<String> SIGN_OF = signOf();

    /**
     * Intercept first, then one coefficient per feature. {@code behindPlan}'s own slope is held at
     * 0 in the fit (only its bend past 0 counts): fitted free it came out below 0, which would
     * score a learner ahead of the plan higher the further ahead they are.
     */
    static final double[] COEFFICIENTS = {-3.155, 0.182, 0.449, 0.733, 0, -0.214, 0.298, 0.422, 0.874, 4.586, 1.055,
            0.065, 1.290, 1.072, -0.503, 0.446, 2.885, -1.969, 0.366, -1.298};

    static {
        if (COEFFICIENTS.length != FEATURES.size() + 1) {
            throw new IllegalStateException("one coefficient per feature, and the intercept");
        }
    }

    /** A topic whose terms add up to at least this (in log-odds: odds × 1.28) is shown as a reason. */
    static final double REASON_MIN = 0.25;

    private RiskModel() {
    }

    /** The coefficients the hub ships (intercept first). */
    public static double[] coefficients() {
        return COEFFICIENTS.clone();
    }

    private static List<String> features() {
        List<String> names = new ArrayList<>(SIGNS);
        SHAPES.forEach(shape -> Arrays.stream(shape.knots()).forEach(k -> names.add(shape.sign() + ">" + k)));
        return List.copyOf(names);
    }

    private static List<String> signOf() {
        List<String> signs = new ArrayList<>(SIGNS);
        SHAPES.forEach(shape -> Arrays.stream(shape.knots()).forEach(k -> signs.add(shape.sign())));
        return List.copyOf(signs);
    }

    /** The features of the signs, in the order of {@link #SIGNS}: each capped, then its bends. */
    public static double[] shaped(double[] signs) {
        return shaped(SHAPES, signs);
    }

    /**
     * The features of the signs under {@code shapes} (the first {@code shapes.size()} signs are
     * read): each sign capped, in order, then every bend, shape by shape. An earlier model's
     * shapes give that model's features.
     */
    public static double[] shaped(List<Shape> shapes, double[] signs) {
        double[] x = new double[shapes.size() + shapes.stream().mapToInt(shape -> shape.knots().length).sum()];
        int next = shapes.size();
        for (int i = 0; i < shapes.size(); i++) {
            Shape shape = shapes.get(i);
            x[i] = Math.min(signs[i], shape.cap());
            for (double knot : shape.knots()) {
                x[next++] = Math.max(0, x[i] - knot);
            }
        }
        return x;
    }

    /** The signs of {@code s}, in the order of {@link #SIGNS}, each 0 when as usual. */
    static double[] signs(Signs s, Plan plan) {
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
                behind * Math.max(0, 3 - s.week()) / 2.0,
                belowPlanPace(s)};
    }

    /** How far the better of the last two weeks' progress is below the plan's pace, as a share of it. */
    private static double belowPlanPace(Signs s) {
        return s.bestRecentGain() == null ? 0 : clamp((s.planPace() - s.bestRecentGain()) / s.planPace(), 0, 1);
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
     * The reasons behind a score, one per thing an LCM can act on ({@link #topic}): the terms (in
     * log-odds) of a topic's signs are added up, and a topic whose sum reaches {@link #REASON_MIN}
     * is a reason, the largest sum first. It is worded by the topic's largest sign, with that
     * sign's own figures, so a reason shows one comparison rather than two readings of the same
     * fact; its level is the one the topic's sum alone would give on top of an as-usual learner.
     */
    static List<Reason> reasons(Signs s, double[] x, RiskPolicy policy) {
        Map<String, Double> terms = terms(x);
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, String> wording = new LinkedHashMap<>();
        terms.forEach((code, term) -> {
            String topic = topic(code);
            sums.merge(topic, term, Double::sum);
            String largest = wording.get(topic);
            if (largest == null || term > terms.get(largest)) {
                wording.put(topic, code);
            }
        });
        List<Map.Entry<String, Double>> shown = new ArrayList<>(sums.entrySet().stream()
                .filter(e -> e.getValue() >= REASON_MIN).toList());
        shown.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<Reason> reasons = new ArrayList<>();
        for (Map.Entry<String, Double> t : shown) {
            RiskLevel alone = policy.level(1 / (1 + Math.exp(-(COEFFICIENTS[0] + t.getValue()))));
            reasons.add(reason(wording.get(t.getKey()), s, alone == RiskLevel.OK ? RiskLevel.WATCH : alone));
        }
        return reasons;
    }

    /**
     * Each sign's terms added up (in log-odds), by the code of its reason, in the order of
     * {@link #SIGNS}; {@code x} are the features.
     */
    static Map<String, Double> terms(double[] x) {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            terms.merge(sign(SIGN_OF.get(i)), COEFFICIENTS[i + 1] * x[i], Double::sum);
        }
        return terms;
    }

    /**
     * What a sign's reason is about: hours, mood or progress. Two signs of one topic are two
     * readings of one fact (the last week's hours and the last two weeks'), and an LCM acts on
     * the fact once. Signs without a topic of their own are their own topic.
     */
    static String topic(String code) {
        return switch (code) {
            case Reason.HOURS_BELOW_USUAL, Reason.HOURS_DROPPED -> "hours";
            case Reason.MOOD_BELOW_USUAL, Reason.MOOD_LOW -> "mood";
            case Reason.PACE_SLOWING, Reason.PROGRESS_STALLED, Reason.SLOW_SINCE_START, Reason.BELOW_PLAN_PACE,
                    Reason.BEHIND_PLAN -> "progress";
            default -> code;
        };
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
            case "belowPlanPace" -> Reason.BELOW_PLAN_PACE;
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
            case Reason.BELOW_PLAN_PACE -> List.of(Math.round(s.bestRecentGain()), Math.round(s.planPace()));
            default -> throw new IllegalStateException(code);
        };
        // At the first check-in the gain is since the start: "since the check-in before" would be untrue.
        boolean first = code.equals(Reason.PROGRESS_STALLED) && s.priorHours() == null;
        return new Reason(first ? Reason.SLOW_SINCE_START : code, level, figures);
    }

    /** One decimal, so a sentence reads "3.5", never "3.4999". */
    private static double one(Double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
