package org.lcmhub.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.mail.Mail;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentoring.store.MentoringStore;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.store.Departures;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.risk.Reason;
import org.lcmhub.testing.InMemoryCheckIns;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
import org.lcmhub.testing.InMemoryPlans;
import org.lcmhub.testing.MapLearners;
import org.lcmhub.testing.RecordingMailer;

class MentoringServiceTest {
    /** Wednesday of the cohort's fourth week (it starts on Monday 2027-01-04, 8 weeks). */
    private static final Instant NOW = Instant.parse("2027-01-27T10:00:00Z");
    private final InMemoryCohorts cohorts = new InMemoryCohorts().with(InMemoryCohorts.cohort("c1", "python", 10, true));
    private final InMemoryMentors mentors = new InMemoryMentors();
    private final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    private final MapLearners learners = new MapLearners();
    private final Matches matches = new Matches();
    private final RecordingMailer mailer = new RecordingMailer();
    private final List<CohortStore.TeamMember> team = new ArrayList<>();
    private final Map<String, String> directory = new HashMap<>();
    private final NoContacts contacts = new NoContacts();
    private final MentoringService service = new MentoringService(matches, learners, mentors, cohorts, checkIns,
            contacts, mailer, Clock.fixed(NOW, ZoneOffset.UTC), cohortId -> List.copyOf(team), directory::get);
    private final Caller emma = new Caller("emma", "emma@example.org", Set.of(Caller.MENTOR));

    /** Matches kept in memory with the store's contract: a release only of the mentor's own match. */
    static final class Matches implements MentoringStore {
        final Map<String, Match> byLearner = new TreeMap<>();
        final List<Ending> endings = new ArrayList<>();
        final List<String> released = new ArrayList<>();
        final Map<String, Appointment> series = new TreeMap<>();

        @Override
        public MenteePage mentees(String mentorSub, String after, int limit) {
            List<Match> page = byLearner.values().stream().filter(m -> m.mentorId().equals(mentorSub))
                    .filter(m -> after == null || m.learnerId().compareTo(after) > 0).limit(limit + 1L).toList();
            boolean more = page.size() > limit;
            List<Match> shown = more ? page.subList(0, limit) : page;
            return new MenteePage(shown, more ? shown.get(shown.size() - 1).learnerId() : null);
        }

        @Override
        public Match matchOf(String learnerId) {
            return byLearner.get(learnerId);
        }

        @Override
        public Ended release(Match match, Ending ending) {
            Match current = byLearner.get(match.learnerId());
            if (current == null || !current.mentorId().equals(match.mentorId())) {
                return null;
            }
            byLearner.remove(match.learnerId());
            endings.add(ending);
            released.add(match.learnerId() + ">" + match.mentorId());
            return new Ended(series.remove(match.learnerId()));
        }
    }

    /** The team's last contact with each learner (none unless a test records one). */
    private static final class NoContacts implements NoteStore {
        final Map<String, Instant> last = new HashMap<>();

