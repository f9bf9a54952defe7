package org.lcmhub.hub.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;

/**
 * Whatever day the demo is started on (a Monday, a Sunday, the day before its next cohorts start),
 * a newcomer on any path finds, in English and in French, a cohort with seats left and a full one
 * whose sign-ups join the waitlist, as the sign-up form offers them ({@link Offers}); and the
 * running cohort is weeks in, for the dashboard to show.
 */
class DemoCohortsTest {

    /** Two weeks of start days, Monday 30 November 2026 to Sunday 13 December, for each length of path. */
    static Stream<Object[]> days() {
        return IntStream.rangeClosed(2, 16).boxed().flatMap(weeks -> IntStream.range(0, 14)
                .mapToObj(d -> new Object[] {weeks, LocalDate.of(2026, 11, 30).plusDays(d)}));
    }

    @ParameterizedTest(name = "{0} weeks, seeded on {1}")
    @MethodSource("days")
    void everyLanguageHasAJoinableCohortWithSeatsAndAFullOne(int weeks, LocalDate today) {
        List<Cohort> cohorts = DemoCohorts.of(weeks, today).stream().map(p -> new Cohort("demo-" + p.which(), "path",
                "Path", p.language(), p.start(), weeks, p.seats(), true, Math.min(p.seats(), p.learners()),
                Math.max(0, p.learners() - p.seats()), Set.of("lcm"), null)).toList();
        for (Language language : List.of(Language.EN, Language.FR)) {
            List<Offers.State> offered = cohorts.stream().filter(c -> c.language() == language)
                    .map(c -> Offers.state(c, today)).toList();
            assertThat(offered).as(language + " on " + today + ", " + weeks + " weeks")
                    .contains(Offers.State.OPEN, Offers.State.FULL);
        }
        Cohort running = cohorts.get(0);
        assertThat(running.enrolled()).isEqualTo(running.seats());
        assertThat(running.waitlisted()).isPositive();
        assertThat(running.startDate()).isBefore(today.minusDays(6));
        assertThat(running.endDate()).isAfterOrEqualTo(today);
    }
}
