package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.risk.RiskPolicy;

/** The thresholds as fields: names, defaults for what is left out, ranges and order, field by field. */
class RiskPolicyRulesTest {

    private static Map<String, String> errors(Map<String, ? extends Number> fields) {
        try {
            RiskPolicyRules.policy(fields);
        } catch (InvalidInput e) {
            return e.fields();
        }
        throw new AssertionError("accepted " + fields);
    }

    @Test
    void theFieldsAreTheComponentsOfRiskPolicyAndNothingLeftOutIsTheDefault() {
        Map<String, Number> defaults = RiskPolicyRules.fields(RiskPolicy.DEFAULTS);
        assertThat(defaults.keySet()).containsExactly(java.util.Arrays.stream(RiskPolicy.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new));
        assertThat(defaults).containsEntry("watchScore", RiskPolicy.DEFAULTS.watchScore())
                .containsEntry("dropoutSilentWeeks", 4);
        assertThat(RiskPolicyRules.policy(Map.of())).isEqualTo(RiskPolicy.DEFAULTS);
        assertThat(RiskPolicyRules.policy(defaults)).isEqualTo(RiskPolicy.DEFAULTS);
    }

    @Test
    void givenFieldsReplaceTheirDefaultsAndRoundTrip() {
        RiskPolicy p = RiskPolicyRules.policy(Map.of("watchScore", 0.3, "atRiskScore", 0.6, "dropoutSilentWeeks", 6));
        assertThat(p).isEqualTo(new RiskPolicy(0.3, 0.6, 6));
        assertThat(RiskPolicyRules.policy(RiskPolicyRules.fields(p))).isEqualTo(p);
        assertThat(RiskPolicyRules.policy(Map.of("atRiskScore", 0.7))).isEqualTo(
                new RiskPolicy(RiskPolicy.DEFAULTS.watchScore(), 0.7, RiskPolicy.DEFAULTS.dropoutSilentWeeks()));
    }

    @Test
    void eachValueOutsideItsRangeIsAFieldError() {
        Map<String, Number> bad = new LinkedHashMap<>();
        bad.put("watchScore", 0.01);
        bad.put("atRiskScore", 1);
        bad.put("dropoutSilentWeeks", 27);
        Map<String, String> errors = errors(bad);
        assertThat(errors).containsOnlyKeys(bad.keySet());
        assertThat(errors.get("watchScore")).isEqualTo("Give a number from 0.05 to 0.95.");
        assertThat(errors.get("dropoutSilentWeeks")).isEqualTo("Give a whole number from 2 to 26.");
        assertThat(errors(Map.of("atRiskScore", Double.NaN))).containsOnlyKeys("atRiskScore");
        assertThat(errors(Map.of("dropoutSilentWeeks", 2.5))).containsOnlyKeys("dropoutSilentWeeks");
    }

    @Test
    void watchMustNotExceedAtRisk() {
        assertThat(errors(Map.of("watchScore", 0.7, "atRiskScore", 0.5)))
                .containsOnlyKeys("atRiskScore").hasEntrySatisfying("atRiskScore", m -> assertThat(m).contains("watchScore (0.7"));
        // Equal thresholds are allowed: a learner goes straight to at risk.
        assertThat(RiskPolicyRules.policy(Map.of("watchScore", 0.5, "atRiskScore", 0.5)).watchScore()).isEqualTo(0.5);
        // A range error is reported alone, not again as an order error.
        assertThat(errors(Map.of("watchScore", 0.99, "atRiskScore", 0.5))).containsOnlyKeys("watchScore");
        assertThatThrownBy(() -> RiskPolicyRules.policy(Map.of("dropoutSilentWeeks", 1))).isInstanceOf(InvalidInput.class);
    }
}
