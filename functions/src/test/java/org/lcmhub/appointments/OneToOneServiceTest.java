package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.lcmhub.appointments.model.SlotInput;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.model.LastDay;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.testing.InMemoryAppointments;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
import org.lcmhub.testing.RecordingMailer;

class OneToOneServiceTest {
    // Wednesday 2027-02-24, 10:00 UTC.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-24T10:00:00Z"), ZoneOffset.UTC);
    private static final Caller INES = new Caller("sub-ines", "ines@example.org", Set.of("mentor"));
    private static final Caller OTHER_MENTOR = new Caller("sub-farid", "farid@example.org", Set.of("mentor"));
    private static final Caller LCM = new Caller("lcm-1", "alice@example.org", Set.of("lcm"));
    private static final Caller OTHER_LCM = new Caller("lcm-2", "bruno@example.org", Set.of("lcm"));
    private static final Learner AWA = new Learner("l-awa", "Awa Diallo", "awa@example.org", "python", "c-1", Language.FR,
            "Africa/Dakar", null, 3, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-02T00:00:00Z"));
    private static final Learner KENJI = new Learner("l-kenji", "Kenji Sato", "kenji@example.org", "python", "c-2",
            Language.EN, "Asia/Tokyo", null, 3, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-02T00:00:00Z"));

    private final InMemoryAppointments store = new InMemoryAppointments().match(AWA, INES.sub()).match(KENJI, INES.sub());
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.running("c-1", "2027-01-04", 40))   // a French cohort, run by lcm-1, until October
            .with(InMemoryCohorts.running("c-2", "2027-01-13", 8));   // Kenji's: its last day is Tuesday 9 March 2027
    private final InMemoryMentors mentors = new InMemoryMentors();
    private final RecordingMailer mailer = new RecordingMailer();
    private final OneToOneService service = new OneToOneService(store, cohorts, mentors, mailer,
            new Messages("https://hub.example.org"), CLOCK);

    OneToOneServiceTest() {
        mentors.save(new Mentor(INES.sub(), "ines@example.org", "Inès Moreau", List.of("python"), List.of(),
                List.of("fr", "en"), "Europe/Paris", 5, 0, false, List.of(), null));
    }

    private static SlotInput tuesdays(String firstDate, int weeks) {
        return new SlotInput("tue", "18:00", 30, firstDate, weeks, "https://meet.example.org/ines");
    }

    private static Calendar parse(Mail mail) throws Exception {
        assertThat(mail.attachments()).hasSize(1);
        Mail.Attachment a = mail.attachments().get(0);
        assertThat(a.fileName()).matches("(1-1-with|rendez-vous-avec)-[a-z0-9-]+\\.ics");
        return new CalendarBuilder().build(new StringReader(new String(a.content(), StandardCharsets.UTF_8)));
    }

    private static VEvent event(Calendar c) {
        return c.<VEvent>getComponents("VEVENT").get(0);
    }

    @Test
    void theMentorSetsASeriesAndBothSidesGetTheInvite() throws Exception {
        OneToOneService.Saved saved = service.set(INES, AWA.learnerId(), tuesdays("2027-03-01", 6));

        assertThat(saved.created()).isTrue();
        Appointment a = saved.appointment();
        assertThat(a.sequence()).isZero();
        assertThat(a.day()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(a.time()).isEqualTo(LocalTime.of(18, 0));
        assertThat(a.zone().getId()).as("the mentor's zone").isEqualTo("Europe/Paris");
        assertThat(a.firstDate()).as("the first Tuesday on or after").isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(a.cohortId()).isEqualTo("c-1");
        assertThat(store.series.get(AWA.learnerId())).isEqualTo(a);

        assertThat(mailer.sent).extracting(Mail::to).containsExactly("awa@example.org", "ines@example.org");
        Mail learnerMail = mailer.sent.get(0);
        assertThat(learnerMail.subject()).as("the learner's language").isEqualTo("Vos rendez-vous avec Inès Moreau");
        assertThat(learnerMail.text()).as("Awa's own clock first, Inès's after")
                .contains("chaque mardi à 17\u00A0h (heure de Greenwich), 30\u00A0minutes, 6 rendez-vous à partir du 2 mars 2027."
                        + "\nPour Inès Moreau\u00A0: chaque mardi à 18\u00A0h (heure d’Europe centrale).")
                .as("the first date in words").doesNotContain("2027-03-02")
                .contains("mardi 2 mars 2027 à 17\u00A0h, votre heure")
                .contains("https://hub.example.org/fr/me.html").doesNotContain("/api/").doesNotContain("Europe/", "Africa/");
        Mail mentorMail = mailer.sent.get(1);
        assertThat(mentorMail.subject()).as("Inès's first language the hub writes").isEqualTo("Rendez-vous avec Awa Diallo");
        assertThat(mentorMail.text()).contains("chaque mardi à 18\u00A0h (heure d’Europe centrale)")
                .contains("https://hub.example.org/fr/staff/espace-mentor.html");
        for (Mail mail : mailer.sent) {
            Calendar calendar = parse(mail);
            calendar.validate();
            assertThat(calendar.toString()).contains("METHOD:REQUEST", "RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=1;BYDAY=TU",
                    "TZID:Europe/Paris", "UID:" + a.uid() + "@lcm-hub", "SEQUENCE:0");
            assertThat(event(calendar).getLocation().getValue()).isEqualTo("https://meet.example.org/ines");
        }
        assertThat(event(parse(learnerMail)).getSummary().getValue()).startsWith("Rendez-vous individuel");
        assertThat(event(parse(mentorMail)).getSummary().getValue()).startsWith("Rendez-vous individuel");
    }

    /**
     * No 1:1 is invited after the learner's last day, counted on the learner's clock: Inès's Tuesday
     * 18:00 in Paris is Wednesday 02:00 in Tokyo, so the meeting of Tuesday 9 March, Kenji's cohort's
     * last day, is already after it for him; a personal plan that runs longer keeps the meetings.
     */
    @Test
    void theSeriesStopsAtTheLearnersLastDay() {
        Appointment a = service.set(INES, KENJI.learnerId(), tuesdays("2027-03-01", 6)).appointment();
        assertThat(a.weeks()).as("only Tuesday 2 March is on or before Kenji's last day").isEqualTo(1);
        assertThat(new String(mailer.sent.get(0).attachments().get(0).content(), StandardCharsets.UTF_8)).contains("COUNT=1;");

        assertThatThrownBy(() -> service.set(INES, KENJI.learnerId(), tuesdays("2027-03-09", 6)))
                .isInstanceOfSatisfying(SlotRules.PastLastDay.class, e -> {
                    assertThat(e.field()).isEqualTo("firstDate");
                    assertThat(e.lastDay()).as("the cohort sets it").isEqualTo(new LastDay(LocalDate.parse("2027-03-09"), false, LocalDate.parse("2027-03-09")));
                });

        store.planEnds.put(KENJI.learnerId(), LocalDate.parse("2027-03-31"));
        OneToOneService longer = new OneToOneService(store, cohorts, mentors, mailer,
                new Messages("https://hub.example.org"), CLOCK, id -> LocalDate.parse("2027-03-31"));
        assertThat(longer.set(INES, KENJI.learnerId(), tuesdays("2027-03-01", 6)).appointment().weeks())
                .as("his own plan runs to 31 March: 2, 9, 16, 23 March (Wednesdays in Tokyo) and the 30th").isEqualTo(5);
        assertThatThrownBy(() -> longer.set(INES, KENJI.learnerId(), tuesdays("2027-04-06", 2)))
                .isInstanceOfSatisfying(SlotRules.PastLastDay.class, e -> assertThat(e.lastDay())
                        .as("his own plan sets it, not the cohort").isEqualTo(new LastDay(LocalDate.parse("2027-03-31"), true, LocalDate.parse("2027-03-09"))));
    }

    /**
     * One meeting cannot move past the learner's last day either, on their clock: Tuesday 9 March
     * at 18:00 in Paris is already Wednesday in Tokyo, after Kenji's cohort's last day; at 10:00 it is
     * still the 9th. Refused, nothing is written nor mailed; his own plan to 31 March allows later.
     */
    @Test
    void oneMeetingCannotMovePastTheLearnersLastDay() {
        Appointment a = service.set(INES, KENJI.learnerId(), tuesdays("2027-03-01", 1)).appointment();
        mailer.sent.clear();
        assertThatThrownBy(() -> service.changeMeeting(INES, KENJI.learnerId(), "2027-03-02", "2027-03-09", "18:00", false))
                .isInstanceOfSatisfying(SlotRules.PastLastDay.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.lastDay()).isEqualTo(new LastDay(LocalDate.parse("2027-03-09"), false, LocalDate.parse("2027-03-09")));
                });
        assertThat(store.series.get(KENJI.learnerId())).isEqualTo(a);
        assertThat(mailer.sent).isEmpty();
        assertThat(service.changeMeeting(INES, KENJI.learnerId(), "2027-03-02", "2027-03-09", "10:00", false).sequence())
                .isEqualTo(1);

        store.planEnds.put(KENJI.learnerId(), LocalDate.parse("2027-03-31"));
        OneToOneService longer = new OneToOneService(store, cohorts, mentors, mailer,
                new Messages("https://hub.example.org"), CLOCK, id -> LocalDate.parse("2027-03-31"));
        assertThat(longer.changeMeeting(INES, KENJI.learnerId(), "2027-03-02", "2027-03-30", "10:00", false).sequence())
                .isEqualTo(2);
        assertThatThrownBy(() -> longer.changeMeeting(INES, KENJI.learnerId(), "2027-03-02", "2027-04-01", "10:00", false))
                .isInstanceOfSatisfying(SlotRules.PastLastDay.class, e -> assertThat(e.lastDay())
                        .isEqualTo(new LastDay(LocalDate.parse("2027-03-31"), true, LocalDate.parse("2027-03-09"))));
        assertThat(longer.changeMeeting(INES, KENJI.learnerId(), "2027-03-02", null, null, true).sequence())
                .as("cancelling is always allowed").isEqualTo(3);
    }

