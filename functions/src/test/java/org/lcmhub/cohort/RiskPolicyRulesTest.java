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
        assertThat(defaults).containsEntry("missedWatch", 1).containsEntry("moodDropWatch", 1.0)
                .containsEntry("dropoutSilentWeeks", 4);
        assertThat(RiskPolicyRules.policy(Map.of())).isEqualTo(RiskPolicy.DEFAULTS);
        assertThat(RiskPolicyRules.policy(defaults)).isEqualTo(RiskPolicy.DEFAULTS);
    }

    @Test
    void givenFieldsReplaceTheirDefaultsAndRoundTrip() {
        RiskPolicy p = RiskPolicyRules.policy(Map.of("missedWatch", 2, "missedAtRisk", 3, "moodDropWatch", 1.5,
                "dropoutSilentWeeks", 6, "helpWaitAtRiskDays", 0));
        assertThat(p).isEqualTo(new RiskPolicy(2, 3, 15, 30, 1.5, 4, 2, 0, 14, 21, 6));
        assertThat(RiskPolicyRules.policy(RiskPolicyRules.fields(p))).isEqualTo(p);
    }

    @Test
    void eachValueOutsideItsRangeIsAFieldError() {
        Map<String, Number> bad = new LinkedHashMap<>();
        bad.put("missedWatch", 0);
        bad.put("paceGapWatch", 101);
        bad.put("moodDropWatch", 0.2);
        bad.put("moodWindow", 1);
        bad.put("lowMood", 5);
        bad.put("helpWaitAtRiskDays", -1);
        bad.put("inactiveWatchDays", 91);
        bad.put("dropoutSilentWeeks", 27);
        Map<String, String> errors = errors(bad);
        assertThat(errors).containsOnlyKeys(bad.keySet());
        assertThat(errors.get("missedWatch")).isEqualTo("Give a whole number from 1 to 12.");
        assertThat(errors.get("moodDropWatch")).isEqualTo("Give a number from 0.5 to 4.0.");
        assertThat(errors(Map.of("paceGapAtRisk", Double.NaN))).containsOnlyKeys("paceGapAtRisk");
        assertThat(errors(Map.of("moodWindow", 2.5))).containsOnlyKeys("moodWindow");
    }

    @Test
    void watchMustNotExceedAtRiskAndDropOutNeedsMoreSilenceThanAtRisk() {
        assertThat(errors(Map.of("missedWatch", 3, "missedAtRisk", 2)))
                .containsOnlyKeys("missedAtRisk").hasEntrySatisfying("missedAtRisk", m -> assertThat(m).contains("missedWatch (3"));
        assertThat(errors(Map.of("paceGapWatch", 40))).containsOnlyKeys("paceGapAtRisk"); // default at-risk is 30
        assertThat(errors(Map.of("inactiveWatchDays", 30, "inactiveAtRiskDays", 20))).containsOnlyKeys("inactiveAtRiskDays");
        assertThat(errors(Map.of("missedAtRisk", 4))).containsOnlyKeys("dropoutSilentWeeks"); // default drop-out is 4
        // Equal watch and at-risk thresholds are allowed: a learner goes straight to at risk.
        assertThat(RiskPolicyRules.policy(Map.of("paceGapWatch", 30)).paceGapWatch()).isEqualTo(30);
        // A range error is reported alone, not again as an order error.
        assertThat(errors(Map.of("missedWatch", 20, "missedAtRisk", 2))).containsOnlyKeys("missedWatch");
        assertThatThrownBy(() -> RiskPolicyRules.policy(Map.of("lowMood", 0))).isInstanceOf(InvalidInput.class);
    }
}
