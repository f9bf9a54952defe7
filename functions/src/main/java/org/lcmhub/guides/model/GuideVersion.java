package org.lcmhub.guides.model;

import java.time.Instant;

/** A published version of a guide: what was published, who wrote and who approved it, and when. */
public record GuideVersion(int number, Guide guide, String authors, String reviewer, Instant publishedAt,
                           String changeSetId) {
}
