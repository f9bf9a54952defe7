package org.lcmhub.hub.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.Reason;

/**
 * {@code ./hub early-warning --judge} on a constructed file: the exact formats, silent now on
 * exactly the missed weeks, the same verdict as the dashboard's own code on the same history, and
 * malformed files refused line by line.
 */
class JudgeCsvTest {
    private static final String HEADER = "learner,weeks,start,week,checkedIn,progress,stepReached,hours,mood,needHelp,contacts\n";
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    /** Steady on plan; fading (hours, mood and pace down, then silent from week 5); irregular (skips week 3). */
    private static final String IN = HEADER
            + "steady,6,2027-01-04,1,true,17,,5,4,false,\n"
            + "steady,6,2027-01-04,2,true,33,,5.5,4,false,\n"
            + "steady,6,2027-01-04,3,true,50,,5,4,false,\n"
            + "steady,6,2027-01-04,4,true,67,,4.5,4,false,\n"
            + "steady,6,2027-01-04,5,true,83,,5,4,false,\n"
            + "steady,6,2027-01-04,6,true,100,6,5,5,false,\n"
            + "fading,6,2027-01-04,1,true,17,,6,4,false,\n"
            + "fading,6,2027-01-04,2,true,33,,6,4,false,\n"
            + "fading,6,2027-01-04,3,true,40,,3,3,true,\n"
            + "fading,6,2027-01-04,4,true,42,,1.5,2,true,2027-01-29\n"
            + "fading,6,2027-01-04,5,false,,,,,,\n"
            + "fading,6,2027-01-04,6,false,,,,,,\n"
            + "\"irregular, A.\",6,2027-01-04,1,true,15,,4,4,false,\n"
            + "\"irregular, A.\",6,2027-01-04,2,true,30,,4,4,false,\n"
            + "\"irregular, A.\",6,2027-01-04,3,false,,,,,,2027-01-20;2027-01-21\n"
            + "\"irregular, A.\",6,2027-01-04,4,true,60,,4,4,false,\n"
            + "\"irregular, A.\",6,2027-01-04,6,true,95,,4,4,false,\n"
            + "\"irregular, A.\",6,2027-01-04,5,true,80,,4,4,false,\n";

    private static List<CSVRecord> judged(String in) throws IOException {
        StringBuilder out = new StringBuilder();
        JudgeCsv.write(JudgeCsv.read(new StringReader(in)), out);
        assertThat(out.toString()).startsWith("learner,week,silentNow,level,score,reasons\n");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String learner, int week) {
        return rows.stream().filter(r -> r.get("learner").equals(learner) && r.get("week").equals(String.valueOf(week)))
                .findFirst().orElseThrow();
    }

