package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
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

        CohortKpis kpis = CohortKpis.of(cohort);

        assertThat(kpis.enrolled()).isEqualTo(5);
        assertThat(kpis.active()).isEqualTo(3);
        assertThat(kpis.droppedOut()).isEqualTo(1);
        assertThat(kpis.succeeded()).isEqualTo(1);
        assertThat(kpis.dropoutRate()).isEqualTo(0.2);
        assertThat(kpis.successRate()).isEqualTo(0.2);
        assertThat(kpis.checkInRateThisWeek()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(kpis.averagePace()).isCloseTo((1.0 + 0.8 + 0.5) / 3, within(1e-9));
        assertThat(kpis.atRisk()).extracting(LearnerStanding::name).containsExactly("Chloé", "Eli", "Ben");
    }

    @Test
    void anEmptyCohortHasNoRatesRatherThanZeroes() {
        CohortKpis kpis = CohortKpis.of(List.of());
        assertThat(kpis.enrolled()).isZero();
        assertThat(kpis.dropoutRate()).isNull();
        assertThat(kpis.checkInRateThisWeek()).isNull();
        assertThat(kpis.averagePace()).isNull();
    }

    @Test
    void theCsvQuotesProperlyAndDisarmsFormulas() throws Exception {
        LearnerStanding tricky = new LearnerStanding("id-1", "=HYPERLINK(\"http://evil\",\"x\")", new LearnerStanding.Mentor("m-1", "@mentor, \"the\" best"),
                WEEK, false, new Assessment(RiskLevel.AT_RISK, Outcome.ACTIVE, List.of(MISSED_TWO, HELP), 6, 30, 0.5));

        String csv = CohortCsv.write(List.of(tricky, learner("Ana", Outcome.ACTIVE, RiskLevel.OK, null, true)), Language.FR);

        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(CohortCsv.HEADER);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord row = rows.get(0);
            assertThat(row.get("name")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(row.get("mentor")).isEqualTo("'@mentor, \"the\" best");
            assertThat(row.get("risk")).isEqualTo("at-risk");
            assertThat(row.get("pace")).isEqualTo("0.50");
            assertThat(row.get("reasons")).isEqualTo("N’a pas fait les 2 derniers points hebdomadaires\u202f; "
                    + "A demandé de l’aide il y a 4 jours, pas encore contacté");
            assertThat(rows.get(1).get("pace")).isEmpty();
        }
    }

    @Test
    void theCsvWritesTheApisCodesAndKeepsSilentNowApartFromTheLevel() throws Exception {
        LearnerStanding gone = new LearnerStanding("id-eli", "Eli", null, WEEK, false, new Assessment(RiskLevel.AT_RISK,
                Outcome.DROPPED_OUT, List.of(new Reason(Reason.SILENT_DROPPED_OUT, RiskLevel.AT_RISK, List.of(4))),
                6, 20, 0.4, true, null));
        LearnerStanding silent = new LearnerStanding("id-fay", "Fay", null, WEEK, false, new Assessment(RiskLevel.OK,
                Outcome.ACTIVE, List.of(MISSED_ONE), 6, 60, 1.0, true, 0.12));
        LearnerStanding likely = new LearnerStanding("id-gus", "Gus", null, WEEK, true, new Assessment(RiskLevel.AT_RISK,
                Outcome.ACTIVE, List.of(HELP), 6, 30, 0.5, false, 0.614));

        String csv = CohortCsv.write(List.of(gone, silent, likely,
                learner("Dia", Outcome.SUCCEEDED, RiskLevel.OK, 1.2, false)), Language.EN);

        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).extracting(r -> r.get("outcome"))
                    .containsExactly("dropped-out", "active", "active", "succeeded");
            assertThat(rows).extracting(r -> r.get("risk")).containsExactly("at-risk", "ok", "at-risk", "ok");
            assertThat(rows).extracting(r -> r.get("silentNow")).containsExactly("true", "true", "false", "false");
            assertThat(rows).extracting(r -> r.get("score")).containsExactly("", "0.12", "0.61", "");
            assertThat(rows.get(1).get("reasons")).isEqualTo("Missed last week’s check-in");
        }
    }

    @Test
    void onlyLeadingFormulaCharactersAreDisarmed() {
        assertThat(CohortCsv.safe("-1")).isEqualTo("'-1");
        assertThat(CohortCsv.safe("Awa = Diallo")).isEqualTo("Awa = Diallo");
        assertThat(CohortCsv.safe(null)).isEmpty();
    }
}
