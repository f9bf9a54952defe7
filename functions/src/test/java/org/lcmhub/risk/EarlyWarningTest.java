package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The early-warning rules on constructed histories of an 8-week, 8-step path. */
class EarlyWarningTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
    private static final Plan PLAN = new Plan(8, 8);
    private static final RiskPolicy POLICY = RiskPolicy.DEFAULTS;

    /** A check-in for the learner's week {@code w}, sent on its Friday. */
    private static CheckIn week(int w, int progress, int mood) {
        LocalDate monday = START.plusWeeks(w - 1);
        return new CheckIn(monday, progress, null, 4, mood, false, monday.plusDays(4));
    }

    private static LocalDate day(int week, int dayOfWeek) {
        return START.plusWeeks(week - 1).plusDays(dayOfWeek - 1);
    }

    /** Check-ins on plan for weeks 1..n (12.5 points a week), mood 4. */
    private static List<CheckIn> onPlan(int n) {
        List<CheckIn> list = new ArrayList<>();
        for (int w = 1; w <= n; w++) {
            list.add(week(w, (int) Math.round(12.5 * w), 4));
        }
        return list;
    }

    private static Assessment assess(List<CheckIn> checkIns, LocalDate today) {
        return EarlyWarning.assess(new LearnerHistory(START, checkIns, null), PLAN, POLICY, today);
    }

    private static List<String> codes(Assessment a) {
        return a.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void beforeTheirStartALearnerIsFine() {
        Assessment a = assess(List.of(), START.minusDays(2));
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
        assertThat(a.week()).isZero();
        assertThat(a.pace()).isNull();
    }

    @Test
    void aLearnerOnPlanIsOkWithAPaceOfOne() {
        Assessment a = assess(onPlan(3), day(4, 2));
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
        assertThat(a.reasons()).isEmpty();
        assertThat(a.week()).isEqualTo(4);
        assertThat(a.pace()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void theCurrentWeekIsNeverCountedAsMissed() {
        assertThat(assess(onPlan(3), day(4, 7)).reasons()).isEmpty();
        assertThat(EarlyWarning.missedInARow(new LearnerHistory(START, List.of(), null), day(1, 6))).isZero();
    }

    @Test
    void oneMissedCheckInIsWorthALookTwoInARowMakeALearnerAtRisk() {
        Assessment one = assess(onPlan(3), day(5, 2));
        assertThat(one.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(codes(one)).containsExactly(Reason.MISSED_CHECK_INS);
        assertThat(one.reasons().get(0).text("en")).isEqualTo("Missed last week’s check-in");
        assertThat(one.reasons().get(0).text("fr")).isEqualTo("N’a pas fait le point de la semaine dernière");

        Assessment two = assess(onPlan(3), day(6, 2));
        assertThat(two.level()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(two.reasons().get(0).text("en")).isEqualTo("Missed the last 2 weekly check-ins in a row");
    }

    @Test
    void silenceForTheConfiguredWeeksCountsAsDropout() {
        Assessment a = assess(onPlan(2), day(7, 1));
        assertThat(a.outcome()).isEqualTo(Outcome.DROPPED_OUT);
        assertThat(a.level()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(a.reasons().get(0).text("fr")).isEqualTo("Silencieux depuis 4 semaines : compté comme abandon");
    }

    @Test
    void aLearnerWhoNeverCheckedInIsMissingFromTheirFirstWeek() {
        assertThat(codes(assess(List.of(), day(2, 3)))).containsExactly(Reason.MISSED_CHECK_INS);
        assertThat(codes(assess(List.of(), day(3, 3)))).containsExactly(Reason.MISSED_CHECK_INS, Reason.BEHIND_PLAN, Reason.INACTIVE);
        assertThat(assess(List.of(), day(5, 1)).outcome()).isEqualTo(Outcome.DROPPED_OUT);
    }

    @Test
    void paceIsMeasuredAgainstThePlanForTheLearnersOwnWeek() {
        List<CheckIn> slow = List.of(week(1, 10, 4), week(2, 15, 4), week(3, 20, 4));
        Assessment a = assess(slow, day(4, 1));
        assertThat(a.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(codes(a)).containsExactly(Reason.BEHIND_PLAN);
        assertThat(a.reasons().get(0).text("en")).isEqualTo("18 points behind the plan for week 3 (20% done, 38% expected)");

        List<CheckIn> stuck = List.of(week(1, 5, 4), week(2, 5, 4), week(3, 5, 4));
        assertThat(assess(stuck, day(4, 1)).level()).isEqualTo(RiskLevel.AT_RISK);
    }

    @Test
    void rollingEnrolmentGivesEachLearnerTheirOwnWeekOne() {
        LocalDate today = LocalDate.of(2027, 2, 3);
        LocalDate lateStart = LocalDate.of(2027, 1, 25);
        CheckIn lateWeek1 = new CheckIn(lateStart, 13, null, 4, 4, false, lateStart.plusDays(3));
        Assessment late = EarlyWarning.assess(new LearnerHistory(lateStart, List.of(lateWeek1), null), PLAN, POLICY, today);
        Assessment early = EarlyWarning.assess(new LearnerHistory(START, List.of(week(1, 13, 4)), null), PLAN, POLICY, today);

        assertThat(late.week()).isEqualTo(2);
        assertThat(late.level()).isEqualTo(RiskLevel.OK);
        assertThat(early.week()).isEqualTo(5);
        assertThat(early.level()).isEqualTo(RiskLevel.AT_RISK);
    }

    @Test
    void aFallingMoodIsWorthALookALowOneIsAtRisk() {
        List<CheckIn> falling = List.of(week(1, 13, 5), week(2, 25, 4), week(3, 38, 3), week(4, 50, 3));
        Assessment a = assess(falling, day(5, 1));
        assertThat(codes(a)).containsExactly(Reason.MOOD_FALLING);
        assertThat(a.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(a.reasons().get(0).text("en")).isEqualTo("Mood falling: from 4.5 to 3 out of 5 over the last check-ins");

        List<CheckIn> low = List.of(week(1, 13, 3), week(2, 25, 2), week(3, 38, 2));
        assertThat(codes(assess(low, day(4, 1)))).contains(Reason.MOOD_LOW);
        assertThat(assess(low, day(4, 1)).level()).isEqualTo(RiskLevel.AT_RISK);
    }

    @Test
    void aHelpRequestWaitsForAContact() {
        LocalDate monday = START.plusWeeks(2);
        CheckIn help = new CheckIn(monday, 38, null, 3, 4, true, monday.plusDays(1));
        List<CheckIn> checkIns = new ArrayList<>(onPlan(2));
        checkIns.add(help);

        Assessment fresh = assess(checkIns, monday.plusDays(2));
        assertThat(codes(fresh)).containsExactly(Reason.HELP_WAITING);
        assertThat(fresh.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(fresh.reasons().get(0).text("en")).isEqualTo("Asked for help 1 day ago, not contacted yet");

        assertThat(assess(checkIns, monday.plusDays(4)).level()).isEqualTo(RiskLevel.AT_RISK);

        LearnerHistory contacted = new LearnerHistory(START, checkIns, monday.plusDays(2));
        assertThat(EarlyWarning.assess(contacted, PLAN, POLICY, monday.plusDays(4)).reasons()).isEmpty();
    }

    @Test
    void longInactivityIsFlaggedEvenWhenCheckInsWereOnTime() {
        LocalDate monday = START.plusWeeks(1);
        List<CheckIn> early = List.of(week(1, 13, 4), new CheckIn(monday, 25, null, 4, 4, false, monday));
        Assessment a = assess(early, day(3, 7).plusDays(4));
        assertThat(codes(a)).contains(Reason.INACTIVE);
        assertThat(a.reasons().stream().filter(r -> r.code().equals(Reason.INACTIVE)).findFirst().orElseThrow().text("fr"))
                .isEqualTo("Aucun point depuis 17 jours");
    }

    @Test
    void reachingTheLastStepIsASuccessWhateverFollows() {
        List<CheckIn> done = new ArrayList<>(onPlan(5));
        LocalDate monday = START.plusWeeks(5);
        done.add(new CheckIn(monday, 90, 8, 6, 5, false, monday.plusDays(2)));
        Assessment a = assess(done, day(14, 1));
        assertThat(a.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
    }

    @Test
    void thresholdsAreSetPerCohort() {
        RiskPolicy strict = new RiskPolicy(1, 1, 5, 10, 0.5, 4, 3, 1, 5, 7, 3);
        Assessment a = EarlyWarning.assess(new LearnerHistory(START, onPlan(3), null), PLAN, strict, day(5, 2));
        assertThat(a.level()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(assess(onPlan(3), day(5, 2)).level()).isEqualTo(RiskLevel.WATCH);
    }

    @Test
    void inconsistentThresholdsAreRefused() {
        assertThatThrownBy(() -> new RiskPolicy(2, 1, 15, 30, 1, 4, 2, 3, 14, 21, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskPolicy(1, 2, 15, 30, 1, 4, 2, 3, 14, 21, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urgencyOrdersTheAtRiskListByLevelThenBySeriousness() {
        Assessment watch = assess(onPlan(3), day(5, 2));
        Assessment atRisk = assess(onPlan(3), day(6, 2));
        Assessment worse = assess(List.of(week(1, 5, 2), week(2, 5, 2)), day(5, 1));
        assertThat(atRisk.urgency()).isGreaterThan(watch.urgency());
        assertThat(worse.urgency()).isGreaterThan(atRisk.urgency());
    }
}
