package org.lcmhub.matching.model;

import java.util.List;

/** A learner the draft leaves without a mentor, and why. */
public record UnmatchedLearner(String learnerId, List<Reason> reasons) {
    public UnmatchedLearner {
        reasons = List.copyOf(reasons);
    }
}
