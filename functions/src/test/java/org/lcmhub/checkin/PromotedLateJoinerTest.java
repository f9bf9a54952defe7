package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Plan;

/**
 * A learner who waited for a seat starts on the day they got it, not on the day they signed up:
 * the weeks they waited are not weeks they missed.
 */
class PromotedLateJoinerTest {
    /** Monday 26 October 2026, ten weeks: to Sunday 3 January 2027. */
    private static final Cohort COHORT = new Cohort("c", "python", "C", Language.EN, LocalDate.parse("2026-10-26"), 10,
            30, true, 30, 0, Set.of("lcm-1"), Instant.parse("2026-10-01T00:00:00Z"));
    /** Signed up on 13 October, waitlisted; given a seat on Monday 7 December at 10:00 in Paris. */
    private static final Learner LAN = new Learner("l", "Lan", "lan@example.org", "python", "c", Language.EN,
            "Europe/Paris", null, null, LearnerStatus.ENROLLED, null, Instant.parse("2026-10-13T08:00:00Z"),
            Instant.parse("2026-12-07T09:00:00Z"));

    @Test
    void onTheDayOfHerSeatSheIsInHerFirstWeekNeitherSilentNorDroppedOut() {
        Assessment a = CheckInViews.assess(LAN, COHORT, List.of(), null, Instant.parse("2026-12-07T15:00:00Z"));
        assertThat(a.silentNow()).isFalse();
        assertThat(a.outcome()).isEqualTo(Outcome.ACTIVE);
        assertThat(a.week()).isEqualTo(1);
        assertThat(a.reasons()).isEmpty();
    }

    @Test
    void herPlanRunsFromHerSeatsDayToTheCohortsLast() {
        assertThat(CheckInViews.ownStart(COHORT, LAN)).isEqualTo(LocalDate.parse("2026-12-07"));
        Plan plan = CheckInViews.plan(COHORT, LAN, null);
        // Her four ISO weeks, W50 to W53: the whole path in them, nothing expected before her seat.
        assertThat(plan).isEqualTo(new Plan(4, CheckInViews.plan(COHORT).steps()));
        assertThat(plan.expectedProgress(1)).isEqualTo(25.0);
    }

    @Test
    void aSeatGivenInTheLastMinutesOfSundayInHerZoneStartsThatSunday() {
        // 22:30 UTC on Sunday 6 December is 23:30 in Paris: her week 1 is that week, week 2 from Monday.
        Learner late = new Learner("l", "Lan", "lan@example.org", "python", "c", Language.EN, "Europe/Paris", null, null,
                LearnerStatus.ENROLLED, null, Instant.parse("2026-10-13T08:00:00Z"), Instant.parse("2026-12-06T22:30:00Z"));
        assertThat(CheckInViews.ownStart(COHORT, late)).isEqualTo(LocalDate.parse("2026-12-06"));
        Assessment monday = CheckInViews.assess(late, COHORT, List.of(), null, Instant.parse("2026-12-07T15:00:00Z"));
        assertThat(monday.week()).isEqualTo(2);
        assertThat(monday.outcome()).isEqualTo(Outcome.ACTIVE);
    }

    @Test
    void anItemWithoutItsSeatTimeCountsFromTheSignUp() {
        Learner older = new Learner("l", "Lan", "lan@example.org", "python", "c", Language.EN, "Europe/Paris", null,
                null, LearnerStatus.ENROLLED, null, Instant.parse("2026-10-13T08:00:00Z"));
        assertThat(CheckInViews.ownStart(COHORT, older)).isEqualTo(COHORT.startDate());
    }
}
