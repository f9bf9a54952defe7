package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.RiskLevel;

/**
 * A learner in Tokyo of a cohort that starts on Monday 4 January 2027: at 20:00 UTC on Sunday it
 * is already Monday for them, their week 1 has begun (My page opens its check-in) and they send
 * 2 % after an hour. That is one day of the path, not a week of it: no pace is read on it until
 * their week 1 is over, in their zone.
 */
class FirstWeekAheadZoneTest {
    private static final Cohort COHORT = new Cohort("c", "python", "C", Language.EN, LocalDate.parse("2027-01-04"), 10,
            30, true, 1, 0, Set.of("lcm-1"), Instant.parse("2026-12-01T00:00:00Z"));
    private static final Learner KOFI = new Learner("k", "Kofi Mensah", "kofi@example.org", "python", "c", Language.EN,
            "Asia/Tokyo", null, null, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-03T19:00:00Z"));
    private static final List<WeeklyCheckIn> TWO_PERCENT = List.of(new WeeklyCheckIn("k", "c",
            IsoWeek.of(COHORT.startDate()), 2, null, 1, 4, null, false, null, Instant.parse("2027-01-03T19:30:00Z")));

    @Test
    void onTheirFirstMondayTheyAreInWeekOneAndNotJudgedOnPace() {
        Assessment a = CheckInViews.assess(KOFI, COHORT, TWO_PERCENT, null, Instant.parse("2027-01-03T20:00:00Z"));
        assertThat(a.week()).isEqualTo(1);
        assertThat(a.level()).isEqualTo(RiskLevel.OK);
        assertThat(a.reasons()).isEmpty();
        assertThat(a.listed()).isFalse();
        assertThat(a.status()).isEqualTo("ok");
    }

    @Test
    void onTheirSecondMondayTheFirstWeeksProgressIsReadAgainstThePlan() {
        // 00:30 UTC on Monday 11 January: 09:30 in Tokyo, their week 2.
        Assessment a = CheckInViews.assess(KOFI, COHORT, TWO_PERCENT, null, Instant.parse("2027-01-11T00:30:00Z"));
        assertThat(a.week()).isEqualTo(2);
        assertThat(a.reasons()).extracting(Reason::code).contains(Reason.SLOW_SINCE_START);
    }
}
