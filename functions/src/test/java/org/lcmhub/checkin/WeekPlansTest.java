package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;

/** A history across plan changes keeps each past week's figure against the plan in force that week. */
class WeekPlansTest {
    /** Monday 2 November 2026, twelve weeks: the sign-up's plan ends Sunday 24 January 2027. */
    private static final LocalDate START = LocalDate.parse("2026-11-02");
    private static final Cohort TWELVE = new Cohort("c", "python", "C", Language.EN, START, 12, 30, true, 1, 0,
            Set.of("lcm-1"), Instant.parse("2026-10-01T00:00:00Z"));
    /** Made on Wednesday of week 3: fourteen weeks. */
    private static final WeekPlans.Version FOURTEEN = new WeekPlans.Version(1, START.plusDays(16), START.plusWeeks(14).minusDays(1));
    /** Made on Tuesday of week 7: fifteen weeks. */
    private static final WeekPlans.Version FIFTEEN = new WeekPlans.Version(2, START.plusDays(43), START.plusWeeks(15).minusDays(1));

    @Test
    void pastWeeksKeepThePlanInForceThenAndThisWeekReadsTheCurrentOne() {
        LocalDate thursdayOfWeek7 = START.plusDays(45);
        List<Integer> figures = WeekPlans.figures(TWELVE, START, List.of(FIFTEEN, FOURTEEN), thursdayOfWeek7);
        assertThat(figures).hasSize(15);
        assertThat(figures.get(0)).as("week 1, under the twelve weeks").isEqualTo(8);
        assertThat(figures.get(1)).as("week 2, under the twelve weeks").isEqualTo(17);
        assertThat(figures.get(2)).as("week 3, the fourteen weeks made that Wednesday").isEqualTo(21);
        assertThat(figures.get(5)).as("week 6, under the fourteen weeks").isEqualTo(43);
        assertThat(figures.get(6)).as("this week, the current plan").isEqualTo(47);
        assertThat(figures.get(14)).isEqualTo(100);
    }

    @Test
    void beforeAnyChangeEveryWeekReadsTheSignUpsPlan() {
        List<Integer> figures = WeekPlans.figures(TWELVE, START, List.of(), START.plusDays(30));
        assertThat(figures).hasSize(12);
        assertThat(figures.get(3)).isEqualTo(33);
        assertThat(figures.get(11)).isEqualTo(100);
    }

    @Test
    void aPlanShortenedBelowThePastWeeksStillNamesEachOfThem() {
        WeekPlans.Version ten = new WeekPlans.Version(1, START.plusWeeks(11), START.plusWeeks(10).minusDays(1));
        List<Integer> figures = WeekPlans.figures(TWELVE, START, List.of(ten), START.plusWeeks(11).plusDays(2));
        assertThat(figures).hasSize(11);
        assertThat(figures.get(10)).as("week 11, under the twelve weeks").isEqualTo(92);
    }
}
