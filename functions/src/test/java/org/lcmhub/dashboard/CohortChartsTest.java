package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Plan;
import org.lcmhub.risk.RiskLevel;
import org.lcmhub.risk.RiskPolicy;

/** The charts' figures on a constructed cohort, without a store. */
class CohortChartsTest {
    /** Monday 2027-01-04 is ISO week 2027-W01; 8 weeks, one step a week. */
    private static final LocalDate START = LocalDate.parse("2027-01-04");
    private static final Plan PLAN = new Plan(8, 8);
    /** Wednesday of week 5 (2027-W05). */
    private static final LocalDate TODAY = LocalDate.parse("2027-02-03");
    private static final int DROPOUT = RiskPolicy.DEFAULTS.dropoutSilentWeeks();

    private final List<WeeklyCheckIn> checkIns = new ArrayList<>();

    private CohortCharts.Enrolled learner(String id, LocalDate start, int week, int progress) {
        return learner(id, start, week, progress, PLAN);
    }

    /** Their standing says they checked in this week when their check-ins hold one for TODAY's week. */
    private CohortCharts.Enrolled learner(String id, LocalDate start, int week, int progress, Plan plan) {
        Assessment a = new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(), week, progress, null);
        boolean thisWeek = checkIns.stream().anyMatch(c -> c.learnerId().equals(id) && c.week().equals(IsoWeek.of(TODAY)));
        return new CohortCharts.Enrolled(new LearnerStanding(id, id, null, null, thisWeek, a), start, plan);
    }

    /** Check-ins from week {@code firstWeek} of the cohort on, one a week, with these moods and progress. */
    private void checkIns(String id, int firstWeek, int[] moods, int[] progress) {
        for (int i = 0; i < moods.length; i++) {
            LocalDate monday = START.plusWeeks(firstWeek - 1 + i);
            checkIns.add(new WeeklyCheckIn(id, "c-1", IsoWeek.of(monday), progress[i], null, 3, moods[i], null, false,
                    null, monday.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
    }

    private List<CohortCharts.Enrolled> cohort() {
        checkIns("ana", 1, new int[] {4, 4, 4, 3, 2}, new int[] {12, 25, 37, 50, 55});
        checkIns("bob", 1, new int[] {5, 3}, new int[] {5, 10});
        checkIns("cat", 5, new int[] {1}, new int[] {10});
        checkIns("eve", 1, new int[] {5, 5, 5}, new int[] {40, 80, 100});
        checkIns("gone", 1, new int[] {1}, new int[] {1}); // no longer enrolled: left out
        return List.of(learner("ana", START, 5, 55), learner("bob", START, 5, 10),
                learner("cat", LocalDate.parse("2027-01-27"), 2, 10, new Plan(5, 8)), learner("eve", START, 5, 100));
    }

    @Test
    void progressIsAgainstThePlanForEachLearnersOwnWeek() {
        CohortCharts charts = CohortCharts.of(START, PLAN, cohort(), checkIns, TODAY, DROPOUT);
        assertThat(charts.progress()).containsExactly(
                new CohortCharts.Progress("ana", 5, 55, 50),
                new CohortCharts.Progress("bob", 5, 10, 50),
                new CohortCharts.Progress("cat", 2, 10, 20), // their own plan, W04 to the cohort's W08: a fifth a week
                new CohortCharts.Progress("eve", 5, 100, 50));
    }

    @Test
    void weeklyRateCountsLearnersFromTheirOwnStartUntilTheyFinish() {
        CohortCharts charts = CohortCharts.of(START, PLAN, cohort(), checkIns, TODAY, DROPOUT);
        assertThat(charts.checkInRate()).extracting(w -> w.week().toString())
                .containsExactly("2027-W01", "2027-W02", "2027-W03", "2027-W04", "2027-W05");
        // Cat starts in W04; Eve finished in W03 and is no longer expected after it.
        assertThat(charts.checkInRate()).extracting(CohortCharts.WeekRate::submitted).containsExactly(3, 3, 2, 1, 2);
        assertThat(charts.checkInRate()).extracting(CohortCharts.WeekRate::expected).containsExactly(3, 3, 3, 3, 3);
        assertThat(charts.checkInRate().get(3).rate()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(charts.checkInRate().get(0).rate()).isEqualTo(1.0);
    }

    /**
     * A learner counted as dropped out is expected for the weeks they missed until they were
     * counted out, not after: the current week then counts who "checked in this week" counts.
     */
    @Test
    void aLearnerCountedOutIsExpectedUntilTheirSilenceCountedThemOut() {
        List<CohortCharts.Enrolled> cohort = new ArrayList<>(cohort());
        Assessment out = new Assessment(RiskLevel.AT_RISK, Outcome.DROPPED_OUT, List.of(), 5, 0, null);
        cohort.add(new CohortCharts.Enrolled(new LearnerStanding("dan", "dan", null, null, false, out), START, PLAN));
        CohortCharts charts = CohortCharts.of(START, PLAN, cohort, checkIns, TODAY, DROPOUT);
        // Silent from week 1: weeks 1 to 4 missed, counted out in week 5.
        assertThat(charts.checkInRate()).extracting(CohortCharts.WeekRate::expected).containsExactly(4, 4, 4, 4, 3);
        assertThat(charts.thisWeek()).isEqualTo(charts.checkInRate().get(4));
        assertThat(charts.thisWeek().rate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(CohortCharts.of(START, PLAN, cohort, checkIns, LocalDate.parse("2027-06-01"), DROPOUT).thisWeek())
                .as("after the cohort's last week").isNull();
    }

    @Test
    void moodIsTheMeanOfTheWeeksCheckIns() {
        CohortCharts charts = CohortCharts.of(START, PLAN, cohort(), checkIns, TODAY, DROPOUT);
        assertThat(charts.mood()).extracting(CohortCharts.WeekMood::count).containsExactly(3, 3, 2, 1, 2);
        assertThat(charts.mood().get(0).mean()).isCloseTo(14.0 / 3, within(1e-9));
        assertThat(charts.mood()).extracting(CohortCharts.WeekMood::mean).endsWith(4.5, 3.0, 1.5);
    }

    @Test
    void weeksStopAtTheCohortsEndAndNothingIsChartedBeforeItsStart() {
        CohortCharts after = CohortCharts.of(START, PLAN, cohort(), checkIns, LocalDate.parse("2027-06-01"), DROPOUT);
        assertThat(after.checkInRate()).hasSize(8);
        assertThat(after.mood().get(7)).isEqualTo(new CohortCharts.WeekMood(new IsoWeek(2027, 8), null, 0));
        assertThat(after.checkInRate().get(7).rate()).isEqualTo(0.0);

        CohortCharts before = CohortCharts.of(START, PLAN, List.of(), List.of(), LocalDate.parse("2026-12-20"), DROPOUT);
        assertThat(before.checkInRate()).isEmpty();
        assertThat(before.mood()).isEmpty();
        assertThat(before.progress()).isEmpty();

        CohortCharts nobody = CohortCharts.of(START, PLAN, List.of(), List.of(), TODAY, DROPOUT);
        assertThat(nobody.checkInRate()).allSatisfy(w -> assertThat(w.rate()).isNull());
    }

    @Test
    void aCohortStartingOnAThursdayIsChartedUpToTheWeekOfItsLastDayAndNoFurther() {
        LocalDate thursday = LocalDate.parse("2027-01-07"); // 2 weeks: ends Wednesday 20 January, in 2027-W03
        CohortCharts charts = CohortCharts.of(thursday, Plan.course(thursday, 2), List.of(), List.of(),
                LocalDate.parse("2027-03-01"), DROPOUT);
        assertThat(charts.checkInRate()).extracting(w -> w.week().toString())
                .containsExactly("2027-W01", "2027-W02", "2027-W03");
    }
}
