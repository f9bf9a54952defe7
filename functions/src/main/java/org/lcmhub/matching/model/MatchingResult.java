package org.lcmhub.matching.model;

import java.util.List;

/** A draft: the pairs (pins first, then by learner order), who stays unmatched, refused pins. */
public record MatchingResult(
        List<ProposedPair> pairs,
        List<UnmatchedLearner> unmatched,
        List<RejectedPin> rejectedPins,
        long totalScore) {

    public MatchingResult {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        rejectedPins = List.copyOf(rejectedPins);
    }
}
