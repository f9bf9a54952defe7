package org.lcmhub.cohort;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.risk.RiskPolicy;

/**
 * A cohort's early-warning thresholds as named fields (the components of {@link RiskPolicy}), as
 * the API and the cohort item carry them, with the range each may take. A field left out takes its
 * default, so an empty set of fields is the default policy.
 */
public final class RiskPolicyRules {
    /** The range of one threshold; {@code whole} for counts of weeks, days or points. */
    record Bounds(double min, double max, boolean whole, ToDoubleFunction<RiskPolicy> read) {
    }

    static final Map<String, Bounds> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("missedWatch", new Bounds(1, 12, true, RiskPolicy::missedWatch));
        FIELDS.put("missedAtRisk", new Bounds(1, 12, true, RiskPolicy::missedAtRisk));
        FIELDS.put("paceGapWatch", new Bounds(1, 100, true, RiskPolicy::paceGapWatch));
        FIELDS.put("paceGapAtRisk", new Bounds(1, 100, true, RiskPolicy::paceGapAtRisk));
        FIELDS.put("moodDropWatch", new Bounds(0.5, 4, false, RiskPolicy::moodDropWatch));
        FIELDS.put("moodWindow", new Bounds(2, 12, true, RiskPolicy::moodWindow));
        // A low mood of 5 would put every learner at risk: 4 is the highest that still tells apart.
        FIELDS.put("lowMood", new Bounds(1, 4, true, RiskPolicy::lowMood));
        FIELDS.put("helpWaitAtRiskDays", new Bounds(0, 30, true, RiskPolicy::helpWaitAtRiskDays));
        FIELDS.put("inactiveWatchDays", new Bounds(1, 90, true, RiskPolicy::inactiveWatchDays));
        FIELDS.put("inactiveAtRiskDays", new Bounds(1, 90, true, RiskPolicy::inactiveAtRiskDays));
        FIELDS.put("dropoutSilentWeeks", new Bounds(2, 26, true, RiskPolicy::dropoutSilentWeeks));
    }

    private RiskPolicyRules() {
    }

    /** Whether {@code name} is one of the thresholds. */
    public static boolean isField(String name) {
        return FIELDS.containsKey(name);
    }

    /** Whether the threshold takes whole numbers only. */
    public static boolean isWhole(String name) {
        return FIELDS.get(name).whole();
    }

    /** Every threshold of the policy by its field name, in the documented order. */
    public static Map<String, Number> fields(RiskPolicy policy) {
        Map<String, Number> fields = new LinkedHashMap<>();
        FIELDS.forEach((name, b) -> {
            double value = b.read().applyAsDouble(policy);
            fields.put(name, b.whole() ? (Number) (int) value : (Number) value);
        });
        return fields;
    }

    /**
     * The policy these fields describe (the default for any left out), or field-level errors: each
     * value within its range, every watch threshold at or below its at-risk one, and a drop-out
     * needing more silent weeks than at-risk.
     */
    public static RiskPolicy policy(Map<String, ? extends Number> given) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Double> v = new LinkedHashMap<>();
        Map<String, Number> defaults = fields(RiskPolicy.DEFAULTS);
        FIELDS.forEach((name, b) -> {
            Number value = given.get(name);
            if (value == null) {
                v.put(name, defaults.get(name).doubleValue());
                return;
            }
            double d = value.doubleValue();
            if (!Double.isFinite(d) || d < b.min() || d > b.max() || (b.whole() && d != Math.rint(d))) {
                errors.put(name, b.whole()
                        ? "Give a whole number from " + (int) b.min() + " to " + (int) b.max() + "."
                        : "Give a number from " + b.min() + " to " + b.max() + ".");
            }
            v.put(name, d);
        });
        order(v, errors, "missedWatch", "missedAtRisk", "missed check-ins");
        order(v, errors, "paceGapWatch", "paceGapAtRisk", "points behind the plan");
        order(v, errors, "inactiveWatchDays", "inactiveAtRiskDays", "days without a check-in");
        if (!errors.containsKey("dropoutSilentWeeks") && !errors.containsKey("missedAtRisk")
                && v.get("dropoutSilentWeeks") <= v.get("missedAtRisk")) {
            errors.put("dropoutSilentWeeks", "A drop-out needs more silent weeks than at risk (missedAtRisk is "
                    + v.get("missedAtRisk").intValue() + ").");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new RiskPolicy(i(v, "missedWatch"), i(v, "missedAtRisk"), i(v, "paceGapWatch"), i(v, "paceGapAtRisk"),
                v.get("moodDropWatch"), i(v, "moodWindow"), i(v, "lowMood"), i(v, "helpWaitAtRiskDays"),
                i(v, "inactiveWatchDays"), i(v, "inactiveAtRiskDays"), i(v, "dropoutSilentWeeks"));
    }

    /** The watch threshold must not exceed the at-risk one; the error goes on the at-risk field. */
    private static void order(Map<String, Double> v, Map<String, String> errors, String watch, String atRisk,
                              String what) {
        if (!errors.containsKey(watch) && !errors.containsKey(atRisk) && v.get(watch) > v.get(atRisk)) {
            errors.put(atRisk, "Must be at least " + watch + " (" + v.get(watch).intValue() + " " + what
                    + "): watch comes before at risk.");
        }
    }

    private static int i(Map<String, Double> v, String name) {
        return v.get(name).intValue();
    }
}
