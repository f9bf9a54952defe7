package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcmhub.risk.ConstructedWeeks.PLAN;
import static org.lcmhub.risk.ConstructedWeeks.START;
import static org.lcmhub.risk.ConstructedWeeks.week;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pace is points a week: while a learner's first week runs, none of their weeks is over, and a
 * first check-in's progress is over days. Nobody is judged on it until their week 1 ends; from
 * then on the same check-in is read as before.
 */
class FirstWeekPaceTest {
    private static final List<CheckIn> TWO_PERCENT = List.of(week(1, 2, 1, 4));
    private static final List<CheckIn> ON_PLAN = List.of(week(1, 13, 1, 4));

    private static EarlyWarning.Judgement on(LocalDate today, List<CheckIn> checkIns) {
        return EarlyWarning.judge(new LearnerHistory(START, checkIns, null), PLAN, RiskPolicy.DEFAULTS, today);
    }

    @Test
    void onTheFirstDayOfWeekOneALittleProgressSaysNothing() {
        for (LocalDate day : List.of(START, START.plusDays(6))) { // its Monday and its Sunday
            Assessment a = on(day, TWO_PERCENT).assessment();
            assertThat(a.week()).isEqualTo(1);
            assertThat(a.level()).isEqualTo(RiskLevel.OK);
            assertThat(a.reasons()).isEmpty();
            assertThat(a.listed()).isFalse();
            assertThat(a.pace()).as("no week of the plan is over yet").isNull();
            // Scored as a learner on the plan's pace the same day: no progress sign is read.
            assertThat(a.score()).isEqualTo(on(day, ON_PLAN).assessment().score());
            double[] signs = on(day, TWO_PERCENT).signs();
            for (String sign : List.of("paceSlowing", "behindPlan", "progressStalled", "behindEarly", "belowPlanPace")) {
                assertThat(signs[RiskModel.SIGNS.indexOf(sign)]).as(sign).isZero();
            }
        }
    }

    @Test
    void onceTheFirstWeekIsOverTheSameCheckInIsReadSinceTheStart() {
        Assessment monday = on(START.plusWeeks(1), TWO_PERCENT).assessment();
        assertThat(monday.week()).isEqualTo(2);
        assertThat(monday.reasons()).extracting(Reason::code).contains(Reason.SLOW_SINCE_START);
        assertThat(monday.score()).isGreaterThan(on(START.plusWeeks(1), ON_PLAN).assessment().score());
    }

    @Test
    void aLearnerWhoStartsMidWeekIsNotJudgedOnPaceBeforeTheirFirstMonday() {
        LocalDate thursday = START.plusDays(3);
        CheckIn sunday = new CheckIn(START, 2, null, 1, 4, false, START.plusDays(6));
        Assessment a = EarlyWarning.assess(new LearnerHistory(thursday, List.of(sunday), null), PLAN,
                RiskPolicy.DEFAULTS, START.plusDays(6));
        assertThat(a.week()).isEqualTo(1);
        assertThat(a.reasons()).isEmpty();
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
    }
}
