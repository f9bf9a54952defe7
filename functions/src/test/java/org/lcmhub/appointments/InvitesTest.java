package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.lcmhub.pairing.RecurringSlot;

class InvitesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final OneToOne MEETING = new OneToOne("appt-42", "Inès Moreau", "ines@example.org",
            "Awa Diallo", "awa@example.org", "Python in 8 weeks",
            new RecurringSlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofMinutes(30), PARIS,
                    LocalDate.of(2027, 3, 1), 1, 6), 2);

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void theInviteIsAValidRecurringRequestWithBothPeople() throws Exception {
        String ics = Invites.ics(MEETING, "en", Instant.parse("2027-02-20T10:00:00Z"));
        Calendar calendar = parse(ics);
        calendar.validate();

        assertThat(ics).contains("METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
                "RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=1;BYDAY=TU", "UID:appt-42@lcm-hub", "SEQUENCE:2",
                "mailto:awa@example.org", "mailto:ines@example.org");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("1:1: Inès Moreau / Awa Diallo");
    }

    @Test
    void meetingsKeepTheirLocalTimeAcrossTheClockChange() throws Exception {
        VEvent event = parse(Invites.ics(MEETING, "en", Instant.now())).<VEvent>getComponents("VEVENT").get(0);
        Period<ZonedDateTime> spring = new Period<>(ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, PARIS),
                ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, PARIS));

        List<Instant> starts = event.<ZonedDateTime>calculateRecurrenceSet(spring).stream()
                .map(p -> Instant.from(p.getStart())).sorted().toList();

        assertThat(starts).containsExactly(
                Instant.parse("2027-03-02T17:00:00Z"), Instant.parse("2027-03-09T17:00:00Z"),
                Instant.parse("2027-03-16T17:00:00Z"), Instant.parse("2027-03-23T17:00:00Z"),
                Instant.parse("2027-03-30T16:00:00Z"), Instant.parse("2027-04-06T16:00:00Z"));
    }

    @Test
    void theLearnersLanguageIsUsed() throws Exception {
        VEvent event = parse(Invites.ics(MEETING, "fr", Instant.now())).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Rendez-vous individuel : Inès Moreau / Awa Diallo");
        assertThat(event.getDescription().getValue()).contains("« Python in 8 weeks »");
    }

    @Test
    void aCancellationNamesTheSameSeriesWithAHigherSequence() throws Exception {
        OneToOne cancelled = new OneToOne("appt-42", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", MEETING.slot(), 3, "Room 4");
        String ics = Invites.cancel(cancelled, "en", Instant.parse("2027-02-21T10:00:00Z"));
        Calendar calendar = parse(ics);
        calendar.validate();

        assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:appt-42@lcm-hub", "SEQUENCE:3",
                "LOCATION:Room 4");
        assertThat(Invites.ics(MEETING, "en", Instant.now())).doesNotContain("\r\nLOCATION", "STATUS");
    }

    @Test
    void slotsOutsideSensibleBoundsAreRefused() {
        assertThatThrownBy(() -> new RecurringSlot(DayOfWeek.MONDAY, LocalTime.NOON, Duration.ZERO, PARIS,
                LocalDate.of(2027, 1, 1), 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecurringSlot(DayOfWeek.MONDAY, LocalTime.NOON, Duration.ofMinutes(30), PARIS,
                LocalDate.of(2027, 1, 1), 1, 53)).isInstanceOf(IllegalArgumentException.class);
    }
}
