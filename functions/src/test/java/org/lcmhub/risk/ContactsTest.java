package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 1:1 reported held since a request for help answers it, as a contact note does. */
class ContactsTest {
    private static final LocalDate START = LocalDate.parse("2027-03-01");
    /** Wednesday of week 2: the request's day. */
    private static final LocalDate ASKED = LocalDate.parse("2027-03-10");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-12");

    private static Assessment judged(LocalDate noteDay, List<SessionOutcome> sessions) {
        LearnerHistory h = new LearnerHistory(START, List.of(
                new CheckIn(START, 10, null, 5, 4, false, LocalDate.parse("2027-03-03")),
                new CheckIn(ASKED.minusDays(2), 20, null, 5, 4, true, ASKED)),
                Contacts.lastOn(noteDay, sessions, TODAY));
        return EarlyWarning.assess(h, Plan.course(START, 8), RiskPolicy.DEFAULTS, TODAY);
    }

    private static boolean helpWaiting(Assessment a) {
        return a.reasons().stream().anyMatch(r -> r.code().equals(Reason.HELP_WAITING));
    }

    @Test
    void aHeldOneToOneOnOrAfterTheRequestAnswersIt() {
        assertThat(helpWaiting(judged(null, List.of()))).isTrue();
        Assessment sameDay = judged(null, List.of(new SessionOutcome(ASKED, SessionOutcome.Kind.HELD)));
        assertThat(helpWaiting(sameDay)).isFalse();
        assertThat(sameDay.status()).isNotEqualTo("help");
        assertThat(helpWaiting(judged(null, List.of(new SessionOutcome(TODAY, SessionOutcome.Kind.HELD))))).isFalse();
    }

    @Test
    void aOneToOneBeforeTheRequestOrNotHeldLeavesItWaiting() {
        Assessment before = judged(null, List.of(new SessionOutcome(ASKED.minusDays(1), SessionOutcome.Kind.HELD)));
        assertThat(helpWaiting(before)).isTrue();
        assertThat(before.status()).isEqualTo("help");
        for (SessionOutcome.Kind kind : List.of(SessionOutcome.Kind.NO_SHOW, SessionOutcome.Kind.MENTOR_CANCELLED,
                SessionOutcome.Kind.LEARNER_CANCELLED_LATE, SessionOutcome.Kind.LEARNER_CANCELLED_EARLY)) {
            assertThat(helpWaiting(judged(null, List.of(new SessionOutcome(TODAY, kind))))).as(kind.name()).isTrue();
        }
        // A report dated ahead of today is no contact yet.
        assertThat(helpWaiting(judged(null, List.of(new SessionOutcome(TODAY.plusDays(1), SessionOutcome.Kind.HELD)))))
                .isTrue();
    }

    @Test
    void theLaterOfTheNoteAndTheHeldOneToOneCounts() {
        List<SessionOutcome> early = List.of(new SessionOutcome(ASKED.minusDays(3), SessionOutcome.Kind.HELD));
        assertThat(Contacts.lastOn(ASKED, early, TODAY)).isEqualTo(ASKED);
        assertThat(Contacts.lastOn(ASKED.minusDays(5), early, TODAY)).isEqualTo(ASKED.minusDays(3));
        assertThat(Contacts.lastOn(null, List.of(), TODAY)).isNull();
        assertThat(helpWaiting(judged(ASKED, early))).isFalse();
    }

    @Test
    void theScoreIsTheSameWithOrWithoutTheOneToOne() {
        Assessment waiting = judged(null, List.of());
        Assessment answered = judged(null, List.of(new SessionOutcome(ASKED, SessionOutcome.Kind.HELD)));
        assertThat(answered.score()).isEqualTo(waiting.score());
    }
}
