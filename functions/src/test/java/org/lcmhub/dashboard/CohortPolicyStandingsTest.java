package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.RiskLevel;
import org.lcmhub.risk.RiskPolicy;
import org.lcmhub.testing.InMemoryCohorts;

/** The dashboard judges each learner with the thresholds of their cohort, not the defaults. */
class CohortPolicyStandingsTest {
    /** Starts Monday 2027-01-04 for 8 weeks; "now" is Wednesday of its week 5 (50 % expected by now). */
    private static final Cohort COHORT = InMemoryCohorts.cohort("c-1", "python", 30, true);
    private static final Instant NOW = Instant.parse("2027-02-03T12:00:00Z");

    /** Checked in every week so far, 15 points behind the plan at the end of week 4. */
    private static CohortRecords.Records behindBy15() {
        Learner l = new Learner("ben", "Ben", "ben@example.org", "python", "c-1", Language.EN, "Europe/London", null, null,
                LearnerStatus.ENROLLED, null, Instant.parse("2026-12-20T10:00:00Z"));
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        int[] progress = {10, 20, 30, 35};
        for (int w = 0; w < progress.length; w++) {
            checkIns.add(new WeeklyCheckIn("ben", "c-1", IsoWeek.of(COHORT.startDate().plusWeeks(w)), progress[w], null,
                    4, 4, null, false, null, COHORT.startDate().plusWeeks(w).plusDays(1).atTime(18, 0)
                    .toInstant(java.time.ZoneOffset.UTC)));
        }
        return new CohortRecords.Records(List.of(l), checkIns, List.of());
    }

    private static LearnerStanding standing(RiskPolicy policy) {
        List<LearnerStanding> s = DashboardService.standings(COHORT.withRiskPolicy(policy), behindBy15(), NOW);
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    @Test
    void theSameHistoryIsOkWatchOrAtRiskDependingOnTheCohortsScoreThresholds() {
        LearnerStanding byDefault = standing(RiskPolicy.DEFAULTS);
        double score = byDefault.assessment().score();
        assertThat(byDefault.assessment().reasons()).extracting(Reason::code).contains(Reason.PROGRESS_STALLED);

        RiskPolicy lenient = new RiskPolicy(score + 0.01, score + 0.02, 4);
        assertThat(standing(lenient).assessment().level()).isEqualTo(RiskLevel.OK);
        assertThat(standing(new RiskPolicy(score - 0.01, score + 0.01, 4)).assessment().level()).isEqualTo(RiskLevel.WATCH);
        RiskPolicy strict = new RiskPolicy(score / 2, score, 4);
        assertThat(standing(strict).assessment().level()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(standing(strict).assessment().score()).isEqualTo(score);
    }
}
