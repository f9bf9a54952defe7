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
import org.lcmhub.risk.Plan;

class CheckInViewsTest {
    private static final Cohort COHORT = new Cohort("c", "python", "C", Language.EN, LocalDate.parse("2027-01-04"), 8,
            30, true, 1, 0, Set.of("lcm-1"), Instant.parse("2026-12-01T00:00:00Z"));
    /** Joined on Thursday 7 January, after the cohort's Monday start: their own week 1 is that week. */
    private static final Learner THURSDAY = new Learner("l", "Léa", "lea@example.org", "python", "c", Language.EN, "UTC",
            null, null, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-07T10:00:00Z"));

    @Test
    void aPersonalPlanLastsTheLearnersOwnWeeksFromTheirStartsWeekToTheWeekOfItsEnd() {
        // Two weeks after a Thursday start is the Thursday of the learner's own week 3.
        LocalDate end = LocalDate.parse("2027-01-21");
        Plan plan = CheckInViews.plan(COHORT, THURSDAY, end);
        assertThat(plan.weeks()).isEqualTo(3);
        // On the end date the learner is in the plan's last week, which is still open.
        Assessment onTheEnd = CheckInViews.assess(THURSDAY, COHORT, List.of(), null, Instant.parse("2027-01-21T12:00:00Z"),
                end, List.of());
        assertThat(onTheEnd.week()).isEqualTo(plan.weeks());
        assertThat(CheckInViews.standing(onTheEnd, plan, Language.EN).get("expectedProgress")).isEqualTo(67L);
    }
}
