package org.lcmhub.matching.model;

import java.util.List;

/** A pin that could not be honoured; its learner was matched like any other. */
public record RejectedPin(String learnerId, String mentorId, List<Reason> reasons) {
    public RejectedPin {
        reasons = List.copyOf(reasons);
    }
}
