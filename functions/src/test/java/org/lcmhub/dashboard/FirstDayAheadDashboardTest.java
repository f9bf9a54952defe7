package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.RiskLevel;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.NoNotes;

/**
 * The cohort starts on Monday 4 January 2027; at 20:00 UTC on Sunday it is already Monday in Tokyo,
 * where Kofi checks in for his week 1 (2 % after an hour), while it is still Sunday in Paris for Léa.
 */
class FirstDayAheadDashboardTest {
    private static final Cohort COHORT = InMemoryCohorts.cohort("c-1", "python", 30, true);
    private static final Instant SUNDAY_EVENING = Instant.parse("2027-01-03T20:00:00Z");
    private static final Caller LCM = new Caller("lcm-1", "alice@example.org", Set.of("lcm"));
    private static final NoteStore NO_NOTES = NoNotes.STORE;

    private static Learner learner(String id, String name, String zone) {
        return new Learner(id, name, id + "@example.org", "python", "c-1", Language.EN, zone, null, null,
                LearnerStatus.ENROLLED, null, Instant.parse("2027-01-03T19:00:00Z"));
    }

    private static final Learner KOFI = learner("kofi", "Kofi Mensah", "Asia/Tokyo");
    private static final Learner LEA = learner("lea", "Léa", "Europe/Paris");
    private static final WeeklyCheckIn FIRST = new WeeklyCheckIn("kofi", "c-1", IsoWeek.of(COHORT.startDate()), 2, null,
            1, 4, null, false, null, Instant.parse("2027-01-03T19:30:00Z"));

    private static DashboardService.Dashboard dashboard(List<Learner> learners, List<WeeklyCheckIn> checkIns) {
        CohortRecords records = id -> new CohortRecords.Records(learners, checkIns, List.of());
        return new DashboardService(new InMemoryCohorts().with(COHORT), records, NO_NOTES,
                Clock.fixed(SUNDAY_EVENING, ZoneOffset.UTC)).dashboard(LCM, "c-1");
    }

    @Test
    void aLearnerOnTheFirstDayOfTheirFirstWeekIsNotToWatchForTheirPace() {
        DashboardService.Dashboard d = dashboard(List.of(KOFI, LEA), List.of(FIRST));
        LearnerStanding kofi = d.learners().stream().filter(s -> s.learnerId().equals("kofi")).findFirst().orElseThrow();
        assertThat(kofi.assessment().week()).isEqualTo(1);
        assertThat(kofi.assessment().level()).isEqualTo(RiskLevel.OK);
        assertThat(kofi.assessment().reasons()).isEmpty();
        assertThat(kofi.checkedInThisWeek()).isTrue();
        assertThat(d.kpis().atRisk()).isEmpty();
    }

    @Test
    void aCheckInSentBeforeTheCohortsFirstDayInUtcCountsInItsWeekOne() {
        DashboardService.Dashboard d = dashboard(List.of(KOFI, LEA), List.of(FIRST));
        List<CohortCharts.WeekRate> weeks = d.charts().checkInRate();
        assertThat(weeks).extracting(CohortCharts.WeekRate::week).containsExactly(IsoWeek.of(COHORT.startDate()));
        // Léa is not expected yet: her week 1 begins at midnight in Paris, and "this week" is each learner's own.
        assertThat(weeks.get(0).submitted()).isEqualTo(1);
        assertThat(weeks.get(0).expected()).isEqualTo(1);
        assertThat(d.kpis().checkInRateThisWeek()).isEqualTo(weeks.get(0).rate()).isEqualTo(1.0);
        assertThat(d.kpis().checkedInThisWeek()).isEqualTo(1);
        assertThat(d.kpis().expectedThisWeek()).isEqualTo(1);
    }

    @Test
    void aCohortWhoseFirstDayHasComeForNoneOfItsLearnersHasNoWeekYet() {
        DashboardService.Dashboard d = dashboard(List.of(LEA), List.of());
        assertThat(d.charts().checkInRate()).isEmpty();
        assertThat(d.kpis().checkInRateThisWeek()).isNull();
    }
}
