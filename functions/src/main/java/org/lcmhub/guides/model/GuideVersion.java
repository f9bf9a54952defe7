package org.lcmhub.guides.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A published version of a guide: what was published, who wrote and who approved it, and when.
 * {@code authors} and {@code reviewer} are sign-in ids; {@code authorEmails} and
 * {@code reviewerEmail} the addresses that name them to people (empty and null on a version
 * published before they were kept); {@code authorNames} (in the order of {@code authorEmails},
 * null where none is known) and {@code reviewerName} the names their sign-in gave, which pages
 * show instead of the address.
 */
public record GuideVersion(int number, Guide guide, String authors, String reviewer, Instant publishedAt,
                           String changeSetId, List<String> authorEmails, String reviewerEmail,
                           List<String> authorNames, String reviewerName) {
    public GuideVersion {
        authorEmails = authorEmails == null ? List.of() : List.copyOf(authorEmails);
        // One name or null per address (List.copyOf refuses nulls).
        List<String> names = new ArrayList<>();
        for (int i = 0; i < authorEmails.size(); i++) {
            names.add(authorNames != null && i < authorNames.size() ? authorNames.get(i) : null);
        }
        authorNames = java.util.Collections.unmodifiableList(names);
    }

    /** A version whose people are known by address only. */
    public GuideVersion(int number, Guide guide, String authors, String reviewer, Instant publishedAt,
                        String changeSetId, List<String> authorEmails, String reviewerEmail) {
        this(number, guide, authors, reviewer, publishedAt, changeSetId, authorEmails, reviewerEmail, List.of(), null);
    }

    /** A version whose people's addresses are not known. */
    public GuideVersion(int number, Guide guide, String authors, String reviewer, Instant publishedAt,
                        String changeSetId) {
        this(number, guide, authors, reviewer, publishedAt, changeSetId, List.of(), null);
    }
}
