package org.lcmhub.matching.draft;

import java.time.Instant;
import java.util.List;

/**
 * A computed matching kept for the LCM's review: the pairs with their reasons already in words
 * (the cohort's language), and who stays unmatched. Publishing reads it back.
 */
public record Draft(String draftId, String cohortId, List<Pair> pairs, List<Unmatched> unmatched,
                    List<RefusedPin> refusedPins, Instant createdAt, Instant expiresAt) {

    public Draft {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        refusedPins = refusedPins == null ? List.of() : List.copyOf(refusedPins);
    }

    public record Pair(String learnerId, String mentorId, int score, List<String> reasons) {
    }

    public record Unmatched(String learnerId, List<String> reasons) {
    }

    /** A pin the LCM asked for that breaks a hard constraint; its learner was matched like the others. */
    public record RefusedPin(String learnerId, String mentorId, List<String> reasons) {
    }
}
