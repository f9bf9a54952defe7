package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;

/** The series of 1:1s in words, in the language of the mail that carries it. */
class InviteMailsTest {
    /** Before any meeting: a series is said from its first, every meeting to come. */
    static final java.time.Clock FROM_START = java.time.Clock.fixed(Instant.MIN, java.time.ZoneOffset.UTC);

    /** The series on the mentor's clock, as from its start. */
    private static String schedule(Appointment a, Language language) {
        return InviteMails.schedule(a, language, a.zone(), a.toCome(Instant.MIN));
    }

    private static final Appointment SERIES = new Appointment("l-awa", "m-ines", "c-1", "uid-1", 0, DayOfWeek.TUESDAY,
            LocalTime.of(18, 0), 30, ZoneId.of("Europe/Paris"), LocalDate.parse("2027-01-12"), 6, null,
            Instant.parse("2027-01-02T00:00:00Z"));

    @Test
    void theSeriesIsWordedInTheLanguageOfTheMail() {
        assertThat(schedule(SERIES, Language.EN))
                .isEqualTo("every Tuesday at 18:00 (Central European Time), 30\u00A0minutes, 6 meetings from 12 January 2027");
        assertThat(schedule(SERIES, Language.FR))
                .isEqualTo("chaque mardi à 18\u00A0h (heure d’Europe centrale), 30\u00A0minutes, 6 rendez-vous à partir du 12 janvier 2027");
    }

