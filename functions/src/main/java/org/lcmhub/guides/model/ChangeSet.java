package org.lcmhub.guides.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One or more guides (typically a guide and its translation) reviewed and published together.
 * {@code editors} holds every LCM who wrote in it (their sign-in ids): none of them may approve it
 * (four eyes). {@code editorEmails} holds their addresses as they signed in when they wrote, to
 * name them to people (an id says nothing); a set written before addresses were kept has none.
 * {@code editorNames} holds, by address, the name their sign-in gave (none for those it gave none,
 * or who wrote before names were kept): pages show it, the address stays the person's key.
 * {@code revision} grows with every write, so a save made on an old copy is refused.
 * {@code fromSite} holds the keys ({@link Guide#key}) of the guides the editor opened from the
 * site's pages: a change to a page the functions cannot see (one of the site's files, content/),
 * which the review mail then calls a change, not a new guide. {@code submitterEmail} and
 * {@code submitterName} say who last sent it for review (null before, or when not kept).
 */
public record ChangeSet(String id, ChangeSetState state, List<Guide> guides, Set<String> editors,
                        Set<String> editorEmails, String reviewer, boolean suggested, long revision,
                        Instant createdAt, Instant updatedAt, Set<String> fromSite, Map<String, String> editorNames,
                        String submitterEmail, String submitterName) {
    public ChangeSet {
        guides = List.copyOf(guides);
        editors = Set.copyOf(editors);
        editorEmails = editorEmails == null ? Set.of() : Set.copyOf(editorEmails);
        fromSite = fromSite == null ? Set.of() : Set.copyOf(fromSite);
        editorNames = editorNames == null ? Map.of() : Map.copyOf(editorNames);
    }

    /** A set whose people are known by address only. */
    public ChangeSet(String id, ChangeSetState state, List<Guide> guides, Set<String> editors, Set<String> editorEmails,
                     String reviewer, boolean suggested, long revision, Instant createdAt, Instant updatedAt,
                     Set<String> fromSite) {
        this(id, state, guides, editors, editorEmails, reviewer, suggested, revision, createdAt, updatedAt, fromSite,
                Map.of(), null, null);
    }

    /** A set none of whose guides was opened from the site's pages. */
    public ChangeSet(String id, ChangeSetState state, List<Guide> guides, Set<String> editors, Set<String> editorEmails,
                     String reviewer, boolean suggested, long revision, Instant createdAt, Instant updatedAt) {
        this(id, state, guides, editors, editorEmails, reviewer, suggested, revision, createdAt, updatedAt, Set.of());
    }

    /** A set whose editors' addresses are not known. */
    public ChangeSet(String id, ChangeSetState state, List<Guide> guides, Set<String> editors, String reviewer,
                     boolean suggested, long revision, Instant createdAt, Instant updatedAt) {
        this(id, state, guides, editors, Set.of(), reviewer, suggested, revision, createdAt, updatedAt);
    }
}
