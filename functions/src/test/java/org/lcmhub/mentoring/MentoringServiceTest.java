package org.lcmhub.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.risk.Reason;
import org.lcmhub.dashboard.model.Note;
import org.lcmhub.dashboard.store.NoteStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.me.store.LearnerStore;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentoring.store.MentoringStore;
import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.LearnerStatus;
import org.lcmhub.testing.InMemoryCheckIns;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
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
    private final MentoringService service = new MentoringService(matches, learners, mentors, cohorts, checkIns,
            new NoContacts(), mailer, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Caller emma = new Caller("emma", "emma@example.org", Set.of(Caller.MENTOR));

    /** Matches kept in memory with the store's contract: a release only of the mentor's own match. */
    static final class Matches implements MentoringStore {
        final Map<String, Match> byLearner = new TreeMap<>();
        final List<Ending> endings = new ArrayList<>();
        final List<String> released = new ArrayList<>();

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
        public boolean release(Match match, Ending ending) {
            Match current = byLearner.get(match.learnerId());
            if (current == null || !current.mentorId().equals(match.mentorId())) {
                return false;
            }
            byLearner.remove(match.learnerId());
            endings.add(ending);
            released.add(match.learnerId() + ">" + match.mentorId());
            return true;
        }
    }

    private static final class NoContacts implements NoteStore {
        @Override
        public void add(Note note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant lastContact(String learnerId) {
            return null;
        }
    }

    private Learner learner(String id, String language) {
        Learner l = new Learner(id, "Learner " + id, id + "@example.org", "python", "c1", language, "Europe/Paris",
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
        assertThat(last).containsEntry("week", "2027-W02").containsEntry("progress", 20).containsEntry("needHelp", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> risk = (Map<String, Object>) a.get("risk");
        // Asked for help two weeks ago with no contact since, and missed week 3.
        assertThat(risk).containsEntry("level", "at-risk");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) risk.get("reasons");
        Map<String, Object> help = reasons.stream().filter(r -> r.get("code").equals(Reason.HELP_WAITING))
                .findFirst().orElseThrow();
        assertThat(help.get("level")).isEqualTo("at-risk");
        assertThat((String) help.get("text")).isNotBlank()
                .isNotEqualTo(new Reason(Reason.HELP_WAITING, org.lcmhub.checkin.risk.RiskLevel.AT_RISK,
                        List.of(15)).text("en"));
        assertThat(page.mentees().get(1).get("lastCheckIn")).isNull();
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
            assertThat(m.text()).contains("Bonjour Mentor emma").contains("Learner a, de la cohorte « Cohort c1 »")
                    .doesNotContain("hours");
        });
        assertThatThrownBy(() -> service.rematch(a, "again")).isInstanceOf(MentoringService.NoMentor.class);
        assertThat(mailer.sent).hasSize(1);
    }

    @Test
    void aMenteeWhoLeavesFreesThePlaceAndTheMentorIsToldOnce() {
        mentor("emma", "fr");
        Learner a = learner("a", "en");
        match("a", "emma");
        // The withdrawal's own transaction ends the match; here the action stands in for it.
        service.leaving(a, () -> matches.byLearner.remove("a"));
        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("emma@example.org");
            assertThat(m.kind()).isEqualTo("mentee-left");
            assertThat(m.text()).contains("Learner a a quitté la cohorte « Cohort c1 »");
        });
        service.leaving(a, () -> { });
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
}
