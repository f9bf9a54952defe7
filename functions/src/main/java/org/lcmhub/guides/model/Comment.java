package org.lcmhub.guides.model;

import java.time.Instant;

/**
 * A remark kept with a change set; {@code kind} says whether it asked for changes. {@code author}
 * is the sign-in id (the page tells the reader's own remarks by it); {@code authorEmail} names the
 * writer to the other LCMs, or is null for remarks written before it was kept; {@code authorName}
 * is the name their sign-in gave, shown instead (null when none was given or kept).
 */
public record Comment(String author, String authorEmail, String authorName, String text, String kind, Instant at) {
    /** A remark whose writer is known by address only. */
    public Comment(String author, String authorEmail, String text, String kind, Instant at) {
        this(author, authorEmail, null, text, kind, at);
    }
}