        @Override
        public void add(Note note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void follow(String learnerId, String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant lastContact(String learnerId) {
            return last.get(learnerId);
        }
    
        @Override
        public Page list(String cohortId, String learnerId, String cursor, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private Learner learner(String id, String language) {
        Learner l = new Learner(id, "Learner " + id, id + "@example.org", "python", "c1", Language.of(language), "Europe/Paris",
                null, 4, LearnerStatus.ENROLLED, null, Instant.parse("2026-12-01T00:00:00Z"));
        learners.stored.put(id, new LearnerStore.Stored(l, "hash"));
        return l;
    }

    private void mentor(String sub, String... languages) {
        mentors.save(new Mentor(sub, sub + "@example.org", "Mentor " + sub, List.of("python"), List.of(),
                List.of(languages), "Europe/Paris", 5, 0, false, List.of(), NOW));
    }

    private void match(String learnerId, String mentorId) {
        matches.byLearner.put(learnerId, new MentoringStore.Match(learnerId, mentorId, "c1",
                Instant.parse("2027-01-05T09:00:00Z")));
    }

    private void checkIn(String learnerId, String week, int progress, boolean needHelp, String submitted) {
        WeeklyCheckIn c = new WeeklyCheckIn(learnerId, "c1", IsoWeek.parse(week).orElseThrow(), progress, null, 3,
                4, null, needHelp, null, Instant.parse(submitted));
        checkIns.put(c);
    }

    /** What the withdrawal's transaction reports: the match it ended and the series it deleted, if any. */
    private Departures.Withdrawal withdrawal(Learner l) {
        MentoringStore.Match m = matches.byLearner.remove(l.learnerId());
        return new Departures.Withdrawal(l, null, m == null ? null : m.mentorId(),
                m == null ? null : matches.series.remove(l.learnerId()), l.status());
    }

    @Test
    void menteesCarryTheirLastCheckInAndTheirRiskInTheMentorsLanguage() {
        mentor("emma", "fr", "en");
        learner("a", "en");
        learner("b", "en");
        match("a", "emma");
        match("b", "emma");
        match("x", "farid");
        checkIn("a", "2027-W01", 10, false, "2027-01-05T18:00:00Z");
        checkIn("a", "2027-W02", 20, true, "2027-01-12T18:00:00Z");

        MentoringService.Page page = service.mentees(emma, null, 50);

        assertThat(page.next()).isNull();
        assertThat(page.mentees()).extracting(m -> m.get("learnerId")).containsExactly("a", "b");
        Map<String, Object> a = page.mentees().get(0);
        assertThat(a).containsEntry("email", "a@example.org").containsEntry("cohortId", "c1")
                .containsEntry("matchedAt", "2027-01-05T09:00:00Z");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) a.get("lastCheckIn");
        assertThat(last).containsEntry("week", "2027-W02").containsEntry("progress", 20).containsEntry("needHelp", true)
                .containsEntry("helpAnswered", false).containsEntry("helpAnswer", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> risk = (Map<String, Object>) a.get("risk");
        // Missed week 3: silent now. Asked for help two weeks ago with no contact since: a sign, not
        // enough alone, after two check-ins on plan, to call the learner likely to drop out.
        assertThat(risk).containsEntry("silentNow", true).containsEntry("level", "ok").containsEntry("outcome", "active");
        assertThat((Double) risk.get("score")).isBetween(0.0, 1.0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) risk.get("reasons");
        Map<String, Object> help = reasons.stream().filter(r -> r.get("code").equals(Reason.HELP_WAITING))
                .findFirst().orElseThrow();
        assertThat(help.get("level")).isEqualTo("watch");
        assertThat(help.get("params")).isEqualTo(Map.of("days", 15));
        assertThat((String) help.get("text")).isNotBlank()
                .isEqualTo(new Reason(Reason.HELP_WAITING, org.lcmhub.risk.RiskLevel.WATCH,
                        List.of(15)).text(Language.FR));
        assertThat(reasons.get(0).get("code")).isEqualTo(Reason.MISSED_CHECK_INS);
        assertThat(page.mentees().get(1).get("lastCheckIn")).isNull();
    }

    /**
     * Emma set the series in Paris (Tuesdays at 18:00), then moved to New York: her mentee list says
     * the proposal waiting for her answer on her clock now, the meeting at 12:00 and the time
     * proposed (Wednesday 18:00 UTC) at 13:00, as her series view does.
     */
    @Test
    void theMenteeListSaysAWaitingProposalOnTheClockOfAMentorWhoMoved() {
        mentors.save(new Mentor("emma", "emma@example.org", "Mentor emma", List.of("python"), List.of(),
                List.of("en"), "America/New_York", 5, 0, false, List.of(), NOW));
        Learner a = learner("a", "en");
        match("a", "emma");
        org.lcmhub.testing.InMemoryAppointments appointments = new org.lcmhub.testing.InMemoryAppointments().match(a, "emma");
        Appointment series = new Appointment("a", "emma", "c1", "uid-1", 0, DayOfWeek.TUESDAY, LocalTime.of(18, 0), 30,
                ZoneId.of("Europe/Paris"), LocalDate.parse("2027-02-02"), 4, null, NOW);
        appointments.save(series, null, null, org.lcmhub.appointments.store.AppointmentStore.Withdrawals.NONE);
        appointments.propose(new org.lcmhub.appointments.model.Proposal("a", "emma", "uid-1", LocalDate.parse("2027-02-02"),
                java.time.ZonedDateTime.parse("2027-02-03T18:00:00Z"), null,
                org.lcmhub.appointments.model.Proposal.Status.OPEN, null, NOW, null), 0);
        service.withWaiting(new org.lcmhub.appointments.WaitingProposals(appointments, Clock.fixed(NOW, ZoneOffset.UTC)));

        Map<String, Object> card = service.mentees(emma, null, 50).mentees().get(0);

        assertThat(card.get("waiting")).asString().contains("meetingLocal=2027-02-02T12:00", "startLocal=2027-02-03T13:00");
    }

    /**
     * The check-in form tells the learner that what they write is for their LCM ("Anything else for
     * your LCM?", "Your LCM reads every one of them"), never their mentor: the mentor's card says that
     * help was asked, not the learner's words.
     */
    @Test
    void aMenteesCardSaysHelpWasAskedButNotTheWordsWrittenForTheLcm() {
        mentor("emma", "fr", "en");
        learner("a", "en");
        match("a", "emma");
        checkIns.put(new WeeklyCheckIn("a", "c1", IsoWeek.parse("2027-W02").orElseThrow(), 20, null, 3, 2,
                "Je bloque sur la semaine 7.", true, "Personal things at home.", Instant.parse("2027-01-12T18:00:00Z")));

        Map<String, Object> card = service.mentees(emma, null, 50).mentees().get(0);

        assertThat(card.get("lastCheckIn")).asString().contains("needHelp=true")
                .doesNotContain("Je bloque", "Personal things");
        assertThat(card.toString()).doesNotContain("Je bloque", "Personal things");
    }

    /**
     * The team called a back after their request for help, in a note the mentor cannot read: the
     * check-in says the request was answered, as the standing beside it no longer lists it.
     */
    @Test
    void aHelpRequestTheTeamAnsweredIsSaidSoToTheMentor() {
        mentor("emma", "en");
        learner("a", "en");
        match("a", "emma");
        checkIn("a", "2027-W02", 20, true, "2027-01-12T18:00:00Z");
        contacts.last.put("a", Instant.parse("2027-01-13T09:00:00Z"));

        Map<String, Object> a = service.mentees(emma, null, 50).mentees().get(0);

        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) a.get("lastCheckIn");
        assertThat(last).containsEntry("needHelp", true).containsEntry("helpAnswered", true);
        // When and how, on the learner's clock: the team's note of 13 January.
        assertThat(last.get("helpAnswer")).isEqualTo(Map.of("date", "2027-01-13", "kind", "note"));
        assertThat(((Map<?, ?>) a.get("risk")).get("reasons").toString()).doesNotContain(Reason.HELP_WAITING);
    }

    /**
     * Learner a (Paris) asks for help at 00:30 on Tuesday 26 January, her clock: 23:30 UTC on
     * Monday 25. Her mentor in New York meets her that Monday evening, after the request, and
     * reports the 1:1 dated Monday 25, his day: the request is answered. A 1:1 of Sunday 24, his
     * day, was before it; so was one at 18:00 his Monday, a series meeting whose time is known.
     */
    @Test
    void aOneToOneHeldAfterTheRequestAnswersItWhateverDayTheMentorsCalendarSays() {
        mentor("emma", "en");
        learner("a", "en");
        match("a", "emma");
        checkIn("a", "2027-W04", 20, true, "2027-01-25T23:30:00Z");
        java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");

        assertThat(helpAnswered(heldOn("2027-01-25", newYork))).as("after the request").isTrue();
        assertThat(helpAnswered(heldOn("2027-01-24", newYork))).as("the day before, his clock").isFalse();
        Instant meeting = Instant.parse("2027-01-25T23:00:00Z");
        assertThat(helpAnswered(held("2027-01-25", meeting, meeting))).as("a meeting half an hour before").isFalse();
        Instant later = Instant.parse("2027-01-26T00:30:00Z");
        assertThat(helpAnswered(held("2027-01-25", later, later))).as("a meeting an hour after").isTrue();
        // The card says the day on her clock: a series meeting's own (01:30 on the 26th in Paris); a report known by its day alone, that day.
        assertThat(answer(held("2027-01-25", later, later))).isEqualTo(Map.of("date", "2027-01-26", "kind", "oneToOne"));
        assertThat(answer(heldOn("2027-01-25", newYork))).isEqualTo(Map.of("date", "2027-01-25", "kind", "oneToOne"));
    }

    /** The mentee card's {@code helpAnswer} for a's check-in once {@code report} is filed. */
    private Map<?, ?> answer(org.lcmhub.plans.SessionReport report) {
        InMemoryPlans plans = new InMemoryPlans().learner("a", "c1", "emma");
        plans.saveReport(new PlanStore.Author(PlanStore.Author.MENTOR, "emma", "c1"), report, null, false);
        Map<String, Object> a = service.withPlans(plans).mentees(emma, null, 50).mentees().get(0);
        return (Map<?, ?>) ((Map<?, ?>) a.get("lastCheckIn")).get("helpAnswer");
    }

    private static org.lcmhub.plans.SessionReport heldOn(String day, java.time.ZoneId zone) {
        LocalDate d = LocalDate.parse(day);
        return held(day, d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static org.lcmhub.plans.SessionReport held(String day, Instant from, Instant until) {
        return new org.lcmhub.plans.SessionReport("r-" + day, "a", "c1", PlanStore.Author.MENTOR, "emma", "Emma",
                LocalDate.parse(day), org.lcmhub.plans.SessionReport.Outcome.HELD, "", null, List.of(), null, null, null,
                NOW, from, until);
    }

    /** Whether the mentee card says a's request was answered, and her standing agrees (no "asked for help"). */
    private boolean helpAnswered(org.lcmhub.plans.SessionReport report) {
        InMemoryPlans plans = new InMemoryPlans().learner("a", "c1", "emma");
        plans.saveReport(new PlanStore.Author(PlanStore.Author.MENTOR, "emma", "c1"), report, null, false);
        Map<String, Object> a = service.withPlans(plans).mentees(emma, null, 50).mentees().get(0);
        @SuppressWarnings("unchecked")
        boolean answered = (Boolean) ((Map<String, Object>) a.get("lastCheckIn")).get("helpAnswered");
        boolean waiting = ((Map<?, ?>) a.get("risk")).get("reasons").toString().contains(Reason.HELP_WAITING);
        assertThat(waiting).as("the standing agrees").isEqualTo(!answered);
        return answered;
    }

    /** The cohort (8 weeks from 4 January) ends on 28 February; a plan to 31 March sets b's last day, not a's. */
    @Test
    void eachMenteeSaysWhetherTheCohortOrTheirOwnPlanSetsTheirLastDay() {
        mentor("emma", "en");
        for (String id : List.of("a", "b")) {
            learner(id, "en");
            match(id, "emma");
        }
        InMemoryPlans plans = new InMemoryPlans().learner("a", "c1", "emma").learner("b", "c1", "emma");
        plans.savePlan(new PlanStore.Author(PlanStore.Author.MENTOR, "emma", "c1"), new PersonalPlan("a", "c1", 1, List.of(), 3,
                LocalDate.parse("2027-02-14"), "emma", null, NOW));
        plans.savePlan(new PlanStore.Author(PlanStore.Author.MENTOR, "emma", "c1"), new PersonalPlan("b", "c1", 1, List.of(), 3,
                LocalDate.parse("2027-03-31"), "emma", null, NOW));

        List<Map<String, Object>> mentees = service.withPlans(plans).mentees(emma, null, 50).mentees();

        assertThat(mentees.get(0)).as("a plan that ends sooner leaves the cohort's weeks")
                .containsEntry("lastDay", "2027-02-28").containsEntry("lastDaySetBy", "cohort");
        assertThat(mentees.get(1)).containsEntry("lastDay", "2027-03-31").containsEntry("lastDaySetBy", "plan");
    }

    @Test
    void menteesComePageByPageAndAnErasedLearnerIsLeftOut() {
        mentor("emma", "en");
        for (String id : List.of("a", "b", "c")) {
            learner(id, "en");
            match(id, "emma");
        }
        learners.stored.remove("b");
        MentoringService.Page first = service.mentees(emma, null, 2);
        assertThat(first.mentees()).extracting(m -> m.get("learnerId")).containsExactly("a");
        assertThat(first.next()).isEqualTo("b");
        MentoringService.Page second = service.mentees(emma, first.next(), 2);
        assertThat(second.mentees()).extracting(m -> m.get("learnerId")).containsExactly("c");
        assertThat(second.next()).isNull();
    }

    @Test
    void aMentorReleasesTheirMenteeAndTheLearnerIsToldInTheirLanguage() {
        mentor("emma", "en");
        learner("a", "fr");
        match("a", "emma");

        service.release(emma, "a", "  We do not share enough hours.  ");

        assertThat(matches.released).containsExactly("a>emma");
        assertThat(matches.endings).singleElement().satisfies(e -> {
            assertThat(e.by()).isEqualTo("mentor");
            assertThat(e.reason()).isEqualTo("We do not share enough hours.");
            assertThat(e.at()).isEqualTo(NOW);
        });
        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("a@example.org");
            assertThat(m.kind()).isEqualTo("mentor-released");
            assertThat(m.text()).contains("Bonjour Learner a").contains("Mentor emma ne peut plus vous accompagner")
                    .doesNotContain("hours");
        });
    }

    @Test
    void someoneElsesMenteeOrAnUnknownLearnerCannotBeReleased() {
        mentor("emma", "en");
        learner("a", "en");
        match("a", "farid");
        assertThatThrownBy(() -> service.release(emma, "a", "reason")).isInstanceOf(MentoringService.NotYourMentee.class);
        assertThatThrownBy(() -> service.release(emma, "nobody", "reason"))
                .isInstanceOf(MentoringService.NotYourMentee.class);
        assertThat(matches.byLearner).containsKey("a");
        assertThat(matches.endings).isEmpty();
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void aLearnerAsksForAnotherMentorAndTheMentorIsToldInTheirLanguage() {
        mentor("emma", "fr");
        Learner a = learner("a", "en");
        match("a", "emma");

        service.rematch(a, "Our hours never fit.");

        assertThat(matches.released).containsExactly("a>emma");
        assertThat(matches.endings.get(0).by()).isEqualTo("learner");
        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("emma@example.org");
            assertThat(m.kind()).isEqualTo("rematch-asked");
            assertThat(m.text()).contains("Bonjour Mentor emma").contains("Learner a, de la cohorte « Cohort c1, en cours depuis le lundi 4 janvier 2027 »")
                    .doesNotContain("hours");
        });
        assertThatThrownBy(() -> service.rematch(a, "again")).isInstanceOf(MentoringService.NoMentor.class);
        assertThat(mailer.sent).hasSize(1);
    }

    /** Before its first day the cohort is "starting" on it, in each mentor's language; after, "under way since". */
    @Test
    void aRematchBeforeTheCohortStartsNamesItStartingOnItsFirstDay() {
        MentoringService before = new MentoringService(matches, learners, mentors, cohorts, checkIns, contacts, mailer,
                Clock.fixed(Instant.parse("2026-12-28T10:00:00Z"), ZoneOffset.UTC), cohortId -> List.copyOf(team),
                directory::get);
        mentor("emma", "fr");
        mentor("finn", "en");
        Learner a = learner("a", "en");
        Learner b = learner("b", "en");
        match("a", "emma");
        match("b", "finn");

        before.rematch(a, "Our hours never fit.");
        before.rematch(b, "Our hours never fit.");

        assertThat(mailer.sent).extracting(Mail::text).satisfiesExactly(
                fr -> assertThat(fr).contains("Learner a, de la cohorte «\u00a0Cohort c1, début le lundi 4 janvier 2027\u00a0»"),
                en -> assertThat(en).contains("Learner b of the cohort “Cohort c1, starting Monday 4 January 2027”"));
    }

    @Test
    void aMenteeWhoLeavesFreesThePlaceAndTheMentorIsToldOnce() {
        mentor("emma", "fr");
        Learner a = learner("a", "en");
        match("a", "emma");
        // The withdrawal's own transaction ends the match; here the action stands in for it.
        service.leaving(a, false, () -> withdrawal(a));
        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("emma@example.org");
            assertThat(m.kind()).isEqualTo("mentee-left");
            assertThat(m.text()).contains("Learner a a quitté la cohorte « Cohort c1, en cours depuis le lundi 4 janvier 2027 »");
        });
        service.leaving(a, false, () -> withdrawal(a));
        assertThat(mailer.sent).hasSize(1);
    }

