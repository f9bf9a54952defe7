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
        // Scores are probabilities of dropping out: below 0.05 everyone is flagged, from 0.99 nobody.
        FIELDS.put("watchScore", new Bounds(0.05, 0.95, false, RiskPolicy::watchScore));
        FIELDS.put("atRiskScore", new Bounds(0.05, 0.99, false, RiskPolicy::atRiskScore));
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
     * value within its range and the watch score at or below the at-risk one.
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
        if (!errors.containsKey("watchScore") && !errors.containsKey("atRiskScore")
                && v.get("watchScore") > v.get("atRiskScore")) {
            errors.put("atRiskScore", "Must be at least watchScore (" + v.get("watchScore")
                    + "): watch comes before at risk.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new RiskPolicy(v.get("watchScore"), v.get("atRiskScore"), v.get("dropoutSilentWeeks").intValue());
    }

}
