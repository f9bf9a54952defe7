package org.lcmhub.matching.draft;

import java.time.Instant;
import java.util.List;
import org.lcmhub.matching.model.Reason;

/**
 * A computed matching kept for the LCM's review: the pairs with their reasons as codes (each page
 * words them in its reader's language), who stays unmatched, and the learners left out of the
 * matching (dropped out, finished) with their reason code. Publishing reads it back.
 */
public record Draft(String draftId, String cohortId, List<Pair> pairs, List<Unmatched> unmatched,
                    List<RefusedPin> refusedPins, List<LeftOut> leftOut, Instant createdAt, Instant expiresAt) {

    public Draft {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        refusedPins = refusedPins == null ? List.of() : List.copyOf(refusedPins);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    public record Pair(String learnerId, String mentorId, int score, List<Reason> reasons) {
    }

    public record Unmatched(String learnerId, List<Reason> reasons) {
    }

    /** A pin the LCM asked for that breaks a hard constraint; its learner was matched like the others. */
    public record RefusedPin(String learnerId, String mentorId, List<Reason> reasons) {
    }

    /** An enrolled learner the matching must not propose ({@code org.lcmhub.matching.Eligibility}). */
    public record LeftOut(String learnerId, String reason) {
    }
}
