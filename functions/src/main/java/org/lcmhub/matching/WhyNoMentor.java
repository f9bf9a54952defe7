package org.lcmhub.matching;

import java.util.ArrayList;
import java.util.List;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.UnmatchedLearner;

/**
 * Why learners who have no mentor yet have none, against the mentors as they are now: the checks
 * of a draft's unmatched learners ({@link Explainer}), without solving a draft. Pins are ignored.
 */
public final class WhyNoMentor {
    private WhyNoMentor() {
    }

    /** One entry per learner of the request, in its order. */
    public static List<UnmatchedLearner> explain(MatchingRequest request) {
        Instance in = new Instance(request);
        Explainer explain = new Explainer(in);
        int[] room = new int[in.mentorCount];
        for (int m = 0; m < in.mentorCount; m++) {
            room[m] = in.mentor(m).paused() ? 0 : in.mentor(m).remaining();
        }
        List<UnmatchedLearner> waiting = new ArrayList<>();
        for (int l = 0; l < in.learnerCount; l++) {
            waiting.add(new UnmatchedLearner(in.learner(l).id(), explain.forWaiting(l, room)));
        }
        return waiting;
    }
}
