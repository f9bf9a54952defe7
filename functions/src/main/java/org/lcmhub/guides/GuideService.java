package org.lcmhub.guides;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lcmhub.cohort.PathTitles;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.GuideStore;

/**
 * The review of guides: a change set is written (by LCMs, or suggested by anyone), sent for
 * review, sent back or approved by an LCM who never wrote in it, and approval publishes every
 * guide of the set at once as a new version. Who is acting comes from the sign-in.
 */
public class GuideService {
    public static final int MAX_COMMENT = 2000;
    private final GuideStore store;
    private final Clock clock;

    public GuideService(GuideStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A new draft by an LCM ({@code email}: their sign-in address, which names them to people; a
     * sign-in without one leaves the draft with no address; {@code name}: the name their sign-in
     * gave, null when none, which the editor shows beside their writing). The guides keyed in
     * {@code fromSite} were opened from the site's pages.
     */
    public ChangeSet create(String lcm, String email, String name, List<Guide> guides, Set<String> fromSite) {
        boolean addressed = email != null && !email.isBlank();
        return create(Set.of(lcm), addressed ? Set.of(email) : Set.of(), addressed && name != null ? Map.of(email, name)
                : Map.of(), guides, false, fromSite);
    }

    /** A suggestion from the public form: a draft no one wrote in yet, so any LCM may take it up. */
    public ChangeSet suggest(List<Guide> guides) {
        return create(Set.of(), Set.of(), Map.of(), guides, true, Set.of());
    }

    private ChangeSet create(Set<String> editors, Set<String> emails, Map<String, String> names, List<Guide> typed,
                             boolean suggested, Set<String> fromSite) {
        List<Guide> guides = Guide.typeset(typed);
        // A suggestion goes to the LCMs as it is: it is whole. An LCM's draft may be half-written.
        valid(suggested ? GuideRules.check(guides, PathTitles.ids()) : GuideRules.checkDraft(guides, PathTitles.ids()));
        Instant now = clock.instant();
        ChangeSet set = new ChangeSet(UUID.randomUUID().toString(), ChangeSetState.DRAFT, guides, editors, emails, null,
                suggested, 1, now, now, ofSet(fromSite, guides), names, null, null);
        store.create(set);
        return set;
    }

    /**
     * How many suggestions from the public form arrived after {@code from} and up to {@code to}: the
     * daily digest tells the LCMs, as no one else hears of them.
     */
    public int suggestedBetween(Instant from, Instant to) {
        return (int) store.createdAround(from, to).stream().filter(ChangeSet::suggested)
                .filter(set -> set.createdAt().isAfter(from) && !set.createdAt().isAfter(to)).count();
    }

    public ChangeSet find(String id) {
        ChangeSet set = store.find(id);
        if (set == null) {
            throw new GuideStore.NotFound();
        }
        return set;
    }

    public List<ChangeSet> all() {
        return store.all();
    }

    /**
     * Saves the set; the guides keyed in {@code fromSite} were opened from the site's pages (a
     * translation added). The name the LCM's sign-in gave ({@code name}, null: none) is kept by
     * their address among the set's names (read here; the save's revision condition keeps another
     * writer's from being lost).
     */
    public ChangeSet save(String lcm, String email, String name, String id, long revision, List<Guide> typed,
                          Set<String> fromSite) {
        List<Guide> guides = Guide.typeset(typed);
        valid(GuideRules.checkDraft(guides, PathTitles.ids()));
        Map<String, String> names = Map.of();
        if (email != null && !email.isBlank() && name != null) {
            Map<String, String> read = new java.util.HashMap<>(find(id).editorNames());
            read.put(email, name);
            names = read;
        }
        return store.saveGuides(id, revision, guides, lcm, email, names, ofSet(fromSite, guides), clock.instant());
    }

    /** The keys of {@code fromSite} that name a guide of the set: the others say nothing of it. */
    private static Set<String> ofSet(Set<String> fromSite, List<Guide> guides) {
        Set<String> keys = new HashSet<>();
        guides.forEach(g -> keys.add(g.key()));
        return fromSite.stream().filter(keys::contains).collect(Collectors.toSet());
    }

    /**
     * A set goes to review whole: every field its readers see is asked for now, not at saving. It is
     * sent by who {@code email} and {@code name} (null: not known) name, as the editor then says.
     */
    public ChangeSet submit(String id, long revision, String email, String name) {
        valid(GuideRules.check(find(id).guides(), PathTitles.ids()));
        return store.submit(id, revision, email == null || email.isBlank() ? null : email, name, clock.instant());
    }

    /** Sends the set back with a remark, kept with the name the reviewer's sign-in gave ({@code name}, null: none). */
    public ChangeSet requestChanges(String reviewer, String email, String name, String id, long revision, String text) {
        String comment = comment(text);
        return store.requestChanges(id, revision, reviewer,
                new Comment(reviewer, email, name, comment, "changes", clock.instant()), clock.instant());
    }

    /** The remark as kept, for its set's writers to be told of it. */
    public Comment comment(String lcm, String email, String name, String id, String text) {
        Comment remark = new Comment(lcm, email, name, comment(text), "comment", clock.instant());
        store.comment(id, remark);
        return remark;
    }

    public List<Comment> comments(String id) {
        find(id);
        return store.comments(id);
    }

    /**
     * The remarks of the review that led to a version ({@code changeSetId}, the set that published
     * it): kept with the set once it has left the guides in progress, for the history to show.
     */
    public List<Comment> remarks(String changeSetId) {
        return changeSetId == null ? List.of() : store.comments(changeSetId);
    }

    /**
     * Publishes every guide of the set as its next version; returns the versions written. Each
     * keeps who wrote and who approved it by sign-in id (the rules' identity), by address and by the
     * name their sign-ins gave ({@code reviewerName}, null: none).
     */
    public List<GuideVersion> approve(String reviewer, String reviewerEmail, String reviewerName, String id,
                                      long revision) {
        return approve(reviewer, reviewerEmail, reviewerName, id, revision, null);
    }

    /**
     * The same, with what the reviewer typed as they approved ({@code text}, null or blank: nothing):
     * kept with the review's remarks in the publishing transaction, so the authors' mail repeats it.
     */
    public List<GuideVersion> approve(String reviewer, String reviewerEmail, String reviewerName, String id,
                                      long revision, String text) {
        Comment remark = text == null || text.isBlank() ? null
                : new Comment(reviewer, reviewerEmail, reviewerName, comment(text), "comment", clock.instant());
        ChangeSet set = find(id);
        if (set.state() != ChangeSetState.IN_REVIEW) {
            throw new GuideStore.Refused("state");
        }
        Instant now = clock.instant();
        String authors = String.join(", ", set.editors().stream().sorted().toList());
        List<GuideVersion> versions = new ArrayList<>();
        List<Integer> previous = new ArrayList<>();
        for (Guide g : set.guides()) {
            PublishedGuide current = store.current(g.language(), g.slug());
            if (current != null && current.live() && current.guide().equals(g)) {
                // A translation opened with its guide and left as it is on the site: no new version
                // credited to this set's authors, nothing to publish again.
                continue;
            }
            int before = current == null ? 0 : current.version();
            previous.add(before);
            List<String> emails = set.editorEmails().stream().sorted().toList();
            versions.add(new GuideVersion(before + 1, g, authors.isEmpty() ? "suggestion" : authors, reviewer, now, id,
                    emails, reviewerEmail, emails.stream().map(e -> set.editorNames().get(e)).toList(), reviewerName));
        }
        store.approve(id, revision, reviewer, versions, previous, remark, now);
        return versions;
    }

    public List<PublishedGuide> published() {
        return store.published();
    }

    public List<GuideVersion> versions(String language, String slug) {
        List<GuideVersion> versions = store.versions(language, slug);
        if (versions.isEmpty()) {
            throw new GuideStore.NotFound();
        }
        return versions;
    }

    public GuideVersion version(String language, String slug, int number) {
        GuideVersion v = store.version(language, slug, number);
        if (v == null) {
            throw new GuideStore.NotFound();
        }
        return v;
    }

    /** Going back to a version is a new draft holding it: it is reviewed like any change. */
    public ChangeSet revert(String lcm, String email, String name, String language, String slug, int number) {
        return create(lcm, email, name, List.of(version(language, slug, number).guide()), Set.of());
    }

    /** Whether the guide's page is on the site now (published from the hub and not taken off). */
    public boolean onSite(Guide guide) {
        PublishedGuide current = store.current(guide.language(), guide.slug());
        return current != null && current.live();
    }

    /**
     * Whether {@code guide} of {@code set} changes a page on the site: published from the hub and
     * live, or opened from the site's pages (a guide of the site's files, which only the editor sees).
     */
    public boolean changesPage(ChangeSet set, Guide guide) {
        return set.fromSite().contains(guide.key()) || onSite(guide);
    }

    public PublishedGuide unpublish(String language, String slug) {
        return store.unpublish(language, slug, clock.instant());
    }

    private static void valid(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new GuideProblems(problems);
        }
    }

    private static String comment(String text) {
        if (text == null || text.isBlank()) {
            throw new GuideProblems(List.of(new Problem(0, "comment", 0, "guide.field.required", Map.of(),
                    "This field is required.")));
        }
        if (text.length() > MAX_COMMENT) {
            throw new GuideProblems(List.of(new Problem(0, "comment", 0, "guide.field.tooLong",
                    Map.of("max", MAX_COMMENT), "At most " + MAX_COMMENT + " characters.")));
        }
        return text.strip();
    }
}
