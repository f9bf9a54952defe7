package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Plan;

/**
 * A late joiner's plan ends when the cohort ends (the last day is the same for everyone), unless
 * they have a personal plan; a plan past the cohort's end is checked in for, and counted, to its
 * own end; and nobody is counted silent for weeks the check-in form no longer takes.
 */
class LateJoinerPlanTest {
    /** Monday 4 January 2027 to Sunday 28 February: eight ISO weeks, W01 to W08. */
    private static final Cohort MONDAY = eightWeeksFrom("2027-01-04");
    /** Thursday 7 January 2027 to Wednesday 3 March: nine ISO weeks, W01 to W09. */
    private static final Cohort THURSDAY = eightWeeksFrom("2027-01-07");

    private static Cohort eightWeeksFrom(String start) {
        return new Cohort("c", "python", "C", Language.EN, LocalDate.parse(start), 8, 30, true, 1, 0, Set.of("lcm-1"),
                Instant.parse("2026-12-01T00:00:00Z"));
    }

    private static Learner joinedOn(String day) {
        return new Learner("l", "Léa", "lea@example.org", "python", "c", Language.EN, "UTC", null, null,
                LearnerStatus.ENROLLED, null, Instant.parse(day + "T10:00:00Z"));
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aThursdayJoinerOfAMondayCohortHasTheWeeksFromTheirsToTheCohortsLast() {
        Learner thursday = joinedOn("2027-01-14"); // in W02
        Plan plan = CheckInViews.plan(MONDAY, thursday, null);
        assertThat(plan).isEqualTo(new Plan(7, 8)); // W02 to W08, the path's eight steps
        Assessment last = CheckInViews.assess(thursday, MONDAY, List.of(), null, noon(MONDAY.endDate()));
        assertThat(last.week()).isEqualTo(plan.weeks());
        assertThat(plan.expectedProgress(last.week())).isEqualTo(100.0);
    }

    @Test
    void aMondayJoinerOfAThursdayCohortEndsWithItNotAWeekLater() {
        Learner monday = joinedOn("2027-01-18"); // in W03
        Plan plan = CheckInViews.plan(THURSDAY, monday, null);
        assertThat(plan).isEqualTo(new Plan(7, 8)); // W03 to W09, the week of Wednesday 3 March
        Assessment last = CheckInViews.assess(monday, THURSDAY, List.of(), null, noon(THURSDAY.endDate()));
        assertThat(last.week()).isEqualTo(plan.weeks());
        // Their standing on the last day: six of their seven weeks behind them.
        assertThat(CheckInViews.standing(last, plan, Language.EN).get("expectedProgress")).isEqualTo(86L);
    }

    @Test
    void aLearnerWhoStartsWithTheCohortHasTheCohortsPlan() {
        for (Cohort cohort : List.of(MONDAY, THURSDAY)) {
            Learner early = joinedOn("2026-12-20");
            assertThat(CheckInViews.plan(cohort, early, null)).isEqualTo(CheckInViews.plan(cohort));
            Learner onTheDay = joinedOn(cohort.startDate().toString());
            assertThat(CheckInViews.plan(cohort, onTheDay, null)).isEqualTo(CheckInViews.plan(cohort));
        }
    }

    @Test
    void aPersonalPlanHasItsOwnEnd() {
        Learner thursday = joinedOn("2027-01-14");
        assertThat(CheckInViews.plan(MONDAY, thursday, LocalDate.parse("2027-03-14"))).isEqualTo(new Plan(9, 8));
        assertThat(CheckInViews.plan(MONDAY, thursday, LocalDate.parse("2027-02-11"))).isEqualTo(new Plan(5, 8));
    }

    @Test
    void theVerdictReadsTheLateJoinersPlan() {
        Learner thursday = joinedOn("2027-01-14");
        // Checked in every week W02..W07 on the cohort's pace from their own start (one step of eight a week).
        List<WeeklyCheckIn> sixWeeks = checkIns(MONDAY.startDate().plusWeeks(1), 6, 12.5);
        Assessment a = CheckInViews.assess(thursday, MONDAY, sixWeeks, null, Instant.parse("2027-02-24T12:00:00Z"));
        // Six weeks of their seven behind them: the plan expects 86 %, they are at 75 %.
        assertThat(a.pace()).isEqualTo(75 / (100.0 * 6 / 7));
    }

    @Test
    void aPlanPastTheCohortCountsItsOwnWeeksAndNoneAfterIt() {
        Learner thursday = joinedOn("2027-01-14");
        LocalDate personalEnd = LocalDate.parse("2027-03-14"); // two weeks after the cohort's end (W09, W10)
        assertThat(CheckInViews.checkInsUntil(MONDAY, personalEnd)).isEqualTo(personalEnd);
        List<WeeklyCheckIn> toW07 = checkIns(MONDAY.startDate().plusWeeks(1), 6, 10);
        // The cohort's last week (W08) was missed: silent on the Monday after.
        assertThat(assessOn(thursday, toW07, personalEnd, "2027-03-01").silentNow()).isTrue();
        // W09 and W10 are their plan's: the check-in form takes them, so missing them counts.
        Assessment weekAfter = assessOn(thursday, toW07, personalEnd, "2027-03-08");
        assertThat(weekAfter.silentNow()).isTrue();
        assertThat(weekAfter.reasons().get(0).figures()).containsExactly(2);
        Assessment planOver = assessOn(thursday, toW07, personalEnd, "2027-03-15");
        assertThat(planOver.silentNow()).isTrue();
        assertThat(planOver.reasons().get(0).figures()).containsExactly(3);
        // After the plan's last week, nothing more: not silent, nor counted out, however long after.
        for (String day : List.of("2027-03-22", "2027-04-26")) {
            Assessment after = assessOn(thursday, toW07, personalEnd, day);
            assertThat(after.silentNow()).isFalse();
            assertThat(after.outcome()).isEqualTo(Outcome.ACTIVE);
            assertThat(after.reasons().get(0).figures()).containsExactly(3);
        }
    }

    @Test
    void checkInsInThePlansOwnWeeksAreReadAndItsWeeksCountTowardsBeingCountedOut() {
        Learner thursday = joinedOn("2027-01-14");
        LocalDate personalEnd = LocalDate.parse("2027-03-14");
        // Checked in every week to W10, the plan's last: nobody to call.
        List<WeeklyCheckIn> toW10 = checkIns(MONDAY.startDate().plusWeeks(1), 9, 10);
        Assessment done = assessOn(thursday, toW10, personalEnd, "2027-03-15");
        assertThat(done.silentNow()).isFalse();
        assertThat(done.progress()).isEqualTo(90);
        // Silent from W07 to W10, two of those weeks after the cohort's end: counted out.
        List<WeeklyCheckIn> toW06 = checkIns(MONDAY.startDate().plusWeeks(1), 5, 10);
        assertThat(assessOn(thursday, toW06, personalEnd, "2027-03-15").outcome()).isEqualTo(Outcome.DROPPED_OUT);
        // A plan that ends before the cohort does not close the cohort's weeks.
        assertThat(CheckInViews.checkInsUntil(MONDAY, LocalDate.parse("2027-02-11"))).isEqualTo(MONDAY.endDate());
    }

    @Test
    void onlyTheCohortsWeeksCountTowardsBeingCountedOut() {
        Learner early = joinedOn("2026-12-20");
        List<WeeklyCheckIn> toW06 = checkIns(MONDAY.startDate(), 6, 10); // W07 and W08 missed
        Assessment later = CheckInViews.assess(early, MONDAY, toW06, null, Instant.parse("2027-03-29T12:00:00Z"));
        assertThat(later.outcome()).isEqualTo(Outcome.ACTIVE);
        assertThat(later.reasons().get(0).figures()).containsExactly(2);
    }

    private static Assessment assessOn(Learner l, List<WeeklyCheckIn> history, LocalDate personalEnd, String day) {
        return CheckInViews.assess(l, MONDAY, history, null, noon(LocalDate.parse(day)), personalEnd, List.of());
    }

    /** {@code weeks} check-ins from the week of {@code monday}, each {@code step} points more, sent on the Wednesday. */
    private static List<WeeklyCheckIn> checkIns(LocalDate monday, int weeks, double step) {
        List<WeeklyCheckIn> out = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate m = monday.plusWeeks(i);
            out.add(new WeeklyCheckIn("l", "c", IsoWeek.of(m), (int) Math.round(step * (i + 1)), null, 4, 4, null, false,
                    null, noon(m.plusDays(2))));
        }
        return out;
    }
}
