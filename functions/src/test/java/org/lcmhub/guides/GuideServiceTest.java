package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.GuideStore;

/**
 * What the service decides before the store's conditions: numbering versions from the live one,
 * who counts as author, what a suggestion and a revert start as, and that nothing invalid or out
 * of turn is written. (The conditions themselves run against moto in GuidesApiIT.)
 */
class GuideServiceTest {
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    /** The sign-in addresses of ana, who writes, and bo, who reviews, as the handler passes them. */
    private static final String ALICE = "alice@example.org";
    private static final String BRUNO = "bruno@example.org";
    /** What the handler passes for a sign-in that gave no name. */
    private static final String NO_NAME = null;

    /** Records the writes; holds sets and live guides in maps. */
    static final class Recorded implements GuideStore {
        final Map<String, ChangeSet> sets = new LinkedHashMap<>();
        final Map<String, PublishedGuide> live = new LinkedHashMap<>();
        final List<Object> writes = new ArrayList<>();
        List<Integer> previous;

        public void create(ChangeSet set) { sets.put(set.id(), set); writes.add(set); }
        public ChangeSet find(String id) { return sets.get(id); }
        public List<ChangeSet> all() { return List.copyOf(sets.values()); }
        /** Every set, more than the window: the service keeps the exact bounds. */
        public List<ChangeSet> createdAround(Instant from, Instant to) { return all(); }
        public ChangeSet saveGuides(String id, long r, List<Guide> g, String e, String m, Map<String, String> names,
                                    Set<String> s, Instant n) {
            writes.add(g);
            return sets.get(id);
        }
        public ChangeSet submit(String id, long r, String e, String nm, Instant n) { writes.add("submit"); return sets.get(id); }
        public ChangeSet requestChanges(String id, long r, String rv, Comment c, Instant n) { writes.add(c); return sets.get(id); }
        public ChangeSet approve(String id, long r, String rv, List<GuideVersion> v, List<Integer> p, Comment c,
                                 Instant n) {
            writes.add(v);
            if (c != null) {
                writes.add(c);
            }
            previous = p;
            return sets.get(id);
        }
        public void comment(String id, Comment c) { writes.add(c); }
        public List<Comment> comments(String id) { return List.of(); }
        public PublishedGuide current(String l, String s) { return live.get(l + "/" + s); }
        public List<PublishedGuide> published() { return List.copyOf(live.values()); }
        public List<GuideVersion> versions(String l, String s) { return List.of(); }
        public GuideVersion version(String l, String s, int n) {
            return n == 1 ? new GuideVersion(1, GuideRulesTest.guide(l, s, "old text"), "a", "b", NOW, "set-0") : null;
        }
        public PublishedGuide unpublish(String l, String s, Instant n) { return null; }
    }

    private final Recorded store = new Recorded();
    private final GuideService service = new GuideService(store, Clock.fixed(NOW, ZoneOffset.UTC));

    private ChangeSet inReview(String... editors) {
        ChangeSet set = new ChangeSet("s-1", ChangeSetState.IN_REVIEW,
                List.of(GuideRulesTest.guide("en", "a", "x"), GuideRulesTest.guide("fr", "a", "x")), Set.of(editors),
                null, false, 3, NOW, NOW);
        store.sets.put(set.id(), set);
        return set;
    }

    @Test
    void aDraftIsTheAuthorsAndASuggestionNoOnes() {
        ChangeSet mine = service.create("ana", ALICE, NO_NAME, List.of(GuideRulesTest.guide("en", "a", "x")), Set.of());
        assertThat(mine.state()).isEqualTo(ChangeSetState.DRAFT);
        assertThat(mine.editors()).containsExactly("ana");
        ChangeSet suggested = service.suggest(List.of(GuideRulesTest.guide("en", "b", "x")));
        assertThat(suggested.editors()).isEmpty();
        assertThat(suggested.suggested()).isTrue();
        assertThat(suggested.state()).isEqualTo(ChangeSetState.DRAFT);
    }

