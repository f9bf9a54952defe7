package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.UnmatchedLearner;
import org.lcmhub.matching.model.WeeklySlot;

/** Why a learner has no mentor yet, against the mentors as they are, without a draft. */
class WhyNoMentorTest {
    private static final LocalDate WEEK = LocalDate.of(2026, 1, 12);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<WeeklySlot> EVENINGS = List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "18:00", "21:00"));
    private static final List<WeeklySlot> NIGHTS = List.of(WeeklySlot.of(DayOfWeek.MONDAY, "02:00", "04:00"));

    private static LearnerToMatch learner(String id, String language) {
        return new LearnerToMatch(id, List.of(language), "python", PARIS, 4, "", List.of());
    }

    private static MentorProfile mentor(String id, int capacity, int used, boolean paused, List<WeeklySlot> slots) {
        return new MentorProfile(id, List.of("fr"), List.of("python"), List.of(), PARIS, capacity, used, paused, slots);
    }

    private static MentorProfile mentor(String id, String language, int capacity, int used, List<WeeklySlot> slots) {
        return new MentorProfile(id, List.of(language), List.of("python"), List.of(), PARIS, capacity, used, false, slots);
    }

    /** The reasons (in English) of each learner, in the request's order. */
    private static List<List<String>> why(List<LearnerToMatch> learners, MentorProfile... mentors) {
        return WhyNoMentor.explain(new MatchingRequest(learners, List.of(mentors), Set.of(), List.of(), WEEK)).stream()
                .map(UnmatchedLearner::reasons).map(r -> Wording.texts(r, Language.EN)).toList();
    }

    @Test
    void eachConstraintNarrowsTheMentorsDownAndRoomLeftMeansWaitingForADraft() {
        List<LearnerToMatch> two = List.of(learner("ana", "fr"), learner("joão", "pt"));
        assertThat(why(two, mentor("m", 5, 1, false, EVENINGS))).containsExactly(
                List.of("A suitable mentor has room: run a matching draft"),
                List.of("No mentor speaks Portuguese"));
        List<LearnerToMatch> ana = List.of(learner("ana", "fr"));
        assertThat(why(ana, mentor("m", 5, 5, false, EVENINGS))).containsExactly(List.of("Every mentor for this path is full"));
        assertThat(why(ana, mentor("m", 5, 0, true, EVENINGS)))
                .containsExactly(List.of("Every mentor for this path who speaks French is paused"));
        assertThat(why(ana, mentor("m", 5, 0, false, NIGHTS)))
                .containsExactly(List.of("The one mentor for this path with a place left who speaks French shares no hour with this learner"));
        assertThat(why(ana)).containsExactly(List.of("No mentor speaks French", "No mentor covers the path “Python”"));
        assertThat(Wording.texts(WhyNoMentor.explain(new MatchingRequest(ana, List.of(mentor("m", 5, 1, false, EVENINGS)),
                Set.of(), List.of(), WEEK)).get(0).reasons(), Language.FR))
                .containsExactly("Une personne mentor qui convient a de la place\u00a0: lancez un brouillon d’appariement");
    }

    /**
     * A mentor of the path still has places: "every mentor is full" would be untrue. The reason
     * names what keeps the mentors with places from the learner, with its figures for the pages.
     */
    @Test
    void whenAMentorOfThePathHasPlacesLeftTheReasonSaysWhatKeepsThemFromTheLearner() {
        List<LearnerToMatch> ana = List.of(learner("ana", "fr"));
        MentorProfile fullSpeaker = mentor("dmitri", "fr", 4, 4, EVENINGS);
        List<UnmatchedLearner> noLanguage = WhyNoMentor.explain(new MatchingRequest(ana,
                List.of(fullSpeaker, mentor("farid", "en", 6, 2, EVENINGS)), Set.of(), List.of(), WEEK));
        assertThat(noLanguage.get(0).reasons()).extracting(Wording::view).containsExactly(Map.of("code", "room-no-language",
                "params", Map.of("count", 1, "languages", List.of("fr")),
                "message", "The one mentor for this path with a place left does not speak French"));
        assertThat(why(ana, fullSpeaker, mentor("farid", "fr", 6, 2, NIGHTS), mentor("emma", "fr", 6, 0, NIGHTS)))
                .containsExactly(List.of("None of the 2 mentors for this path with places left who speak French shares an hour with this learner"));
        assertThat(Wording.texts(WhyNoMentor.explain(new MatchingRequest(ana, List.of(fullSpeaker, mentor("farid", "fr", 6, 2,
                NIGHTS)), Set.of(), List.of(), WEEK)).get(0).reasons(), Language.FR)).containsExactly("La seule personne mentor de ce parcours"
                        + " qui a encore de la place et parle français n’a aucune heure en commun avec cette personne");
        // Only when no mentor of the path has a place left are they all full.
        assertThat(why(ana, fullSpeaker, mentor("farid", "en", 6, 6, EVENINGS)))
                .containsExactly(List.of("Every mentor for this path is full"));
    }

    @Test
    void learnersAlikeShareTheirReasonsButNotAnotherLearnersExclusions() {
        List<LearnerToMatch> alike = List.of(learner("ana", "fr"), learner("bea", "fr"), learner("cid", "fr"));
        List<UnmatchedLearner> why = WhyNoMentor.explain(new MatchingRequest(alike,
                List.of(mentor("m", 5, 1, false, EVENINGS)), Set.of(new PairRef("bea", "m")), List.of(), WEEK));
        assertThat(why).extracting(UnmatchedLearner::learnerId).containsExactly("ana", "bea", "cid");
        assertThat(why).extracting(u -> u.reasons().get(0).code()).containsExactly("awaiting-draft", "all-excluded",
                "awaiting-draft");
    }
    /**
     * Five learners waiting, the mentors who suit them four places between them: "a suitable mentor
     * has room" is true of each alone, not of the five, so each reads the places and the learners,
     * the same figures for all (one group on the dashboard), in both languages.
     */
    @Test
    void fewerPlacesThanLearnersWaitingIsSaidWithThePlacesAndTheLearners() {
        List<LearnerToMatch> five = List.of(learner("ana", "fr"), learner("bea", "fr"), learner("cid", "fr"),
                learner("dan", "fr"), learner("eva", "fr"));
        MentorProfile dmitri = mentor("dmitri", 4, 2, false, EVENINGS);
        MentorProfile emma = mentor("emma", 3, 1, false, EVENINGS);
        List<UnmatchedLearner> why = WhyNoMentor.explain(new MatchingRequest(five, List.of(dmitri, emma), Set.of(), List.of(), WEEK));
        assertThat(why).extracting(u -> Wording.view(u.reasons().get(0)).get("params"))
                .containsOnly(Map.of("count", 4, "learners", 5)).hasSize(5);
        assertThat(Wording.texts(why.get(0).reasons(), Language.EN))
                .containsExactly("Suitable mentors have 4 places for 5 learners: run a matching draft");
        assertThat(Wording.texts(why.get(4).reasons(), Language.FR))
                .containsExactly("Les mentors qui conviennent ont 4 places pour 5 apprenant·es\u00a0: lancez un brouillon d’appariement");
        // Places for every one of them: each may simply wait for a draft.
        assertThat(why(five.subList(0, 4), dmitri, emma)).containsOnly(List.of("2 suitable mentors have room: run a matching draft"));
        // A place too few, one mentor: "1 place".
        assertThat(why(five.subList(0, 2), mentor("farid", 3, 2, false, EVENINGS)))
                .containsOnly(List.of("Suitable mentors have 1 place for 2 learners: run a matching draft"));
    }

    /**
     * The places counted are the ones the learners can take together: a French speaker suited by
     * one mentor only and an English speaker by two; three places for two learners, yet the
     * English-only mentor's two cannot go to the French speaker.
     */
    @Test
    void thePlacesCountedAreTheOnesTheWaitingLearnersCanTakeTogether() {
        List<LearnerToMatch> three = List.of(learner("ana", "fr"), learner("bea", "fr"), learner("joe", "en"));
        MentorProfile french = new MentorProfile("fr-en", List.of("fr", "en"), List.of("python"), List.of(), PARIS, 2, 1, false, EVENINGS);
        MentorProfile english = mentor("en-only", "en", 4, 2, EVENINGS);
        assertThat(why(three, french, english)).containsOnly(List.of("Suitable mentors have 2 places for 3 learners: run a matching draft"));
        // The group that came first took the shared place; a later one moves it along to another mentor.
        assertThat(WaitingPlaces.placeable(new int[] {1, 1}, new int[][] {{0, 1}, {0}}, new int[] {1, 1})).isEqualTo(2);
        assertThat(WaitingPlaces.placeable(new int[] {3, 2}, new int[][] {{0}, {0, 1}}, new int[] {2, 2})).isEqualTo(4);
    }
}
