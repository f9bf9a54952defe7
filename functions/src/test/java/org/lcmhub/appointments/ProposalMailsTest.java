package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;

/** The mails of a proposal, in the reader's words and zone. */
class ProposalMailsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // Emma, in Montreal, meets Léa every Tuesday at 19:00: Wednesday 01:00 in Paris.
    private static final Appointment EVENINGS = new Appointment("l-lea", "m-emma", "c-1", "uid-2", 0, DayOfWeek.TUESDAY,
            LocalTime.of(19, 0), 30, ZoneId.of("America/Toronto"), LocalDate.parse("2026-12-08"), 5, null,
            Instant.parse("2026-12-01T00:00:00Z"));
    private final ProposalMails mails = new ProposalMails(new Messages("https://hub.example.org"));

    /** A meeting the series no longer has (it was set again) is still a day and a time in the reader's zone, never a raw date. */
    @Test
    void aDeclinedProposalForAMeetingTheSeriesNoLongerHasNamesItsDayAndTime() {
        Proposal p = new Proposal("l-lea", "m-emma", "uid-2", LocalDate.parse("2026-12-11"),
                ZonedDateTime.parse("2026-12-12T19:00-05:00[America/Toronto]"), null, Proposal.Status.DECLINED, null,
                Instant.EPOCH, Instant.EPOCH);
        assertThat(mails.declined("l@example.org", "Léa", Language.EN, PARIS, "Emma", EVENINGS, p).text())
                .contains("the 1:1 stays on Saturday 12 December 2026 at 01:00 (your time: Central European Time).")
                .doesNotContain("2026-12-11");
    }

    /** A mentor the hub has no name for is greeted as everyone else is without one: "Hello,". */
    @Test
    void aMentorWithoutANameIsGreetedWithoutOne() {
        Proposal p = new Proposal("l-lea", "m-emma", "uid-2", LocalDate.parse("2026-12-15"),
                ZonedDateTime.parse("2026-12-16T19:00-05:00[America/Toronto]"), null, Proposal.Status.OPEN, null,
                Instant.EPOCH, null);
        assertThat(mails.proposed("e@example.org", Language.EN, null, EVENINGS.zone(), "Léa", EVENINGS, p).text()).startsWith("Hello,\n\n");
        assertThat(mails.proposed("e@example.org", Language.FR, null, EVENINGS.zone(), "Léa", EVENINGS, p).text()).startsWith("Bonjour,\n\n");
    }
}
