package org.lcmhub.guides.model;

import java.time.Instant;

/** A remark kept with a change set; {@code kind} says whether it asked for changes. */
public record Comment(String author, String text, String kind, Instant at) {
}
