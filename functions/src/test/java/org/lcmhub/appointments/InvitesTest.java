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
import org.lcmhub.domain.Language;
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
        String ics = Invites.ics(MEETING, Language.EN, Instant.parse("2027-02-20T10:00:00Z"));
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
        VEvent event = parse(Invites.ics(MEETING, Language.EN, Instant.now())).<VEvent>getComponents("VEVENT").get(0);
        Period<ZonedDateTime> spring = new Period<>(ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, PARIS),
                ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, PARIS));

        List<Instant> starts = event.<ZonedDateTime>calculateRecurrenceSet(spring).stream()
                .map(p -> Instant.from(p.getStart())).sorted().toList();

        assertThat(starts).containsExactly(
                Instant.parse("2027-03-02T17:00:00Z"), Instant.parse("2027-03-09T17:00:00Z"),
                Instant.parse("2027-03-16T17:00:00Z"), Instant.parse("2027-03-23T17:00:00Z"),
                Instant.parse("2027-03-30T16:00:00Z"), Instant.parse("2027-04-06T16:00:00Z"));
    }

    /**
     * A rule changed under way: two Fridays from 19 March; a Tuesday held on 23 February and a
     * meeting planned on 9 March, moved to Thursday 11 March, kept apart from the new rule. Calendars
     * compute all three rule-free meetings (RDATE) at their own times, the valid invite says so.
     */
    @Test
    void meetingsKeptApartFromAChangedRuleAreInTheInviteAtTheirOwnTimes() throws Exception {
        OneToOne changed = new OneToOne("appt-42", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", new RecurringSlot(DayOfWeek.FRIDAY, LocalTime.of(11, 0), Duration.ofMinutes(45), PARIS,
                LocalDate.of(2027, 3, 19), 1, 2), 3, null, List.of(
                org.lcmhub.pairing.Occurrence.held(LocalDate.of(2027, 2, 23), LocalDate.of(2027, 2, 23), LocalTime.of(18, 0)),
                org.lcmhub.pairing.Occurrence.moved(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 11), LocalTime.of(19, 0))));
        Calendar calendar = parse(Invites.ics(changed, Language.EN, Instant.parse("2027-02-24T10:00:00Z")));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);

        List<Instant> starts = event.<ZonedDateTime>calculateRecurrenceSet(new Period<>(
                ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, PARIS), ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, PARIS)))
                .stream().map(p -> Instant.from(p.getStart())).sorted().toList();

        assertThat(starts).containsExactly(Instant.parse("2027-02-23T17:00:00Z"), Instant.parse("2027-03-11T18:00:00Z"),
                Instant.parse("2027-03-19T10:00:00Z"), Instant.parse("2027-03-26T10:00:00Z"));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).as("no RECURRENCE-ID for a date the rule has not").hasSize(1);
    }

    @Test
    void theLearnersLanguageIsUsed() throws Exception {
        VEvent event = parse(Invites.ics(MEETING, Language.FR, Instant.now())).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Rendez-vous individuel : Inès Moreau / Awa Diallo");
        assertThat(event.getDescription().getValue()).contains("«\u00a0Python in 8 weeks\u00a0», chaque semaine.");
        VEvent english = parse(Invites.ics(MEETING, Language.EN, Instant.now())).<VEvent>getComponents("VEVENT").get(0);
        assertThat(english.getDescription().getValue()).contains("“Python in 8 weeks”, every week.");
    }

    /**
     * The description names the path as the reader's language titles it, and its rhythm in words:
     * "chaque semaine", "toutes les 2 semaines", never "toutes les 1 semaine(s)".
     */
    @Test
    void theDescriptionNamesThePathAndItsRhythmInTheReadersLanguage() throws Exception {
        RecurringSlot fortnightly = new RecurringSlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofMinutes(30), PARIS,
                LocalDate.of(2027, 3, 1), 2, 3);
        OneToOne meeting = new OneToOne("appt-43", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Getting started with Python in 8 weeks, from Monday 1 March 2027", fortnightly, 1, null, List.of(),
                "python-8-weeks");
        String fr = parse(Invites.ics(meeting, Language.FR, Instant.now())).<VEvent>getComponents("VEVENT").get(0)
                .getDescription().getValue();
        String en = parse(Invites.ics(meeting, Language.EN, Instant.now())).<VEvent>getComponents("VEVENT").get(0)
                .getDescription().getValue();
        assertThat(fr).contains("du parcours «\u00a0Débuter en Python en 8\u00a0semaines\u00a0», toutes les 2\u00a0semaines.")
                .doesNotContain("semaine(s)", "Getting started");
        assertThat(en).contains("for the path “Getting started with Python in 8 weeks”, every 2\u00a0weeks.")
                .doesNotContain("week(s)");
    }

    /** One meeting is no "regular 1:1, every week". */
    @Test
    void theDescriptionOfOneMeetingSaysNoRhythm() throws Exception {
        RecurringSlot once = new RecurringSlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofMinutes(30), PARIS,
                LocalDate.of(2027, 3, 1), 1, 1);
        OneToOne meeting = new OneToOne("appt-44", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", once, 0);
        String en = parse(Invites.ics(meeting, Language.EN, Instant.now())).<VEvent>getComponents("VEVENT").get(0)
                .getDescription().getValue();
        String fr = parse(Invites.ics(meeting, Language.FR, Instant.now())).<VEvent>getComponents("VEVENT").get(0)
                .getDescription().getValue();
        assertThat(en).contains("1:1 for the path “Python in 8 weeks”. Bring").doesNotContain("every", "Regular");
        assertThat(fr).contains("Rendez-vous du parcours «\u00a0Python in 8 weeks\u00a0». Préparez")
                .doesNotContain("chaque", "régulier");
    }

    @Test
    void aCancellationNamesTheSameSeriesWithAHigherSequence() throws Exception {
        OneToOne cancelled = new OneToOne("appt-42", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", MEETING.slot(), 3, "https://zoom.example.org/j/123");
        String ics = Invites.cancel(cancelled, Language.EN, Instant.parse("2027-02-21T10:00:00Z"));
        Calendar calendar = parse(ics);
        calendar.validate();

        assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:appt-42@lcm-hub", "SEQUENCE:3",
                "LOCATION:https://zoom.example.org/j/123");
        assertThat(Invites.ics(MEETING, Language.EN, Instant.now())).doesNotContain("STATUS");
    }

    @Test
    void slotsOutsideSensibleBoundsAreRefused() {
        assertThatThrownBy(() -> new RecurringSlot(DayOfWeek.MONDAY, LocalTime.NOON, Duration.ZERO, PARIS,
                LocalDate.of(2027, 1, 1), 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecurringSlot(DayOfWeek.MONDAY, LocalTime.NOON, Duration.ofMinutes(30), PARIS,
                LocalDate.of(2027, 1, 1), 1, 105)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFieldCalendarAppsReadCarriesTheVideoLink() throws Exception {
        OneToOne own = new OneToOne("appt-42", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", MEETING.slot(), 2, "https://meet.example.org/abc-defg-hij");
        VEvent event = parse(Invites.ics(own, Language.EN, Instant.now())).<VEvent>getComponents("VEVENT").get(0);

        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.org/abc-defg-hij");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example.org/abc-defg-hij");
        assertThat(event.getDescription().getValue()).startsWith("https://meet.example.org/abc-defg-hij\n");
        var conference = event.getProperty("CONFERENCE").orElseThrow();
        assertThat(conference.getValue()).isEqualTo("https://meet.example.org/abc-defg-hij");
        assertThat(conference.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("URI");
        assertThat(conference.getParameter("FEATURE").orElseThrow().getValue()).contains("VIDEO");
        assertThat(conference.getParameter("LABEL").orElseThrow().getValue()).isEqualTo("Video room");
    }

    @Test
    void withoutTheMentorsOwnLinkThePairGetsAStableRoomOfItsOwn() throws Exception {
        String first = Invites.ics(MEETING, Language.EN, Instant.parse("2027-02-20T10:00:00Z"));
        String later = Invites.ics(MEETING, Language.FR, Instant.parse("2027-03-20T10:00:00Z"));
        String room = MEETING.videoUrl();

        assertThat(room).startsWith("https://").doesNotContain("appt-42", "Awa", "Ines");
        assertThat(first).contains("LOCATION:" + room);
        assertThat(later).contains("LOCATION:" + room);
        OneToOne otherPair = new OneToOne("appt-43", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", MEETING.slot(), 2);
        assertThat(otherPair.videoUrl()).isNotEqualTo(room);
    }

    @Test
    void eachComponentHasOneStampAndTheInviteReadsInASecondParser() {
        String ics = Invites.ics(MEETING, Language.FR, Instant.parse("2027-02-20T10:00:00Z"));
        String event = ics.substring(ics.indexOf("BEGIN:VEVENT"), ics.indexOf("END:VEVENT"));
        assertThat(event.split("\r\nDTSTAMP", -1)).hasSize(2);
        assertThat(event).contains("DTSTAMP:20270220T100000Z");

        List<List<biweekly.io.ParseWarning>> warnings = new java.util.ArrayList<>();
        biweekly.ICalendar read = biweekly.Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        biweekly.component.VEvent parsed = read.getEvents().get(0);
        assertThat(parsed.getUid().getValue()).isEqualTo("appt-42@lcm-hub");
        assertThat(parsed.getRecurrenceRule().getValue().getCount()).isEqualTo(6);
        assertThat(parsed.getLocation().getValue()).isEqualTo(MEETING.videoUrl());
        assertThat(parsed.getUrl().getValue()).isEqualTo(MEETING.videoUrl());
        assertThat(parsed.getDateTimeStamp().getValue().toInstant()).isEqualTo(Instant.parse("2027-02-20T10:00:00Z"));
        assertThat(read.validate(biweekly.ICalVersion.V2_0).isEmpty()).as(read.validate(biweekly.ICalVersion.V2_0).toString())
                .isTrue();
    }

    @Test
    void fileNamesSayWithWhomInTheReadersLanguage() {
        assertThat(Invites.fileName("Awa Diallo", Language.EN)).isEqualTo("1-1-with-awa-diallo.ics");
        assertThat(Invites.fileName("Inès Moreau", Language.FR)).isEqualTo("rendez-vous-avec-ines-moreau.ics");
        assertThat(Invites.fileName("\"; rm -rf /\r\n", Language.EN)).isEqualTo("1-1-with-rm-rf.ics");
        assertThat(Invites.fileName("李", Language.EN)).isEqualTo(Invites.FILE);
    }

    @Test
    void oneMovedAndOneCancelledMeetingKeepTheSeriesAndNameThePlannedStart() throws Exception {
        // Tuesdays 18:00 in Paris from 2 March 2027; the clocks change on 28 March.
        OneToOne changed = new OneToOne("appt-42", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", MEETING.slot(), 5, null, List.of(
                        org.lcmhub.pairing.Occurrence.moved(LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 31),
                                LocalTime.of(19, 30)),
                        org.lcmhub.pairing.Occurrence.cancelled(LocalDate.of(2027, 4, 6))));
        String ics = Invites.ics(changed, Language.EN, Instant.parse("2027-03-01T09:00:00Z"));
        Calendar calendar = parse(ics);
        calendar.validate();

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getUid().orElseThrow().getValue()).isEqualTo("appt-42@lcm-hub");
            assertThat(e.getSequence().getValue()).isEqualTo("5");
        });
        assertThat(ics).contains("RECURRENCE-ID;TZID=Europe/Paris:20270323T180000",
                "DTSTART;TZID=Europe/Paris:20270331T193000", "RECURRENCE-ID;TZID=Europe/Paris:20270406T180000");
        VEvent cancelled = events.get(2);
        assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270406T180000");
        assertThat(events.get(0).getProperty("RECURRENCE-ID")).isEmpty();

        List<List<biweekly.io.ParseWarning>> warnings = new java.util.ArrayList<>();
        biweekly.ICalendar read = biweekly.Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(read.getEvents()).hasSize(3);
        assertThat(read.getEvents().get(1).getRecurrenceId().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-03-23T17:00:00Z"));
        assertThat(read.getEvents().get(1).getDateStart().getValue().toInstant())
                .as("after the clock change, 19:30 in Paris is 17:30 UTC").isEqualTo(Instant.parse("2027-03-31T17:30:00Z"));
        assertThat(read.validate(biweekly.ICalVersion.V2_0).isEmpty()).isTrue();

        assertThat(Invites.cancel(changed, Language.EN, Instant.now())).doesNotContain("RECURRENCE-ID");
    }
}
