package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;

class OffersTest {
    private static final LocalDate START = LocalDate.parse("2027-01-04"); // a Monday; 8 weeks end on 28 Feb

    private static Cohort cohort(String id, String language, LocalDate start, boolean open) {
        return new Cohort(id, "python", "Python " + id, Language.of(language), start, 8, 10, open, 0, 0, Set.of(), Instant.EPOCH);
    }

    @Test
    void aCohortIsOfferedUntilHalfOfItHasGoneBy() {
        Cohort c = cohort("a", "en", START, true);
        assertThat(Offers.offered(c, START.minusDays(30))).as("not started").isTrue();
        assertThat(Offers.offered(c, START)).as("first day").isTrue();
        assertThat(Offers.offered(c, START.plusDays(28))).as("exactly half: 28 of 56 days").isTrue();
        assertThat(Offers.offered(c, START.plusDays(29))).as("more than half").isFalse();
        assertThat(Offers.offered(c, LocalDate.parse("2027-02-28"))).as("last day").isFalse();
        assertThat(Offers.offered(c, LocalDate.parse("2027-03-01"))).as("finished").isFalse();
    }

    @Test
    void theStateSaysWhyACohortIsOrIsNotOfferedAndAFullOneStillIs() {
        Cohort c = cohort("a", "en", START, true);
        Cohort full = new Cohort("f", "python", "Python f", Language.of("en"), START, 8, 10, true, 10, 4, Set.of(), Instant.EPOCH);
        assertThat(Offers.state(c, START)).isEqualTo(Offers.State.OPEN);
        assertThat(Offers.state(full, START)).isEqualTo(Offers.State.FULL);
        assertThat(Offers.offered(full, START)).as("a sign-up joins the waitlist").isTrue();
        assertThat(Offers.state(full, START.plusDays(29))).as("full and past half").isEqualTo(Offers.State.PAST_HALF);
        assertThat(Offers.state(c, LocalDate.parse("2027-03-01"))).isEqualTo(Offers.State.ENDED);
        assertThat(Offers.state(cohort("a", "en", START, false), START)).isEqualTo(Offers.State.CLOSED);
        assertThat(Offers.State.PAST_HALF.wire()).isEqualTo("past-half");
    }

    @Test
    void itsWaitlistGetsSeatsUpToTheLastDayOfferedClosedOrNotThenSaysWhyNot() {
        Cohort closed = cohort("a", "en", START, false);
        assertThat(Offers.givesSeats(START, 8, START.plusDays(28))).as("exactly half").isTrue();
        assertThat(Offers.noMoreSeats(closed, START.plusDays(28))).as("closed sign-ups: a seat still comes").isNull();
        assertThat(Offers.givesSeats(START, 8, START.plusDays(29))).as("more than half").isFalse();
        assertThat(Offers.noMoreSeats(closed, START.plusDays(29))).isEqualTo(Offers.State.PAST_HALF);
        assertThat(Offers.noMoreSeats(closed, LocalDate.parse("2027-03-01"))).isEqualTo(Offers.State.ENDED);
    }

    @Test
    void aClosedCohortIsNeverOffered() {
        assertThat(Offers.offered(cohort("a", "en", START, false), START.minusDays(7))).isFalse();
    }

    @Test
    void cohortsInTheReadersLanguageComeFirstThenTheEarliest() {
        Cohort frSoon = cohort("fr-soon", "fr", START, true);
        Cohort enLater = cohort("en-later", "en", START.plusWeeks(4), true);
        Cohort enSoon = cohort("en-soon", "en", START.plusWeeks(1), true);
        Cohort enOver = cohort("en-over", "en", START.minusWeeks(6), true);
        List<Cohort> all = List.of(frSoon, enLater, enOver, enSoon);
        LocalDate today = START.minusDays(1);

        assertThat(Offers.offers(all, today, Language.EN)).extracting(Cohort::cohortId)
                .containsExactly("en-soon", "en-later", "fr-soon");
        assertThat(Offers.offers(all, today, Language.FR)).extracting(Cohort::cohortId)
                .containsExactly("fr-soon", "en-soon", "en-later");
        assertThat(Offers.offers(all, today, null)).extracting(Cohort::cohortId)
                .containsExactly("fr-soon", "en-soon", "en-later");
    }

    /** My page offers every other cohort with a seat, the one it names first at their head. */
    @Test
    void everySeatElsewhereIsListedWithTheFirstAtItsHead() {
        Cohort waiting = new Cohort("w", "python", "Python w", Language.EN, START, 8, 1, true, 1, 3, Set.of(), Instant.EPOCH);
        Cohort full = new Cohort("f", "python", "Python f", Language.EN, START.plusWeeks(1), 8, 10, true, 10, 0, Set.of(), Instant.EPOCH);
        Cohort enLater = cohort("en-later", "en", START.plusWeeks(4), true);
        Cohort frSoon = cohort("fr-soon", "fr", START.plusWeeks(2), true);
        List<Cohort> all = List.of(waiting, full, frSoon, enLater);
        LocalDate today = START.minusDays(1);

        assertThat(Offers.seatsElsewhere(all, today, Language.EN, "w")).extracting(Cohort::cohortId)
                .containsExactly("en-later", "fr-soon");
        assertThat(Offers.seatElsewhere(all, today, Language.EN, "w").cohortId()).isEqualTo("en-later");
        assertThat(Offers.seatsElsewhere(List.of(waiting, full), today, Language.EN, "w")).isEmpty();
    }
}
