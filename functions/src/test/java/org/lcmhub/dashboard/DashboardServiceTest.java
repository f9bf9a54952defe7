package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.dashboard.store.MentorDirectory;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.matching.Wording;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.RiskLevel;
import org.lcmhub.testing.InMemoryCohorts;

/** The dashboard's rules without a store: who may read it, whose standing counts, what a contact clears. */
class DashboardServiceTest {
    /** Starts Monday 2027-01-04 for 8 weeks, run by lcm-1; "now" is Wednesday of its week 5. */
    private static final Cohort COHORT = InMemoryCohorts.cohort("c-1", "python", 30, true);
    private static final Instant NOW = Instant.parse("2027-02-03T12:00:00Z");
    private static final Caller LCM = new Caller("lcm-1", "alice@example.org", Set.of("lcm"));

    private final List<Note> notes = new ArrayList<>();
    private final NoteStore noteStore = new NoteStore() {
        @Override
        public void add(Note note) {
            notes.add(note);
        }

        @Override
        public void follow(String learnerId, String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant lastContact(String learnerId) {
            return null;
        }
    
        @Override
        public Page list(String cohortId, String learnerId, String cursor, int limit) {
            List<Note> mine = notes.stream().filter(n -> n.learnerId().equals(learnerId))
                    .sorted(java.util.Comparator.comparing(Note::createdAt).reversed()).toList();
            return new Page(mine.subList(0, Math.min(limit, mine.size())), null);
        }
    };

    private static Learner learner(String id, LearnerStatus status, String signedUp) {
        return new Learner(id, "Name " + id, id + "@example.org", "python", "c-1", Language.FR, "Europe/Paris", null, null,
                status, null, Instant.parse(signedUp));
    }

    private static WeeklyCheckIn checkIn(String learnerId, int week, int progress, boolean needHelp, String at) {
        return new WeeklyCheckIn(learnerId, "c-1", IsoWeek.of(COHORT.startDate().plusWeeks(week - 1)), progress, null,
                4, 4, null, needHelp, null, Instant.parse(at));
    }

    /** Weeks 1-4 on plan, then week 5 asking for help on Monday 2027-02-01. */
    private static List<WeeklyCheckIn> askedForHelp(String id) {
        List<WeeklyCheckIn> list = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            list.add(checkIn(id, w, 12 * w, false, COHORT.startDate().plusWeeks(w - 1).plusDays(1) + "T18:00:00Z"));
        }
        list.add(checkIn(id, 5, 55, true, "2027-02-01T09:00:00Z"));
        return list;
    }

    private static Note note(String learnerId, boolean contact, String at) {
        return new Note(learnerId, "c-1", "…", contact, "lcm-1", Instant.parse(at));
    }

    private static LearnerStanding only(List<LearnerStanding> standings) {
        assertThat(standings).hasSize(1);
        return standings.get(0);
    }