    /** The digest counts the suggestions of its day: those that arrived after its start and up to its end, no LCM's draft. */
    @Test
    void suggestionsAreCountedByWhenTheyArrived() {
        Guide g = GuideRulesTest.guide("en", "a", "x");
        store.sets.put("old", new ChangeSet("old", ChangeSetState.DRAFT, List.of(g), Set.of(), null, true, 1,
                NOW.minusSeconds(90_000), NOW));
        store.sets.put("new", new ChangeSet("new", ChangeSetState.DRAFT, List.of(g), Set.of(), null, true, 1,
                NOW.minusSeconds(3_600), NOW));
        store.sets.put("edge", new ChangeSet("edge", ChangeSetState.DRAFT, List.of(g), Set.of(), null, true, 1, NOW, NOW));
        store.sets.put("lcm", new ChangeSet("lcm", ChangeSetState.DRAFT, List.of(g), Set.of("ana"), null, false, 1,
                NOW.minusSeconds(60), NOW));

        assertThat(service.suggestedBetween(NOW.minusSeconds(86_400), NOW)).isEqualTo(2);
    }

    /** A remark is kept and returned as kept, for its set's writers to be told; a version's remarks are its set's. */
    @Test
    void aRemarkIsReturnedAsKeptAndAVersionsRemarksAreItsSets() {
        inReview("ana");
        Comment remark = service.comment("bo", BRUNO, "Bruno Costa", "s-1", "  Say learners, not students.  ");

        assertThat(remark.text()).isEqualTo("Say learners, not students.");
        assertThat(remark.authorName()).isEqualTo("Bruno Costa");
        assertThat(store.writes).contains(remark);
        assertThat(service.remarks(null)).isEmpty();
    }

    /**
     * A guide of the site's files, opened from the site's pages, changes a page though the hub never
     * published it; its new translation does not, nor does a key naming no guide of the set.
     */
    @Test
    void aGuideOpenedFromTheSitesPagesChangesAPageItsNewTranslationDoesNot() {
        Guide page = GuideRulesTest.guide("en", "a", "x");
        Guide translation = GuideRulesTest.guide("fr", "a-fr", "x");
        ChangeSet set = service.create("ana", ALICE, NO_NAME, List.of(page, translation), Set.of("en/a", "en/elsewhere"));
        assertThat(set.fromSite()).containsExactly("en/a");
        assertThat(service.changesPage(set, page)).isTrue();
        assertThat(service.changesPage(set, translation)).isFalse();
        // Published from the hub and live: a change, whoever opened it how.
        store.live.put("fr/a-fr", new PublishedGuide(translation, 1, true, NOW));
        assertThat(service.changesPage(set, translation)).isTrue();
        assertThat(service.changesPage(service.create("ana", ALICE, NO_NAME, List.of(page), Set.of()), page)).as("written anew").isFalse();
    }

