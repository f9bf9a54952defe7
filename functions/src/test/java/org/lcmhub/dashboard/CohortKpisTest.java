package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.RiskLevel;

class CohortKpisTest {
    private static final LocalDate WEEK = LocalDate.of(2027, 2, 1);

    private static LearnerStanding learner(String name, Outcome outcome, RiskLevel level, Double pace,
                                           boolean thisWeek, Reason... reasons) {
        return new LearnerStanding("id-" + name, name, new LearnerStanding.Mentor("m-" + name, "Mentor of " + name), WEEK, thisWeek,
                new Assessment(level, outcome, List.of(reasons), 5, 40, pace));
    }

    private static final Reason MISSED_TWO = new Reason(Reason.MISSED_CHECK_INS, RiskLevel.AT_RISK, List.of(2));
    private static final Reason MISSED_ONE = new Reason(Reason.MISSED_CHECK_INS, RiskLevel.WATCH, List.of(1));
    private static final Reason HELP = new Reason(Reason.HELP_WAITING, RiskLevel.AT_RISK, List.of(4));

    @Test
    void ratesMirrorTheTrainingTeamsTable() {
        List<LearnerStanding> cohort = List.of(
                learner("Ana", Outcome.ACTIVE, RiskLevel.OK, 1.0, true),
                learner("Ben", Outcome.ACTIVE, RiskLevel.WATCH, 0.8, false, MISSED_ONE),
                learner("Chloé", Outcome.ACTIVE, RiskLevel.AT_RISK, 0.5, false, MISSED_TWO, HELP),
                learner("Dia", Outcome.SUCCEEDED, RiskLevel.OK, 1.2, false),
                learner("Eli", Outcome.DROPPED_OUT, RiskLevel.AT_RISK, 0.1, false,
                        new Reason(Reason.SILENT_DROPPED_OUT, RiskLevel.AT_RISK, List.of(4))));

        CohortKpis kpis = CohortKpis.of(cohort, new CohortCharts.WeekRate(new IsoWeek(2027, 5), 0.5, 1, 2));

        assertThat(kpis.enrolled()).isEqualTo(5);
        assertThat(kpis.active()).isEqualTo(3);
        assertThat(kpis.droppedOut()).isEqualTo(1);
        assertThat(kpis.succeeded()).isEqualTo(1);
        assertThat(kpis.dropoutRate()).isEqualTo(0.2);
        assertThat(kpis.successRate()).isEqualTo(0.2);
        assertThat(kpis.checkInRateThisWeek()).as("the charts' current week").isEqualTo(0.5);
        assertThat(kpis.checkedInThisWeek()).isEqualTo(1);
        assertThat(kpis.expectedThisWeek()).isEqualTo(2);
        assertThat(kpis.averagePace()).isCloseTo((1.0 + 0.8 + 0.5) / 3, within(1e-9));
        assertThat(kpis.atRisk()).extracting(LearnerStanding::name).containsExactly("Chloé", "Eli", "Ben");
    }

    @Test
    void anEmptyCohortHasNoRatesRatherThanZeroes() {
        CohortKpis kpis = CohortKpis.of(List.of(), null);
        assertThat(kpis.enrolled()).isZero();
        assertThat(kpis.dropoutRate()).isNull();
        assertThat(kpis.checkInRateThisWeek()).isNull();
        assertThat(kpis.averagePace()).isNull();
    }
}
