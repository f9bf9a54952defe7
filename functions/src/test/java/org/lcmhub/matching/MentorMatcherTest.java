package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MatchingResult;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.ProposedPair;
import org.lcmhub.matching.model.WeeklySlot;

class MentorMatcherTest {
    private static final LocalDate WEEK = LocalDate.of(2026, 1, 12);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<WeeklySlot> TUE_THU_EVENINGS = List.of(
            WeeklySlot.of(DayOfWeek.TUESDAY, "18:00", "19:30"), WeeklySlot.of(DayOfWeek.THURSDAY, "18:00", "19:30"));

    private static LearnerToMatch learner(String id, String language, String path, List<WeeklySlot> slots) {
        return new LearnerToMatch(id, List.of(language), path, PARIS, 3, "I want to learn Python and SQL", slots);
    }

    private static MentorProfile mentor(String id, List<String> languages, int capacity, int used, boolean paused,
            List<WeeklySlot> slots) {
        return new MentorProfile(id, languages, List.of("python-8-weeks"), List.of("python", "git"), PARIS,
                capacity, used, paused, slots);
    }

    private static MatchingResult match(List<LearnerToMatch> learners, List<MentorProfile> mentors,
            Set<PairRef> exclusions, List<PairRef> pins) {
        return new MentorMatcher().match(new MatchingRequest(learners, mentors, exclusions, pins, WEEK));
    }

    @Test
    void aPairSaysWhyInEnglishAndFrench() {
        MatchingResult result = match(
                List.of(learner("ana", "fr", "python-8-weeks", TUE_THU_EVENINGS)),
                List.of(mentor("marc", List.of("fr", "en"), 5, 2, false, TUE_THU_EVENINGS)), Set.of(), List.of());

        ProposedPair pair = result.pairs().get(0);
        assertThat(pair.mentorId()).isEqualTo("marc");
        assertThat(Wording.texts(pair.reasons(), Language.EN)).containsExactly(
                "Both speak French", "Covers the path “Getting started with Python in 8 weeks”", "3\u202Fh in common on Tue, Thu",
                "2 of 5 places used", "Skills for the goals: python", "Same local time");
        assertThat(Wording.texts(pair.reasons(), Language.FR)).containsExactly(
                "Les deux parlent français", "Couvre le parcours «\u00a0Débuter en Python en 8\u00a0semaines\u00a0»",
                "3\u202Fh en commun (mar., jeu.)", "2 places occupées sur 5", "Compétences liées aux objectifs\u00a0: python",
                "Même heure locale");
        // Skills: "sql" is no mentor's skill, so python is the only goal recognised, and covered:
        // 40; same offset: 20; 3 h shared for 3 h a week: 20; load, 2 of 5 taken: 20 * 3/5 = 12.
        assertThat(pair.score()).isEqualTo(92);
        assertThat(result.totalScore()).isEqualTo(92);
    }

    @Test
    void unmatchedLearnersSayWhy() {
        List<WeeklySlot> night = List.of(WeeklySlot.of(DayOfWeek.MONDAY, "02:00", "04:00"));
        MatchingResult result = match(
                List.of(learner("pia", "pt", "python-8-weeks", List.of()),
                        learner("sam", "fr", "rust-basics", List.of()),
                        learner("lea", "en", "python-8-weeks", List.of()),
                        learner("noe", "fr", "python-8-weeks", night)),
                List.of(mentor("full", List.of("fr"), 3, 3, false, TUE_THU_EVENINGS),
                        mentor("open", List.of("fr"), 2, 0, false, TUE_THU_EVENINGS),
                        mentor("away", List.of("en"), 2, 0, true, TUE_THU_EVENINGS)),
                Set.of(), List.of());

        assertThat(result.unmatched()).extracting(u -> u.learnerId() + ": " + Wording.texts(u.reasons(), Language.EN))
                .containsExactly(
                        "pia: [No mentor speaks Portuguese]",
                        "sam: [No mentor covers the path “Rust basics”]",
                        "lea: [Every mentor for this path who speaks English is paused]",
                        // "full" shares her hours but has no place; "open" has places but not noe's hours.
                        "noe: [The one mentor for this path with a place left who speaks French shares no hour with this learner]");
        assertThat(Wording.texts(result.unmatched().get(0).reasons(), Language.FR)).containsExactly("Aucun·e mentor ne parle portugais");
        assertThat(result.pairs()).isEmpty();
    }