    @Test
    void oneRowPerLearnerAndWeekSilentNowOnExactlyTheMissedWeeks() throws IOException {
        List<CSVRecord> rows = judged(IN);
        assertThat(rows).hasSize(18);
        assertThat(rows).extracting(r -> r.get("learner")).containsSubsequence("steady", "fading", "irregular, A.");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("level")).isIn("ok", "watch", "at-risk");
            assertThat(r.get("silentNow")).isIn("true", "false");
            if (!r.get("score").isEmpty()) {
                assertThat(Double.parseDouble(r.get("score"))).isBetween(0.0, 1.0);
            }
        });
        assertThat(rows).filteredOn(r -> r.get("silentNow").equals("true"))
                .extracting(r -> r.get("learner") + "#" + r.get("week"))
                .containsExactlyInAnyOrder("fading#5", "fading#6", "irregular, A.#3");
        assertThat(row(rows, "fading", 5).get("reasons")).startsWith(Reason.MISSED_CHECK_INS);
        // Steady finished in week 6: nothing left to predict.
        assertThat(row(rows, "steady", 6).get("score")).isEmpty();
        assertThat(row(rows, "steady", 6).get("level")).isEqualTo("ok");
    }

    @Test
    void theFadingLearnerScoresAboveTheSteadyOneBeforeTheirSilence() throws IOException {
        List<CSVRecord> rows = judged(IN);
        double steady = Double.parseDouble(row(rows, "steady", 4).get("score"));
        double fading = Double.parseDouble(row(rows, "fading", 4).get("score"));
        assertThat(fading).isGreaterThan(steady);
        assertThat(row(rows, "fading", 4).get("level")).isNotEqualTo("ok");
        assertThat(row(rows, "fading", 4).get("reasons").split(";"))
                .contains(Reason.HOURS_DROPPED).doesNotContain(Reason.HELP_WAITING); // contacted on the Friday
        // Fewer hours than usual too, but that is the same fact: one hours reason, the larger sign's.
        assertThat(row(rows, "fading", 4).get("reasons").split(";")).doesNotContain(Reason.HOURS_BELOW_USUAL);
        assertThat(row(rows, "fading", 3).get("reasons").split(";")).contains(Reason.HELP_WAITING);
    }

    @Test
    void eachVerdictIsTheDashboardsOnTheSameHistory() throws IOException {
        Map<String, List<WeekRow>> learners = JudgeCsv.read(new StringReader(IN));
        List<CSVRecord> rows = judged(IN);
        Cohort cohort = new Cohort("c", "p", "C", Language.EN, START, 6, 10, true, 0, 0, Set.of(), Instant.EPOCH);
        for (Map.Entry<String, List<WeekRow>> e : learners.entrySet()) {
            Learner learner = new Learner(e.getKey(), e.getKey(), "x@example.org", "p", "c", Language.EN, "UTC", null, null,
                    LearnerStatus.ENROLLED, null, START.minusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant());
            for (int w = 1; w <= 6; w++) {
                List<WeeklyCheckIn> history = new ArrayList<>();
                Instant lastContact = null;
                Instant monday = START.plusWeeks(w).atStartOfDay(ZoneOffset.UTC).toInstant();
                for (WeekRow r : e.getValue().subList(0, w)) {
                    if (r.checkedIn()) {
                        history.add(new WeeklyCheckIn(e.getKey(), "c", IsoWeek.of(r.monday()), r.progress(), r.stepReached(),
                                r.hours(), r.mood(), null, r.needHelp(), null,
                                r.checkInDay().atTime(12, 0).toInstant(ZoneOffset.UTC)));
                    }
                    for (LocalDate c : r.contacts()) {
                        Instant at = c.atTime(12, 0).toInstant(ZoneOffset.UTC);
                        lastContact = lastContact == null || at.isAfter(lastContact) ? at : lastContact;
                    }
                }
                Assessment a = CheckInViews.assess(learner, cohort, history, lastContact, monday);
                CSVRecord row = row(rows, e.getKey(), w);
                assertThat(row.get("level")).as(e.getKey() + " week " + w).isEqualTo(a.level().wire());
                assertThat(row.get("silentNow")).isEqualTo(String.valueOf(a.silentNow()));
                assertThat(row.get("score")).isEqualTo(a.score() == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", a.score()));
                assertThat(row.get("reasons")).isEqualTo(String.join(";", a.reasons().stream().map(Reason::code).toList()));
            }
        }
    }

    @Test
    void aMalformedFileIsRefusedWholeLineByLine() {
        assertThatThrownBy(() -> JudgeCsv.read(new StringReader("learner,week\nx,1\n")))
                .isInstanceOf(JudgeCsv.BadInput.class).hasMessageStartingWith("line 1: the header must be learner,weeks,");
        String bad = HEADER
                + "a,2,2027-01-04,1,true,17,,5,6,false,\n"         // mood 6
                + "a,2,2027-01-04,2,false,,,,4,,\n"                // a mood without a check-in
                + "b,2,2027-01-05,1,true,10,,5,4,false,\n"        // not a Monday
                + "c,2,2027-01-04,1,true,10,,5,4,maybe,\n"        // needHelp
                + "d,2,2027-01-04,1,true,10,,5,4,false,2027-13-01\n" // contact date
                + "e,2,2027-01-04,1,true,10,,5,4,false,\n"         // week 2 missing
                + "f,2,2027-01-04,1,true,10,,5,4,false\n";         // a field short
        assertThatThrownBy(() -> JudgeCsv.read(new StringReader(bad))).isInstanceOf(JudgeCsv.BadInput.class)
                .hasMessageContaining("line 2: mood must be from 1 to 5")
                .hasMessageContaining("line 3: mood must be empty when checkedIn is false")
                .hasMessageContaining("line 4: start 2027-01-05 is not a Monday")
                .hasMessageContaining("line 5: needHelp must be true or false")
                .hasMessageContaining("line 6: contacts must be a date YYYY-MM-DD")
                .hasMessageContaining("learner e: week 2 is missing")
                .hasMessageContaining("line 8: 11 fields expected, 10 found");
    }
}