    /**
     * The plan is read, then shortened to 15 March before the move is written: the write, conditioned
     * on the plan still running to the meeting's day, is refused, and read again the move is past
     * Kenji's new last day. Nothing is written past it.
     */
    @Test
    void aMoveStandsOnThePlanAsItIsWhenWritten() {
        store.planEnds.put(KENJI.learnerId(), LocalDate.parse("2027-03-31"));
        java.util.Deque<LocalDate> reads = new java.util.ArrayDeque<>(List.of(LocalDate.parse("2027-03-31"),
                LocalDate.parse("2027-03-31"), LocalDate.parse("2027-03-15")));
        OneToOneService racing = new OneToOneService(store, cohorts, mentors, mailer,
                new Messages("https://hub.example.org"), CLOCK, id -> reads.size() > 1 ? reads.poll() : reads.peek());
        Appointment a = racing.set(INES, KENJI.learnerId(), tuesdays("2027-03-01", 1)).appointment();
        store.planEnds.put(KENJI.learnerId(), LocalDate.parse("2027-03-15"));

        assertThatThrownBy(() -> racing.changeMeeting(INES, KENJI.learnerId(), "2027-03-02", "2027-03-30", "10:00", false))
                .isInstanceOfSatisfying(SlotRules.PastLastDay.class, e -> assertThat(e.lastDay().date())
                        .isEqualTo(LocalDate.parse("2027-03-15")));
        assertThat(store.series.get(KENJI.learnerId())).isEqualTo(a);
        assertThat(racing.changeMeeting(INES, KENJI.learnerId(), "2027-03-02", "2027-03-15", "10:00", false).sequence())
                .isEqualTo(1);
    }

    @Test
    void aChangeKeepsTheUidAndRaisesTheSequence() throws Exception {
        Appointment first = service.set(INES, AWA.learnerId(), tuesdays(null, 4)).appointment();
        assertThat(first.firstDate()).as("no first date: from today").isEqualTo(LocalDate.of(2027, 3, 2));

        OneToOneService.Saved changed = service.set(INES, AWA.learnerId(),
                new SlotInput("thu", "09:30", 45, null, 8, null));

        assertThat(changed.created()).isFalse();
        assertThat(changed.appointment().uid()).isEqualTo(first.uid());
        assertThat(changed.appointment().sequence()).isEqualTo(1);
        assertThat(changed.appointment().firstDate()).isEqualTo(LocalDate.of(2027, 2, 25));
        assertThat(parse(mailer.sent.get(2)).toString()).contains("SEQUENCE:1", "BYDAY=TH", "COUNT=8");
        assertThat(service.set(INES, AWA.learnerId(), tuesdays(null, 4)).appointment().sequence()).isEqualTo(2);
    }

