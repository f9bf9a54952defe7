package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/**
 * The sign that reads two weeks at once, below the plan's pace at both of the last two
 * check-ins, on constructed histories of an 8-week, 8-step path (12.5 points a week). Values of
 * the sign are checked, scores only against each other, so a refit does not change what the
 * tests mean.
 */
class BelowPlanPaceTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
    private static final Plan PLAN = new Plan(8, 8);

    private static CheckIn week(int w, int progress, double hours, int mood) {
        LocalDate monday = START.plusWeeks(w - 1);
        return new CheckIn(monday, progress, null, hours, mood, false, monday.plusDays(2));
    }

    /** Weeks 1..4 on plan at 5 hours and mood 4, then weeks 5 and 6 as given. */
    private static List<CheckIn> usualThen(CheckIn five, CheckIn six) {
        List<CheckIn> list = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            list.add(week(w, (int) Math.round(12.5 * w), 5, 4));
        }
        list.add(five);
        list.add(six);
        return list;
    }

    private static double sign(String name, List<CheckIn> checkIns) {
        LearnerHistory h = new LearnerHistory(START, checkIns, null);
        return RiskModel.signs(Signs.of(h, PLAN, START.plusWeeks(6), 7, 0), PLAN)[RiskModel.SIGNS.indexOf(name)];
    }

    private static Assessment after6(List<CheckIn> checkIns) {
        return EarlyWarning.assess(new LearnerHistory(START, checkIns, null), PLAN, RiskPolicy.DEFAULTS, START.plusWeeks(6));
    }

    private static List<String> codes(Assessment a) {
        return a.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void belowThePlansPaceCountsOnlyWhenBothOfTheLastTwoWeeksAreSlow() {
        List<CheckIn> twoSlow = usualThen(week(5, 56, 5, 4), week(6, 62, 5, 4));
        List<CheckIn> slowThenBack = usualThen(week(5, 56, 5, 4), week(6, 69, 5, 4));
        List<CheckIn> backThenSlow = usualThen(week(5, 63, 5, 4), week(6, 69, 5, 4));
        // 6 points a week at best against the plan's 12.5: 52 % below its pace.
        assertThat(sign("belowPlanPace", twoSlow)).isCloseTo(0.52, Offset.offset(1e-9));
        assertThat(sign("belowPlanPace", slowThenBack)).isZero();
        assertThat(sign("belowPlanPace", backThenSlow)).isZero();
        // Ahead of the plan is not "negative slowness": the sign stays at 0.
        assertThat(sign("belowPlanPace", usualThen(week(5, 70, 5, 4), week(6, 90, 5, 4)))).isZero();
        // Its term joins the other progress signs' in one reason.
        assertThat(codes(after6(twoSlow))).containsOnlyOnce(Reason.PROGRESS_STALLED).doesNotContain(Reason.BELOW_PLAN_PACE);
        // Slower still never scores lower.
        assertThat(after6(usualThen(week(5, 53, 5, 4), week(6, 56, 5, 4))).score())
                .isGreaterThanOrEqualTo(after6(twoSlow).score());
    }

    @Test
    void eachWeeksPaceCountsSinceTheCheckInBeforeItOrSinceTheStart() {
        int index = RiskModel.SIGNS.indexOf("belowPlanPace");
        // Week 1 (12 points since the start), week 2 skipped, week 3 (12 more over two weeks):
        // the better of the two is 12 points a week, 4 % below the plan's 12.5.
        LearnerHistory gap = new LearnerHistory(START, List.of(week(1, 12, 5, 4), week(3, 24, 5, 4)), null);
        assertThat(RiskModel.signs(Signs.of(gap, PLAN, START.plusWeeks(3), 4, 0), PLAN)[index])
                .isCloseTo(0.04, Offset.offset(1e-9));
        // A single check-in is not two weeks.
        LearnerHistory first = new LearnerHistory(START, List.of(week(1, 2, 5, 4)), null);
        assertThat(RiskModel.signs(Signs.of(first, PLAN, START.plusWeeks(1), 2, 0), PLAN)[index]).isZero();
    }

    @Test
    void belowThePlansPaceSpeaksBothLanguages() {
        // 9 points a week from the start: no slower than their own pace, and a little below the
        // plan's every week, which reads most as two slow weeks in a row.
        List<CheckIn> steadySlow = new ArrayList<>();
        for (int w = 1; w <= 6; w++) {
            steadySlow.add(week(w, 9 * w, 5, 4));
        }
        Assessment a = after6(steadySlow);
        assertThat(codes(a)).containsExactly(Reason.BELOW_PLAN_PACE);
        Reason r = a.reasons().get(0);
        assertThat(r.params()).containsEntry("best", 9L).containsEntry("plan", 13L);
        assertThat(r.text(Language.EN))
                .isEqualTo("Slower than the plan at both of the last two check-ins: 9% a week at best, the plan expects 13%");
        assertThat(r.text(Language.FR))
                .isEqualTo("Plus lent·e que le plan aux deux derniers points : 9\u202F% par semaine au mieux, le plan en prévoit 13\u202F%");
    }
}