    @Test
    void aContactOnOrAfterTheHelpRequestClearsItAPlainNoteOrAnEarlierContactDoesNot() {
        Learner ana = learner("ana", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        List<Note> beforeOrPlain = List.of(note("ana", true, "2027-01-31T10:00:00Z"),
                note("ana", false, "2027-02-03T08:00:00Z"));
        LearnerStanding waiting = only(DashboardService.standings(COHORT,
                new CohortRecords.Records(List.of(ana), askedForHelp("ana"), beforeOrPlain), NOW));
        // A waiting request puts the learner on the list whatever their level: it is a call to make today.
        assertThat(waiting.assessment().listed()).isTrue();
        assertThat(waiting.assessment().reasons()).extracting(Reason::code).contains(Reason.HELP_WAITING);
        assertThat(waiting.checkedInThisWeek()).isTrue();
        assertThat(waiting.lastCheckInWeek()).isEqualTo(LocalDate.parse("2027-02-01"));

        List<Note> contacted = new ArrayList<>(beforeOrPlain);
        contacted.add(note("ana", true, "2027-02-02T16:00:00Z"));
        LearnerStanding helped = only(DashboardService.standings(COHORT,
                new CohortRecords.Records(List.of(ana), askedForHelp("ana"), contacted), NOW));
        // The contact clears the help request. The request never weighed in the score (it said
        // nothing about leaving on the training cohorts), so the score stays as it was.
        assertThat(helped.assessment().reasons()).extracting(Reason::code).doesNotContain(Reason.HELP_WAITING);
        assertThat(helped.assessment().listed()).isEqualTo(helped.assessment().level() != RiskLevel.OK);
        assertThat(helped.assessment().score()).isEqualTo(waiting.assessment().score());
    }

    /**
     * A learner who missed last week's check-in stays silent now after the team's contact this
     * week (the check-in ends it), but says when the team was in touch, and comes after those
     * still to contact; a contact from before this week, or a plain note, is not one.
     */
    @Test
    void aSilentLearnerContactedThisWeekStaysListedSaysWhenAndComesAfterThoseStillToContact() {
        Learner ana = learner("ana", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        Learner bea = learner("bea", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        List<WeeklyCheckIn> weeks = new ArrayList<>();
        for (String id : List.of("ana", "bea")) {
            for (int w = 1; w <= 3; w++) { // week 4 missed: silent in week 5
                weeks.add(checkIn(id, w, 12 * w, false, COHORT.startDate().plusWeeks(w - 1).plusDays(1) + "T18:00:00Z"));
            }
        }
        List<Note> lastWeekOrPlain = List.of(note("ana", true, "2027-01-29T10:00:00Z"), note("ana", false, "2027-02-02T08:00:00Z"),
                note("bea", true, "2027-01-31T21:00:00Z")); // 22:00 on Sunday in Paris: last week
        List<LearnerStanding> before = DashboardService.standings(COHORT,
                new CohortRecords.Records(List.of(ana, bea), weeks, lastWeekOrPlain), NOW);
        assertThat(before).allSatisfy(l -> {
            assertThat(l.assessment().silentToContact()).isTrue();
            assertThat(l.contactedOn()).isNull();
        });
        List<Note> contacted = new ArrayList<>(lastWeekOrPlain);
        contacted.add(note("ana", true, "2027-02-01T23:30:00Z")); // Tuesday 00:30 in Paris
        List<LearnerStanding> after = DashboardService.standings(COHORT,
                new CohortRecords.Records(List.of(ana, bea), weeks, contacted), NOW);
        LearnerStanding anaAfter = after.stream().filter(l -> l.learnerId().equals("ana")).findFirst().orElseThrow();
        assertThat(anaAfter.assessment().silentToContact()).as("still silent: the check-in ends it").isTrue();
        assertThat(anaAfter.contactedOn()).isEqualTo(LocalDate.parse("2027-02-02"));
        assertThat(CohortKpis.of(before, null).atRisk()).extracting(LearnerStanding::learnerId).containsExactly("ana", "bea");
        assertThat(CohortKpis.of(after, null).atRisk()).extracting(LearnerStanding::learnerId).containsExactly("bea", "ana");
    }

    /**
     * The silent learner's card says who recorded the contact it dates: the author of that day's
     * contact note, by the name their sign-in gave, else their address; a plain note written after
     * it by someone else is not the contact; a day with no contact note (a 1:1 held) names nobody.
     */
    @Test
    void theContactACardDatesIsNamedByWhoRecordedIt() {
        notes.add(new Note("ana", "c-1", "Called", true, "lcm-2", Instant.parse("2027-02-02T09:00:00Z"),
                "chloe@example.org", "Chloé Martin"));
        notes.add(new Note("ana", "c-1", "Plain", false, "lcm-1", Instant.parse("2027-02-02T15:00:00Z"),
                "alice@example.org", "Alice Durand"));
        notes.add(new Note("bea", "c-1", "Mailed", true, "lcm-3", Instant.parse("2027-02-01T23:30:00Z"),
                "dan@example.org", null));
        DashboardService service = withAna();

        assertThat(service.contactRecordedBy("c-1", "ana", LocalDate.parse("2027-02-02"))).isEqualTo("Chloé Martin");
        // Tuesday 00:30 in Paris, still Monday in UTC: the note is of the learner's Tuesday too.
        assertThat(service.contactRecordedBy("c-1", "bea", LocalDate.parse("2027-02-02"))).isEqualTo("dan@example.org");
        assertThat(service.contactRecordedBy("c-1", "ana", LocalDate.parse("2027-02-03"))).as("a 1:1 held on Wednesday").isNull();
    }

    @Test
    void onlyEnrolledLearnersCountEachFromTheirOwnStart() {
        Learner early = learner("early", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        Learner late = learner("late", LearnerStatus.ENROLLED, "2027-01-27T10:00:00Z");
        Learner gone = learner("gone", LearnerStatus.WITHDRAWN, "2026-12-20T10:00:00Z");
        Learner waiting = learner("waiting", LearnerStatus.WAITLISTED, "2026-12-20T10:00:00Z");
        List<LearnerStanding> standings = DashboardService.standings(COHORT,
                new CohortRecords.Records(List.of(early, late, gone, waiting), List.of(), List.of()), NOW);

        assertThat(standings).extracting(LearnerStanding::learnerId).containsExactly("early", "late");
        // Silent since the cohort's week 1: four whole weeks missed, counted as dropped out.
        assertThat(standings.get(0).assessment().outcome()).isEqualTo(Outcome.DROPPED_OUT);
        // Joined on Wednesday of week 4: this is their own week 2, with one week missed.
        assertThat(standings.get(1).assessment().outcome()).isEqualTo(Outcome.ACTIVE);
        assertThat(standings.get(1).assessment().week()).isEqualTo(2);
        assertThat(standings.get(1).lastCheckInWeek()).isNull();
        assertThat(standings.get(1).mentor()).isNull();
    }

    /**
     * "Checked in this week" is the chart's current week: the learners still expected to check in
     * (started, not counted as dropped out, not finished before this week), so the two never disagree.
     */
    @Test
    void checkedInThisWeekAndTheChartsCurrentWeekCountTheSameLearners() {
        List<WeeklyCheckIn> checkIns = new ArrayList<>(askedForHelp("ana")); // weeks 1-5
        for (int w = 1; w <= 4; w++) {
            checkIns.add(checkIn("bob", w, 12 * w, false, COHORT.startDate().plusWeeks(w - 1).plusDays(1) + "T18:00:00Z"));
            checkIns.add(checkIn("eve", w, 20 * w, false, COHORT.startDate().plusWeeks(w - 1).plusDays(1) + "T18:00:00Z"));
        }
        checkIns.add(checkIn("eve", 5, 100, false, "2027-02-02T10:00:00Z")); // finished this week
        // "gone" never checked in: four weeks missed, counted as dropped out this week.
        CohortRecords records = id -> new CohortRecords.Records(List.of(learner("ana", LearnerStatus.ENROLLED,
                "2026-12-20T10:00:00Z"), learner("bob", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z"),
                learner("eve", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z"),
                learner("gone", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z")), checkIns, List.of());
        DashboardService.Dashboard d = new DashboardService(new InMemoryCohorts().with(COHORT), records, noteStore,
                Clock.fixed(NOW, ZoneOffset.UTC)).dashboard(LCM, "c-1");

        List<CohortCharts.WeekRate> weeks = d.charts().checkInRate();
        CohortCharts.WeekRate current = weeks.get(weeks.size() - 1);
        assertThat(current.week()).isEqualTo(IsoWeek.of(LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
        assertThat(current.expected()).as("Ana, Bob, and Eve who finished with this week's check-in").isEqualTo(3);
        assertThat(current.submitted()).isEqualTo(2);
        assertThat(d.kpis().checkInRateThisWeek()).isEqualTo(current.rate()).isEqualTo(2.0 / 3);
        // Counted out from week 5 on: the four weeks "gone" missed before are missed check-ins.
        assertThat(weeks).extracting(CohortCharts.WeekRate::expected).containsExactly(4, 4, 4, 4, 3);
    }

    /** The cohort c-1 with Ana, enrolled, who asked for help. */
    private DashboardService withAna() {
        CohortRecords records = id -> new CohortRecords.Records(
                List.of(learner("ana", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z")), askedForHelp("ana"), List.of());
        return new DashboardService(new InMemoryCohorts().with(COHORT), records, noteStore, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void onlyTheTeamReadsTheDashboardAndWritesValidNotes() {
        DashboardService service = withAna();
        Caller other = new Caller("lcm-2", "bruno@example.org", Set.of("lcm"));

        assertThat(service.dashboard(LCM, "c-1").kpis().enrolled()).isEqualTo(1);
        assertThatThrownBy(() -> service.dashboard(other, "c-1")).isInstanceOf(CohortStore.NotOnTeam.class);
        assertThatThrownBy(() -> service.dashboard(LCM, "c-2")).isInstanceOf(CohortStore.NotFound.class);
        assertThatThrownBy(() -> service.addNote(other, "c-1", "ana", "Hello", true))
                .isInstanceOf(CohortStore.NotOnTeam.class);
        for (String bad : new String[] {null, "  ", "x".repeat(DashboardService.NOTE_MAX + 1)}) {
            assertThatThrownBy(() -> service.addNote(LCM, "c-1", "ana", bad, true))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).containsOnlyKeys("text"));
        }
        assertThat(notes).isEmpty();

        Note kept = service.addNote(LCM, "c-1", "ana", "  Called: loops reviewed  ", null);
        assertThat(kept).isEqualTo(new Note("ana", "c-1", "Called: loops reviewed", false, "lcm-1", NOW,
                "alice@example.org"));
        assertThat(notes).containsExactly(kept);
    }

    @Test
    void aNoteIsCountedInCharactersAndALongerOneIsRefusedWholeWithItsReason() {
        DashboardService service = withAna();
        // 2,000 characters, each two UTF-16 units: as many as a note may hold.
        String full = "\uD83D\uDE42".repeat(DashboardService.NOTE_MAX);
        assertThat(service.addNote(LCM, "c-1", "ana", full, false).text()).isEqualTo(full);

        assertThatThrownBy(() -> service.addNote(LCM, "c-1", "ana", "x".repeat(5_000), false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fields()).containsOnlyKeys("text");
                    assertThat(e.params()).containsEntry("text", "too-long");
                });
    }

    @Test
    void aNoteKeepsTheNameItsAuthorSignedInWith() {
        DashboardService service = withAna();
        Caller named = new Caller("lcm-1", "alice@example.org", Set.of("lcm"), "Alice Martin");

        Note kept = service.addNote(named, "c-1", "ana", "Called", true);

        assertThat(kept.authorName()).isEqualTo("Alice Martin");
        assertThat(kept.authorEmail()).isEqualTo("alice@example.org");
        assertThat(service.addNote(LCM, "c-1", "ana", "Mailed", true).authorName()).isNull();
    }

    private static Mentor mentor(String sub, String name, List<String> languages, boolean paused) {
        return new Mentor(sub, sub + "@example.org", name, List.of("python"), List.of(), languages, "Europe/Paris", 5, 1,
                paused, List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0))), NOW);
    }

    /** Mentor names and profiles in memory, remembering which reads the dashboard asked for. */
    private static final class Mentors implements MentorDirectory {
        final List<Mentor> profiles;
        final List<Set<String>> namesAsked = new ArrayList<>();
        int allAsked;

        Mentors(Mentor... profiles) {
            this.profiles = List.of(profiles);
        }

        @Override
        public Map<String, String> names(Collection<String> mentorIds) {
            namesAsked.add(Set.copyOf(mentorIds));
            Map<String, String> names = new HashMap<>();
            profiles.stream().filter(m -> mentorIds.contains(m.sub())).forEach(m -> names.put(m.sub(), m.name()));
            return names;
        }

        @Override
        public List<Mentor> all() {
            allAsked++;
            return profiles;
        }
    }

    private DashboardService.Dashboard dashboard(Mentors mentors, Map<String, String> mentorOf, Learner... learners) {
        List<WeeklyCheckIn> checkIns = new ArrayList<>(askedForHelp("ana"));
        checkIns.add(checkIn("bob", 5, 50, false, "2027-02-01T09:00:00Z"));
        CohortRecords records = id -> new CohortRecords.Records(List.of(learners), checkIns, List.of(), mentorOf);
        return new DashboardService(new InMemoryCohorts().with(COHORT), records, noteStore, mentors,
                Clock.fixed(NOW, ZoneOffset.UTC)).dashboard(LCM, "c-1");
    }

    @Test
    void aPairThatEndedIsNeverTheAnswerToWhoHasNoMentor() {
        Learner bob = learner("bob", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        Mentors mentors = new Mentors(mentor("m-1", "Dmitri Volkov", List.of("fr", "en"), false));
        CohortRecords records = id -> new CohortRecords.Records(List.of(bob),
                List.of(checkIn("bob", 5, 50, false, "2027-02-01T09:00:00Z")), List.of(), Map.of(),
                Set.of(new org.lcmhub.matching.model.PairRef("bob", "m-1")));

        DashboardService.Dashboard d = new DashboardService(new InMemoryCohorts().with(COHORT), records, noteStore,
                mentors, Clock.fixed(NOW, ZoneOffset.UTC)).dashboard(LCM, "c-1");

        // Dmitri would suit bob and has room, but bob and he ended their pair: no draft can help.
        assertThat(d.withoutMentor()).singleElement().satisfies(w -> assertThat(w.reasons())
                .extracting(org.lcmhub.matching.model.Reason::code).containsExactly("all-excluded"));
    }

    @Test
    void droppedOutAndFinishedLearnersAreNotWaitingForAMentor() {
        Learner silent = learner("silent", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z"); // four silent weeks
        Learner done = learner("done", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        Learner going = learner("going", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        Mentors mentors = new Mentors(mentor("m-1", "Dmitri Volkov", List.of("fr"), false));
        CohortRecords records = id -> new CohortRecords.Records(List.of(silent, done, going),
                List.of(checkIn("done", 4, 100, false, "2027-01-26T09:00:00Z"),
                        checkIn("going", 5, 50, false, "2027-02-01T09:00:00Z")), List.of(), Map.of());

        DashboardService.Dashboard d = new DashboardService(new InMemoryCohorts().with(COHORT), records, noteStore,
                mentors, Clock.fixed(NOW, ZoneOffset.UTC)).dashboard(LCM, "c-1");

        assertThat(d.withoutMentor()).extracting(DashboardService.WithoutMentor::learnerId).containsExactly("going");
        assertThat(d.enrolled()).extracting(Learner::learnerId).containsExactly("silent", "done", "going");
    }

    @Test
    void learnersWithoutAMentorAreGroupedByReasonLargestGroupFirst() {
        var awaiting = org.lcmhub.matching.model.Reason.of("awaiting-draft", "2");
        var noLanguage = org.lcmhub.matching.model.Reason.of("no-language", "pt");
        List<Map<String, Object>> groups = DashboardHandler.groups(List.of(
                new DashboardService.WithoutMentor("a", "Ana", List.of(noLanguage)),
                new DashboardService.WithoutMentor("b", "Bob", List.of(awaiting)),
                new DashboardService.WithoutMentor("c", "Cy", List.of(org.lcmhub.matching.model.Reason.of("awaiting-draft", "2")))));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsEntry("learners", List.of(Map.of("learnerId", "b", "name", "Bob"),
                Map.of("learnerId", "c", "name", "Cy")));
        assertThat(((Map<?, ?>) groups.get(0).get("reason")).get("code")).isEqualTo("awaiting-draft");
        assertThat(((Map<?, ?>) groups.get(1).get("reason")).get("params")).isEqualTo(Map.of("languages", List.of("pt")));
    }

    @Test
    void mentorsAreNamedAndLearnersWithoutOneGetMatchingsReasonsAgainstTheMentorsAsTheyAre() {
        Learner ana = learner("ana", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        Learner bob = learner("bob", LearnerStatus.ENROLLED, "2026-12-20T10:00:00Z");
        Learner gone = learner("gone", LearnerStatus.WITHDRAWN, "2026-12-20T10:00:00Z");
        Mentors mentors = new Mentors(mentor("m-1", "Dmitri Volkov", List.of("fr", "en"), false),
                mentor("m-2", "Emma Stone", List.of("fr"), true));

        DashboardService.Dashboard d = dashboard(mentors, Map.of("ana", "m-1", "gone", "m-2"), ana, bob, gone);
        assertThat(d.learners()).extracting(LearnerStanding::mentor)
                .containsExactly(new LearnerStanding.Mentor("m-1", "Dmitri Volkov"), null);
        assertThat(mentors.namesAsked).containsExactly(Set.of("m-1")); // only the enrolled learners' mentors
        assertThat(d.withoutMentor()).singleElement().satisfies(w -> {
            assertThat(w.learnerId()).isEqualTo("bob");
            assertThat(w.name()).isEqualTo("Name bob");
            // Dmitri speaks fr, covers the path, shares Tuesday evening and has room; Emma is paused.
            assertThat(w.reasons()).extracting(org.lcmhub.matching.model.Reason::code).containsExactly("awaiting-draft");
            assertThat(Wording.text(w.reasons().get(0), Language.FR)).isEqualTo("Une personne mentor qui convient a de la place\u00a0: lancez un brouillon d’appariement");
        });
        assertThat(d.charts().progress()).extracting(CohortCharts.Progress::learnerId).containsExactly("ana", "bob");

        Mentors english = new Mentors(mentor("m-3", "Farid", List.of("en"), false));
        DashboardService.Dashboard alone = dashboard(english, Map.of(), ana, bob);
        assertThat(alone.withoutMentor()).extracting(DashboardService.WithoutMentor::learnerId).containsExactly("ana", "bob");
        assertThat(alone.withoutMentor()).allSatisfy(w -> assertThat(Wording.texts(w.reasons(), Language.EN))
                .containsExactly("No mentor speaks French"));
        assertThat(english.namesAsked).as("nobody has a mentor to name").isEmpty();

        DashboardService export = new DashboardService(new InMemoryCohorts().with(COHORT),
                id -> new CohortRecords.Records(List.of(ana, bob), List.of(), List.of(), Map.of("ana", "m-1")), noteStore,
                english, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(export.export(LCM, "c-1").learners()).extracting(LearnerStanding::learnerId).containsExactly("ana", "bob");
        assertThat(english.allAsked).as("the export does not explain who has no mentor").isEqualTo(1);

        Mentors none = new Mentors(mentor("m-1", "Dmitri Volkov", List.of("fr"), false));
        assertThat(dashboard(none, Map.of("ana", "m-1"), ana).withoutMentor()).isEmpty();
        assertThat(none.allAsked).as("every mentor is read only when someone has none").isZero();
    }
}
