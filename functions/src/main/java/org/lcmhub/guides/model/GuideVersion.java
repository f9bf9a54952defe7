package org.lcmhub.guides.model;

import java.time.Instant;
import java.util.List;

/**
 * A published version of a guide: what was published, who wrote and who approved it, and when.
 * {@code authors} and {@code reviewer} are sign-in ids; {@code authorEmails} and
 * {@code reviewerEmail} the addresses that name them to people (empty and null on a version
 * published before they were kept).
 */
public record GuideVersion(int number, Guide guide, String authors, String reviewer, Instant publishedAt,
                           String changeSetId, List<String> authorEmails, String reviewerEmail) {
    public GuideVersion {
        authorEmails = authorEmails == null ? List.of() : List.copyOf(authorEmails);
    }

    /** A version whose people's addresses are not known. */
    public GuideVersion(int number, Guide guide, String authors, String reviewer, Instant publishedAt,
                        String changeSetId) {
        this(number, guide, authors, reviewer, publishedAt, changeSetId, List.of(), null);
    }
}
