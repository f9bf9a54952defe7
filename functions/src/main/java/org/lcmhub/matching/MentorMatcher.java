package org.lcmhub.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MatchingResult;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.ProposedPair;
import org.lcmhub.matching.model.Reason;
import org.lcmhub.matching.model.RejectedPin;
import org.lcmhub.matching.model.UnmatchedLearner;

/**
 * Proposes a mentor for each learner: hard constraints always hold; among the drafts that respect
 * them (and the pins), it returns one with the most matched learners and, among those, the largest
 * total fit ({@link Fit}). Same input, same draft.
 */
public final class MentorMatcher {
    private final OptimumSolver.Factory solvers;
    private final int firstPairs;
    private int lastRounds;
    private int lastSolves;
    private int lastPairsInNetwork;
    private int lastCandidatePairs;

    public MentorMatcher() {
        this(FlowSolver.FIRST_PAIRS_PER_LEARNER);
    }

    /** Tests compare the priced network with one that has every pair from the start. */
    MentorMatcher(int firstPairs) {
        this(FlowSolver::new, firstPairs);
    }

    /** The bench runs the previous solver on the same instances. */
    MentorMatcher(OptimumSolver.Factory solvers, int firstPairs) {
        this.solvers = solvers;
        this.firstPairs = firstPairs;
    }

    public MatchingResult match(MatchingRequest request) {
        Instance in = new Instance(request);
        Explainer explain = new Explainer(in);
        int mentors = in.mentorCount;
        int[] capacity = new int[mentors];
        int[] room = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            capacity[m] = in.mentor(m).capacity();
            room[m] = in.mentor(m).paused() ? 0 : in.mentor(m).remaining();
        }
        int[] mentorOf = new int[in.learnerCount];
        Arrays.fill(mentorOf, -1);
        boolean[] pinned = new boolean[in.learnerCount];
        List<Integer> pinOrder = new ArrayList<>();
        List<RejectedPin> rejected = new ArrayList<>();
        for (PairRef pin : request.pins()) {
            Integer l = in.learnerIndex.get(pin.learnerId());
            Integer m = in.mentorIndex.get(pin.mentorId());
            List<Reason> against = l == null || m == null ? List.of(Reason.of("pin-unknown"))
                    : pinned[l] ? List.of(Reason.of("pin-duplicate"))
                    : explain.againstPin(l, m, room[m]);
            if (!against.isEmpty()) {
                rejected.add(new RejectedPin(pin.learnerId(), pin.mentorId(), against));
                continue;
            }
            pinned[l] = true;
            mentorOf[l] = m;
            room[m]--;
            pinOrder.add(l);
        }

        int[] taken = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            taken[m] = capacity[m] - room[m];
        }
        int[] free = new int[in.learnerCount - pinOrder.size()];
        for (int l = 0, i = 0; l < in.learnerCount; l++) {
            if (!pinned[l]) {
                free[i++] = l;
            }
        }
        Candidates candidates = Candidates.of(in, free, room);
        OptimumSolver solver = solvers.create(candidates, mentors, room, taken, capacity, firstPairs);
        int[] solved = solver.solve();
        for (int i = 0; i < free.length; i++) {
            mentorOf[free[i]] = solved[i];
        }
        lastRounds = solver.rounds();
        lastSolves = solver.solves();
        lastPairsInNetwork = solver.pairsInNetwork();
        lastCandidatePairs = candidates.size();

        // Load points follow the order places are taken: current mentees, pins, then learner order.
        int[] placesTaken = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            placesTaken[m] = Math.min(capacity[m], in.mentor(m).used());
        }
        int[] score = new int[in.learnerCount];
        List<Integer> order = new ArrayList<>(pinOrder);
        for (int l : free) {
            order.add(l);
        }
        for (int l : order) {
            int m = mentorOf[l];
            if (m >= 0) {
                score[l] = in.pairFit(l, m) + Fit.load(capacity[m], placesTaken[m]++);
            }
        }
        List<ProposedPair> pairs = new ArrayList<>();
        List<UnmatchedLearner> unmatched = new ArrayList<>();
        long total = 0;
        for (int l = 0; l < in.learnerCount; l++) {
            int m = mentorOf[l];
            if (m >= 0) {
                total += score[l];
                pairs.add(new ProposedPair(in.learner(l).id(), in.mentor(m).id(), score[l], pinned[l],
                        explain.forPair(l, m, pinned[l])));
            } else {
                unmatched.add(new UnmatchedLearner(in.learner(l).id(), explain.forUnmatched(l, room)));
            }
        }
        return new MatchingResult(pairs, unmatched, rejected, total);
    }

    /** Pricing rounds of the last match (1 when the first pairs were enough). */
    int lastRounds() {
        return lastRounds;
    }

    /** Solver runs of the last match. */
    int lastSolves() {
        return lastSolves;
    }

    int lastPairsInNetwork() {
        return lastPairsInNetwork;
    }

    int lastCandidatePairs() {
        return lastCandidatePairs;
    }
}
