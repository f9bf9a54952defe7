package org.lcmhub.guides.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One or more guides (typically a guide and its translation) reviewed and published together.
 * {@code editors} holds every LCM who wrote in it: none of them may approve it (four eyes).
 * {@code revision} grows with every write, so a save made on an old copy is refused.
 */
public record ChangeSet(String id, ChangeSetState state, List<Guide> guides, Set<String> editors,
                        String reviewer, boolean suggested, long revision, Instant createdAt, Instant updatedAt) {
    public ChangeSet {
        guides = List.copyOf(guides);
        editors = Set.copyOf(editors);
    }
}