    @Test
    void approvalNumbersEachGuideAfterItsLiveVersion() {
        inReview("ana");
        store.live.put("en/a", new PublishedGuide(GuideRulesTest.guide("en", "a", "y"), 4, true, NOW));
        List<GuideVersion> versions = service.approve("bo", BRUNO, NO_NAME, "s-1", 3);
        assertThat(versions).extracting(GuideVersion::number).containsExactly(5, 1);
        assertThat(store.previous).containsExactly(4, 0);
        assertThat(versions).allSatisfy(v -> {
            assertThat(v.reviewer()).isEqualTo("bo");
            assertThat(v.authors()).isEqualTo("ana");
            assertThat(v.publishedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void whatTheReviewerTypedIsKeptWithTheApproval() {
        inReview("ana");
        service.approve("bo", BRUNO, "Bruno Costa", "s-1", 3, "  Très clair, merci\u202f!  ");
        assertThat(store.writes).filteredOn(Comment.class::isInstance).map(Comment.class::cast)
                .singleElement().satisfies(c -> {
                    assertThat(c.text()).isEqualTo("Très clair, merci\u202f!");
                    assertThat(c.author()).isEqualTo("bo");
                    assertThat(c.authorName()).isEqualTo("Bruno Costa");
                    assertThat(c.kind()).isEqualTo("comment");
                });
        inReview("ana");
        store.writes.clear();
        service.approve("bo", BRUNO, NO_NAME, "s-1", 3, " ");
        assertThat(store.writes).as("nothing typed: no remark").noneMatch(Comment.class::isInstance);
    }

    @Test
    void aGuideOfTheSetLeftAsItIsLiveGetsNoNewVersion() {
        inReview("ana");
        // The French guide is live exactly as the set holds it: only the English one changed.
        store.live.put("fr/a", new PublishedGuide(GuideRulesTest.guide("fr", "a", "x"), 2, true, NOW));
        List<GuideVersion> versions = service.approve("bo", BRUNO, NO_NAME, "s-1", 3);
        assertThat(versions).extracting(v -> v.guide().language()).containsExactly("en");
        assertThat(store.previous).containsExactly(0);
        // Taken off the site, the same text is published again: a version of its own.
        store.live.put("fr/a", new PublishedGuide(GuideRulesTest.guide("fr", "a", "x"), 2, false, NOW));
        assertThat(service.approve("bo", BRUNO, NO_NAME, "s-1", 3)).extracting(GuideVersion::number).containsExactly(1, 3);
    }

    /**
     * The names sign-ins gave are kept by address: a save adds the writer's to those read, a version
     * keeps each author's (none for one whose sign-in gave none) and the approver's, a remark its writer's.
     */
    @Test
    void namesAreKeptBesideTheAddressesOfWhoWritesCommentsAndApproves() {
        ChangeSet draft = service.create("ana", ALICE, "Alice Martin", List.of(GuideRulesTest.guide("en", "a", "x")), Set.of());
        assertThat(draft.editorNames()).containsExactly(Map.entry(ALICE, "Alice Martin"));

        store.sets.put("s-1", new ChangeSet("s-1", ChangeSetState.IN_REVIEW, List.of(GuideRulesTest.guide("en", "a", "x")),
                Set.of("ana", "cy"), Set.of(ALICE, "chloe@example.org"), null, false, 3, NOW, NOW, Set.of(),
                Map.of(ALICE, "Alice Martin"), ALICE, "Alice Martin"));
        List<GuideVersion> versions = service.approve("bo", BRUNO, "Bruno Costa", "s-1", 3);
        service.comment("bo", BRUNO, "Bruno Costa", "s-1", "Clear.");

        assertThat(versions.get(0).authorEmails()).containsExactly(ALICE, "chloe@example.org");
        assertThat(versions.get(0).authorNames()).containsExactly("Alice Martin", null);
        assertThat(versions.get(0).reviewerName()).isEqualTo("Bruno Costa");
        assertThat(store.writes.get(store.writes.size() - 1)).isInstanceOfSatisfying(Comment.class,
                c -> assertThat(c.authorName()).isEqualTo("Bruno Costa"));
    }

    @Test
    void aVersionKeepsTheAddressesOfWhoWroteAndWhoApprovedIt() {
        ChangeSet mine = service.create("ana", ALICE, NO_NAME, List.of(GuideRulesTest.guide("en", "a", "x")), Set.of());
        assertThat(mine.editorEmails()).containsExactly("alice@example.org");
        // A sign-in whose claims carry no address names its author by sign-in id alone.
        assertThat(service.create("chl", null, NO_NAME, List.of(GuideRulesTest.guide("en", "b", "x")), Set.of()).editorEmails()).isEmpty();
        store.sets.put("s-3", new ChangeSet("s-3", ChangeSetState.IN_REVIEW, List.of(GuideRulesTest.guide("en", "a", "x")),
                Set.of("ana", "chl"), Set.of("chloe@example.org", "alice@example.org"), null, false, 2, NOW, NOW));
        List<GuideVersion> versions = service.approve("bo", BRUNO, NO_NAME, "s-3", 2);
        assertThat(versions.get(0).authorEmails()).containsExactly("alice@example.org", "chloe@example.org");
        assertThat(versions.get(0).reviewerEmail()).isEqualTo("bruno@example.org");
        assertThat(versions.get(0).reviewer()).isEqualTo("bo");
    }

    @Test
    void aSetNotInReviewIsNeverApprovedAndNothingIsWritten() {
        store.sets.put("s-2", new ChangeSet("s-2", ChangeSetState.DRAFT, List.of(GuideRulesTest.guide("en", "a", "x")),
                Set.of("ana"), null, false, 1, NOW, NOW));
        assertThatThrownBy(() -> service.approve("bo", BRUNO, NO_NAME, "s-2", 1)).isInstanceOf(GuideStore.Refused.class)
                .hasMessage("state");
        assertThatThrownBy(() -> service.approve("bo", BRUNO, NO_NAME, "nope", 1)).isInstanceOf(GuideStore.NotFound.class);
        assertThat(store.writes).isEmpty();
    }

    @Test
    void aHalfWrittenDraftIsSavedButNotSentForReview() {
        Guide half = new Guide("en", "half-written", "Half written", null, List.of(), List.of(), null, null, null);
        ChangeSet draft = service.create("ana", ALICE, NO_NAME, List.of(half), Set.of());
        store.writes.clear();
        GuideProblems refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> service.submit(draft.id(), draft.revision(), null, NO_NAME), GuideProblems.class);
        assertThat(refused.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("summary", "author", "roles", "tags", "body");
        assertThat(store.writes).isEmpty();
    }

    @Test
    void invalidGuidesAndEmptyCommentsNeverReachTheStore() {
        inReview("ana");
        assertThatThrownBy(() -> service.save("ana", ALICE, NO_NAME, "s-1", 3, List.of(GuideRulesTest.guide("en", "a", "<b>x</b>")), Set.of()))
                .isInstanceOf(GuideProblems.class);
        assertThatThrownBy(() -> service.requestChanges("bo", "bo@example.org", NO_NAME, "s-1", 3, "  ")).isInstanceOf(GuideProblems.class);
        assertThatThrownBy(() -> service.comment("bo", "bo@example.org", NO_NAME, "s-1", "x".repeat(GuideService.MAX_COMMENT + 1)))
                .isInstanceOf(GuideProblems.class);
        assertThat(store.writes).isEmpty();
    }

    @Test
    void aGuideNamesOnlyTheCoursePathsOfTheSite() {
        inReview("ana");
        GuideProblems refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> service.save("ana", ALICE, NO_NAME, "s-1", 3,
                List.of(GuideRulesTest.forLearners("learner", List.of("knitting-101"))), Set.of()), GuideProblems.class);
        assertThat(refused.problems()).extracting(p -> p.field() + " " + p.code()).containsExactly("paths guide.paths.unknown");
        assertThat(store.writes).isEmpty();
        // A path of content/ (the build's table of path pages) is taken, and kept as written.
        service.save("ana", ALICE, NO_NAME, "s-1", 3, List.of(GuideRulesTest.forLearners("learner", List.of("data-analysis-10-weeks"))), Set.of());
        assertThat(store.writes).singleElement().isEqualTo(
                List.of(GuideRulesTest.forLearners("learner", List.of("data-analysis-10-weeks"))));
    }

    @Test
    void revertingStartsADraftHoldingThatVersion() {
        ChangeSet draft = service.revert("bo", "bruno@example.org", NO_NAME, "en", "a", 1);
        assertThat(draft.state()).isEqualTo(ChangeSetState.DRAFT);
        assertThat(draft.editors()).containsExactly("bo");
        assertThat(draft.editorEmails()).containsExactly("bruno@example.org");
        assertThat(draft.guides().get(0).body()).isEqualTo("old text");
        assertThatThrownBy(() -> service.revert("bo", null, NO_NAME, "en", "a", 7)).isInstanceOf(GuideStore.NotFound.class);
    }

    /** Typed with plain spaces, a French guide is kept with French typography; English as typed. */
    @Test
    @SuppressWarnings("unchecked")
    void aFrenchGuideIsKeptWithFrenchTypographyWhateverWasTyped() {
        Guide fr = new Guide("fr", "accueil", "Accueillir les retardataires : une semaine…", "Le message d'accueil !",
                List.of("team"), List.of("community"), "Ana", null, "Envoyez : « Bienvenue ! »\n\n`a ? b`\n");
        Guide en = new Guide("en", "welcome", "Welcome : late joiners", "The welcome's message !",
                List.of("team"), List.of("community"), "Ana", null, "Send : « Welcome ! »\n");
        ChangeSet draft = service.create("ana", ALICE, NO_NAME, List.of(fr, en), Set.of());
        Guide kept = draft.guides().get(0);
        assertThat(kept.title()).isEqualTo("Accueillir les retardataires\u00A0: une semaine…");
        assertThat(kept.summary()).isEqualTo("Le message d’accueil\u202F!");
        assertThat(kept.body()).isEqualTo("Envoyez\u00A0: «\u00A0Bienvenue\u202F!\u00A0»\n\n`a ? b`\n");
        assertThat(draft.guides().get(1)).isEqualTo(en);

        service.save("ana", ALICE, NO_NAME, draft.id(), 1, List.of(fr, en), Set.of());
        assertThat(((List<Guide>) store.writes.get(store.writes.size() - 1)).get(0)).isEqualTo(kept);
        service.save("ana", ALICE, NO_NAME, draft.id(), 2, List.of(kept, en), Set.of());
        assertThat(((List<Guide>) store.writes.get(store.writes.size() - 1)).get(0)).as("saved twice").isEqualTo(kept);
    }
}
