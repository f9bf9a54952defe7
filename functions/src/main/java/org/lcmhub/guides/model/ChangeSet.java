package org.lcmhub.guides.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One or more guides (typically a guide and its translation) reviewed and published together.
 * {@code editors} holds every LCM who wrote in it (their sign-in ids): none of them may approve it
 * (four eyes). {@code editorEmails} holds their addresses as they signed in when they wrote, to
 * name them to people (an id says nothing); a set written before addresses were kept has none.
 * {@code revision} grows with every write, so a save made on an old copy is refused.
 * {@code fromSite} holds the keys ({@link Guide#key}) of the guides the editor opened from the
 * site's pages: a change to a page the functions cannot see (one of the site's files, content/),
 * which the review mail then calls a change, not a new guide.
 */
public record ChangeSet(String id, ChangeSetState state, List<Guide> guides, Set<String> editors,
                        Set<String> editorEmails, String reviewer, boolean suggested, long revision,
                        Instant createdAt, Instant updatedAt, Set<String> fromSite) {
    public ChangeSet {
        guides = List.copyOf(guides);
        editors = Set.copyOf(editors);
        editorEmails = editorEmails == null ? Set.of() : Set.copyOf(editorEmails);
        fromSite = fromSite == null ? Set.of() : Set.copyOf(fromSite);
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
