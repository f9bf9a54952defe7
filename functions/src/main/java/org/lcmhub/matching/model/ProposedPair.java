package org.lcmhub.matching.model;

import java.util.List;

/** One pair of the draft, with its fit score (0–100) and the reasons behind it. */
public record ProposedPair(String learnerId, String mentorId, int score, boolean pinned, List<Reason> reasons) {
    public ProposedPair {
        reasons = List.copyOf(reasons);
    }
}
