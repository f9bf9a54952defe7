package org.lcmhub.matching;

import java.util.Arrays;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The optimum as a minimum-cost flow, solved by OR-tools' {@link MinCostFlow} (cost-scaling
 * push-relabel, integer costs).
 *
 * <p>Network: each learner supplies one unit and reaches the sink through a compatible mentor
 * (cost {@code PAIR_MAX - pair fit}) and one of its free places (the k-th place costs
 * {@code LOAD - load points}, rising with k: a convex cost that spreads learners; places of equal
 * cost share one arc). OR-tools finds the maximum flow of least cost: as many learners matched as
 * possible, then the largest total fit. That is the min-cost flow of the same network plus an
 * "unmatched" arc from each learner to the sink at a cost {@code U} that no total fit can make up;
 * OR-tools solves it faster without those arcs (smaller costs, fewer scaling phases), and the
 * pricing below reads the flow with them.
 *
 * <p>Pricing keeps it small: the network starts with each learner's best pairs and each mentor's
 * best learners. After a solve, the potentials of the optimal flow (the cost of the cheapest path
 * to the sink in its residual network, which has no negative cycle) price every pair left out, and
 * those with a negative reduced cost come in (a few per learner) for another solve. When none is
 * left, the reduced-cost optimality conditions hold for the network with every compatible pair, so
 * the flow is optimal for all of them.
 */
final class FlowSolver implements OptimumSolver {
    static {
        // On Lambda, from the zip's lib/ (on LD_LIBRARY_PATH, System.loadLibrary finds it); elsewhere
        // (tests, the local hub) extracted from its jar to a temporary folder, once per JVM.
        Loader.loadNativeLibraries();
    }

    /* Sizes of the first network and of each pricing step, chosen on the bench instances
       (docs/architecture.md): a smaller network makes each solve cheaper, more rounds cost more solves. */
    static final int FIRST_PAIRS_PER_LEARNER = 2;
    static final int EXTRA_LEARNERS_PER_MENTOR = 10;
    static final int PAIRS_ADDED_PER_LEARNER = 2;
    private static final long UNREACHED = Long.MAX_VALUE / 4;

    private final Candidates candidates;
    private final int learners;
    private final int mentors;
    private final int[] room;
    private final int[] taken;
    private final int[] capacity;
    private final int firstPairs;
    private final long unmatchedCost;
    private final int sink;

    private final int[] mentorOf;
    private final int[] usedPairCost;
    private final int[] used;
    /** Per node (learners, mentors, sink): the potential, cost of the cheapest residual path to the sink. */
    private final long[] distance;
    private int rounds;
    private int pairsInNetwork;

    FlowSolver(Candidates candidates, int mentors, int[] room, int[] taken, int[] capacity, int firstPairs) {
        this.candidates = candidates;
        this.learners = candidates.start.length - 1;
        this.mentors = mentors;
        this.room = room;
        this.taken = taken;
        this.capacity = capacity;
        this.firstPairs = firstPairs;
        this.unmatchedCost = (long) (Fit.PAIR_MAX + Fit.LOAD) * (learners + 1) + 1;
        this.sink = learners + mentors;
        mentorOf = new int[learners];
        usedPairCost = new int[learners];
        used = new int[mentors];
        distance = new long[learners + mentors + 1];
    }

    @Override
    public int[] solve() {
        boolean[] inNetwork = firstPairs();
        do {
            rounds++;
            solveNetwork(inNetwork);
            computePotentials(inNetwork);
        } while (addPricedOutPairs(inNetwork) > 0);
        return mentorOf.clone();
    }

    @Override
    public int rounds() {
        return rounds;
    }

    @Override
    public int solves() {
        return rounds;
    }

    @Override
    public int pairsInNetwork() {
        return pairsInNetwork;
    }

    private boolean[] firstPairs() {
        return candidates.firstNetwork(mentors, room, firstPairs, EXTRA_LEARNERS_PER_MENTOR);
    }

