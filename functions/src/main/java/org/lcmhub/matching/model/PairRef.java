package org.lcmhub.matching.model;

import java.util.Objects;

/** A learner–mentor pair named by the LCM: pinned, excluded, or never to be proposed again. */
public record PairRef(String learnerId, String mentorId) {
    public PairRef {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(mentorId, "mentorId");
    }
}
