package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one word pages show for a verdict never says "no warning sign" beside a reason or a silence. */
class AssessmentStatusTest {
    private static final Reason HELP = new Reason(Reason.HELP_WAITING, RiskLevel.WATCH, List.of(3));
    private static final Reason STALLED = new Reason("progress-stalled", RiskLevel.WATCH, List.of(2, 12));

    private static Assessment verdict(RiskLevel level, Outcome outcome, boolean silent, Reason... reasons) {
        return new Assessment(level, outcome, List.of(reasons), 5, 40, 0.9, silent, 0.05);
    }

    @Test
    void aSilentLearnerReadsSilentWhateverTheLevel() {
        assertThat(verdict(RiskLevel.OK, Outcome.ACTIVE, true).status()).isEqualTo("silent");
        assertThat(verdict(RiskLevel.AT_RISK, Outcome.ACTIVE, true, STALLED).status()).isEqualTo("silent");
    }

    @Test
    void aHelpRequestOrAReasonBelowTheWatchLevelIsNeverOk() {
        assertThat(verdict(RiskLevel.OK, Outcome.ACTIVE, false, HELP).status()).isEqualTo("help");
        assertThat(verdict(RiskLevel.OK, Outcome.ACTIVE, false, STALLED, HELP).status()).isEqualTo("help");
        assertThat(verdict(RiskLevel.OK, Outcome.ACTIVE, false, STALLED).status()).isEqualTo("signs");
        assertThat(verdict(RiskLevel.OK, Outcome.ACTIVE, false).status()).isEqualTo("ok");
    }

    @Test
    void aFlaggedLevelComesBeforeAHelpRequestAndTheOutcomeBeforeAll() {
        assertThat(verdict(RiskLevel.WATCH, Outcome.ACTIVE, false, HELP).status()).isEqualTo("watch");
        assertThat(verdict(RiskLevel.AT_RISK, Outcome.ACTIVE, false).status()).isEqualTo("at-risk");
        assertThat(verdict(RiskLevel.AT_RISK, Outcome.DROPPED_OUT, true).status()).isEqualTo("dropped-out");
        assertThat(verdict(RiskLevel.OK, Outcome.SUCCEEDED, false).status()).isEqualTo("succeeded");
    }
}
