package org.lcmhub.matching;

import org.lcmhub.matching.model.MatchingRequest;

/**
 * The comparison baseline only: learners in order, each takes the compatible mentor with room that
 * scores best right now (pair fit plus the load points of the next place). Same constraints and
 * scores as the matcher, no look-ahead.
 */
final class GreedyBaseline {
    int matched;
    long totalFit;

    GreedyBaseline run(MatchingRequest request) {
        Instance in = new Instance(request);
        int[] room = new int[in.mentorCount];
        int[] taken = new int[in.mentorCount];
        for (int m = 0; m < in.mentorCount; m++) {
            room[m] = in.mentor(m).paused() ? 0 : in.mentor(m).remaining();
            taken[m] = Math.min(in.mentor(m).capacity(), in.mentor(m).used());
        }
        int[] all = new int[in.learnerCount];
        for (int l = 0; l < all.length; l++) {
            all[l] = l;
        }
        Candidates candidates = Candidates.of(in, all, room);
        for (int l = 0; l < all.length; l++) {
            int best = -1;
            int bestScore = -1;
            for (int k = candidates.start[l]; k < candidates.start[l + 1]; k++) {
                int m = candidates.mentor[k];
                int score = candidates.fit[k] + Fit.load(in.mentor(m).capacity(), taken[m]);
                if (room[m] > 0 && score > bestScore) {
                    best = m;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                room[best]--;
                taken[best]++;
                matched++;
                totalFit += bestScore;
            }
        }
        return this;
    }
}
