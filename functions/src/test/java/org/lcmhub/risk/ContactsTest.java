package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 1:1 reported held since a request for help answers it, as a contact note does. */
class ContactsTest {
    private static final LocalDate START = LocalDate.parse("2027-03-01");
    /** Wednesday of week 2: the request's day, on the learner's clock (Paris). */
    private static final LocalDate ASKED = LocalDate.parse("2027-03-10");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 00:30 on the 10th in Paris: 23:30 UTC on the 9th. */
    private static final Instant ASKED_AT = Instant.parse("2027-03-09T23:30:00Z");
    private static final Instant NOW = Instant.parse("2027-03-12T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-12");

    private static Assessment judged(LocalDate contactOn) {
        LearnerHistory h = new LearnerHistory(START, List.of(
                new CheckIn(START, 10, null, 5, 4, false, LocalDate.parse("2027-03-03")),
                new CheckIn(ASKED.minusDays(2), 20, null, 5, 4, true, ASKED)), contactOn);
        return EarlyWarning.assess(h, Plan.course(START, 8), RiskPolicy.DEFAULTS, TODAY);
    }

    private static boolean helpWaiting(Assessment a) {
        return a.reasons().stream().anyMatch(r -> r.code().equals(Reason.HELP_WAITING));
    }

    private static boolean heldSince(SessionOutcome... sessions) {
        return Contacts.heldSince(List.of(sessions), ASKED_AT, NOW, PARIS);
    }

    /** A report known by its date alone is read on the learner's clock: the request's day or later. */
    @Test
    void aHeldOneToOneOnOrAfterTheRequestsDayAnswersIt() {
        assertThat(heldSince()).isFalse();
        assertThat(heldSince(new SessionOutcome(ASKED, SessionOutcome.Kind.HELD))).isTrue();
        assertThat(heldSince(new SessionOutcome(TODAY, SessionOutcome.Kind.HELD))).isTrue();
        assertThat(heldSince(new SessionOutcome(ASKED.minusDays(1), SessionOutcome.Kind.HELD))).isFalse();
        for (SessionOutcome.Kind kind : List.of(SessionOutcome.Kind.NO_SHOW, SessionOutcome.Kind.MENTOR_CANCELLED,
                SessionOutcome.Kind.LEARNER_CANCELLED_LATE, SessionOutcome.Kind.LEARNER_CANCELLED_EARLY)) {
            assertThat(heldSince(new SessionOutcome(TODAY, kind))).as(kind.name()).isFalse();
        }
        // A report dated ahead of today is no contact yet.
        assertThat(heldSince(new SessionOutcome(TODAY.plusDays(1), SessionOutcome.Kind.HELD))).isFalse();
    }

    /**
     * The mentor in New York met the learner at 20:00 on the 9th, his day: after the request, asked
     * on the 10th of the learner's calendar. His whole 9th (05:00 UTC on the 9th to 05:00 on the
     * 10th) may be after it and counts; his 8th cannot. A meeting whose start is known is read as is.
     */
    @Test
    void aOneToOneWhoseTimeIsKnownIsReadOnInstantsNotOnTwoCalendars() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(heldSince(onDay(ASKED.minusDays(1), newYork))).isTrue();
        assertThat(heldSince(onDay(ASKED.minusDays(2), newYork))).isFalse();
        Instant before = ASKED_AT.minusSeconds(1800);
        Instant after = ASKED_AT.plusSeconds(5400);
        assertThat(heldSince(new SessionOutcome(ASKED.minusDays(1), SessionOutcome.Kind.HELD, before, before))).isFalse();
        assertThat(heldSince(new SessionOutcome(ASKED.minusDays(1), SessionOutcome.Kind.HELD, after, after))).isTrue();
        Instant ahead = NOW.plusSeconds(3600);
        assertThat(heldSince(new SessionOutcome(TODAY, SessionOutcome.Kind.HELD, ahead, ahead))).as("not begun yet").isFalse();
    }

    private static SessionOutcome onDay(LocalDate day, ZoneId zone) {
        return new SessionOutcome(day, SessionOutcome.Kind.HELD, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Test
    void aContactOnOrAfterTheRequestsDayClearsItAndTheScoreIsTheSame() {
        Assessment waiting = judged(null);
        assertThat(helpWaiting(waiting)).isTrue();
        assertThat(waiting.status()).isEqualTo("help");
        assertThat(helpWaiting(judged(ASKED.minusDays(1)))).isTrue();
        Assessment answered = judged(ASKED);
        assertThat(helpWaiting(answered)).isFalse();
        assertThat(answered.status()).isNotEqualTo("help");
        assertThat(answered.score()).isEqualTo(waiting.score());
    }
}
