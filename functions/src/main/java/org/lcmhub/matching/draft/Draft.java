package org.lcmhub.matching.draft;

import java.time.Instant;
import java.util.List;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.Reason;

/**
 * A computed matching kept for the LCM's review: the pairs with their reasons as codes (each page
 * words them in its reader's language), who stays unmatched, and the learners left out of the
 * matching (dropped out, finished) with their reason code, and the pins and exclusions the LCM
 * chose on it ({@link Choices}). Publishing reads it back; the page reopens on it until then.
 */
public record Draft(String draftId, String cohortId, List<Pair> pairs, List<Unmatched> unmatched,
                    List<RefusedPin> refusedPins, List<LeftOut> leftOut, Instant createdAt, Instant expiresAt,
                    Choices choices) {

    public Draft {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        refusedPins = refusedPins == null ? List.of() : List.copyOf(refusedPins);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        choices = choices == null ? Choices.NONE : choices;
    }

    /**
     * The pins and exclusions the LCM team chose on the draft: those it was computed with, then
     * those chosen while reviewing it, which apply when it is computed again.
     */
    public record Choices(List<PairRef> pins, List<PairRef> exclusions) {
        public static final Choices NONE = new Choices(List.of(), List.of());

        public Choices {
            pins = pins == null ? List.of() : List.copyOf(pins);
            exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        }
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
