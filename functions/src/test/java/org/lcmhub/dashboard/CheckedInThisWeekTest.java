package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.NoNotes;

/**
 * "Checked in this week" at a turn of the week: ten learners of a cohort that began on Monday
 * 4 January 2027, each checked in for weeks 1 to 4; five for week 5 too. The dashboard's figure
 * counts the learners whose own flag says they checked in, each in the week their zone is in.
 */
class CheckedInThisWeekTest {
    private static final Cohort COHORT = InMemoryCohorts.cohort("c-1", "python", 30, true);
    private static final Caller LCM = new Caller("lcm-1", "alice@example.org", Set.of("lcm"));
    private static final LocalDate WEEK_5 = COHORT.startDate().plusWeeks(4);

    private final List<Learner> learners = new ArrayList<>();
    private final List<WeeklyCheckIn> checkIns = new ArrayList<>();

    private void learner(String id, String zone, boolean week5) {
        learners.add(new Learner(id, id, id + "@example.org", "python", "c-1", Language.EN, zone, null, null,
                LearnerStatus.ENROLLED, null, Instant.parse("2026-12-20T10:00:00Z")));
        for (int w = 0; w < (week5 ? 5 : 4); w++) {
            LocalDate monday = COHORT.startDate().plusWeeks(w);
            checkIns.add(new WeeklyCheckIn(id, "c-1", IsoWeek.of(monday), 10 * (w + 1), null, w + 1, 4, null, false,
                    null, monday.plusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        }
    }

    private DashboardService.Dashboard at(Instant now) {
        CohortRecords records = id -> new CohortRecords.Records(learners, checkIns, List.of());
        return new DashboardService(new InMemoryCohorts().with(COHORT), records, NoNotes.STORE,
                Clock.fixed(now, ZoneOffset.UTC)).dashboard(LCM, "c-1");
    }

    private static long flagged(DashboardService.Dashboard d) {
        return d.learners().stream().filter(LearnerStanding::checkedInThisWeek).count();
    }

    /**
     * Sunday 20:00 UTC: it is Monday in Auckland and Tokyo, where two of the five who checked in
     * for week 5 live; their week 6 has begun and they owe its check-in, so they are not counted.
     */
    @Test
    void learnersWhoseWeekHasTurnedOverOweTheNewWeeksCheckIn() {
        learner("ana", "Europe/Paris", true);
        learner("bob", "Europe/London", true);
        learner("cho", "America/Toronto", true);
        learner("kai", "Pacific/Auckland", true);
        learner("yuki", "Asia/Tokyo", true);
        for (String id : List.of("dan", "eva", "fay", "gus", "hal")) {
            learner(id, "Europe/Paris", false);
        }
        DashboardService.Dashboard d = at(WEEK_5.plusDays(6).atTime(20, 0).toInstant(ZoneOffset.UTC));

        assertThat(flagged(d)).isEqualTo(3);
        assertThat(d.kpis().checkedInThisWeek()).isEqualTo(3);
        assertThat(d.kpis().expectedThisWeek()).isEqualTo(10);
        assertThat(d.kpis().checkInRateThisWeek()).isEqualTo(0.3);
        // The chart's current bar is the same count.
        CohortCharts.WeekRate current = d.charts().checkInRate().get(d.charts().checkInRate().size() - 1);
        assertThat(current.week()).isEqualTo(IsoWeek.of(WEEK_5));
        assertThat(current.submitted()).isEqualTo(3);
        assertThat(current.expected()).isEqualTo(10);
    }

    /**
     * Monday 03:00 UTC: in Los Angeles it is still Sunday of week 5, which its learner checked in
     * for; she is counted, not missing for a week she cannot check in for yet.
     */
    @Test
    void aLearnerStillOnSundayIsCountedForTheWeekSheIsIn() {
        learner("lou", "America/Los_Angeles", true);
        learner("ana", "Europe/Paris", true);
        DashboardService.Dashboard d = at(WEEK_5.plusDays(7).atTime(3, 0).toInstant(ZoneOffset.UTC));

        assertThat(flagged(d)).isEqualTo(1);
        assertThat(d.kpis().checkedInThisWeek()).isEqualTo(1);
        assertThat(d.kpis().expectedThisWeek()).isEqualTo(2);
        assertThat(d.kpis().checkInRateThisWeek()).isEqualTo(0.5);
    }
    /**
     * Monday morning of week 6: nobody has checked in for it yet, which is no bad figure, as the
     * week's check-ins are due by its Sunday; the answer names that day for the page to say.
     */
    @Test
    void onMondayMorningTheAnswerSaysTheSundayTheWeeksCheckInsAreDueBy() {
        for (String id : List.of("ana", "bob", "cho")) {
            learner(id, "Europe/Paris", true);
        }
        LocalDate monday = WEEK_5.plusWeeks(1);
        var view = DashboardHandler.view(at(monday.atTime(8, 0).toInstant(ZoneOffset.UTC)), null);

        assertThat(view).containsEntry("checkedInThisWeek", 0).containsEntry("expectedThisWeek", 3)
                .containsEntry("checkInsDueBy", monday.plusDays(6).toString());
        assertThat(monday.plusDays(6).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        // On that Sunday, the same day still; after the cohort's weeks, none.
        assertThat(DashboardHandler.view(at(monday.plusDays(6).atTime(22, 0).toInstant(ZoneOffset.UTC)), null))
                .containsEntry("checkInsDueBy", monday.plusDays(6).toString());
        assertThat(DashboardHandler.view(at(COHORT.startDate().plusWeeks(40).atTime(8, 0).toInstant(ZoneOffset.UTC)), null))
                .containsEntry("checkInsDueBy", null);
    }
}