    /** Node ids: learner rows, then mentors, then the sink. Arcs 0.. are the pairs, learner by learner. */
    private void solveNetwork(boolean[] inNetwork) {
        int pairs = 0;
        for (boolean in : inNetwork) {
            pairs += in ? 1 : 0;
        }
        pairsInNetwork = pairs;
        MinCostFlow flow = new MinCostFlow(sink + 1, pairs + mentors);
        try {
            for (int i = 0; i < learners; i++) {
                for (int k = candidates.start[i]; k < candidates.start[i + 1]; k++) {
                    if (inNetwork[k]) {
                        flow.addArcWithCapacityAndUnitCost(i, learners + candidates.mentor[k], 1, pairCost(k));
                    }
                }
            }
            for (int i = 0; i < learners; i++) {
                flow.setNodeSupply(i, 1);
            }
            for (int m = 0; m < mentors; m++) {
                for (int place = 0; place < room[m]; ) {
                    long cost = placeCost(m, place);
                    int end = place + 1;
                    while (end < room[m] && placeCost(m, end) == cost) {
                        end++;
                    }
                    flow.addArcWithCapacityAndUnitCost(learners + m, sink, end - place, cost);
                    place = end;
                }
            }
            flow.setNodeSupply(sink, -learners);
            // The learners' supply that no pair can carry stays where it is: those learners are unmatched.
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-tools min-cost flow ended " + status);
            }
            Arrays.fill(mentorOf, -1);
            Arrays.fill(used, 0);
            int arc = 0;
            for (int i = 0; i < learners; i++) {
                for (int k = candidates.start[i]; k < candidates.start[i + 1]; k++) {
                    if (inNetwork[k] && flow.getFlow(arc++) > 0) {
                        mentorOf[i] = candidates.mentor[k];
                        usedPairCost[i] = pairCost(k);
                        used[candidates.mentor[k]]++;
                    }
                }
            }
        } finally {
            flow.delete();
        }
    }

    /**
     * The cheapest residual path from each node to the sink, in the network with the "unmatched"
     * arcs (label-correcting search backwards from the sink; the residual network of an optimal
     * flow has negative arcs but no negative cycle, which is checked on the way). The flow fills
     * each mentor's cheapest places first, as every optimal flow does with convex costs.
     */
    private void computePotentials(boolean[] inNetwork) {
        // Residual arcs into each mentor: from the learners of its network pairs not in the flow.
        int[] start = new int[mentors + 1];
        for (int i = 0; i < learners; i++) {
            for (int k = candidates.start[i]; k < candidates.start[i + 1]; k++) {
                if (inNetwork[k] && mentorOf[i] != candidates.mentor[k]) {
                    start[candidates.mentor[k] + 1]++;
                }
            }
        }
        for (int m = 0; m < mentors; m++) {
            start[m + 1] += start[m];
        }
        int[] from = new int[start[mentors]];
        int[] next = Arrays.copyOf(start, mentors);
        for (int i = 0; i < learners; i++) {
            for (int k = candidates.start[i]; k < candidates.start[i + 1]; k++) {
                if (inNetwork[k] && mentorOf[i] != candidates.mentor[k]) {
                    from[next[candidates.mentor[k]]++] = k;
                }
            }
        }
        int[] learnerOf = new int[candidates.size()];
        for (int i = 0; i < learners; i++) {
            Arrays.fill(learnerOf, candidates.start[i], candidates.start[i + 1], i);
        }

        Arrays.fill(distance, UNREACHED);
        distance[sink] = 0;
        Queue queue = new Queue(distance.length);
        queue.add(sink);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            long d = distance[v];
            if (v == sink) {
                for (int m = 0; m < mentors; m++) {
                    if (used[m] < room[m]) {
                        relax(queue, learners + m, placeCost(m, used[m]) + d);
                    }
                }
                for (int i = 0; i < learners; i++) {
                    if (mentorOf[i] >= 0) {
                        relax(queue, i, unmatchedCost + d);
                    }
                }
            } else if (v >= learners) {
                int m = v - learners;
                for (int j = start[m]; j < start[m + 1]; j++) {
                    relax(queue, learnerOf[from[j]], pairCost(from[j]) + d);
                }
                // The reverse of its last used place leads from the sink: no cycle through it may be negative.
                requireOptimal(used[m] == 0 || d - placeCost(m, used[m] - 1) >= 0);
            } else if (mentorOf[v] >= 0) {
                relax(queue, learners + mentorOf[v], d - usedPairCost[v]);
            } else {
                requireOptimal(d - unmatchedCost >= 0);
            }
        }
    }

    private void relax(Queue queue, int node, long d) {
        if (d < distance[node]) {
            distance[node] = d;
            queue.add(node);
        }
    }

    private static void requireOptimal(boolean holds) {
        if (!holds) {
            throw new IllegalStateException("the min-cost flow left a negative cycle");
        }
    }

    /**
     * Brings in, for each learner, the few left-out pairs with the most negative reduced cost;
     * returns how many. Zero means the flow is optimal over every compatible pair.
     */
    private int addPricedOutPairs(boolean[] inNetwork) {
        int added = 0;
        long[] best = new long[PAIRS_ADDED_PER_LEARNER];
        for (int i = 0; i < learners; i++) {
            int found = 0;
            for (int k = candidates.start[i]; k < candidates.start[i + 1]; k++) {
                if (inNetwork[k]) {
                    continue;
                }
                long reduced = pairCost(k) + distance[learners + candidates.mentor[k]] - distance[i];
                if (reduced < 0) {
                    long key = Math.min(Integer.MAX_VALUE, -reduced) << 32 | (Integer.MAX_VALUE - k);
                    if (found < best.length) {
                        best[found++] = key;
                    } else {
                        int weakest = 0;
                        for (int j = 1; j < best.length; j++) {
                            weakest = best[j] < best[weakest] ? j : weakest;
                        }
                        best[weakest] = Math.max(best[weakest], key);
                    }
                }
            }
            for (int j = 0; j < found; j++) {
                inNetwork[Integer.MAX_VALUE - (int) best[j]] = true;
                added++;
            }
        }
        return added;
    }

    private int pairCost(int k) {
        return Fit.PAIR_MAX - candidates.fit[k];
    }

    private long placeCost(int m, int place) {
        return Fit.LOAD - Fit.load(capacity[m], taken[m] + place);
    }

    /** Nodes waiting to pass on a lower distance, each at most once at a time. */
    private static final class Queue {
        private final int[] ring;
        private final boolean[] queued;
        private int head;
        private int size;

        Queue(int nodes) {
            ring = new int[nodes];
            queued = new boolean[nodes];
        }

        void add(int node) {
            if (!queued[node]) {
                queued[node] = true;
                ring[(head + size++) % ring.length] = node;
            }
        }

        int poll() {
            int node = ring[head];
            head = (head + 1) % ring.length;
            size--;
            queued[node] = false;
            return node;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
