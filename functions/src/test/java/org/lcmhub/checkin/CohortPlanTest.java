package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.lcmhub.risk.Plan;

/**
 * The cohort's plan spans the cohort's own weeks as the early warning counts them (ISO weeks from
 * the start's), whatever the weekday it starts on, so its last week is the week of its last day.
 */
class CohortPlanTest {
    private static final Learner LEA = new Learner("l", "Léa", "lea@example.org", "python", "c", Language.EN, "UTC",
            null, null, LearnerStatus.ENROLLED, null, Instant.parse("2026-12-01T10:00:00Z"));

    private static Cohort twoWeeksFrom(String start) {
        return new Cohort("c", "python", "C", Language.EN, LocalDate.parse(start), 2, 30, true, 1, 0, Set.of("lcm-1"),
                Instant.parse("2026-12-01T00:00:00Z"));
    }

    private static Assessment onItsLastDay(Cohort cohort) {
        return CheckInViews.assess(LEA, cohort, List.of(), null, cohort.endDate().atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void aCohortStartingOnAMondayHasAsManyPlanWeeksAsWeeks() {
        Cohort monday = twoWeeksFrom("2027-01-04"); // ends Sunday 17 January
        Plan plan = CheckInViews.plan(monday);
        assertThat(plan).isEqualTo(new Plan(2, 2));
        Assessment last = onItsLastDay(monday);
        assertThat(last.week()).isEqualTo(2);
        assertThat(plan.expectedProgress(last.week())).isEqualTo(100.0);
    }

    @Test
    void aCohortStartingOnAThursdayExpectsEverythingByTheWeekOfItsLastDayNotTheWeekBefore() {
        Cohort thursday = twoWeeksFrom("2027-01-07"); // ends Wednesday 20 January, in its third ISO week
        Plan plan = CheckInViews.plan(thursday);
        assertThat(plan.weeks()).isEqualTo(3);
        assertThat(plan.steps()).isEqualTo(2); // one step a week of the path, not of the calendar
        Assessment last = onItsLastDay(thursday);
        assertThat(last.week()).isEqualTo(plan.weeks());
        assertThat(plan.expectedProgress(last.week())).isEqualTo(100.0);
        // The standing on its last day: two of three weeks behind it, not the whole path.
        assertThat(CheckInViews.standing(last, plan, Language.EN).get("expectedProgress")).isEqualTo(67L);
    }

    @Test
    void aCohortStartingOnASundayCountsThatSundayAsItsFirstWeek() {
        Cohort sunday = twoWeeksFrom("2027-01-10"); // ends Saturday 23 January
        Plan plan = CheckInViews.plan(sunday);
        assertThat(plan.weeks()).isEqualTo(3);
        Assessment last = onItsLastDay(sunday);
        assertThat(last.week()).isEqualTo(plan.weeks());
        assertThat(plan.expectedProgress(last.week())).isEqualTo(100.0);
    }

    @Test
    void theLastWeekOfACohortStartingOnAThursdayIsOneWhoseMissingCheckInMakesTheLearnerSilent() {
        Cohort thursday = twoWeeksFrom("2027-01-07");
        List<WeeklyCheckIn> firstTwo = List.of(checkIn("2027-01-04", 40), checkIn("2027-01-11", 70));
        // Monday after the week of the last day (Wednesday 20): that week's check-in is overdue.
        Assessment after = CheckInViews.assess(LEA, thursday, firstTwo, null, Instant.parse("2027-01-25T09:00:00Z"));
        assertThat(after.silentNow()).isTrue();
        assertThat(after.week()).isEqualTo(4);
    }

    private static WeeklyCheckIn checkIn(String monday, int progress) {
        LocalDate m = LocalDate.parse(monday);
        return new WeeklyCheckIn("l", "c", IsoWeek.of(m), progress, null, 3, 3, null, false, null,
                m.plusDays(4).atTime(18, 0).toInstant(ZoneOffset.UTC));
    }
}
