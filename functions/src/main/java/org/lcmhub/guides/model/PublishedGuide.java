package org.lcmhub.guides.model;

import java.time.Instant;

/** The live state of a guide published from the hub: its current version, or unpublished. */
public record PublishedGuide(Guide guide, int version, boolean live, Instant publishedAt) {
}