    /**
     * A series changed while under way (Mondays → Thursdays 10:00 Paris in December, its rule
     * anchored on 29 October, in summer time): the mails say it from the next meeting, at its winter
     * time, with the meetings left, never the rule's first date nor its summer offset.
     */
    @Test
    void aSeriesChangedUnderWayIsSaidFromItsNextMeeting() {
        Appointment changed = new Appointment("l-fatou", "m-emma", "c-1", "uid-3", 2, DayOfWeek.THURSDAY,
                LocalTime.of(10, 0), 30, PARIS, LocalDate.parse("2026-10-29"), 11, null,
                Instant.parse("2026-12-06T09:00:00Z"));
        ZoneId dakar = ZoneId.of("Africa/Dakar");
        InviteMails mails = new InviteMails(new Messages("https://hub.example.org"),
                java.time.Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), java.time.ZoneOffset.UTC));
        String ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        String fatou = mails.toLearner("f@example.org", "Fatou", Language.EN, dakar, "Emma", changed, ics, false, List.of()).text();
        assertThat(fatou).contains("every Thursday at 09:00 (", "30\u00A0minutes, 5 meetings from 10 December 2026",
                "First meeting: Thursday 10 December 2026 at 09:00").doesNotContain("October", "08:00", "11 meetings");
        String emma = mails.toMentor("e@example.org", Language.FR, "Emma", "Fatou", dakar, changed, ics, false, List.of()).text();
        assertThat(emma).contains("chaque jeudi à 10\u00A0h (heure d’Europe centrale), 30\u00A0minutes, "
                + "5 rendez-vous à partir du 10 décembre 2026", "Pour Fatou\u00A0: chaque jeudi à 9\u00A0h").doesNotContain("octobre");
    }

    @Test
    void theMentorReadsTheSeriesInTheirMailLanguage() {
        InviteMails mails = new InviteMails(new Messages("https://hub.example.org"), FROM_START);
        String ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        assertThat(mails.toMentor("i@example.org", Language.FR, "Inès", "Awa", PARIS, SERIES, ics, false, List.of()).text())
                .contains(schedule(SERIES, Language.FR) + ".\n").doesNotContain("Pour Awa");
        assertThat(mails.toMentor("i@example.org", Language.EN, "Inès", "Awa", PARIS, SERIES, ics, false, List.of()).text())
                .contains(schedule(SERIES, Language.EN) + ".\n").doesNotContain("For Awa");
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId MONTREAL = ZoneId.of("America/Toronto");
    // Emma, in Montreal, sets Léa, in Paris, a 1:1 every Tuesday at 19:00: Wednesday 01:00 in Paris.
    private static final Appointment EVENINGS = new Appointment("l-lea", "m-emma", "c-1", "uid-2", 0, DayOfWeek.TUESDAY,
            LocalTime.of(19, 0), 30, MONTREAL, LocalDate.parse("2026-12-08"), 5, null,
            Instant.parse("2026-12-01T00:00:00Z"));

    /** Each reads the series on their own clock first, weekday included; the other side's follows. */
    @Test
    void eachReadsTheirOwnDayAndTimeFirst() {
        InviteMails mails = new InviteMails(new Messages("https://hub.example.org"), FROM_START);
        String ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        String lea = mails.toLearner("l@example.org", "Léa", Language.FR, PARIS, "Emma Tremblay", EVENINGS, ics, false, List.of()).text();
        assertThat(lea).contains("rendez-vous régulier\u00A0: chaque mercredi à 1\u00A0h (heure d’Europe centrale), "
                        + "30\u00A0minutes, 5 rendez-vous à partir du 9 décembre 2026.\n"
                        + "Pour Emma Tremblay\u00A0: chaque mardi à 19\u00A0h (" + Language.FR.zone(MONTREAL, EVENINGS.slot().first().toInstant()) + ").\n"
                        + "Premier rendez-vous\u00A0: mercredi 9 décembre 2026 à 1\u00A0h, votre heure.")
                .doesNotContain("régulier\u00A0: chaque mardi", "changement d’heure");
        assertThat(lea.indexOf("mercredi")).isLessThan(lea.indexOf("mardi"));
        String leaEn = mails.toLearner("l@example.org", "Léa", Language.EN, PARIS, "Emma Tremblay", EVENINGS, ics, false, List.of()).text();
        assertThat(leaEn).contains("set up regular 1:1s with you: every Wednesday at 01:00 (Central European Time), "
                + "30\u00A0minutes, 5 meetings from 9 December 2026.\nFor Emma Tremblay: every Tuesday at 19:00 (");
        assertThat(leaEn.indexOf("Wednesday")).isLessThan(leaEn.indexOf("Tuesday"));

        String emma = mails.toMentor("e@example.org", Language.EN, "Emma Tremblay", "Léa Martin", PARIS, EVENINGS, ics, false, List.of()).text();
        assertThat(emma).contains("Your regular 1:1s with Léa Martin: every Tuesday at 19:00 (")
                .contains("5 meetings from 8 December 2026.\nFor Léa Martin: every Wednesday at 01:00 (Central European Time).");
        String emmaFr = mails.toMentor("e@example.org", Language.FR, "Emma Tremblay", "Léa Martin", PARIS, EVENINGS, ics, false, List.of()).text();
        assertThat(emmaFr).contains("avec Léa Martin\u00A0: chaque mardi à 19\u00A0h (")
                .contains("\nPour Léa Martin\u00A0: chaque mercredi à 1\u00A0h (heure d’Europe centrale).");
    }

    /** Montreal moves its clocks on 14 March 2027, Paris on the 28th: between the two, Léa's 1:1 is an hour earlier. */
    @Test
    void aChangeOfClocksThatMovesSomeMeetingsIsSaid() {
        Appointment march = new Appointment("l-lea", "m-emma", "c-1", "uid-2", 0, DayOfWeek.TUESDAY, LocalTime.of(19, 0),
                30, MONTREAL, LocalDate.parse("2027-03-09"), 4, null, Instant.parse("2027-03-01T00:00:00Z"));
        InviteMails mails = new InviteMails(new Messages("https://hub.example.org"), FROM_START);
        String ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        assertThat(mails.toLearner("l@example.org", "Léa", Language.FR, PARIS, "Emma", march, ics, false, List.of()).text())
                .contains("Autour d’un changement d’heure, un rendez-vous peut avoir lieu une heure plus tôt ou plus tard pour vous");
        assertThat(mails.toLearner("l@example.org", "Léa", Language.EN, PARIS, "Emma", march, ics, false, List.of()).text())
                .contains("Around a change of clocks a meeting may be an hour earlier or later for you");
    }

    /** A series of one meeting, Tuesday 8 December 2026 at 19:00 in Montreal, and an invite that says nothing. */
    private static final Appointment ONCE = new Appointment("l-lea", "m-emma", "c-1", "uid-2", 0, DayOfWeek.TUESDAY,
            LocalTime.of(19, 0), 30, MONTREAL, LocalDate.parse("2026-12-08"), 1, null, Instant.parse("2026-12-01T00:00:00Z"));
    private static final String ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

    /**
     * One meeting is no "every Tuesday …, 1 meeting": its own day and time, on each clock, and no
     * "first meeting" after it; the mails call it a 1:1, not regular ones.
     */
    @Test
    void aSeriesOfOneMeetingIsSaidAsThatMeeting() {
        InviteMails mails = new InviteMails(new Messages("https://hub.example.org"), FROM_START);
        String eastern = Language.EN.zone(MONTREAL, ONCE.slot().first().toInstant());
        assertThat(schedule(ONCE, Language.EN))
                .isEqualTo("one meeting, on Tuesday 8 December 2026 at 19:00 (" + eastern + "), 30\u00A0minutes");
        String lea = mails.toLearner("l@example.org", "Léa", Language.FR, PARIS, "Emma Tremblay", ONCE, ICS, false, List.of()).text();
        assertThat(lea).contains("Emma Tremblay vous propose un rendez-vous\u00A0: un seul rendez-vous, le mercredi 9 décembre 2026 "
                        + "à 1\u00A0h (heure d’Europe centrale), 30\u00A0minutes.\nPour Emma Tremblay\u00A0: mardi 8 décembre 2026 à 19\u00A0h (")
                .doesNotContain("chaque", "régulier", "Premier rendez-vous");
        String emma = mails.toMentor("e@example.org", Language.EN, "Emma Tremblay", "Léa Martin", PARIS, ONCE, ICS, false, List.of()).text();
        assertThat(emma).contains("Your 1:1 with Léa Martin: one meeting, on Tuesday 8 December 2026 at 19:00 (",
                        "\nFor Léa Martin: Wednesday 9 December 2026 at 01:00 (Central European Time).")
                .doesNotContain("every", "regular", "1 meeting");
    }

    /** The subjects, and the cancellation, of one meeting are singular too: no "Your 1:1s with …". */
    @Test
    void theSubjectsAndCancellationOfOneMeetingAreSingular() {
        InviteMails mails = new InviteMails(new Messages("https://hub.example.org"), FROM_START);
        assertThat(mails.toLearner("l@example.org", "Léa", Language.EN, PARIS, "Emma Tremblay", ONCE, ICS, false, List.of())
                .subject()).isEqualTo("Your 1:1 with Emma Tremblay");
        assertThat(mails.toLearner("l@example.org", "Léa", Language.FR, PARIS, "Emma Tremblay", ONCE, ICS, false, List.of())
                .subject()).isEqualTo("Votre rendez-vous avec Emma Tremblay");
        assertThat(mails.toMentor("e@example.org", Language.EN, "Emma Tremblay", "Léa Martin", PARIS, ONCE, ICS, false, List.of())
                .subject()).isEqualTo("1:1 with Léa Martin");
        var gone = mails.toLearner("l@example.org", "Léa", Language.EN, PARIS, "Emma Tremblay", ONCE, ICS, true, List.of());
        assertThat(gone.subject()).isEqualTo("1:1 cancelled with Emma Tremblay");
        assertThat(gone.text()).contains("Emma Tremblay cancelled your 1:1. The attached invite removes it").doesNotContain("1:1s");
        var mine = mails.toMentor("e@example.org", Language.FR, "Emma Tremblay", "Léa Martin", PARIS, ONCE, ICS, true, List.of());
        assertThat(mine.subject()).isEqualTo("Rendez-vous annulé\u00A0: Léa Martin");
        assertThat(mine.text()).contains("Votre rendez-vous avec Léa Martin est annulé\u202F; l’invitation jointe le retire")
                .doesNotContain("réguliers");
        assertThat(mails.toLearner("a@example.org", "Awa", Language.EN, PARIS, "Inès", SERIES, ICS, false, List.of()).subject())
                .isEqualTo("Your 1:1s with Inès");
    }
}
