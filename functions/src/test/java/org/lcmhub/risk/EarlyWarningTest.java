package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/**
 * The verdict on constructed histories of an 8-week, 8-step path: silence now, each sign against
 * the learner's own earlier weeks, the score and its reasons. Scores are compared with those of a
 * learner whose weeks go as usual, never with fixed figures, so a refit of the coefficients does
 * not change what these tests mean.
 */
class EarlyWarningTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
    private static final Plan PLAN = new Plan(8, 8);
    private static final RiskPolicy POLICY = RiskPolicy.DEFAULTS;

    /** A check-in for the learner's week {@code w}, sent on its Wednesday. */
    private static CheckIn week(int w, int progress, double hours, int mood, boolean help) {
        LocalDate monday = START.plusWeeks(w - 1);
        return new CheckIn(monday, progress, null, hours, mood, help, monday.plusDays(2));
    }

    /** Check-ins on plan for weeks 1..n (12.5 points a week), 5 hours, mood 4. */
    private static List<CheckIn> onPlan(int n) {
        List<CheckIn> list = new ArrayList<>();
        for (int w = 1; w <= n; w++) {
            list.add(week(w, (int) Math.round(12.5 * w), 5, 4, false));
        }
        return list;
    }

    /** The verdict on the Monday after week {@code w}. */
    private static Assessment after(int w, List<CheckIn> checkIns) {
        return EarlyWarning.assess(new LearnerHistory(START, checkIns, null), PLAN, POLICY, START.plusWeeks(w));
    }

    private static List<String> codes(Assessment a) {
        return a.reasons().stream().map(Reason::code).toList();
    }

    /** Each sign's terms on the Monday after week {@code w}, by its reason's code. */
    private static java.util.Map<String, Double> terms(int w, List<CheckIn> checkIns) {
        double[] signs = EarlyWarning.judge(new LearnerHistory(START, checkIns, null), PLAN, POLICY, START.plusWeeks(w)).signs();
        return RiskModel.terms(RiskModel.shaped(signs));
    }

    private static Reason reason(Assessment a, String code) {
        return a.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** Weeks 1..5 as usual, then {@code last} for week 6. */
    private static List<CheckIn> thenLastWeek(CheckIn last) {
        List<CheckIn> list = new ArrayList<>(onPlan(5));
        list.add(last);
        return list;
    }

    /** Weeks 1..4 as usual, then weeks 5 and 6 changed by {@code change}. */
    private static List<CheckIn> thenTwoWeeks(java.util.function.IntFunction<CheckIn> change) {
        List<CheckIn> list = new ArrayList<>(onPlan(4));
        list.add(change.apply(5));
        list.add(change.apply(6));
        return list;
    }

    private static final double USUAL = after(6, onPlan(6)).score();

    @Test
    void aLearnerWhoseWeeksGoAsUsualIsOkWithAScoreAndNoReason() {
        Assessment a = after(6, onPlan(6));
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
        assertThat(a.silentNow()).isFalse();
        assertThat(a.reasons()).isEmpty();
        assertThat(a.score()).isBetween(0.0, POLICY.watchScore());
        assertThat(a.pace()).isCloseTo(1.0, Offset.offset(0.02));
    }

    @Test
    void beforeTheirStartNothingIsJudged() {
        Assessment a = EarlyWarning.assess(new LearnerHistory(START, List.of(), null), PLAN, POLICY, START.minusDays(2));
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
        assertThat(a.week()).isZero();
        assertThat(a.score()).isNull();
        assertThat(a.silentNow()).isFalse();
    }

    @Test
    void aLearnerWhoStartsMidWeekIsInTheirSecondWeekFromTheNextMonday() {
        // Their week 1 is the ISO week of their Thursday start, as silence and the signs count it:
        // on the next Monday that week is over and missing if they sent nothing, and week 2 has begun.
        LocalDate thursday = START.plusDays(3);
        CheckIn first = new CheckIn(START, 10, null, 5, 4, false, thursday.plusDays(1));
        for (LocalDate day : List.of(START.plusWeeks(1), START.plusWeeks(1).plusDays(2))) {
            Assessment a = EarlyWarning.assess(new LearnerHistory(thursday, List.of(first), null), PLAN, POLICY, day);
            assertThat(a.week()).as(day.getDayOfWeek().toString()).isEqualTo(2);
            assertThat(a.pace()).as("10 %% against the plan's 12.5 %% by the end of week 1").isCloseTo(0.8, Offset.offset(1e-9));
            Assessment silent = EarlyWarning.assess(new LearnerHistory(thursday, List.of(), null), PLAN, POLICY, day);
            assertThat(silent.week()).isEqualTo(2);
            assertThat(silent.silentNow()).as("their week 1 has passed without a check-in").isTrue();
        }
    }

    @Test
    void silentNowIsLastWeeksMissingCheckInAndNothingElse() {
        // Week 4 missed: on the Monday after it, silent now; the score is that of the signs before.
        List<CheckIn> three = onPlan(3);
        Assessment silent = after(4, three);
        assertThat(silent.silentNow()).isTrue();
        assertThat(silent.listed()).isTrue();
        assertThat(codes(silent)).startsWith(Reason.MISSED_CHECK_INS);
        assertThat(reason(silent, Reason.MISSED_CHECK_INS).text(Language.EN)).isEqualTo("Missed last week’s check-in");
        assertThat(reason(silent, Reason.MISSED_CHECK_INS).text(Language.FR)).isEqualTo("N’a pas fait le point de la semaine dernière");
        assertThat(silent.score()).isEqualTo(after(3, three).score());
        // During week 5, before its deadline, week 4 is still the one missing.
        assertThat(EarlyWarning.assess(new LearnerHistory(START, three, null), PLAN, POLICY, START.plusWeeks(4).plusDays(3))
                .silentNow()).isTrue();
        // A learner who checked in last week is not silent, even if they skipped the week before.
        List<CheckIn> skipped = new ArrayList<>(three);
        skipped.add(week(5, 60, 5, 4, false));
        assertThat(after(5, skipped).silentNow()).isFalse();
        // Nor one who missed last week but has already checked in this week.
        List<CheckIn> back = new ArrayList<>(three);
        back.add(week(5, 60, 5, 4, false));
        assertThat(EarlyWarning.assess(new LearnerHistory(START, back, null), PLAN, POLICY, START.plusWeeks(4).plusDays(3))
                .silentNow()).isFalse();
        // Nobody is silent in their first week, nor after the plan's last week.
        assertThat(after(0, List.of()).silentNow()).isFalse();
        assertThat(after(1, List.of()).silentNow()).isTrue();
        assertThat(EarlyWarning.assess(new LearnerHistory(START, onPlan(7), null), PLAN, POLICY, START.plusWeeks(9))
                .silentNow()).isFalse();
    }

    @Test
    void twoMissedWeeksInARowAreSaidAsSuchAndTheConfiguredSilenceIsADropOut() {
        Assessment two = after(5, onPlan(3));
        assertThat(reason(two, Reason.MISSED_CHECK_INS).text(Language.EN)).isEqualTo("Missed the last 2 weekly check-ins in a row");
        assertThat(reason(two, Reason.MISSED_CHECK_INS).params()).containsEntry("weeks", 2);
        Assessment gone = after(7, onPlan(3));
        assertThat(gone.outcome()).isEqualTo(Outcome.DROPPED_OUT);
        assertThat(gone.level()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(gone.score()).isNull();
        assertThat(two.silentNow()).isTrue();
        assertThat(gone.silentNow()).as("counted out, and still missing this week's check-in").isTrue();
        assertThat(reason(gone, Reason.SILENT_DROPPED_OUT).text(Language.FR)).isEqualTo("Silencieux·se depuis 4\u00A0semaines : compté·e comme abandon");
    }

    @Test
    void fewerHoursThanTheLearnersOwnUsualRaiseTheScoreWhateverTheirAbsoluteLevel() {
        Assessment fewer = after(6, thenTwoWeeks(w -> week(w, (int) Math.round(12.5 * w), 3, 4, false)));
        assertThat(fewer.score()).isGreaterThan(USUAL);
        assertThat(reason(fewer, Reason.HOURS_BELOW_USUAL).params()).containsEntry("usual", 5.0).containsEntry("recent", 3.0);
        assertThat(reason(fewer, Reason.HOURS_BELOW_USUAL).text(Language.EN))
                .isEqualTo("Fewer hours than usual: 3\u202Fh a week lately, 5\u202Fh before");
        assertThat(reason(fewer, Reason.HOURS_BELOW_USUAL).text(Language.FR))
                .isEqualTo("Moins d’heures que d’habitude : 3\u202Fh par semaine ces derniers temps, 5\u202Fh avant");
        // 1.5 hours a week is no sign for a learner who always worked 1.5 hours a week.
        List<CheckIn> always = new ArrayList<>();
        for (int w = 1; w <= 6; w++) {
            always.add(week(w, (int) Math.round(12.5 * w), 1.5, 4, false));
        }
        assertThat(codes(after(6, always))).doesNotContain(Reason.HOURS_BELOW_USUAL, Reason.HOURS_DROPPED);
        assertThat(after(6, always).score()).isCloseTo(USUAL, Offset.offset(1e-9));
    }

    @Test
    void oneBadWeekIsNotATrendTwoAre() {
        List<CheckIn> one = thenLastWeek(week(6, 75, 1.5, 2, false));
        assertThat(terms(6, one)).containsEntry(Reason.HOURS_BELOW_USUAL, 0.0).containsEntry(Reason.MOOD_BELOW_USUAL, 0.0);
        List<CheckIn> two = thenTwoWeeks(w -> week(w, (int) Math.round(12.5 * w), 1.5, 2, false));
        assertThat(after(6, two).score()).isGreaterThan(after(6, one).score());
        assertThat(terms(6, two).get(Reason.HOURS_BELOW_USUAL)).isGreaterThanOrEqualTo(RiskModel.REASON_MIN);
        assertThat(terms(6, two).get(Reason.MOOD_BELOW_USUAL)).isGreaterThan(0);
    }

    @Test
    void theLastWeekAloneAgainstAllBeforeItShowsAQuittersBadWeek() {
        Assessment dropped = after(6, thenLastWeek(week(6, 75, 1.5, 4, false)));
        assertThat(dropped.score()).isGreaterThan(USUAL);
        assertThat(codes(dropped)).contains(Reason.HOURS_DROPPED).doesNotContain(Reason.HOURS_BELOW_USUAL);
        Reason r = reason(dropped, Reason.HOURS_DROPPED);
        assertThat(r.params()).containsEntry("usual", 5.0).containsEntry("last", 1.5);
        assertThat(r.text(Language.EN)).isEqualTo("Fewer hours at the last check-in: 1.5\u202Fh, against 5\u202Fh a week on average before");
        assertThat(r.text(Language.FR)).isEqualTo("Moins d’heures au dernier point : 1,5\u202Fh, contre 5\u202Fh par semaine en moyenne avant");
        // Two such weeks weigh more than one.
        Assessment two = after(6, thenTwoWeeks(w -> week(w, (int) Math.round(12.5 * w), 1.5, 4, false)));
        assertThat(two.score()).isGreaterThan(dropped.score());
    }

    @Test
    void littleProgressSinceTheCheckInBeforeAgainstThePlansWeeklyPace() {
        Assessment a = after(6, thenLastWeek(week(6, 64, 5, 4, false)));
        assertThat(a.score()).isGreaterThan(USUAL);
        Reason r = reason(a, Reason.PROGRESS_STALLED);
        assertThat(r.params()).containsEntry("last", 1L).containsEntry("plan", 13L);
        assertThat(r.text(Language.EN)).isEqualTo("Little progress since the check-in before: 1% a week, the plan expects 13%");
        assertThat(r.text(Language.FR)).isEqualTo("Peu de progrès depuis le point précédent : 1\u202F% par semaine, le plan en prévoit 13\u202F%");
        // A week ahead of the plan's pace is no sign.
        assertThat(codes(after(6, thenLastWeek(week(6, 85, 5, 4, false))))).doesNotContain(Reason.PROGRESS_STALLED);
    }

    @Test
    void aFirstCheckInsLittleProgressIsSaidSinceTheStartForThereIsNoCheckInBefore() {
        // The first check-in, in week 2: 6 points in two weeks, against 12.5 a week.
        Assessment first = after(2, List.of(week(2, 6, 5, 4, false)));
        Reason r = reason(first, Reason.SLOW_SINCE_START);
        assertThat(codes(first)).doesNotContain(Reason.PROGRESS_STALLED);
        assertThat(r.params()).containsEntry("last", 3L).containsEntry("plan", 13L);
        assertThat(r.text(Language.EN)).isEqualTo("Little progress since the start: 3% a week, the plan expects 13%");
        assertThat(r.text(Language.FR)).isEqualTo("Peu de progrès depuis le début : 3\u202F% par semaine, le plan en prévoit 13\u202F%");
        assertThat(RiskModel.topic(r.code())).isEqualTo("progress");
        // Little progress at a second check-in is said against the check-in before.
        Assessment second = after(2, List.of(week(1, 6, 5, 4, false), week(2, 6, 5, 4, false)));
        assertThat(codes(second)).contains(Reason.PROGRESS_STALLED).doesNotContain(Reason.SLOW_SINCE_START);
    }

    @Test
    void fallingBehindInTheFirstWeeksWeighsOnItsOwn() {
        // 9 points behind after week 1: learners who only sample a course fall behind at once.
        Assessment early = after(1, List.of(week(1, 4, 5, 4, false)));
        Assessment onTime = after(1, List.of(week(1, 13, 5, 4, false)));
        assertThat(early.score()).isGreaterThan(onTime.score());
        assertThat(terms(1, List.of(week(1, 4, 5, 4, false))).get(Reason.BEHIND_PLAN)).isGreaterThanOrEqualTo(RiskModel.REASON_MIN);
        // In week 1 the same slowness reads larger as little progress since the start: one reason.
        assertThat(codes(early)).containsExactly(Reason.SLOW_SINCE_START);
        assertThat(codes(onTime)).isEmpty();
        // Behind after a slow first week and a week on the plan's pace: being behind is what shows.
        Assessment behind = after(2, List.of(week(1, 2, 5, 4, false), week(2, 15, 5, 4, false)));
        assertThat(codes(behind)).containsExactly(Reason.BEHIND_PLAN);
        assertThat(reason(behind, Reason.BEHIND_PLAN).text(Language.EN))
                .isEqualTo("10 points behind the plan for week 2 (15% done, 25% expected)");
    }

    @Test
    void aMoodBelowTheLearnersUsualRaisesTheScoreAndALowMoodMore() {
        Assessment lower = after(6, thenTwoWeeks(w -> week(w, (int) Math.round(12.5 * w), 5, 3, false)));
        Assessment low = after(6, thenTwoWeeks(w -> week(w, (int) Math.round(12.5 * w), 5, 1, false)));
        assertThat(lower.score()).isGreaterThan(USUAL);
        assertThat(low.score()).isGreaterThan(lower.score());
        assertThat(reason(low, Reason.MOOD_LOW).text(Language.EN)).isEqualTo("Mood low lately: 1\u202Fout of\u202F5");
        assertThat(reason(low, Reason.MOOD_LOW).text(Language.FR)).isEqualTo("Moral bas ces derniers temps : 1\u202Fsur\u202F5");
        Reason below = new Reason(Reason.MOOD_BELOW_USUAL, RiskLevel.WATCH, List.of(4.0, 2.5));
        assertThat(below.text(Language.EN)).isEqualTo("Mood lower than usual: 2.5\u202Fout of\u202F5 lately, 4 before");
        assertThat(below.text(Language.FR)).isEqualTo("Moral plus bas que d’habitude : 2,5\u202Fsur\u202F5 ces derniers temps, 4 avant");
    }

    @Test
    void progressSlowingAgainstTheLearnersOwnPaceAndFallingBehindThePlan() {
        // 12.5 points a week, then 2: slower than their own pace and behind the plan.
        Assessment slowing = after(6, thenTwoWeeks(w -> week(w, 50 + 2 * (w - 4), 5, 4, false)));
        assertThat(slowing.score()).isGreaterThan(POLICY.watchScore());
        // Slower than their own pace and than the plan's: one fact, worded by the larger of its signs.
        assertThat(terms(6, thenTwoWeeks(w -> week(w, 50 + 2 * (w - 4), 5, 4, false))).get(Reason.PACE_SLOWING))
                .isGreaterThanOrEqualTo(RiskModel.REASON_MIN);
        assertThat(codes(slowing)).containsExactly(Reason.PROGRESS_STALLED);
        Reason pace = new Reason(Reason.PACE_SLOWING, RiskLevel.WATCH, List.of(13L, 2L));
        assertThat(pace.text(Language.EN)).isEqualTo("Progress slowing: 2 points a week lately, 13 before");
        assertThat(pace.text(Language.FR)).isEqualTo("Progression qui ralentit : 2 points par semaine ces derniers temps, 13 avant");
        Reason behind = new Reason(Reason.BEHIND_PLAN, RiskLevel.WATCH, List.of(21L, 6, 54, 75L));
        assertThat(behind.params()).containsEntry("gap", 21L).containsEntry("week", 6).containsEntry("progress", 54);
        assertThat(behind.text(Language.FR)).isEqualTo("21 points de retard sur le plan de la semaine 6 (54\u202F% fait, 75\u202F% prévu)");
        assertThat(slowing.level()).isIn(RiskLevel.WATCH, RiskLevel.AT_RISK);
    }

    @Test
    void convergingSignsScoreHigherThanAnyOfThemAlone() {
        Assessment hours = after(6, thenTwoWeeks(w -> week(w, (int) Math.round(12.5 * w), 1.5, 4, false)));
        Assessment mood = after(6, thenTwoWeeks(w -> week(w, (int) Math.round(12.5 * w), 5, 2, false)));
        Assessment pace = after(6, thenTwoWeeks(w -> week(w, 50 + 2 * (w - 4), 5, 4, false)));
        Assessment all = after(6, thenTwoWeeks(w -> week(w, 50 + 2 * (w - 4), 1.5, 2, false)));
        assertThat(all.score()).isGreaterThan(Math.max(hours.score(), Math.max(mood.score(), pace.score())));
        assertThat(all.level()).isEqualTo(RiskLevel.AT_RISK);
        // The reasons come largest contribution first.
        assertThat(codes(all).get(0)).isIn(Reason.BEHIND_PLAN, Reason.PACE_SLOWING, Reason.PROGRESS_STALLED);
    }

    @Test
    void aHelpRequestWaitsForAContact() {
        List<CheckIn> asked = thenLastWeek(week(6, 75, 5, 4, true));
        Assessment waiting = after(6, asked);
        // On the training cohorts a request for help said nothing about dropping out once the
        // other signs were known, so it leaves the score alone; it is the team's to answer.
        assertThat(waiting.score()).isCloseTo(USUAL, Offset.offset(0.01));
        assertThat(waiting.level()).isEqualTo(RiskLevel.OK);
        assertThat(reason(waiting, Reason.HELP_WAITING).text(Language.EN)).isEqualTo("Asked for help 5\u00A0days ago, not contacted yet");
        assertThat(waiting.listed()).isTrue();
        // Even where the score is low (a first week well ahead of the plan), the request is shown.
        Assessment ahead = after(1, List.of(week(1, 40, 5, 4, true)));
        assertThat(ahead.level()).isEqualTo(RiskLevel.OK);
        assertThat(codes(ahead)).containsExactly(Reason.HELP_WAITING);
        assertThat(ahead.listed()).isTrue();
        LocalDate contacted = START.plusWeeks(5).plusDays(3);
        Assessment helped = EarlyWarning.assess(new LearnerHistory(START, asked, contacted), PLAN, POLICY, START.plusWeeks(6));
        assertThat(codes(helped)).doesNotContain(Reason.HELP_WAITING);
        assertThat(helped.score()).isCloseTo(USUAL, Offset.offset(0.02));
    }

    @Test
    void aSkippedWeekTheLearnerCameBackFromIsMeasuredInTheRecentWindow() {
        List<CheckIn> gap = new ArrayList<>(onPlan(6));
        gap.remove(4); // week 5
        Signs signs = Signs.of(new LearnerHistory(START, gap, null), PLAN, START.plusWeeks(6), 7, 0);
        assertThat(signs.skipped()).isEqualTo(1);
        assertThat(signs.silentWeeks()).isZero();
        // The current silence is not a skipped week: silentNow tells it.
        Signs silent = Signs.of(new LearnerHistory(START, onPlan(4), null), PLAN, START.plusWeeks(6), 7, 2);
        assertThat(silent.skipped()).isZero();
        Reason skipped = new Reason(Reason.SKIPPED_WEEKS, RiskLevel.WATCH, List.of(2, 4));
        assertThat(skipped.text(Language.EN)).isEqualTo("Skipped 2 of the last 4 weekly check-ins");
        assertThat(skipped.text(Language.FR)).isEqualTo("A sauté 2 des 4 derniers points hebdomadaires");
        assertThat(skipped.params()).containsEntry("count", 2).containsEntry("of", 4);
    }

    @Test
    void aPersonalPlanReplacesTheCohortsForProgress() {
        // 7 points a week is on plan for a 14-week personal plan, far behind an 8-week one.
        List<CheckIn> slow = new ArrayList<>();
        for (int w = 1; w <= 6; w++) {
            slow.add(week(w, 7 * w, 5, 4, false));
        }
        LocalDate monday = START.plusWeeks(6);
        Assessment cohortPlan = EarlyWarning.assess(new LearnerHistory(START, slow, null), PLAN, POLICY, monday);
        Assessment ownPlan = EarlyWarning.assess(new LearnerHistory(START, slow, null, new Plan(14, 8)), PLAN, POLICY, monday);
        // Every sign read against the plan speaks for the cohort's and is silent for their own.
        List<String> againstThePlan = List.of(Reason.BEHIND_PLAN, Reason.PROGRESS_STALLED, Reason.BELOW_PLAN_PACE);
        assertThat(codes(cohortPlan)).containsAnyElementsOf(againstThePlan);
        assertThat(codes(ownPlan)).doesNotContainAnyElementsOf(againstThePlan);
        assertThat(ownPlan.score()).isLessThan(cohortPlan.score());
    }

    @Test
    void reachingTheLastStepIsASuccessWhateverFollows() {
        List<CheckIn> done = new ArrayList<>(onPlan(3));
        done.add(new CheckIn(START.plusWeeks(3), 60, 8, 5, 4, false, START.plusWeeks(3).plusDays(1)));
        Assessment a = after(7, done);
        assertThat(a.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
        assertThat(a.silentNow()).isFalse();
        assertThat(a.score()).isNull();
    }

    @Test
    void thePolicyTurnsTheScoreIntoALevel() {
        assertThat(new RiskPolicy(0.2, 0.4, 4).level(0.19)).isEqualTo(RiskLevel.OK);
        assertThat(new RiskPolicy(0.2, 0.4, 4).level(0.2)).isEqualTo(RiskLevel.WATCH);
        assertThat(new RiskPolicy(0.2, 0.4, 4).level(0.4)).isEqualTo(RiskLevel.AT_RISK);
        assertThatThrownBy(() -> new RiskPolicy(0.5, 0.4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskPolicy(0.2, 0.4, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyReasonHasItsSentenceInBothLanguagesAndUrgencyOrdersByLevelThenSilence() {
        for (String code : Reason.PARAMS.keySet()) {
            List<Object> figures = new ArrayList<>();
            Reason.PARAMS.get(code).forEach(p -> figures.add(2));
            Reason r = new Reason(code, RiskLevel.WATCH, figures);
            assertThat(r.text(Language.EN)).isNotBlank().doesNotContain("{");
            assertThat(r.text(Language.FR)).isNotBlank().doesNotContain("{").isNotEqualTo(r.text(Language.EN));
        }
        assertThatThrownBy(() -> new Reason(Reason.BEHIND_PLAN, RiskLevel.WATCH, List.of(1))).isInstanceOf(IllegalArgumentException.class);
        Assessment silentOk = new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(), 3, 30, 1.0, true, 0.1);
        Assessment watch = new Assessment(RiskLevel.WATCH, Outcome.ACTIVE, List.of(), 3, 30, 1.0, false, 0.3);
        Assessment silentWatch = new Assessment(RiskLevel.WATCH, Outcome.ACTIVE, List.of(), 3, 30, 1.0, true, 0.3);
        Assessment atRisk = new Assessment(RiskLevel.AT_RISK, Outcome.ACTIVE, List.of(), 3, 30, 1.0, false, 0.5);
        assertThat(List.of(silentOk, watch, silentWatch, atRisk)).isSortedAccordingTo(
                java.util.Comparator.comparingInt(Assessment::urgency));
    }
}
