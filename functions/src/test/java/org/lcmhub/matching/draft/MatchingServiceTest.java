package org.lcmhub.matching.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.matching.Wording;
import org.lcmhub.testing.InMemoryCheckIns;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
import org.lcmhub.testing.InMemorySignups;
import org.lcmhub.testing.RecordingMailer;

class MatchingServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final InMemoryCohorts cohorts = new InMemoryCohorts().with(InMemoryCohorts.cohort("c1", "python", 10, true));
    private final InMemorySignups signups = new InMemorySignups(cohorts);
    private final InMemoryMentors mentors = new InMemoryMentors();
    private final Matches matches = new Matches();
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    private final MatchingService service = new MatchingService(cohorts, signups, mentors, matches, checkIns, mailer,
            new Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Caller lcm = new Caller("lcm-1", "alice@example.org", Set.of(Caller.LCM));

    /** Keeps drafts and answers publishes as the store would, from a scripted outcome per learner. */
    static final class Matches implements MatchStore {
        final Map<String, Draft> drafts = new HashMap<>();
        final Set<String> matched = new java.util.HashSet<>();
        final List<PairRef> published = new java.util.ArrayList<>();
        final Map<String, Outcome> refusals = new HashMap<>();
        final Set<PairRef> neverAgain = new java.util.HashSet<>();

        public Set<PairRef> neverAgain(String cohortId) {
            return Set.copyOf(neverAgain);
        }

        public Set<String> matchedLearners(String cohortId) {
            return Set.copyOf(matched);
        }

        public List<PairRef> published(String cohortId) {
            return List.copyOf(published);
        }

        final Map<String, Latest> latest = new HashMap<>();

        public void saveDraft(Draft draft, Author by) {
            drafts.put(draft.cohortId() + "/" + draft.draftId(), draft);
            latest.put(draft.cohortId(), new Latest(draft.draftId(), draft.expiresAt(), false, draft.createdAt(), by));
        }

        public Draft draft(String cohortId, String draftId) {
            return drafts.get(cohortId + "/" + draftId);
        }

        public Latest latest(String cohortId) {
            return latest.get(cohortId);
        }

        public boolean markPublished(String cohortId, String draftId) {
            Latest l = latest.get(cohortId);
            if (l == null || !l.draftId().equals(draftId)) {
                return false;
            }
            latest.put(cohortId, new Latest(l.draftId(), l.expiresAt(), true, l.createdAt(), l.by()));
            return true;
        }

        public boolean saveChoices(String cohortId, String draftId, Draft.Choices choices) {
            Draft d = drafts.get(cohortId + "/" + draftId);
            if (d == null) {
                return false;
            }
            drafts.put(cohortId + "/" + draftId, d.withChoices(choices));
            return true;
        }

        public Outcome publish(String cohortId, String draftId, Draft.Pair pair) {
            if (latest.containsKey(cohortId) && !latest.get(cohortId).draftId().equals(draftId)) {
                return Outcome.SUPERSEDED;
            }
            Outcome refused = refusals.get(pair.learnerId());
            if (refused != null) {
                return refused;
            }
            matched.add(pair.learnerId());
            return Outcome.PUBLISHED;
        }
    }

    private void mentor(String sub, String language, int capacity) {
        mentor(sub, List.of(language), null, capacity);
    }

    private void mentor(String sub, List<String> languages, Language mailChoice, int capacity) {
        mentors.save(new Mentor(sub, sub + "@example.org", "Mentor " + sub, List.of("python"), List.of("Python"),
                languages, "Europe/Paris", capacity, 0, false,
                List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0))), NOW, mailChoice));
    }

    private String learner(String id, String language) {
        signups.place(new Learner(id, "Learner " + id, id + "@example.org", "python", "c1", Language.of(language), "Europe/Paris",
                "Python", 2, LearnerStatus.ENROLLED, null, NOW), "hash", NOW, Duration.ofMinutes(1));
        return id;
    }

    @Test
    void theDraftLeavesOutMatchedAndNotEnrolledLearnersWithReasonsAsCodes() {
        mentor("m1", "fr", 5);
        learner("a", "fr");
        learner("b", "fr");
        learner("c", "en");
        matches.matched.add("b");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());

        assertThat(draft.pairs()).extracting(Draft.Pair::learnerId).containsExactly("a");
        assertThat(Wording.texts(draft.pairs().get(0).reasons(), Language.FR)).contains("Les deux parlent français");
        assertThat(draft.pairs().get(0).reasons()).extracting(r -> r.code()).contains("languages", "path");
        assertThat(draft.unmatched()).extracting(Draft.Unmatched::learnerId).containsExactly("c");
        assertThat(draft.unmatched().get(0).reasons()).extracting(r -> r.code() + r.args())
                .containsExactly("no-language[en]");
        assertThat(draft.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(matches.draft("c1", draft.draftId())).isEqualTo(draft);
    }

    @Test
    void exclusionsAreNeverProposed() {
        mentor("m1", "fr", 5);
        learner("a", "fr");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of(new PairRef("a", "m1")));
        assertThat(draft.pairs()).isEmpty();
        assertThat(draft.unmatched().get(0).reasons()).isNotEmpty();
    }

    @Test
    void pairsASideEndedAreNeverProposedAgainButTheLearnerIsMatchedElsewhere() {
        mentor("m1", "fr", 5);
        mentor("m2", "fr", 5);
        learner("a", "fr");
        matches.neverAgain.add(new PairRef("a", "m1"));
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());
        assertThat(draft.pairs()).extracting(p -> p.learnerId() + ">" + p.mentorId()).containsExactly("a>m2");

        matches.neverAgain.add(new PairRef("a", "m2"));
        assertThat(service.draft(lcm, "c1", List.of(), Set.of()).pairs()).isEmpty();
    }

    @Test
    void aFeasiblePinIsHonouredAndAnImpossibleOneIsReportedInWords() {
        mentor("m1", "fr", 5);
        mentor("m2", "en", 5);
        learner("a", "fr");
        learner("b", "en");
        Draft draft = service.draft(lcm, "c1", List.of(new PairRef("a", "m1"), new PairRef("b", "m1")), Set.of());
        assertThat(draft.pairs()).extracting(p -> p.learnerId() + ">" + p.mentorId()).containsExactly("a>m1", "b>m2");
        assertThat(draft.pairs().get(0).reasons()).extracting(r -> r.code()).first().isEqualTo("pinned");
        assertThat(draft.refusedPins()).singleElement().satisfies(r -> {
            assertThat(r.learnerId() + ">" + r.mentorId()).isEqualTo("b>m1");
            assertThat(r.reasons()).extracting(x -> x.code()).contains("pair-language");
        });
    }

    @Test
    void theReviewNamesTheLearnersAndTheMentorsOfTheDraft() {
        mentor("m1", "fr", 5);
        mentor("m2", "pt", 5); // speaks neither learner's language: not in the draft
        learner("a", "fr");
        learner("b", "en");
        Map<String, String> names = service.drafted(lcm, "c1", List.of(), Set.of()).names();
        assertThat(names).containsEntry("a", "Learner a").containsEntry("b", "Learner b")
                .containsEntry("m1", "Mentor m1").doesNotContainKey("m2");
        assertThatThrownBy(() -> service.drafted(new Caller("lcm-2", null, Set.of(Caller.LCM)), "c1", List.of(), Set.of()))
                .isInstanceOf(CohortStore.NotOnTeam.class);
    }

    @Test
    void thePublishedPairsAreListedByMentorWithTheirMenteesByName() {
        mentor("m2", "en", 5);
        mentor("m1", "en", 5);
        learner("b", "en");
        learner("a", "en");
        learner("c", "en");
        matches.published.addAll(List.of(new PairRef("b", "m1"), new PairRef("c", "m2"), new PairRef("a", "m1")));

        List<MatchingService.Mentees> published = service.page(lcm, "c1").published();

        assertThat(published).extracting(m -> m.mentorName() + ": " + m.learners().stream()
                .map(MatchingService.Named::name).toList())
                .containsExactly("Mentor m1: [Learner a, Learner b]", "Mentor m2: [Learner c]");
        assertThatThrownBy(() -> service.page(new Caller("lcm-2", null, Set.of(Caller.LCM)), "c1").published())
                .isInstanceOf(CohortStore.NotOnTeam.class);
        matches.published.clear();
        assertThat(service.page(lcm, "c1").published()).isEmpty();
    }

    @Test
    void onlyTheTeamMayDraftOrPublish() {
        Caller other = new Caller("lcm-2", null, Set.of(Caller.LCM));
        assertThatThrownBy(() -> service.draft(other, "c1", List.of(), Set.of())).isInstanceOf(CohortStore.NotOnTeam.class);
        assertThatThrownBy(() -> service.publish(other, "c1", "d")).isInstanceOf(CohortStore.NotOnTeam.class);
        assertThatThrownBy(() -> service.draft(lcm, "nope", List.of(), Set.of())).isInstanceOf(CohortStore.NotFound.class);
        assertThatThrownBy(() -> service.publish(lcm, "c1", "missing"))
                .isInstanceOf(MatchingService.DraftNotFound.class);
        assertThat(matches.drafts).isEmpty();
    }

    @Test
    void publishReportsSkippedPairsAndMailsBothSidesOfThePublishedOnes() {
        mentor("m1", List.of("en", "fr"), Language.FR, 5);
        learner("a", "fr");
        learner("b", "fr");
        learner("c", "fr");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());
        matches.refusals.put("b", MatchStore.Outcome.MENTOR_FULL_OR_PAUSED);
        matches.refusals.put("c", MatchStore.Outcome.NOT_ENROLLED);

        MatchingService.PublishResult result = service.publish(lcm, "c1", draft.draftId());

        assertThat(result.published()).extracting(Draft.Pair::learnerId).containsExactly("a");
        Map<String, String> skipped = new LinkedHashMap<>();
        result.skipped().forEach(s -> skipped.put(s.learnerId(), s.reason()));
        assertThat(skipped).containsExactly(Map.entry("b", "mentor-full-or-paused"), Map.entry("c", "not-enrolled"));
        assertThat(mailer.sent).extracting(m -> m.to() + " " + m.kind())
                .containsExactlyInAnyOrder("a@example.org mentor-found", "m1@example.org new-mentee");
        assertThat(mailer.sent.stream().filter(m -> m.kind().equals("mentor-found")).findFirst().orElseThrow().text())
                .contains("Mentor m1").contains("sera votre mentor");
        // m1 mentors in English first but chose French for their mails: their mail is in French.
        assertThat(mailer.sent.stream().filter(m -> m.kind().equals("new-mentee")).findFirst().orElseThrow().text())
                .contains("Bonjour Mentor m1").contains("est maintenant votre mentoré");
    }

    /** A colleague's newer draft landing during the publish: what was written stays, the rest stops. */
    @Test
    void aDraftSupersededDuringThePublishStopsThePairsNotYetWrittenAndStaysUnpublished() {
        mentor("m1", "fr", 5);
        learner("a", "fr");
        learner("b", "fr");
        learner("c", "fr");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());
        List<String> order = draft.pairs().stream().map(Draft.Pair::learnerId).toList();
        matches.refusals.put(order.get(1), MatchStore.Outcome.SUPERSEDED);

        MatchingService.PublishResult result = service.publish(lcm, "c1", draft.draftId());

        assertThat(result.published()).extracting(Draft.Pair::learnerId).containsExactly(order.get(0));
        assertThat(result.skipped()).extracting(MatchingService.Skipped::learnerId).containsExactly(order.get(1), order.get(2));
        assertThat(result.skipped()).extracting(MatchingService.Skipped::reason).containsOnly("superseded");
        assertThat(matches.matched).containsExactly(order.get(0));
        assertThat(matches.latest("c1").published()).as("the markPublished write's condition is not met").isFalse();
    }

    @Test
    void aMentorGivenSeveralMenteesGetsOneMailNamingThemAllAndEachLearnerTheirOwn() {
        mentor("m1", List.of("en"), Language.EN, 5);
        learner("a", "en");
        learner("b", "en");
        learner("c", "en");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());

        service.publish(lcm, "c1", draft.draftId());

        assertThat(mailer.sent).extracting(m -> m.to() + " " + m.kind()).containsExactlyInAnyOrder(
                "a@example.org mentor-found", "b@example.org mentor-found", "c@example.org mentor-found",
                "m1@example.org new-mentee");
        Mail toMentor = mailer.sent.stream().filter(m -> m.kind().equals("new-mentee")).findFirst().orElseThrow();
        assertThat(toMentor.subject()).isEqualTo("3 new mentees");
        // A mentor may mentor in several cohorts of one path, which share a title: its first day tells them apart.
        assertThat(toMentor.text()).contains("Hello Mentor m1,", "These learners of the cohort “Cohort c1, starting"
                + " Monday 4 January 2027” are now your mentees:\n– ",
                "– Learner a\n", "– Learner b\n", "– Learner c\n");
    }

    /** A cohort of 12 weeks that started on Monday 2026-10-05: "now" (2026-12-01) is in its week 9. */
    private static final Cohort RUNNING = new Cohort("run", "python", "Running", Language.EN, java.time.LocalDate.parse("2026-10-05"),
            12, 30, true, 0, 0, Set.of("lcm-1"), Instant.parse("2026-09-01T00:00:00Z"));

    private void runningLearner(String id) {
        signups.place(new Learner(id, "Learner " + id, id + "@example.org", "python", "run", Language.FR, "Europe/Paris",
                "Python", 2, LearnerStatus.ENROLLED, null, Instant.parse("2026-09-20T00:00:00Z")), "hash", NOW,
                Duration.ofMinutes(1));
    }

    private void checkIn(String id, java.time.LocalDate monday, int progress) {
        checkIns.put(new WeeklyCheckIn(id, "run", IsoWeek.of(monday), progress, null, 3, 4, null, false, null,
                monday.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * Both mails of a publish name the cohort by its first day: "starting" for a cohort to come,
     * "under way since" for one running (RUNNING began on 5 October, weeks before "now"), in the
     * reader's language. Two mentors of one place each, one reading English and one French.
     */
    private Map<String, String> publishedMails(String cohortId) {
        mentor("m1", List.of("en", "fr"), Language.EN, 1);
        mentor("m2", List.of("en", "fr"), Language.FR, 1);
        for (String language : List.of("en", "fr")) {
            String id = "learner-" + language;
            signups.place(new Learner(id, "Learner " + id, id + "@example.org", "python", cohortId, Language.of(language),
                    "Europe/Paris", "Python", 2, LearnerStatus.ENROLLED, null, Instant.parse("2026-09-20T00:00:00Z")),
                    "hash", NOW, Duration.ofMinutes(1));
            checkIns.put(new WeeklyCheckIn(id, cohortId, IsoWeek.of(java.time.LocalDate.parse("2026-11-23")), 40, null,
                    3, 4, null, false, null, Instant.parse("2026-11-24T00:00:00Z")));
        }
        Draft draft = service.draft(lcm, cohortId, List.of(), Set.of());
        assertThat(draft.pairs()).hasSize(2);
        service.publish(lcm, cohortId, draft.draftId());
        Map<String, String> texts = new HashMap<>();
        mailer.sent.forEach(m -> texts.put(m.kind() + " " + (m.to().startsWith("m1") ? "en"
                : m.to().startsWith("m2") ? "fr" : m.to().substring("learner-".length(), "learner-".length() + 2)), m.text()));
        assertThat(texts).containsOnlyKeys("mentor-found en", "mentor-found fr", "new-mentee en", "new-mentee fr");
        return texts;
    }

    @Test
    void theMailsOfAPublishNameACohortUnderWaySinceItsFirstDay() {
        cohorts.with(RUNNING);
        Map<String, String> texts = publishedMails("run");
        assertThat(texts.get("mentor-found en")).contains("your mentor in the cohort “Running, under way since Monday 5 October 2026”.");
        assertThat(texts.get("mentor-found fr"))
                .contains("votre mentor dans la cohorte «\u00a0Running, en cours depuis le lundi 5 octobre 2026\u00a0».");
        assertThat(texts.get("new-mentee en")).contains("of the cohort “Running, under way since Monday 5 October 2026” is now");
        assertThat(texts.get("new-mentee fr"))
                .contains("de la cohorte «\u00a0Running, en cours depuis le lundi 5 octobre 2026\u00a0», est maintenant");
    }

    @Test
    void theMailsOfAPublishNameACohortToComeStartingOnItsFirstDay() {
        Map<String, String> texts = publishedMails("c1");
        assertThat(texts.get("mentor-found en")).contains("your mentor in the cohort “Cohort c1, starting Monday 4 January 2027”.");
        assertThat(texts.get("mentor-found fr"))
                .contains("votre mentor dans la cohorte «\u00a0Cohort c1, début le lundi 4 janvier 2027\u00a0».");
        assertThat(texts.get("new-mentee en")).contains("of the cohort “Cohort c1, starting Monday 4 January 2027” is now");
        assertThat(texts.get("new-mentee fr"))
                .contains("de la cohorte «\u00a0Cohort c1, début le lundi 4 janvier 2027\u00a0», est maintenant");
    }

    @Test
    void droppedOutAndFinishedLearnersAreNeverProposedAndSayWhy() {
        cohorts.with(RUNNING);
        mentor("m1", "fr", 5);
        runningLearner("silent");   // no check-in since the start: eight silent weeks
        runningLearner("done");     // reached 100 %
        runningLearner("going");    // checked in last week
        checkIn("done", java.time.LocalDate.parse("2026-11-16"), 100);
        checkIn("going", java.time.LocalDate.parse("2026-11-23"), 60);

        Draft draft = service.draft(lcm, "run", List.of(), Set.of());

        assertThat(draft.pairs()).extracting(Draft.Pair::learnerId).containsExactly("going");
        assertThat(draft.unmatched()).isEmpty();
        assertThat(draft.leftOut()).extracting(l -> l.learnerId() + ":" + l.reason())
                .containsExactlyInAnyOrder("silent:dropped-out", "done:finished");
    }

    @Test
    void aLearnerWhoFinishedSinceTheDraftIsSkippedAtPublishWithTheReason() {
        cohorts.with(RUNNING);
        mentor("m1", "fr", 5);
        runningLearner("going");
        runningLearner("other");
        checkIn("going", java.time.LocalDate.parse("2026-11-23"), 60);
        checkIn("other", java.time.LocalDate.parse("2026-11-23"), 50);
        Draft draft = service.draft(lcm, "run", List.of(), Set.of());
        assertThat(draft.pairs()).hasSize(2);

        checkIn("going", java.time.LocalDate.parse("2026-11-30"), 100);
        MatchingService.PublishResult result = service.publish(lcm, "run", draft.draftId());

        assertThat(result.published()).extracting(Draft.Pair::learnerId).containsExactly("other");
        assertThat(result.skipped()).extracting(x -> x.learnerId() + ":" + x.reason()).containsExactly("going:finished");
        assertThat(matches.matched).containsExactly("other");
    }

    @Test
    void aMentorReadsTheFirstOfTheirLanguagesTheHubWritesElseEnglish() {
        mentors.save(new Mentor("m1", "m1@example.org", "Mentor m1", List.of("python"), List.of("Python"),
                List.of("pt", "fr"), "Europe/Paris", 5, 0, false,
                List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0))), NOW));
        assertThat(mentors.find("m1").mailLanguage()).isEqualTo(Language.FR);
        mentors.save(new Mentor("m2", "m2@example.org", "Mentor m2", List.of("python"), List.of(), List.of("pt"),
                "Europe/Paris", 5, 0, false, List.of(), NOW));
        assertThat(mentors.find("m2").mailLanguage()).isEqualTo(Language.EN);
    }

    /**
     * A draft refused as superseded says who saved the newer one and when: the caller's own (another
     * tab or window), or a colleague by the name they signed in with, else the one the team keeps.
     */
    @Test
    void aSupersededDraftSaysWhetherTheNewerOneIsTheCallersOwnOrWhoseAndWhen() {
        cohorts.with(new Cohort("c2", "python", "Cohort c2", Language.FR, java.time.LocalDate.parse("2027-01-04"), 8, 10,
                true, 0, 0, Set.of("lcm-1", "lcm-2", "lcm-3"), NOW));
        mentor("m1", "fr", 5);
        signups.place(new Learner("a", "Learner a", "a@example.org", "python", "c2", Language.FR, "Europe/Paris",
                "Python", 2, LearnerStatus.ENROLLED, null, NOW), "hash", NOW, Duration.ofMinutes(1));
        Caller awa = new Caller("lcm-2", "awa@example.org", Set.of(Caller.LCM), "Awa Diop");
        Caller unnamed = new Caller("lcm-3", "sam@example.org", Set.of(Caller.LCM));
        cohorts.recordEmail("c2", "lcm-3", "sam@example.org", "Sam Weiss");
        Instant later = NOW.plus(Duration.ofMinutes(5));
        MatchingService fiveMinutesLater = new MatchingService(cohorts, signups, mentors, matches, checkIns, mailer,
                new Messages("https://hub.example.org"), Clock.fixed(later, ZoneOffset.UTC));

        Draft older = service.draft(lcm, "c2", List.of(), Set.of());
        fiveMinutesLater.draft(lcm, "c2", List.of(), Set.of());
        assertThat(refusal(awa, older)).as("a colleague of no known name").isEqualTo(new MatchingService.Newer(later, false, null));
        assertThat(refusal(lcm, older)).isEqualTo(new MatchingService.Newer(later, true, null));

        Draft byLcm = fiveMinutesLater.draft(lcm, "c2", List.of(), Set.of());
        fiveMinutesLater.draft(awa, "c2", List.of(), Set.of());
        assertThat(refusal(lcm, byLcm)).isEqualTo(new MatchingService.Newer(later, false, "Awa Diop"));
        assertThat(refusal(awa, byLcm)).isEqualTo(new MatchingService.Newer(later, true, null));

        Draft byAwa = fiveMinutesLater.draft(awa, "c2", List.of(), Set.of());
        fiveMinutesLater.draft(unnamed, "c2", List.of(), Set.of());
        assertThat(refusal(awa, byAwa)).as("no name in the sign-in: the team's").isEqualTo(
                new MatchingService.Newer(later, false, "Sam Weiss"));
        assertThat(matches.matched).isEmpty();
    }

    private MatchingService.Newer refusal(Caller caller, Draft draft) {
        try {
            service.publish(caller, draft.cohortId(), draft.draftId());
        } catch (MatchingService.DraftSuperseded e) {
            return e.newer();
        }
        throw new AssertionError("published");
    }

    @Test
    void aFailedMailLeavesThePublishStanding() {
        mentor("m1", "fr", 5);
        learner("a", "fr");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());
        MatchingService failing = new MatchingService(cohorts, signups, mentors, matches, checkIns, mail -> {
            throw new IllegalStateException("SES down");
        }, new Messages("https://hub.example.org"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(failing.publish(lcm, "c1", draft.draftId()).published()).hasSize(1);
        assertThat(matches.matched).containsExactly("a");
    }

    @Test
    void thePageOpensOnTheLatestDraftWithItsChoicesUntilPublishedOrExpired() {
        mentor("m1", "fr", 5);
        learner("a", "fr");
        learner("b", "fr");
        assertThat(service.page(lcm, "c1").open()).isEqualTo(new MatchingService.Open.None());
        Draft first = service.draft(lcm, "c1", List.of(), Set.of());
        Draft.Choices chosen = new Draft.Choices(List.of(new PairRef("a", "m1")), List.of(new PairRef("b", "m1")));
        Draft second = service.draft(lcm, "c1", chosen.pins(), Set.copyOf(chosen.exclusions()));
        assertThat(second.choices()).isEqualTo(chosen);
        assertThat(service.page(lcm, "c1").open()).isEqualTo(new MatchingService.Open.Publishable(second));

        Draft.Choices later = new Draft.Choices(List.of(), List.of(new PairRef("a", "m1")));
        service.choose(lcm, "c1", second.draftId(), later);
        assertThat(((MatchingService.Open.Publishable) service.page(lcm, "c1").open()).draft().choices()).isEqualTo(later);
        assertThatThrownBy(() -> service.choose(lcm, "c1", "nope", later)).isInstanceOf(MatchingService.DraftNotFound.class);

        MatchingService aWeekLater = new MatchingService(cohorts, signups, mentors, matches, checkIns, mailer,
                new Messages("https://hub.example.org"), Clock.fixed(second.expiresAt(), ZoneOffset.UTC));
        assertThat(aWeekLater.page(lcm, "c1").open()).isEqualTo(new MatchingService.Open.Expired(second.expiresAt()));

        // An older draft is refused, nothing of it written: the latest stays open.
        assertThatThrownBy(() -> service.publish(lcm, "c1", first.draftId()))
                .isInstanceOf(MatchingService.DraftSuperseded.class);
        assertThat(matches.matched).isEmpty();
        assertThat(service.page(lcm, "c1").open()).isInstanceOf(MatchingService.Open.Publishable.class);
        service.choose(lcm, "c1", second.draftId(), chosen); // back to the choices it was computed with
        service.publish(lcm, "c1", second.draftId());
        assertThat(service.page(lcm, "c1").open()).isEqualTo(new MatchingService.Open.None());
        Caller other = new Caller("lcm-2", "zoe@example.org", Set.of(Caller.LCM));
        assertThatThrownBy(() -> service.page(other, "c1").open()).isInstanceOf(CohortStore.NotOnTeam.class);
    }

    @Test
    void aDraftWhosePairIsExcludedSinceIsRefusedWholeUntilComputedAgainWithoutIt() {
        mentor("m1", "fr", 5);
        learner("zoe", "fr");
        learner("b", "fr");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());
        assertThat(draft.pairs()).extracting(Draft.Pair::learnerId).containsExactlyInAnyOrder("zoe", "b");
        PairRef excluded = new PairRef("zoe", "m1");
        service.choose(lcm, "c1", draft.draftId(), new Draft.Choices(List.of(), List.of(excluded)));

        assertThatThrownBy(() -> service.publish(lcm, "c1", draft.draftId()))
                .isInstanceOfSatisfying(MatchingService.ChoicesNotApplied.class, e -> {
                    assertThat(e.exclusions()).isEqualTo(1);
                    assertThat(e.pins()).isZero();
                });
        assertThat(matches.matched).isEmpty();
        assertThat(mailer.sent).isEmpty();
        assertThat(service.page(lcm, "c1").open()).isInstanceOf(MatchingService.Open.Publishable.class);

        Draft again = service.draft(lcm, "c1", List.of(), Set.of(excluded));
        assertThat(again.pending()).isFalse();
        MatchingService.PublishResult result = service.publish(lcm, "c1", again.draftId());
        assertThat(result.published()).extracting(Draft.Pair::learnerId).containsExactly("b");
        assertThat(mailer.sent).extracting(m -> m.to()).doesNotContain("zoe@example.org");
    }

    @Test
    void choicesUndoneOrGivenInAnotherOrderAreNotPending() {
        mentor("m1", "fr", 5);
        learner("a", "fr");
        learner("b", "fr");
        List<PairRef> both = List.of(new PairRef("b", "m1"), new PairRef("a", "m1"));
        Draft draft = service.draft(lcm, "c1", List.of(), Set.copyOf(both));
        service.choose(lcm, "c1", draft.draftId(), new Draft.Choices(List.of(), List.of(both.get(1), both.get(0))));
        assertThat(matches.draft("c1", draft.draftId()).pending()).isFalse();
        service.choose(lcm, "c1", draft.draftId(), new Draft.Choices(List.of(new PairRef("a", "m1")), both));
        assertThatThrownBy(() -> service.publish(lcm, "c1", draft.draftId()))
                .isInstanceOfSatisfying(MatchingService.ChoicesNotApplied.class, e -> assertThat(e.pins()).isEqualTo(1));
    }

    @Test
    void choicesChangedDuringThePublishStopThePairsNotYetWrittenAndLeaveTheDraftOpen() {
        mentor("m1", "fr", 5);
        learner("a", "fr");
        learner("b", "fr");
        Draft draft = service.draft(lcm, "c1", List.of(), Set.of());
        String first = draft.pairs().get(0).learnerId();
        matches.refusals.put(first, MatchStore.Outcome.CHOICES_CHANGED);

        MatchingService.PublishResult result = service.publish(lcm, "c1", draft.draftId());

        assertThat(result.published()).isEmpty();
        assertThat(result.skipped()).extracting(MatchingService.Skipped::reason)
                .containsExactly("choices-changed", "choices-changed");
        assertThat(matches.matched).isEmpty();
        assertThat(mailer.sent).isEmpty();
        assertThat(service.page(lcm, "c1").open()).isInstanceOf(MatchingService.Open.Publishable.class);
    }
}