    @Test
    void aReasonIsOneToFiveHundredCharactersWithoutControlCharacters() {
        mentor("emma", "en");
        Learner a = learner("a", "en");
        match("a", "emma");
        for (String bad : new String[] {null, "", "   ", "x".repeat(501), "bell\u0007"}) {
            assertThatThrownBy(() -> service.rematch(a, bad)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.fields()).containsOnlyKeys("reason"));
            assertThatThrownBy(() -> service.release(emma, "a", bad)).isInstanceOf(InvalidInput.class);
        }
        assertThat(matches.endings).isEmpty();
        assertThat(MentoringService.checkReason("x".repeat(500))).hasSize(500);
        assertThat(MentoringService.checkReason("two\nlines")).isEqualTo("two\nlines");
    }

    @Test
    void aLearnerSeesTheirMentorOnceMatched() {
        mentor("emma", "fr", "en");
        learner("a", "fr");
        assertThat(service.mentorOf("a")).isNull();
        match("a", "emma");
        assertThat(service.mentorOf("a")).containsEntry("mentorId", "emma").containsEntry("name", "Mentor emma")
                .containsEntry("email", "emma@example.org").containsEntry("languages", List.of("fr", "en"))
                .containsEntry("timezone", "Europe/Paris");
    }

    private Appointment series(String learnerId, String mentorId, int sequence) {
        Appointment a = new Appointment(learnerId, mentorId, "c1", "series-" + learnerId, sequence, DayOfWeek.TUESDAY,
                LocalTime.of(18, 0), 30, ZoneId.of("Europe/Paris"), LocalDate.parse("2027-02-02"), 6,
                "https://meet.example.org/x", NOW);
        matches.series.put(learnerId, a);
        return a;
    }

    private List<Mail> mailsOf(String kind) {
        return mailer.sent.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    /** The attached invite, parsed back with ical4j: a CANCEL of the same series at the next sequence. */
    private static VEvent cancelled(Mail mail, Appointment a) throws Exception {
        assertThat(mail.attachments()).singleElement().satisfies(att -> {
            assertThat(att.fileName()).matches("(1-1-with|rendez-vous-avec)-[a-z0-9-]+\\.ics");
            assertThat(att.contentType()).startsWith("text/calendar; method=CANCEL");
        });
        Calendar c = new CalendarBuilder().build(new StringReader(
                new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8)));
        assertThat(c.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent e = c.<VEvent>getComponents("VEVENT").get(0);
        assertThat(e.getUid().orElseThrow().getValue()).isEqualTo(a.uid() + "@lcm-hub");
        assertThat(e.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo(String.valueOf(a.sequence() + 1));
        assertThat(e.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        return e;
    }

    @Test
    void aReleaseCancelsTheSeriesForBothSidesInTheirLanguagesAndTellsTheTeamOnceEach() throws Exception {
        mentor("emma", "en");
        learner("a", "fr");
        match("a", "emma");
        Appointment a = series("a", "emma", 2);
        // lcm-1 runs c1 (its item has the address); lcm-2 has no item address and is not on the team.
        team.add(new CohortStore.TeamMember("lcm-1", "Team@Example.org"));
        team.add(new CohortStore.TeamMember("lcm-2", "other@example.org"));
        cohorts.with(new Cohort("c1", "python", "Cohort c1", Language.FR, LocalDate.parse("2027-01-04"), 8, 10, true, 0, 0,
                Set.of("lcm-1", "lcm-3", "lcm-4"), NOW));
        team.add(new CohortStore.TeamMember("lcm-3", null));
        team.add(new CohortStore.TeamMember("lcm-4", null));
        directory.put("lcm-3", "team@example.org"); // the same address again: mailed once
        directory.put("lcm-4", "lcm4@example.org");

        service.release(emma, "a", "We do not share enough hours.");

        Mail learnerMail = mailsOf("mentor-released").get(0);
        assertThat(learnerMail.to()).isEqualTo("a@example.org");
        assertThat(learnerMail.text()).contains("Vos rendez-vous réguliers sont annulés").doesNotContain("hours");
        assertThat(cancelled(learnerMail, a).getSummary().getValue()).startsWith("Rendez-vous individuel");
        Mail mentorMail = mailsOf("one-to-one-cancelled").get(0);
        assertThat(mentorMail.to()).isEqualTo("emma@example.org");
        assertThat(mentorMail.text()).contains("Hello Mentor emma", "Learner a", "regular 1:1s are cancelled");
        assertThat(cancelled(mentorMail, a).getSummary().getValue()).startsWith("1:1: Mentor emma / Learner a");
        assertThat(mailsOf("one-to-one-cancelled")).hasSize(1);

        List<Mail> teamMails = mailsOf("pair-ended");
        assertThat(teamMails).extracting(Mail::to).containsExactly("Team@Example.org", "lcm4@example.org");
        assertThat(teamMails).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Fin de mentorat dans « Cohort c1, en cours depuis le lundi 4 janvier 2027 »");
            assertThat(m.text()).contains("Le mentorat entre Learner a et Mentor emma",
                    "le ou la mentor y a mis fin", "Raison donnée :\nWe do not share enough hours.");
            assertThat(m.attachments()).isEmpty();
        });
        assertThat(mailer.sent).hasSize(4);
    }

    @Test
    void aRematchCancelsTheSeriesAndTellsTheTeamWhoAskedAndWhy() throws Exception {
        mentor("emma", "fr");
        Learner a = learner("a", "en");
        match("a", "emma");
        Appointment s = series("a", "emma", 0);
        team.add(new CohortStore.TeamMember("lcm-1", "lcm1@example.org"));

        service.rematch(a, "Our hours never fit.");

        Mail mentorMail = mailsOf("rematch-asked").get(0);
        assertThat(mentorMail.text()).contains("Vos rendez-vous réguliers sont annulés").doesNotContain("hours");
        cancelled(mentorMail, s);
        Mail learnerMail = mailsOf("one-to-one-cancelled").get(0);
        assertThat(learnerMail.to()).isEqualTo("a@example.org");
        assertThat(learnerMail.text()).contains("Hello Learner a", "Your mentoring with Mentor emma");
        cancelled(learnerMail, s);
        assertThat(mailsOf("pair-ended")).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("lcm1@example.org");
            assertThat(m.text()).contains("l’apprenant·e a demandé un·e autre mentor", "Our hours never fit.");
        });
    }

    /**
     * A French LCM on an English cohort reads "Fin de mentorat", her English colleague "Mentoring
     * ended", and one whose language is unknown the cohort's.
     */
    @Test
    void eachLcmReadsTheEndOfAPairInTheirOwnLanguageTheCohortsWhenUnknown() throws Exception {
        cohorts.with(new org.lcmhub.cohort.model.Cohort("c1", "python", "Cohort c1", Language.EN,
                java.time.LocalDate.parse("2027-01-04"), 8, 10, true, 0, 0, Set.of("lcm-1", "lcm-2", "lcm-3"),
                Instant.parse("2026-11-01T00:00:00Z")));
        mentor("emma", "en");
        Learner a = learner("a", "en");
        match("a", "emma");
        team.add(new CohortStore.TeamMember("lcm-1", "lea@example.org", "Léa", Language.FR));
        team.add(new CohortStore.TeamMember("lcm-2", "dana@example.org", "Dana", Language.EN));
        team.add(new CohortStore.TeamMember("lcm-3", "sam@example.org", null, null));

        service.rematch(a, "Our hours never fit.");

        assertThat(mailsOf("pair-ended")).extracting(m -> m.to() + " " + m.subject()).containsExactly(
                "lea@example.org Fin de mentorat dans «\u00a0Cohort c1, en cours depuis le lundi 4 janvier 2027\u00a0»",
                "dana@example.org Mentoring ended in “Cohort c1, under way since Monday 4 January 2027”",
                "sam@example.org Mentoring ended in “Cohort c1, under way since Monday 4 January 2027”");
        assertThat(mailsOf("pair-ended").get(0).text()).contains("l’apprenant·e a demandé un·e autre mentor");
    }

    @Test
    void withoutASeriesNoInviteIsAttachedAndASeriesOfAnEarlierMentorIsNotCancelled() {
        mentor("emma", "en");
        learner("a", "en");
        match("a", "emma");
        series("a", "farid", 4); // left behind by an earlier match: not this pair's to cancel

        service.release(emma, "a", "Moving on.");

        assertThat(mailer.sent).extracting(Mail::kind).containsExactly("mentor-released");
        assertThat(mailer.sent.get(0).attachments()).isEmpty();
        assertThat(mailer.sent.get(0).text()).doesNotContain("1:1");
    }

    @Test
    void aWithdrawalCancelsForBothButAnErasureMailsTheMentorOnlyAndNamesNoOne() throws Exception {
        mentor("emma", "en");
        team.add(new CohortStore.TeamMember("lcm-1", "lcm1@example.org"));
        Learner a = learner("a", "fr");
        match("a", "emma");
        Appointment sa = series("a", "emma", 1);

        service.leaving(a, false, () -> withdrawal(a));

        assertThat(mailer.sent).extracting(Mail::kind)
                .containsExactly("mentee-left", "one-to-one-cancelled", "pair-ended");
        cancelled(mailer.sent.get(0), sa);
        assertThat(mailer.sent.get(1).to()).isEqualTo("a@example.org");
        assertThat(mailer.sent.get(1).text()).contains("Bonjour Learner a");
        cancelled(mailer.sent.get(1), sa);
        assertThat(mailer.sent.get(2).text()).contains("Learner a", "l’apprenant·e a quitté la cohorte")
                .doesNotContain("Raison");

        mailer.sent.clear();
        Learner b = learner("b", "en");
        match("b", "emma");
        Appointment sb = series("b", "emma", 0);
        service.leaving(b, true, () -> withdrawal(b));

        assertThat(mailer.sent).extracting(Mail::kind).containsExactly("mentee-left", "pair-ended");
        assertThat(mailer.sent.get(0).to()).isEqualTo("emma@example.org");
        cancelled(mailer.sent.get(0), sb);
        assertThat(mailer.sent.get(1).text()).contains("un·e apprenant·e", "a effacé ses données")
                .doesNotContain("Learner b");
    }

    @Test
    void aFailingDirectoryOrMailerLeavesTheEndingStanding() {
        mentor("emma", "en");
        learner("a", "en");
        match("a", "emma");
        team.add(new CohortStore.TeamMember("lcm-1", null));
        MentoringService failing = new MentoringService(matches, learners, mentors, cohorts, checkIns,
                new NoContacts(), mail -> {
                    throw new IllegalStateException("mail down");
                }, Clock.fixed(NOW, ZoneOffset.UTC), cohortId -> List.copyOf(team), sub -> {
                    throw new IllegalStateException("directory down");
                });

        failing.release(emma, "a", "Moving on.");

        assertThat(matches.released).containsExactly("a>emma");
    }
}
