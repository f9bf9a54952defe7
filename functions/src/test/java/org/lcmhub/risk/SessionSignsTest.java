package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

class SessionSignsTest {
    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");
    private static final Assessment CALM = new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(), 5, 50, 1.0, false, 0.1);

    private static SessionOutcome s(int daysAgo, SessionOutcome.Kind kind) {
        return new SessionOutcome(TODAY.minusDays(daysAgo), kind);
    }

    @Test
    void oneNoShowIsWorthALookTwoCallForAContact() {
        Assessment one = SessionSigns.apply(CALM, List.of(s(3, SessionOutcome.Kind.NO_SHOW)), TODAY);
        assertThat(one.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(one.reasons()).extracting(Reason::code).containsExactly(Reason.MISSED_ONE_TO_ONES);
        assertThat(one.reasons().get(0).params()).containsEntry("count", 1L).containsEntry("weeks", 6);
        assertThat(one.listed()).isTrue();
        Assessment two = SessionSigns.apply(CALM, List.of(s(3, SessionOutcome.Kind.NO_SHOW),
                s(10, SessionOutcome.Kind.NO_SHOW)), TODAY);
        assertThat(two.level()).isEqualTo(RiskLevel.AT_RISK);
    }

    @Test
    void cancellationsCountFromTheSecondAndOnlyTheLearnersAndOnlyRecentOnes() {
        assertThat(SessionSigns.apply(CALM, List.of(s(3, SessionOutcome.Kind.LEARNER_CANCELLED_LATE)), TODAY))
                .isEqualTo(CALM);
        assertThat(SessionSigns.apply(CALM, List.of(s(3, SessionOutcome.Kind.MENTOR_CANCELLED),
                s(10, SessionOutcome.Kind.MENTOR_CANCELLED), s(60, SessionOutcome.Kind.NO_SHOW)), TODAY)).isEqualTo(CALM);
        Assessment twice = SessionSigns.apply(CALM, List.of(s(3, SessionOutcome.Kind.LEARNER_CANCELLED_LATE),
                s(10, SessionOutcome.Kind.LEARNER_CANCELLED_EARLY)), TODAY);
        assertThat(twice.reasons()).extracting(Reason::code).containsExactly(Reason.CANCELLED_ONE_TO_ONES);
        assertThat(twice.reasons().get(0).text(Language.FR)).isEqualTo("A annulé 2 rendez-\u2060vous individuels ces 6 dernières semaines");
        assertThat(twice.level()).isEqualTo(RiskLevel.WATCH);
    }

    @Test
    void aLearnerWhoFinishedIsLeftAsTheyAre() {
        Assessment done = new Assessment(RiskLevel.OK, Outcome.SUCCEEDED, List.of(), 8, 100, 1.0);
        assertThat(SessionSigns.apply(done, List.of(s(3, SessionOutcome.Kind.NO_SHOW)), TODAY)).isEqualTo(done);
    }
}
