package org.lcmhub.guides.model;

import java.time.Instant;

/**
 * A remark kept with a change set; {@code kind} says whether it asked for changes. {@code author}
 * is the sign-in id (the page tells the reader's own remarks by it); {@code authorEmail} names the
 * writer to the other LCMs, or is null for remarks written before it was kept.
 */
public record Comment(String author, String authorEmail, String text, String kind, Instant at) {
}