    @Test
    void fullExcludedAndOutnumberedLearnersAreTold() {
        MatchingResult full = match(List.of(learner("ana", "fr", "python-8-weeks", List.of())),
                List.of(mentor("marc", List.of("fr"), 2, 2, false, TUE_THU_EVENINGS)), Set.of(), List.of());
        assertThat(Wording.texts(full.unmatched().get(0).reasons(), Language.EN)).containsExactly("Every mentor for this path is full");
        assertThat(Wording.texts(full.unmatched().get(0).reasons(), Language.FR)).containsExactly("Tous les mentors de ce parcours sont complets");

        MatchingResult excluded = match(List.of(learner("ana", "fr", "python-8-weeks", List.of())),
                List.of(mentor("marc", List.of("fr"), 2, 0, false, TUE_THU_EVENINGS)),
                Set.of(new PairRef("ana", "marc")), List.of());
        assertThat(Wording.texts(excluded.unmatched().get(0).reasons(), Language.EN))
                .containsExactly("Every suitable mentor is excluded for this learner");

        MatchingResult outnumbered = match(
                List.of(learner("ana", "fr", "python-8-weeks", List.of()), learner("bob", "fr", "python-8-weeks", List.of())),
                List.of(mentor("marc", List.of("fr"), 1, 0, false, TUE_THU_EVENINGS)), Set.of(), List.of());
        assertThat(outnumbered.pairs()).hasSize(1);
        assertThat(Wording.texts(outnumbered.unmatched().get(0).reasons(), Language.EN)).containsExactly(
                "The place of the one suitable mentor went to another learner");
    }

    @Test
    void moreLearnersMatchedBeatsABetterFit() {
        // ana fits marc best, but only ana can go to léa: the optimum gives marc to bob.
        LearnerToMatch ana = new LearnerToMatch("ana", List.of("fr", "en"), "python-8-weeks", PARIS, 3, "python git", List.of());
        LearnerToMatch bob = new LearnerToMatch("bob", List.of("fr"), "python-8-weeks", PARIS, 3, "", List.of());
        MentorProfile marc = mentor("marc", List.of("fr"), 1, 0, false, TUE_THU_EVENINGS);
        MentorProfile lea = new MentorProfile("lea", List.of("en"), List.of("python-8-weeks"), List.of(), PARIS, 1, 0,
                false, TUE_THU_EVENINGS);
        MatchingResult result = match(List.of(ana, bob), List.of(marc, lea), Set.of(), List.of());
        assertThat(result.pairs()).extracting(p -> p.learnerId() + "-" + p.mentorId()).containsExactly("ana-lea", "bob-marc");
    }

    @Test
    void pinsComeFirstAndImpossiblePinsAreRefusedWithReasons() {
        LearnerToMatch ana = learner("ana", "fr", "python-8-weeks", List.of());
        LearnerToMatch bob = learner("bob", "fr", "python-8-weeks", List.of());
        MentorProfile marc = mentor("marc", List.of("fr"), 1, 0, false, TUE_THU_EVENINGS);
        MentorProfile away = mentor("away", List.of("en"), 1, 0, true, TUE_THU_EVENINGS);
        MatchingResult result = match(List.of(ana, bob), List.of(marc, away), Set.of(),
                List.of(new PairRef("bob", "marc"), new PairRef("ana", "away"), new PairRef("bob", "away")));

        assertThat(result.pairs()).extracting(p -> p.learnerId() + "-" + p.mentorId() + (p.pinned() ? " pinned" : ""))
                .containsExactly("bob-marc pinned");
        assertThat(Wording.texts(result.pairs().get(0).reasons(), Language.EN)).first().isEqualTo("Pinned by the LCM");
        assertThat(result.rejectedPins()).extracting(r -> r.learnerId() + "-" + r.mentorId() + ": "
                + Wording.texts(r.reasons(), Language.EN)).containsExactly(
                "ana-away: [The mentor is paused, They share no language, The mentor has no place left]",
                "bob-away: [The learner is already pinned to another mentor]");
    }

    @Test
    void wordingWritesHoursAsTheStaffPagesDo() {
        // staff.js: at most one decimal, in the page's language.
        assertThat(Wording.hours(150, Language.EN)).isEqualTo("2.5\u202Fh");
        assertThat(Wording.hours(75, Language.FR)).isEqualTo("1,3\u202Fh");
        assertThat(Wording.hours(60, Language.FR)).isEqualTo("1\u202Fh");
    }
}