    /**
     * Inès set six Tuesdays from 2 February; four are held by Wednesday 24 February, and she moved
     * the one of 9 March to Thursday 11 March. The form sends the meetings to come back: two, from
     * 2 March.
     */
    private Appointment begunSeries() {
        OneToOneService earlier = new OneToOneService(store, cohorts, mentors, mailer,
                new Messages("https://hub.example.org"), Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC));
        earlier.set(INES, AWA.learnerId(), tuesdays("2027-02-02", 6));
        earlier.changeMeeting(INES, AWA.learnerId(), "2027-03-09", "2027-03-11", "19:00", false);
        mailer.sent.clear();
        return store.series.get(AWA.learnerId());
    }

    @Test
    void savingAnUnchangedSeriesChangesNothingAndMailsNoOne() {
        Appointment before = begunSeries();

        OneToOneService.Saved saved = service.set(INES, AWA.learnerId(), tuesdays("2027-03-02", 2));

        assertThat(saved.created()).isFalse();
        assertThat(saved.appointment()).isEqualTo(before);
        assertThat(store.series.get(AWA.learnerId())).as("not saved again").isEqualTo(before);
        assertThat(mailer.sent).as("no one is told of nothing").isEmpty();
        assertThat(service.preview(INES, AWA.learnerId(), tuesdays("2027-03-02", 2)).unchanged()).isTrue();
        assertThat(service.preview(INES, AWA.learnerId(), tuesdays("2027-02-02", 2)).unchanged())
                .as("the series' own first date, sent back: from its next meeting on").isTrue();
    }

    @Test
    void aNewTimeReplansOnlyTheMeetingsToComeAndKeepsTheMovedOne() {
        Appointment before = begunSeries();
        SlotInput thursdays = new SlotInput("thu", "09:30", 30, "2027-03-02", 2, "https://meet.example.org/ines");

        OneToOneService.Preview preview = service.preview(INES, AWA.learnerId(), thursdays);
        Appointment after = service.set(INES, AWA.learnerId(), thursdays).appointment();

        assertThat(preview.keptApart()).as("the page says the moved meeting stays, besides the two asked").isEqualTo(1);
        assertThat(preview.series().meetings()).extracting(Appointment.Meeting::start)
                .isEqualTo(after.meetings().stream().map(Appointment.Meeting::start).toList());
        assertThat(after.uid()).isEqualTo(before.uid());
        assertThat(after.sequence()).isEqualTo(before.sequence() + 1);
        assertThat(after.meetings()).extracting(m -> m.start().toLocalDateTime() + " " + m.planned())
                .as("held, the two asked, and the moved one kept under its own date, in order of time")
                .containsExactly("2027-02-02T18:00 2027-02-02", "2027-02-09T18:00 2027-02-09",
                        "2027-02-16T18:00 2027-02-16", "2027-02-23T18:00 2027-02-23", "2027-03-04T09:30 2027-03-04",
                        "2027-03-11T09:30 2027-03-11", "2027-03-11T19:00 2027-03-09");
        assertThat(after.meetings()).extracting(Appointment.Meeting::moved).as("the held ones were not moved")
                .containsExactly(false, false, false, false, false, false, true);
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("awa@example.org", "ines@example.org");
    }

    /**
     * The walk's case: on Wednesday 24 February, four Tuesdays held and the one of 9 March moved to
     * Thursday 11 March, Inès asks for Fridays at 11:00 from 19 March, two meetings. She gets those
     * two; the moved meeting stays, under its own date (9 March), besides them; the Tuesday of 2
     * March, before the date asked, is gone; the held ones keep their own dates, none a date to
     * come. Page, mail and invite name the real next meeting, 11 March.
     */
    @Test
    void aLaterFirstDateGivesTheMeetingsAskedAndKeepsTheMovedOneUnderItsOwnDate() throws Exception {
        begunSeries();
        SlotInput fridays = new SlotInput("fri", "11:00", 45, "2027-03-19", 2, null);

        OneToOneService.Preview preview = service.preview(INES, AWA.learnerId(), fridays);
        Appointment after = service.set(INES, AWA.learnerId(), fridays).appointment();

        assertThat(after.meetings()).extracting(m -> m.start().toLocalDateTime() + " " + m.planned() + " " + m.moved())
                .containsExactly("2027-02-02T18:00 2027-02-02 false", "2027-02-09T18:00 2027-02-09 false",
                        "2027-02-16T18:00 2027-02-16 false", "2027-02-23T18:00 2027-02-23 false",
                        "2027-03-11T19:00 2027-03-09 true", "2027-03-19T11:00 2027-03-19 false",
                        "2027-03-26T11:00 2027-03-26 false");
        assertThat(after.occurrences()).as("nothing held is keyed under a date to come")
                .allSatisfy(o -> assertThat(o.original()).isBefore(LocalDate.of(2027, 3, 10)));
        assertThat(after.firstDate()).isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(preview.keptApart()).isEqualTo(1);
        assertThat(preview.series().meetings()).extracting(Appointment.Meeting::start)
                .isEqualTo(after.meetings().stream().map(Appointment.Meeting::start).toList());
        Map<String, Object> view = OneToOneViews.schedule(after, List.of(), java.time.ZoneId.of("Africa/Dakar"), CLOCK.instant());
        assertThat(view).containsEntry("from", "2027-03-19").containsEntry("left", 2);
        assertThat(mailer.sent.get(0).text()).as("Awa, in French")
                .contains("Inès Moreau a modifié votre rendez-vous régulier\u00A0:", "2 rendez-vous à partir du 19 mars 2027",
                        "Premier rendez-vous\u00A0: jeudi 11 mars 2027",
                        "Le rendez-vous déplacé au jeudi 11 mars 2027 à 18\u00A0h reste tel quel")
                .doesNotContain("vous propose");
        assertThat(parse(mailer.sent.get(0)).toString())
                .contains("DTSTART;TZID=Europe/Paris:20270319T110000", "COUNT=2",
                        "RDATE;TZID=Europe/Paris:20270202T180000,20270209T180000,20270216T180000,20270223T180000,20270311T190000");
        assertThat(service.preview(INES, AWA.learnerId(), fridays).unchanged())
                .as("the form as the page fills it again changes nothing").isTrue();
        // The moved meeting is still known by its own date: it can be moved again by it.
        assertThat(service.changeMeeting(INES, AWA.learnerId(), "2027-03-09", "2027-03-12", "19:00", false)
                .meeting(LocalDate.of(2027, 3, 9)).orElseThrow().start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 12));
    }

    /**
     * From Tuesdays to Mondays on Wednesday 24 February, the series' own first date sent back: the
     * four held Tuesdays stay where they were, the two asked are the first Mondays to come (1 and 8
     * March); the meeting moved to Thursday 11 March stays moved, besides them.
     */
    @Test
    void anEarlierWeekdayKeepsEachMeetingToComeInItsWeek() {
        begunSeries();
        SlotInput mondays = new SlotInput("mon", "18:00", 30, "2027-02-02", 2, "https://meet.example.org/ines");

        OneToOneService.Preview preview = service.preview(INES, AWA.learnerId(), mondays);
        Appointment after = service.set(INES, AWA.learnerId(), mondays).appointment();

        assertThat(after.meetings()).extracting(m -> m.start().toLocalDateTime().toString()).as("held, new, moved")
                .containsExactly("2027-02-02T18:00", "2027-02-09T18:00", "2027-02-16T18:00", "2027-02-23T18:00",
                        "2027-03-01T18:00", "2027-03-08T18:00", "2027-03-11T19:00");
        assertThat(preview.series().meetings()).extracting(Appointment.Meeting::start)
                .isEqualTo(after.meetings().stream().map(Appointment.Meeting::start).toList());
        assertThat(preview.keptApart()).isEqualTo(1);
    }

    /**
     * Four Tuesdays in January, all held by 24 February; Inès asks for two more, the series' own
     * first date sent back: they come after today (2 and 9 March), none in the past, and the
     * January ones stay as they were.
     */
    @Test
    void meetingsAddedToASeriesWhoseDatesArePastComeFromTodayOn() {
        new OneToOneService(store, cohorts, mentors, mailer, new Messages("https://hub.example.org"),
                Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC))
                .set(INES, AWA.learnerId(), tuesdays("2027-01-05", 4));
        SlotInput six = tuesdays("2027-01-05", 2);
        mailer.sent.clear();

        OneToOneService.Preview preview = service.preview(INES, AWA.learnerId(), six);
        Appointment after = service.set(INES, AWA.learnerId(), six).appointment();

        assertThat(after.meetings()).extracting(m -> m.start().toLocalDateTime().toString())
                .containsExactly("2027-01-05T18:00", "2027-01-12T18:00", "2027-01-19T18:00", "2027-01-26T18:00",
                        "2027-03-02T18:00", "2027-03-09T18:00");
        assertThat(preview.series().meetings()).extracting(Appointment.Meeting::start)
                .isEqualTo(after.meetings().stream().map(Appointment.Meeting::start).toList());
        assertThat(mailer.sent.get(0).text()).as("the mail says the series from its next meeting, never a date without one")
                .contains("2 rendez-vous à partir du 2 mars 2027", "Premier rendez-vous\u00A0: mardi 2 mars 2027")
                .doesNotContain("2 février", "5 janvier");
        assertThat(service.preview(INES, AWA.learnerId(), tuesdays("2027-03-02", 2)).unchanged())
                .as("the form sent back as it now shows changes nothing").isTrue();
    }

    /**
     * Four Tuesdays in January, all held by 24 February: the series is over. Inès sets Thursdays
     * from 4 March, two meetings: a new series of those two (its own UID), not a replan that pairs
     * them with the held ones and moves them back to January; the held ones stay in calendars as
     * they were, under the old UID. The mails name the new first meeting, as the page and the invite do.
     */
    @Test
    void aNewFirstDateAfterASeriesThatIsOverStartsANewOne() throws Exception {
        new OneToOneService(store, cohorts, mentors, mailer, new Messages("https://hub.example.org"),
                Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC))
                .set(INES, AWA.learnerId(), tuesdays("2027-01-05", 4));
        Appointment over = store.series.get(AWA.learnerId());
        mailer.sent.clear();
        SlotInput thursdays = new SlotInput("thu", "18:00", 30, "2027-03-04", 2, "https://meet.example.org/ines");

        OneToOneService.Preview preview = service.preview(INES, AWA.learnerId(), thursdays);
        OneToOneService.Saved saved = service.set(INES, AWA.learnerId(), thursdays);

        Appointment after = saved.appointment();
        assertThat(saved.created()).isTrue();
        assertThat(after.uid()).isNotEqualTo(over.uid());
        assertThat(after.meetings()).extracting(m -> m.start().toLocalDateTime() + " " + m.moved())
                .containsExactly("2027-03-04T18:00 false", "2027-03-11T18:00 false");
        assertThat(preview.series().meetings()).extracting(Appointment.Meeting::start)
                .isEqualTo(after.meetings().stream().map(Appointment.Meeting::start).toList());
        assertThat(mailer.sent.get(0).text()).contains("2 rendez-vous à partir du 4 mars 2027", "jeudi 4 mars 2027 à 17\u00A0h");
        String ics = parse(mailer.sent.get(0)).toString();
        assertThat(ics).contains("UID:" + after.uid() + "@lcm-hub", "COUNT=2").doesNotContain("RECURRENCE-ID");
        assertThat(service.set(INES, AWA.learnerId(), new SlotInput("thu", "18:00", 30, "2027-03-04", 2,
                "https://meet.example.org/ines")).created()).as("sent again: the new series, unchanged").isFalse();
    }

    /**
     * A series that is over met in its generated room; a form that still holds that room's link
     * starts a new series: the new one gets a room of its own, never the old series' link as if
     * it were the mentor's (the old room belongs to meetings that are over).
     */
    @Test
    void aNewSeriesAfterOneThatIsOverDoesNotKeepItsGeneratedRoom() {
        new OneToOneService(store, cohorts, mentors, mailer, new Messages("https://hub.example.org"),
                Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC))
                .set(INES, AWA.learnerId(), new SlotInput("tue", "18:00", 30, "2027-01-05", 4, null));
        Appointment over = store.series.get(AWA.learnerId());
        assertThat(over.location()).isNull();

        Appointment after = service.set(INES, AWA.learnerId(),
                new SlotInput("thu", "18:00", 30, "2027-03-04", 2, over.videoUrl())).appointment();

        assertThat(after.uid()).isNotEqualTo(over.uid());
        assertThat(after.location()).as("no link of the mentor's own").isNull();
        assertThat(after.videoUrl()).isNotEqualTo(over.videoUrl());
    }

    /**
     * A new series whose first date is today at an hour already past (Wednesday 24 February, 09:00
     * in Paris, at 11:00 there) starts the Wednesday after: no meeting is made in the past.
     */
    @Test
    void aNewSeriesStartsAtItsFirstMeetingStillToCome() {
        SlotInput wednesdays = new SlotInput("wed", "09:00", 30, "2027-02-24", 2, null);

        OneToOneService.Preview preview = service.preview(INES, AWA.learnerId(), wednesdays);
        Appointment a = service.set(INES, AWA.learnerId(), wednesdays).appointment();

        assertThat(a.meetings()).extracting(m -> m.start().toLocalDateTime().toString())
                .containsExactly("2027-03-03T09:00", "2027-03-10T09:00");
        assertThat(preview.series().firstDate()).isEqualTo(a.firstDate());
    }

    /**
     * Eight Tuesdays at 18:00 from 2 February, four held by Wednesday 24 February. Inès asks for
     * Wednesdays at 19:00 from 10 March, three meetings: the count is of the meetings to come, from
     * that date. The held Tuesdays stay where they were, not "moved"; the mail names the first
     * meeting to come, never one past; the view says three to come from 10 March.
     */
    @Test
    void aChangeUnderWayPlansTheMeetingsAskedFromItsFirstDateAndKeepsTheHeldOnes() throws Exception {
        new OneToOneService(store, cohorts, mentors, mailer, new Messages("https://hub.example.org"),
                Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC))
                .set(INES, AWA.learnerId(), tuesdays("2027-02-02", 8));
        mailer.sent.clear();
        SlotInput wednesdays = new SlotInput("wed", "19:00", 30, "2027-03-10", 3, null);

        OneToOneService.Preview preview = service.preview(INES, AWA.learnerId(), wednesdays);
        Appointment after = service.set(INES, AWA.learnerId(), wednesdays).appointment();

        assertThat(after.meetings()).extracting(m -> m.start().toLocalDateTime() + " " + m.moved())
                .containsExactly("2027-02-02T18:00 false", "2027-02-09T18:00 false", "2027-02-16T18:00 false",
                        "2027-02-23T18:00 false", "2027-03-10T19:00 false", "2027-03-17T19:00 false",
                        "2027-03-24T19:00 false");
        assertThat(preview.series().meetings()).extracting(Appointment.Meeting::start)
                .isEqualTo(after.meetings().stream().map(Appointment.Meeting::start).toList());
        assertThat(store.series.get(AWA.learnerId())).isEqualTo(after);
        Map<String, Object> view = OneToOneViews.schedule(after, List.of(), java.time.ZoneId.of("Africa/Dakar"), CLOCK.instant());
        assertThat(view).containsEntry("from", "2027-03-10").containsEntry("left", 3).containsEntry("learnerDay", "wed");
        assertThat((List<?>) view.get("meetings")).allSatisfy(m -> assertThat(m.toString()).contains("status=planned"));
        assertThat(mailer.sent.get(0).text())
                .contains("3 rendez-vous à partir du 10 mars 2027", "Premier rendez-vous\u00A0: mercredi 10 mars 2027")
                .doesNotContain("février");
        assertThat(parse(mailer.sent.get(0)).toString()).as("calendars keep the held meetings where they were")
                .contains("DTSTART;TZID=Europe/Paris:20270310T190000", "COUNT=3",
                        "RDATE;TZID=Europe/Paris:20270202T180000,20270209T180000,20270216T180000,20270223T180000")
                .doesNotContain("RECURRENCE-ID");
        assertThat(service.preview(INES, AWA.learnerId(), new SlotInput("wed", "19:00", 30, "2027-03-10", 3, null))
                .unchanged()).as("the form as the page fills it again changes nothing").isTrue();
        // The held Tuesday keeps its own date: past, it cannot move; no rule date stands for it.
        assertThatThrownBy(() -> service.changeMeeting(INES, AWA.learnerId(), "2027-02-23", "2027-03-05", "19:00", false))
                .isInstanceOf(OneToOneService.MeetingPast.class);
        assertThatThrownBy(() -> service.changeMeeting(INES, AWA.learnerId(), "2027-03-03", "2027-03-05", "19:00", false))
                .isInstanceOf(OneToOneService.NoSuchMeeting.class);
    }

    /**
     * Kenji's three Tuesdays of February are held and his cohort ended on 9 March; on 20 March Inès
     * asks for six more: none can come before his last day, so the change is refused with the day,
     * and the held ones stay as they were.
     */
    @Test
    void noMeetingIsAddedAfterTheLearnersLastDayNorAHeldOneDropped() {
        new OneToOneService(store, cohorts, mentors, mailer, new Messages("https://hub.example.org"),
                Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC))
                .set(INES, KENJI.learnerId(), tuesdays("2027-02-02", 3));
        Appointment before = store.series.get(KENJI.learnerId());
        mailer.sent.clear();

        assertThatThrownBy(() -> new OneToOneService(store, cohorts, mentors, mailer,
                new Messages("https://hub.example.org"), Clock.fixed(Instant.parse("2027-03-20T10:00:00Z"), ZoneOffset.UTC))
                .set(INES, KENJI.learnerId(), tuesdays("2027-02-02", 6)))
                .isInstanceOf(SlotRules.PastLastDay.class);

        assertThat(store.series.get(KENJI.learnerId())).isEqualTo(before);
        assertThat(mailer.sent).isEmpty();
    }

    /**
     * A mentor in Montreal (an older name of Toronto's zone, which ical4j answers with Toronto's
     * definition): every invite mailed, and both downloads, define each zone they name.
     */
    @Test
    void invitesOfAMentorInAZoneUnderAnOlderNameDefineEveryZoneTheyName() throws Exception {
        mentors.save(new Mentor(INES.sub(), "ines@example.org", "Inès Moreau", List.of("python"), List.of(),
                List.of("fr", "en"), "America/Montreal", 5, 0, false, List.of(), null));
        service.set(INES, AWA.learnerId(), tuesdays("2027-03-01", 4));
        service.changeMeeting(INES, AWA.learnerId(), "2027-03-09", "2027-03-11", "19:00", false);
        service.cancel(INES, AWA.learnerId());

        assertThat(mailer.sent).hasSize(6);
        for (Mail mail : mailer.sent) {
            String ics = new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8);
            InviteZonesTest.everyZoneNamedIsDefined(ics);
            assertThat(ics).contains("TZID:America/Montreal").doesNotContain("TZID:America/Toronto", "TZID=America/Toronto");
        }
        service.set(INES, AWA.learnerId(), tuesdays("2027-03-01", 4));
        InviteZonesTest.everyZoneNamedIsDefined(service.mentorIcs(INES, AWA.learnerId()).text());
        InviteZonesTest.everyZoneNamedIsDefined(service.learnerIcs(AWA).text());
    }

    /**
     * "Move" sent back as the form opens it, on the meeting's own date and time: refused on
     * {@code time} with its reason, nothing written, no one told it moved. A moved meeting moved
     * where it is now alike; moved back to its planned time, it does move.
     */
    @Test
    void aMoveToTheMeetingsOwnTimeIsRefusedAndMailsNoOne() {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays("2027-03-01", 4)).appointment();
        mailer.sent.clear();

        assertThatThrownBy(() -> service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-03-02", "18:00", false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fields()).containsOnlyKeys("time");
                    assertThat(e.params()).containsEntry("time", "same-time");
                });
        assertThat(store.series.get(AWA.learnerId())).isEqualTo(a);
        assertThat(mailer.sent).isEmpty();

        service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-03-03", "18:00", false);
        mailer.sent.clear();
        Appointment moved = store.series.get(AWA.learnerId());
        assertThatThrownBy(() -> service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-03-03", "18:00", false))
                .isInstanceOf(InvalidInput.class);
        assertThat(store.series.get(AWA.learnerId())).isEqualTo(moved);
        assertThat(mailer.sent).isEmpty();
        assertThat(service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-03-02", "18:00", false)
                .meeting(LocalDate.parse("2027-03-02")).orElseThrow().start().toLocalDateTime())
                .as("back where it was planned").isEqualTo(java.time.LocalDateTime.parse("2027-03-02T18:00"));
        assertThat(store.series.get(AWA.learnerId()).meeting(LocalDate.parse("2027-03-02")).orElseThrow().moved())
                .as("back on the rule, it reads as planned, not as moved to its own time").isFalse();
    }

    /**
     * It is Wednesday 24 February, 11:00 in Paris (Inès's zone): a meeting moved to today at 09:00
     * would be in the past, refused on its time and mailed to no one; at 12:00 it moves.
     */
    @Test
    void aMoveToAnHourAlreadyGoneTodayIsRefused() {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays("2027-03-01", 4)).appointment();
        mailer.sent.clear();

        assertThatThrownBy(() -> service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-02-24", "09:00", false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fields()).containsOnlyKeys("time");
                    assertThat(e.params()).containsEntry("time", "past");
                });
        assertThat(store.series.get(AWA.learnerId())).isEqualTo(a);
        assertThat(mailer.sent).isEmpty();

        assertThat(service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-02-24", "12:00", false)
                .meeting(LocalDate.parse("2027-03-02")).orElseThrow().start().toLocalDateTime())
                .isEqualTo(java.time.LocalDateTime.parse("2027-02-24T12:00"));
    }

    /**
     * Thirty-minute meetings on Tuesdays at 18:00: the one of 2 March cannot go to 9 March at 18:00,
     * nor at 18:20 (it would overlap that meeting), refused naming it; 18:30, right after it, is
     * free, and so is the time of a meeting cancelled.
     */
    @Test
    void aMoveOverAnotherMeetingOfTheSeriesIsRefusedNamingIt() {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays("2027-03-01", 4)).appointment();
        mailer.sent.clear();

        for (String time : List.of("18:00", "18:20", "17:31")) {
            assertThatThrownBy(() -> service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-03-09", time, false))
                    .as(time).isInstanceOfSatisfying(SlotRules.Overlap.class, e -> {
                        assertThat(e.other().planned()).isEqualTo(LocalDate.parse("2027-03-09"));
                        assertThat(e.learnerZone().getId()).isEqualTo("Africa/Dakar");
                    });
        }
        assertThat(store.series.get(AWA.learnerId())).isEqualTo(a);
        assertThat(mailer.sent).isEmpty();

        assertThat(service.changeMeeting(INES, AWA.learnerId(), "2027-03-02", "2027-03-09", "18:30", false).sequence())
                .isEqualTo(a.sequence() + 1);
        service.changeMeeting(INES, AWA.learnerId(), "2027-03-16", null, null, true);
        assertThat(service.changeMeeting(INES, AWA.learnerId(), "2027-03-23", "2027-03-16", "18:00", false)
                .meeting(LocalDate.parse("2027-03-23")).orElseThrow().start().toLocalDate())
                .as("a cancelled meeting holds no time").isEqualTo(LocalDate.parse("2027-03-16"));
    }

    /**
     * The meeting of 9 March moved to Thursday 11 March at 19:00 stays when the times change:
     * Thursdays at 18:45 would put the meeting of 11 March over it, refused naming the moved one,
     * nothing written or mailed; Thursdays at 18:30 end as it begins.
     */
    @Test
    void newTimesOverAMovedMeetingAreRefusedNamingIt() {
        Appointment before = begunSeries();

        assertThatThrownBy(() -> service.set(INES, AWA.learnerId(),
                new SlotInput("thu", "18:45", 30, "2027-03-02", 2, "https://meet.example.org/ines")))
                .isInstanceOfSatisfying(SlotRules.Overlap.class, e -> {
                    assertThat(e.other().planned()).isEqualTo(LocalDate.parse("2027-03-09"));
                    assertThat(e.other().start().toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2027-03-11T19:00"));
                });
        assertThat(store.series.get(AWA.learnerId())).isEqualTo(before);
        assertThat(mailer.sent).isEmpty();

        assertThat(service.set(INES, AWA.learnerId(),
                new SlotInput("thu", "18:30", 30, "2027-03-02", 2, "https://meet.example.org/ines")).appointment()
                .sequence()).isEqualTo(before.sequence() + 1);
    }

    @Test
    void aPastFirstDateOtherThanTheSeriesOwnIsRefused() {
        begunSeries();

        assertThatThrownBy(() -> service.set(INES, AWA.learnerId(), tuesdays("2027-02-09", 6)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyTheLearnersMentorMayTouchTheSeriesOrTheNotes() {
        service.set(INES, AWA.learnerId(), tuesdays(null, 4));
        mailer.sent.clear();

        assertThatThrownBy(() -> service.set(OTHER_MENTOR, AWA.learnerId(), tuesdays(null, 4)))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> service.cancel(OTHER_MENTOR, AWA.learnerId()))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> service.mentorIcs(OTHER_MENTOR, AWA.learnerId()))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> service.series(OTHER_MENTOR, AWA.learnerId()))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> service.addSession(OTHER_MENTOR, AWA.learnerId(), "2027-02-23", "Hello"))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> service.sessionsForMentor(OTHER_MENTOR, AWA.learnerId()))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> service.set(INES, "no-such-learner", tuesdays(null, 4)))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);

        assertThat(store.series.get(AWA.learnerId()).sequence()).isZero();
        assertThat(store.notes).isEmpty();
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void aSessionNoteIsDatedUpToTheMentorsOwnTodayAndARefusalNamesThatDay() {
        // 2027-02-24T23:30Z: already Thursday 25 in Paris, where Inès lives; still Wednesday in UTC.
        OneToOneService late = new OneToOneService(store, cohorts, mentors, mailer, new Messages("https://hub.example.org"),
                Clock.fixed(Instant.parse("2027-02-24T23:30:00Z"), ZoneOffset.UTC));
        assertThat(late.addSession(INES, AWA.learnerId(), "2027-02-25", "Loops").date()).isEqualTo(LocalDate.of(2027, 2, 25));
        assertThatThrownBy(() -> late.addSession(INES, AWA.learnerId(), "2027-02-26", "Loops"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fields()).containsOnlyKeys("date");
                    assertThat(e.params()).containsEntry("date", "after-today").containsEntry("latestDate", "2027-02-25");
                });
    }

    @Test
    void badSlotsAreRefusedFieldByFieldAndNothingIsWritten() {
        assertThatThrownBy(() -> service.set(INES, AWA.learnerId(),
                new SlotInput("tuesday", "25:00", 10, "2027-02-23", 53, "x".repeat(301))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).containsOnlyKeys(
                        "day", "time", "durationMinutes", "firstDate", "weeks", "location"));
        assertThatThrownBy(() -> service.set(INES, AWA.learnerId(), new SlotInput(null, null, null, "2027-02-30", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).containsOnlyKeys(
                        "day", "time", "durationMinutes", "firstDate", "weeks"));
        assertThat(service.set(INES, AWA.learnerId(), new SlotInput("wed", "12:00", 120, "2027-02-24", 52, " "))
                .appointment().firstDate()).as("today is allowed").isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(store.series.get(AWA.learnerId()).location()).isNull();
    }

    @Test
    void cancellingSendsACancelInviteAndLeavesNoSeries() throws Exception {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays(null, 4)).appointment();
        mailer.sent.clear();
        assertThat(service.series(INES, AWA.learnerId())).as("the mentor page reads the series back").isEqualTo(a);
        CurrentOneToOne mine = new CurrentOneToOne(store);
        assertThat(mine.cancelled(AWA.learnerId())).as("set, not cancelled").isFalse();
        WaitingProposals list = new WaitingProposals(store, CLOCK);
        assertThat(list.summary(AWA.learnerId(), INES.sub()).cancelled()).isFalse();

        service.cancel(INES, AWA.learnerId());

        assertThat(store.series).doesNotContainKey(AWA.learnerId());
        // My page says the series was cancelled, not that none was set yet; for another mentor's mentee, nothing was.
        assertThat(mine.view(AWA.learnerId())).isNull();
        assertThat(mine.cancelled(AWA.learnerId())).isTrue();
        assertThat(mine.cancelled(KENJI.learnerId())).isFalse();
        // The mentor page says so too, for that mentee only.
        assertThat(list.summary(AWA.learnerId(), INES.sub())).extracting(WaitingProposals.Summary::series,
                WaitingProposals.Summary::cancelled).containsExactly(false, true);
        assertThat(list.summary(KENJI.learnerId(), INES.sub()).cancelled()).isFalse();
        assertThat(mailer.sent).extracting(Mail::kind).containsExactly("one-to-one-cancelled", "one-to-one-cancelled");
        for (Mail mail : mailer.sent) {
            Calendar calendar = parse(mail);
            assertThat(calendar.toString()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:" + a.uid() + "@lcm-hub",
                    "SEQUENCE:1");
            assertThat(mail.attachments().get(0).contentType()).startsWith("text/calendar; method=CANCEL");
        }
        assertThatThrownBy(() -> service.cancel(INES, AWA.learnerId())).isInstanceOf(OneToOneService.NoSeries.class);
        assertThatThrownBy(() -> service.mentorIcs(INES, AWA.learnerId())).isInstanceOf(OneToOneService.NoSeries.class);
        assertThatThrownBy(() -> service.series(INES, AWA.learnerId())).isInstanceOf(OneToOneService.NoSeries.class);
        assertThatThrownBy(() -> service.learnerIcs(AWA)).isInstanceOf(OneToOneService.NoSeries.class);
        store.matches.put(AWA.learnerId(), "another-mentor");
        assertThat(mine.cancelled(AWA.learnerId())).as("a new mentor has set nothing yet").isFalse();
        assertThat(list.summary(AWA.learnerId(), "another-mentor").cancelled()).isFalse();
    }

    @Test
    void bothSidesDownloadTheInviteInTheirLanguageWhileTheMatchHolds() throws Exception {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays(null, 4)).appointment();

        OneToOneService.Ics learnerIcs = service.learnerIcs(AWA);
        OneToOneService.Ics mentorIcs = service.mentorIcs(INES, AWA.learnerId());
        assertThat(learnerIcs.fileName()).isEqualTo("rendez-vous-avec-ines-moreau.ics");
        assertThat(mentorIcs.fileName()).isEqualTo("rendez-vous-avec-awa-diallo.ics");
        String learnerCopy = learnerIcs.text();
        String mentorCopy = mentorIcs.text();
        assertThat(event(new CalendarBuilder().build(new StringReader(learnerCopy))).getSummary().getValue())
                .startsWith("Rendez-vous individuel");
        assertThat(mentorCopy).contains("UID:" + a.uid() + "@lcm-hub", "SUMMARY:Rendez-vous individuel : Inès Moreau / Awa Diallo");
        assertThat(service.current(AWA.learnerId())).isEqualTo(a);

        // Released and matched with someone else: the old series is no longer the learner's.
        store.matches.put(AWA.learnerId(), OTHER_MENTOR.sub());
        assertThat(service.current(AWA.learnerId())).isNull();
        assertThatThrownBy(() -> service.learnerIcs(AWA)).isInstanceOf(OneToOneService.NoSeries.class);
        // The new mentor starts a series of their own: a new UID.
        Appointment theirs = service.set(OTHER_MENTOR, AWA.learnerId(), tuesdays(null, 2)).appointment();
        assertThat(theirs.uid()).isNotEqualTo(a.uid());
        assertThat(theirs.sequence()).isZero();
    }

    @Test
    void sessionNotesAreSharedWithTheCohortsTeamOnly() {
        service.addSession(INES, AWA.learnerId(), "2027-02-16", "Went through loops.");
        service.addSession(INES, AWA.learnerId(), "2027-02-23", "  Planned the project.  ");
        service.addSession(INES, KENJI.learnerId(), "2027-02-23", "Kenji's note.");

        assertThat(service.sessionsForMentor(INES, AWA.learnerId())).extracting(n -> n.text())
                .containsExactly("Planned the project.", "Went through loops.");
        assertThat(service.sessionsForTeam(LCM, "c-1", AWA.learnerId())).hasSize(2);
        // The team is told who wrote them: the mentor's name as their profile has it.
        assertThat(service.mentorNames(service.sessionsForTeam(LCM, "c-1", AWA.learnerId())))
                .containsExactly(Map.entry(INES.sub(), "Inès Moreau"));
        assertThatThrownBy(() -> service.sessionsForTeam(OTHER_LCM, "c-1", AWA.learnerId()))
                .isInstanceOf(CohortStore.NotOnTeam.class);
        assertThatThrownBy(() -> service.sessionsForTeam(LCM, "c-1", KENJI.learnerId()))
                .as("a learner of another cohort").isInstanceOf(OneToOneService.NotInCohort.class);
        assertThatThrownBy(() -> service.sessionsForTeam(LCM, "no-such", AWA.learnerId()))
                .isInstanceOf(CohortStore.NotFound.class);

        assertThatThrownBy(() -> service.addSession(INES, AWA.learnerId(), "2027-02-25", "Tomorrow?"))
                .as("Paris is still on the 24th").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("date"));
        assertThatThrownBy(() -> service.addSession(INES, AWA.learnerId(), "yesterday", "x".repeat(2_001)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).containsOnlyKeys("date", "text"));
        assertThat(store.notes).hasSize(3);
    }

    @Test
    void aFailingMailLeavesTheSeriesSet() {
        OneToOneService failing = new OneToOneService(store, cohorts, mentors, m -> {
            throw new IllegalStateException("SES is down");
        }, new Messages(""), CLOCK);

        assertThat(failing.set(INES, AWA.learnerId(), tuesdays(null, 4)).created()).isTrue();
        assertThat(store.series).containsKey(AWA.learnerId());
    }
    /**
     * Inès set two Tuesdays at 18:00 in Paris, then moved to New York, where both are at 12:00 (the
     * clocks there change on 14 March, after them). Her form, sent back as her page fills it (Tuesdays
     * at 12:00 from 2 March, 2 meetings), changes no meeting's time: nothing is saved, no one mailed,
     * the preview says so. Moving one meeting mails her its new time on her clock now.
     */
    @Test
    void theSameMeetingsSavedOnTheClockOfAMentorWhoMovedChangeNothing() {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays("2027-03-02", 2)).appointment();
        mentors.save(new Mentor(INES.sub(), "ines@example.org", "Inès Moreau", List.of("python"), List.of(),
                List.of("fr", "en"), "America/New_York", 5, 0, false, List.of(), null));
        mailer.sent.clear();
        Map<String, Object> view = OneToOneViews.forMentor(a, List.of(), service.learnerZone(AWA.learnerId()),
                service.mentorZone(INES.sub()), CLOCK.instant());
        SlotInput asShown = new SlotInput((String) view.get("mentorDay"), (String) view.get("mentorTime"), 30,
                (String) view.get("mentorFrom"), (Integer) view.get("left"), "https://meet.example.org/ines");

        assertThat(service.preview(INES, AWA.learnerId(), asShown).unchanged()).isTrue();
        OneToOneService.Saved saved = service.set(INES, AWA.learnerId(), asShown);

        assertThat(saved.created()).isFalse();
        assertThat(saved.appointment()).isEqualTo(a);
        assertThat(store.series.get(AWA.learnerId())).as("kept as it was, in its own zone").isEqualTo(a);
        assertThat(mailer.sent).isEmpty();

        service.changeMeeting(INES, AWA.learnerId(), "2027-03-09", "2027-03-10", "12:00", false);
        assertThat(mailer.sent).filteredOn(m -> m.to().equals("ines@example.org")).singleElement()
                .extracting(Mail::text).asString().contains("mercredi 10 mars 2027 à 12\u00A0h")
                .doesNotContain("18\u00A0h", "Europe centrale");
    }

    /**
     * The same form over 14 March, when New York's clocks change and not yet those of Paris: its
     * meetings from then on are an hour earlier than the ones saved, a change, saved in her zone now
     * and mailed to both.
     */
    @Test
    void theSameRuleOnTheClockOfAMentorWhoMovedThatShiftsMeetingsIsAChange() {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays("2027-03-02", 4)).appointment();
        mentors.save(new Mentor(INES.sub(), "ines@example.org", "Inès Moreau", List.of("python"), List.of(),
                List.of("fr", "en"), "America/New_York", 5, 0, false, List.of(), null));
        mailer.sent.clear();

        OneToOneService.Saved saved = service.set(INES, AWA.learnerId(),
                new SlotInput("tue", "12:00", 30, "2027-03-02", 4, "https://meet.example.org/ines"));

        assertThat(saved.appointment().sequence()).isEqualTo(a.sequence() + 1);
        assertThat(saved.appointment().zone().getId()).isEqualTo("America/New_York");
        assertThat(saved.appointment().meeting(LocalDate.of(2027, 3, 16)).orElseThrow().start().toInstant())
                .isEqualTo(Instant.parse("2027-03-16T16:00:00Z"));
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("awa@example.org", "ines@example.org");
    }

    /**
     * Inès set Tuesdays at 18:00 in Paris, then moved to New York: her page reads the series on her
     * clock now (Tuesdays at 12:00 there), as Awa's page already names her zone; and a meeting she
     * moves to Wednesday at 12:00 on that clock lands at 18:00 in Paris, not six hours earlier.
     */
    @Test
    void aMentorWhoMovedReadsAndMovesTheSeriesOnTheirClockNow() {
        Appointment a = service.set(INES, AWA.learnerId(), tuesdays("2027-03-02", 4)).appointment();
        mentors.save(new Mentor(INES.sub(), "ines@example.org", "Inès Moreau", List.of("python"), List.of(),
                List.of("fr", "en"), "America/New_York", 5, 0, false, List.of(), null));

        Map<String, Object> view = OneToOneViews.forMentor(a, List.of(), service.learnerZone(AWA.learnerId()),
                service.mentorZone(INES.sub()), CLOCK.instant());
        assertThat(view).containsEntry("timezone", "Europe/Paris").containsEntry("mentorTimezone", "America/New_York")
                .containsEntry("mentorDay", "tue").containsEntry("mentorTime", "12:00").containsEntry("mentorFrom", "2027-03-02");
        assertThat(((List<?>) view.get("meetings")).get(0)).asString()
                .contains("mentorLocal=2027-03-02T12:00", "learnerLocal=2027-03-02T17:00");

        Appointment moved = service.changeMeeting(INES, AWA.learnerId(), "2027-03-09", "2027-03-10", "12:00", false);
        assertThat(moved.meeting(LocalDate.of(2027, 3, 9)).orElseThrow().start().toInstant())
                .isEqualTo(Instant.parse("2027-03-10T17:00:00Z"));
        assertThat(((List<?>) OneToOneViews.forMentor(moved, List.of(), service.learnerZone(AWA.learnerId()),
                service.mentorZone(INES.sub()), CLOCK.instant()).get("meetings")).get(1)).asString()
                .contains("mentorLocal=2027-03-10T12:00", "status=moved");
    }
}
