package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.RiskPolicy;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;

class EligibilityTest {
    /** Started Monday 2026-10-05 for 12 weeks; "now" is Tuesday 2026-12-01, in its week 9. */
    private static final LocalDate START = LocalDate.parse("2026-10-05");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Cohort cohort(RiskPolicy policy) {
        return new Cohort("c", "python", "C", Language.EN, START, 12, 30, true, 0, 0, Set.of("lcm-1"),
                Instant.parse("2026-09-01T00:00:00Z"), policy);
    }

    private static Learner learner(String id, LearnerStatus status) {
        return new Learner(id, id, id + "@example.org", "python", "c", Language.EN, "Europe/Paris", null, null, status,
                null, Instant.parse("2026-09-20T00:00:00Z"));
    }

    private static WeeklyCheckIn checkIn(String id, String monday, int progress) {
        LocalDate m = LocalDate.parse(monday);
        return new WeeklyCheckIn(id, "c", IsoWeek.of(m), progress, null, 3, 4, null, false, null,
                m.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void onlyAnEnrolledLearnerStillOnThePathMayGetAMentor() {
        assertThat(Eligibility.whyNot(LearnerStatus.ENROLLED, Outcome.ACTIVE)).isEmpty();
        assertThat(Eligibility.whyNot(LearnerStatus.ENROLLED, Outcome.DROPPED_OUT)).contains("dropped-out");
        assertThat(Eligibility.whyNot(LearnerStatus.ENROLLED, Outcome.SUCCEEDED)).contains("finished");
        assertThat(Eligibility.whyNot(LearnerStatus.WITHDRAWN, Outcome.ACTIVE)).contains("withdrawn");
        assertThat(Eligibility.whyNot(LearnerStatus.WAITLISTED, Outcome.ACTIVE)).isEqualTo(Optional.of("waitlisted"));
    }

    @Test
    void aCohortsLearnersAreJudgedOnTheirCheckInsWithTheCohortsThresholds() {
        List<Learner> learners = List.of(learner("silent", LearnerStatus.ENROLLED),
                learner("done", LearnerStatus.ENROLLED), learner("going", LearnerStatus.ENROLLED),
                learner("left", LearnerStatus.WITHDRAWN), learner("quiet", LearnerStatus.ENROLLED));
        List<WeeklyCheckIn> checkIns = List.of(checkIn("done", "2026-11-16", 100), checkIn("going", "2026-11-23", 60),
                checkIn("quiet", "2026-10-26", 30)); // then five whole weeks without a check-in

        assertThat(Eligibility.excluded(cohort(RiskPolicy.DEFAULTS), learners, checkIns, NOW))
                .containsOnlyKeys("silent", "done", "left", "quiet")
                .containsEntry("silent", "dropped-out").containsEntry("done", "finished")
                .containsEntry("left", "withdrawn").containsEntry("quiet", "dropped-out");

        // A team that counts a dropout only after 6 silent weeks still proposes the quiet learner.
        RiskPolicy patient = new RiskPolicy(0.2, 0.4, 6);
        assertThat(Eligibility.excluded(cohort(patient), learners, checkIns, NOW)).doesNotContainKey("quiet")
                .containsEntry("silent", "dropped-out");
    }

    @Test
    void aLearnerGivenASeatFromTheWaitlistIsNotLeftOutForTheWeeksSheWaited() {
        // Signed up before the start, waitlisted, and given a seat on Monday 30 November: no check-in yet.
        Learner promoted = new Learner("lan", "Lan", "lan@example.org", "python", "c", Language.EN, "Europe/Paris",
                null, null, LearnerStatus.ENROLLED, null, Instant.parse("2026-09-20T00:00:00Z"),
                Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(Eligibility.excluded(cohort(RiskPolicy.DEFAULTS), List.of(promoted), List.of(), NOW)).isEmpty();
    }
}
