package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** The export's two files: the codes scripts rely on, and the one a person reads, in their language. */
class CohortCsvTest {
    /** The English header of the column "silent now", which says that those counted out are counted apart. */
    private static final String SILENT_EN = "Silent now: to contact (no check-in last week; those counted as dropped out are listed apart)";

    /** The headers of the day a learner's own weeks count from. */
    private static final String SINCE_EN = "In the cohort since (their week 1)";
    private static final String SINCE_FR = "Dans la cohorte depuis le (sa semaine 1)";

    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);
    private static final Reason MISSED_TWO = new Reason(Reason.MISSED_CHECK_INS, RiskLevel.AT_RISK, List.of(2));
    private static final Reason MISSED_ONE = new Reason(Reason.MISSED_CHECK_INS, RiskLevel.WATCH, List.of(1));
    private static final Reason HELP = new Reason(Reason.HELP_WAITING, RiskLevel.AT_RISK, List.of(4));

    private static LearnerStanding standing(String name, String mentor, Assessment a) {
        return new LearnerStanding("id-" + name, name, mentor == null ? null : new LearnerStanding.Mentor("m-" + name, mentor),
                MONDAY, false, a);
    }

    /** One learner for each status word the dashboard shows, in the order of Assessment.status(). */
    private static final List<LearnerStanding> COHORT = List.of(
            standing("Eli", null, new Assessment(RiskLevel.AT_RISK, Outcome.DROPPED_OUT,
                    List.of(new Reason(Reason.SILENT_DROPPED_OUT, RiskLevel.AT_RISK, List.of(4))), 6, 20, 0.4, true, null)),
            standing("Dia", null, new Assessment(RiskLevel.OK, Outcome.SUCCEEDED, List.of(), 6, 100, 1.2, false, null)),
            standing("Fay", null, new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(MISSED_ONE), 6, 60, 1.0, true, 0.12)),
            standing("Gus", "Dmitri", new Assessment(RiskLevel.AT_RISK, Outcome.ACTIVE, List.of(MISSED_TWO), 6, 30, 0.5, false, 0.614)),
            standing("Ana", null, new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(HELP), 6, 55, 0.9, false, 0.1)),
            standing("Ben", null, new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(MISSED_ONE), 6, 50, 0.8, false, 0.2)),
            standing("Cy", null, new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(), 6, 60, 1.0, false, 0.05)));

    private static List<CSVRecord> rows(String csv, List<String> header) throws IOException {
        return rows(csv, header, ',');
    }

    private static List<CSVRecord> rows(String csv, List<String> header, char separator) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setDelimiter(separator)
                .setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(header);
            return parser.getRecords();
        }
    }

    @Test
    void scriptsKeepTheirHeaderOfCodesAndGetTheDashboardsStatusLast() throws Exception {
        List<CSVRecord> rows = rows(CohortCsv.forScripts(COHORT, Language.EN), List.of("learnerId", "name", "outcome",
                "risk", "week", "progress", "pace", "lastCheckInWeek", "mentor", "reasons", "silentNow", "score", "status", "startDate",
                "reasonCodes"));

        assertThat(rows).extracting(r -> r.get("status"))
                .containsExactly("dropped-out", "succeeded", "silent", "at-risk", "help", "signs", "ok");
        assertThat(rows).extracting(r -> r.get("outcome"))
                .containsExactly("dropped-out", "succeeded", "active", "active", "active", "active", "active");
        assertThat(rows).extracting(r -> r.get("risk")).containsExactly("at-risk", "ok", "ok", "at-risk", "ok", "ok", "ok");
        assertThat(rows).extracting(r -> r.get("silentNow")).containsExactly("true", "false", "true", "false", "false", "false", "false");
        assertThat(rows).extracting(r -> r.get("score")).containsExactly("", "", "0.12", "0.61", "0.10", "0.20", "0.05");
        CSVRecord gus = rows.get(3);
        assertThat(gus.get("learnerId")).isEqualTo("id-Gus");
        assertThat(gus.get("pace")).isEqualTo("0.50");
        assertThat(gus.get("lastCheckInWeek")).isEqualTo("2027-W05");
        assertThat(gus.get("mentor")).isEqualTo("Dmitri");
        assertThat(gus.get("reasons")).isEqualTo("Missed the last 2 weekly check-ins in a row");
        // The same reason as its code, whatever the cohort's language: what a script counts by.
        assertThat(gus.get("reasonCodes")).isEqualTo("missed-check-ins");
        assertThat(rows(CohortCsv.forScripts(COHORT, Language.FR), CohortCsv.HEADER).get(3).get("reasonCodes"))
                .isEqualTo("missed-check-ins");
        assertThat(rows.get(6).get("reasonCodes")).as("no reason, an empty cell").isEmpty();
    }

    /**
     * Given a seat in the cohort's week 7, Lan is in her own week 1: both files give the day her
     * weeks count from, beside Cy's, who started with the cohort.
     */
    @Test
    void aLateJoinersWeekOneComesWithTheDayHerWeeksCountFrom() throws Exception {
        Assessment firstWeek = new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(), 1, 10, 1.0, false, 0.05);
        Assessment a = COHORT.get(6).assessment();
        List<LearnerStanding> two = List.of(
                new LearnerStanding("id-Cy", "Cy", null, MONDAY, false, a, null, LocalDate.of(2026, 10, 12), 1),
                new LearnerStanding("id-Lan", "Lan", null, MONDAY, true, firstWeek, null, LocalDate.of(2026, 11, 23), 7));

        List<CSVRecord> codes = rows(CohortCsv.forScripts(two, Language.EN), CohortCsv.HEADER);
        assertThat(CohortCsv.HEADER).last().isEqualTo("reasonCodes");
        assertThat(codes).extracting(r -> r.get("week")).containsExactly("6", "1");
        assertThat(codes).extracting(r -> r.get("startDate")).containsExactly("2026-10-12", "2026-11-23");
        for (Language reader : List.of(Language.EN, Language.FR)) {
            String since = reader.isFrench() ? SINCE_FR : SINCE_EN;
            try (CSVParser parser = CSVParser.parse(CohortCsv.forReader(two, reader).substring(1), CSVFormat.RFC4180
                    .builder().setDelimiter(CohortCsv.separator(reader)).setHeader().setSkipHeaderRecord(true).get())) {
                assertThat(parser.getHeaderNames()).as(reader.code())
                        .containsSubsequence(reader.isFrench() ? "Semaine du parcours" : "Week of their path", since);
                CSVRecord lan = parser.getRecords().get(1);
                assertThat(lan.get(reader.isFrench() ? "Semaine du parcours" : "Week of their path")).isEqualTo("1");
                assertThat(lan.get(since)).as(reader.code()).isEqualTo("2026-11-23");
            }
        }
    }

    @Test
    void aFrenchReasonReadsPlainInTheSpreadsheetWithoutThePagesWordJoiner() throws Exception {
        Reason missed = new Reason(Reason.MISSED_ONE_TO_ONES, RiskLevel.WATCH, List.of(2, 6));
        String csv = CohortCsv.forReader(List.of(standing("Zoé", null,
                new Assessment(RiskLevel.WATCH, Outcome.ACTIVE, List.of(missed), 6, 40, 0.8, false, 0.3))), Language.FR);

        // The page keeps "rendez-vous" on one line with a word joiner; a filter on the word must find it here.
        assertThat(missed.text(Language.FR)).contains("\u2060");
        assertThat(csv).doesNotContain("\u2060").contains("Absent·e à 2 rendez-vous individuels ces 6 dernières semaines");
    }

    /** Silent and contacted since: the file says so as the dashboard's card does, not a bare "yes" beside one still to contact. */
    @Test
    void aSilentLearnerTheTeamWasInTouchWithSaysWhenInTheFile() throws Exception {
        Assessment silent = new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(MISSED_ONE), 6, 60, 1.0, true, 0.12);
        List<LearnerStanding> two = List.of(standing("Fay", null, silent),
                new LearnerStanding("id-Hal", "Hal", null, MONDAY, false, silent, LocalDate.of(2027, 2, 2)));

        List<CSVRecord> en = rows(CohortCsv.forReader(two, Language.EN).substring(1), List.of("Name", "Where they stand",
                "Early warning", SILENT_EN, "Chance of dropping out (%)", "Week of their path", SINCE_EN, "Progress (%)",
                "Pace against the plan (%)", "Last check-in (week of)", "Mentor", "Reasons"));
        assertThat(en).extracting(r -> r.get(SILENT_EN))
                .containsExactly("yes", "yes, contacted on Tuesday 2 February 2027: no need to get in touch again this week");
        assertThat(CohortCsv.forReader(two, Language.FR)).contains("oui, contact pris le mardi 2 février 2027\u00a0: inutile de relancer");
    }

    /** Who recorded the contact, when known, as the dashboard's card and the digest name them. */
    @Test
    void aSilentLearnersContactInTheFileNamesWhoRecordedIt() throws Exception {
        Assessment silent = new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(MISSED_ONE), 6, 60, 1.0, true, 0.12);
        List<LearnerStanding> two = List.of(standing("Fay", null, silent),
                new LearnerStanding("id-Hal", "Hal", null, MONDAY, false, silent, LocalDate.of(2027, 2, 2)));
        Map<String, String> by = Map.of("id-Hal", "Alice Martin");

        List<CSVRecord> en = rows(CohortCsv.forReader(two, Language.EN, by).substring(1), List.of("Name", "Where they stand",
                "Early warning", SILENT_EN, "Chance of dropping out (%)", "Week of their path", SINCE_EN, "Progress (%)",
                "Pace against the plan (%)", "Last check-in (week of)", "Mentor", "Reasons"));
        assertThat(en).extracting(r -> r.get(SILENT_EN)).containsExactly("yes",
                "yes, contacted by Alice Martin on Tuesday 2 February 2027: no need to get in touch again this week");
        assertThat(CohortCsv.forReader(two, Language.FR, by))
                .contains("oui, contact pris par Alice Martin le mardi 2 février 2027\u00a0: inutile de relancer cette semaine");
        assertThat(CohortCsv.forScripts(two, Language.EN)).as("the scripts' file keeps its codes").doesNotContain("Alice");
    }

    @Test
    void anEnglishReaderGetsHeadersValuesAndDatesInWordsWithoutIds() throws Exception {
        String csv = CohortCsv.forReader(COHORT, Language.EN);

        assertThat(csv).startsWith("\uFEFF").doesNotContain("id-", "2027-W05", "at-risk", "dropped-out");
        List<CSVRecord> rows = rows(csv.substring(1), List.of("Name", "Where they stand", "Early warning",
                SILENT_EN, "Chance of dropping out (%)", "Week of their path", SINCE_EN, "Progress (%)",
                "Pace against the plan (%)", "Last check-in (week of)", "Mentor", "Reasons"));
        assertThat(rows).extracting(r -> r.get("Early warning")).containsExactly("Counted as dropped out", "Finished",
                "Silent now", "At risk", "Asked for help, not contacted yet", "A few signs, not enough to watch yet",
                "No warning sign");
        CSVRecord gus = rows.get(3);
        assertThat(gus.get("Where they stand")).isEqualTo("Active");
        assertThat(gus.get(SILENT_EN)).isEqualTo("no");
        assertThat(gus.get("Chance of dropping out (%)")).isEqualTo("61");
        assertThat(gus.get("Pace against the plan (%)")).isEqualTo("50");
        assertThat(gus.get("Last check-in (week of)")).isEqualTo("Monday 1 February 2027");
        assertThat(gus.get("Reasons")).isEqualTo("Missed the last 2 weekly check-ins in a row");
        assertThat(rows.get(0).get("Chance of dropping out (%)")).isEmpty();
        // Eli is counted out: the dashboard and the digest list him apart, not as silent now; so does
        // the file, which says why beside his missed check-in, as its header says.
        assertThat(rows.get(0).get(SILENT_EN)).isEqualTo("no: counted as dropped out");
        // Fay is silent now: her score stands still since her last check-in, so a person's file
        // does not show it next to her missed check-ins as if it were her chance now.
        assertThat(rows.get(2).get(SILENT_EN)).isEqualTo("yes");
        assertThat(rows.get(2).get("Chance of dropping out (%)")).isEmpty();
    }

    @Test
    void aFrenchReaderGetsEverythingInFrenchWithItsTypography() throws Exception {
        String csv = CohortCsv.forReader(List.of(standing("Gus", "Dmitri", new Assessment(RiskLevel.AT_RISK,
                Outcome.ACTIVE, List.of(MISSED_TWO, HELP), 6, 30, 0.5, true, 0.614))), Language.FR);

        // Semicolons: a spreadsheet set to French opens a comma-separated file as one column.
        assertThat(csv).startsWith("\uFEFFNom;Situation;Alerte précoce;");
        CSVRecord gus = rows(csv.substring(1), List.of("Nom", "Situation", "Alerte précoce",
                "Silencieux·se en ce moment\u00a0: à contacter (pas de point d’étape la semaine dernière, hors abandons)", "Probabilité d’abandon (en\u202f%)",
                "Semaine du parcours", SINCE_FR, "Avancement (en\u202f%)", "Rythme par rapport au plan (en\u202f%)",
                "Dernier point d’étape (semaine du)", "Mentor", "Raisons"), ';').get(0);
        assertThat(gus.get("Situation")).isEqualTo("Actif·ve");
        assertThat(gus.get("Alerte précoce")).isEqualTo("Silencieux·se en ce moment");
        assertThat(gus.get("Silencieux·se en ce moment\u00a0: à contacter (pas de point d’étape la semaine dernière, hors abandons)")).isEqualTo("oui");
        assertThat(gus.get("Dernier point d’étape (semaine du)")).isEqualTo("lundi 1er février 2027");
        // Counted out and silent: the column says why he is not one to contact, as its header does.
        assertThat(CohortCsv.forReader(List.of(COHORT.get(0)), Language.FR)).contains(";non\u00a0: compté·e comme abandon;");
        assertThat(gus.get("Probabilité d’abandon (en\u202f%)")).as("silent now: no chance shown as if current").isEmpty();
        assertThat(gus.get("Raisons")).isEqualTo("N’a pas fait les 2 derniers points hebdomadaires\u202f; "
                + "A demandé de l’aide il y a 4\u00A0jours, pas encore contacté·e");
    }

    @Test
    void noCellOfEitherFileRunsAsAFormula() throws Exception {
        LearnerStanding tricky = standing("=HYPERLINK(\"http://evil\",\"x\")", "@mentor, \"the\" best",
                new Assessment(RiskLevel.AT_RISK, Outcome.ACTIVE, List.of(MISSED_TWO), 6, 30, 0.5));

        CSVRecord codes = rows(CohortCsv.forScripts(List.of(tricky), Language.FR), CohortCsv.HEADER).get(0);
        assertThat(codes.get("name")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(codes.get("mentor")).isEqualTo("'@mentor, \"the\" best");

        String reader = CohortCsv.forReader(List.of(tricky), Language.EN);
        CSVRecord words = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(reader.substring(1))).getRecords().get(0);
        assertThat(words.get("Name")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(words.get("Mentor")).isEqualTo("'@mentor, \"the\" best");
    }

    @Test
    void onlyLeadingFormulaCharactersAreDisarmed() {
        assertThat(CohortCsv.safe("-1")).isEqualTo("'-1");
        assertThat(CohortCsv.safe("+33 6")).isEqualTo("'+33 6");
        assertThat(CohortCsv.safe("Awa = Diallo")).isEqualTo("Awa = Diallo");
        assertThat(CohortCsv.safe(null)).isEmpty();
    }

    @Test
    void theFileIsNamedAfterItsTitleWithAnAsciiNameBesideTheExactOne() {
        assertThat(CohortCsv.attachment("Python, browser cohort"))
                .isEqualTo("attachment; filename=\"Python, browser cohort.csv\"");
        assertThat(CohortCsv.attachment("Cohorte d’été: \"Paris\"/Lyon"))
                .isEqualTo("attachment; filename=\"Cohorte d_ete Paris Lyon.csv\"; "
                        + "filename*=UTF-8''Cohorte%20d%E2%80%99%C3%A9t%C3%A9%20Paris%20Lyon.csv");
        assertThat(CohortCsv.attachment("  ")).isEqualTo("attachment; filename=\"cohort.csv\"");
    }

    @Test
    void cohortsSharingATitleGiveFilesNamedApartByTheirStartAndTheReadersLanguage() {
        String march = CohortCsv.readerFileName("Python", LocalDate.of(2027, 3, 1), Language.FR);
        String april = CohortCsv.readerFileName("Python", LocalDate.of(2027, 4, 5), Language.FR);

        assertThat(march).isNotEqualTo(april).isNotEqualTo(CohortCsv.readerFileName("Python", LocalDate.of(2027, 3, 1), Language.EN));
        assertThat(CohortCsv.attachment(march)).isEqualTo("attachment; filename=\"Python - lundi 1er mars 2027.csv\"; "
                + "filename*=UTF-8''Python%20%E2%80%93%20lundi%201er%20mars%202027.csv");
    }

    @Test
    void aFrenchTitleGivesAPlainFileNameWithItsFirstDayInWordsInBothLanguages() {
        String title = "Analyse de données\u00a0: du tableur à Python en 10\u00a0semaines";
        LocalDate start = LocalDate.of(2026, 10, 19);

        assertThat(CohortCsv.attachment(CohortCsv.readerFileName(title, start, Language.FR)))
                .isEqualTo("attachment; filename=\"Analyse de donnees du tableur a Python en 10 semaines - lundi 19 octobre 2026.csv\"; "
                        + "filename*=UTF-8''Analyse%20de%20donn%C3%A9es%20du%20tableur%20%C3%A0%20Python%20en%2010%20semaines"
                        + "%20%E2%80%93%20lundi%2019%20octobre%202026.csv");
        assertThat(CohortCsv.attachment(CohortCsv.readerFileName("Data analysis: from spreadsheets to Python in 10 weeks",
                start, Language.EN))).isEqualTo("attachment; filename=\"Data analysis from spreadsheets to Python in 10 weeks"
                + " - Monday 19 October 2026.csv\"; filename*=UTF-8''Data%20analysis%20from%20spreadsheets%20to%20Python"
                + "%20in%2010%20weeks%20%E2%80%93%20Monday%2019%20October%202026.csv");
    }
}
