package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;

/** The series of 1:1s in words, in the language of the mail that carries it. */
class InviteMailsTest {
    private static final Appointment SERIES = new Appointment("l-awa", "m-ines", "c-1", "uid-1", 0, DayOfWeek.TUESDAY,
            LocalTime.of(18, 0), 30, ZoneId.of("Europe/Paris"), LocalDate.parse("2027-01-12"), 6, null,
            Instant.parse("2027-01-02T00:00:00Z"));

    @Test
    void theSeriesIsWordedInTheLanguageOfTheMail() {
        assertThat(InviteMails.schedule(SERIES, Language.EN))
                .isEqualTo("every Tuesday at 18:00 (Central European Time), 30 minutes, 6 meetings from 12 January 2027");
        assertThat(InviteMails.schedule(SERIES, Language.FR))
                .isEqualTo("chaque mardi à 18\u00A0h (heure d’Europe centrale), 30 minutes, 6 rendez-vous à partir du 12 janvier 2027");
    }

    @Test
    void theMentorReadsTheSeriesInTheirMailLanguage() {
        InviteMails mails = new InviteMails(new Messages("https://hub.example.org"));
        String ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        assertThat(mails.toMentor("i@example.org", Language.FR, "Inès", "Awa", SERIES, ics, false).text())
                .contains(InviteMails.schedule(SERIES, Language.FR));
        assertThat(mails.toMentor("i@example.org", Language.EN, "Inès", "Awa", SERIES, ics, false).text())
                .contains(InviteMails.schedule(SERIES, Language.EN));
    }
}
