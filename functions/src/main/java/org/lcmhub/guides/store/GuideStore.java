package org.lcmhub.guides.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.PublishedGuide;

/**
 * Change sets, their comments and the guides they published. Every rule of the review is a
 * condition of the write that changes the state, never a read before it.
 */
public interface GuideStore {
    void create(ChangeSet set);

    /** The set, or null. */
    ChangeSet find(String id);

    List<ChangeSet> all();

    /**
     * The sets created after {@code from} and up to {@code to}, read from that window only: with
     * those created in the same second as {@code from} or {@code to} on either side, so the
     * caller keeps the exact bounds.
     */
    List<ChangeSet> createdAround(Instant from, Instant to);

    /**
     * Replaces the guides of an editable set at the given revision, adding the editor and their
     * address ({@code editorEmail}, null when unknown), and the keys of guides opened from the
     * site's pages ({@code fromSite}, added to those the set holds); {@code editorNames} replaces
     * the names by address (those read at that revision with the editor's, empty: left as they are).
     */
    ChangeSet saveGuides(String id, long revision, List<Guide> guides, String editor, String editorEmail,
                         Map<String, String> editorNames, Set<String> fromSite, Instant now);

    /** An editable set at the given revision goes to review, sent by who {@code email} and {@code name} (null: unknown) name. */
    ChangeSet submit(String id, long revision, String email, String name, Instant now);

    /** A set in review, which the reviewer never wrote in, goes back to its authors with a comment. */
    ChangeSet requestChanges(String id, long revision, String reviewer, Comment comment, Instant now);

    /**
     * A set in review, which the reviewer never wrote in, is published: every guide's new version
     * and live state in the same transaction ({@code previous} numbers are those read; another
     * publish of the same guide meanwhile refuses it).
     */
    default ChangeSet approve(String id, long revision, String reviewer, List<GuideVersion> versions,
                              List<Integer> previous, Instant now) {
        return approve(id, revision, reviewer, versions, previous, null, now);
    }

    /**
     * The same, keeping {@code remark} (null: none) with the review's remarks in the same
     * transaction: what the reviewer wrote as they approved is published with the guides or not at all.
     */
    ChangeSet approve(String id, long revision, String reviewer, List<GuideVersion> versions, List<Integer> previous,
                      Comment remark, Instant now);

    void comment(String id, Comment comment);

    List<Comment> comments(String id);

    /** The live state of a guide published from the hub, or null. */
    PublishedGuide current(String language, String slug);

    List<PublishedGuide> published();

    /** Newest first. */
    List<GuideVersion> versions(String language, String slug);

    /** The version, or null. */
    GuideVersion version(String language, String slug, int number);

    /** A live guide stops being published; its versions stay. */
    PublishedGuide unpublish(String language, String slug, Instant now);

    /** No such change set or guide. */
    final class NotFound extends RuntimeException {
        public NotFound() {
            super("not found");
        }
    }

    /** The write's condition failed: {@code reason} says which rule ({@code four-eyes}, {@code state}, {@code stale}). */
    final class Refused extends RuntimeException {
        private final String reason;

        public Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
