package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Messages;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.RecordingMailer;

/**
 * The mail of a learner given a seat by the team says whether the cohort has started on the
 * learner's own date, the one their weeks are counted in, not on the day in UTC; once it has, when
 * it ends (a seat added late may leave only days).
 */
class PromotedMailDayTest {
    /** Starts on Monday 11 January 2027. */
    private static final Cohort COHORT = new Cohort("c", "python", "Python", Language.EN, LocalDate.parse("2027-01-11"),
            8, 30, true, 1, 0, Set.of("lcm-1"), Instant.parse("2026-12-01T00:00:00Z"));

    private final RecordingMailer mail = new RecordingMailer();

    private String mailedAt(String instant, String zone) {
        CohortService service = new CohortService(new InMemoryCohorts(), new org.lcmhub.testing.NoSeats(), mail, new Messages(""),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        service.notifyPromoted(new Learner("l", "Léa", "lea@example.org", "python", "c", Language.EN, zone, null, null,
                LearnerStatus.ENROLLED, null, Instant.parse("2026-12-02T00:00:00Z")), COHORT);
        return mail.sent.get(mail.sent.size() - 1).text();
    }

    @Test
    void atHalfPastElevenOnSundayInUtcALearnerWhoseMondayHasBegunReadsThatTheCohortHasStarted() {
        // 00:30 on Monday in Paris: the learner's week 1 has begun.
        assertThat(mailedAt("2027-01-10T23:30:00Z", "Europe/Paris"))
                .contains("The cohort started on Monday 11 January 2027 and ends on Sunday 7 March 2027: "
                        + "you can join in right away, for the time it has left.");
        assertThat(mailedAt("2027-01-10T23:30:00Z", "UTC")).contains("The cohort starts on Monday 11 January 2027.");
    }

    @Test
    void atHalfPastMidnightOnMondayInUtcALearnerStillOnSundayReadsThatItStartsTomorrow() {
        // 19:30 on Sunday in New York.
        assertThat(mailedAt("2027-01-11T00:30:00Z", "America/New_York"))
                .contains("The cohort starts on Monday 11 January 2027.");
    }
}
