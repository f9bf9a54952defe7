package org.lcmhub.matching;

import java.util.Arrays;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The previous solver of the matching network, kept as the bench's baseline: the same optimum as
 * {@link FlowSolver}, solved by JGraphT's {@link CapacityScalingMinimumCostFlow} (one shortest-path
 * search per unit of flow).
 *
 * <p>Network, when learners are the scarcer side: each learner supplies one unit and reaches the
 * sink through a compatible mentor (cost {@code PAIR_MAX - pair fit}) and one of its free places
 * (the k-th place costs {@code LOAD - load points}, rising with k: a convex cost that spreads
 * learners), or straight to the sink as "unmatched" at a cost {@code U} that no total fit can make
 * up. So the cheapest flow matches as many learners as possible, then maximises the total fit.
 * When places are scarcer, the same problem is stated from the mentors: each free place supplies
 * a unit that reaches the sink through a learner, or directly as "place left empty" (cost {@code U}
 * minus the place cost). JGraphT runs one shortest-path search per unit of supply, and a search
 * that ends on a {@code U} arc explores all it can reach, so the scarcer side supplies.
 *
 * <p>Pricing keeps it small: the network starts with each learner's best pairs and each mentor's
 * best learners; after a solve, JGraphT's dual potentials price every pair left out, and those
 * with a negative reduced cost come in (a few per learner) for another solve. When none is left,
 * the reduced-cost optimality conditions hold for the network with every compatible pair, so the
 * flow is optimal for all of them. Between rounds the network falls apart into independent parts
 * (linked only through the sink); each is solved on its own, its potentials shifted so that the
 * sink's is 0, and only the parts that new pairs touched are solved again.
 */
final class JGraphTFlowSolver implements OptimumSolver {
    /* The same pricing sizes as FlowSolver, so the bench compares the solvers on the same networks. */
    static final int FIRST_PAIRS_PER_LEARNER = FlowSolver.FIRST_PAIRS_PER_LEARNER;
    static final int EXTRA_LEARNERS_PER_MENTOR = FlowSolver.EXTRA_LEARNERS_PER_MENTOR;
    static final int PAIRS_ADDED_PER_LEARNER = FlowSolver.PAIRS_ADDED_PER_LEARNER;
    /** Every arc carries one unit, so capacity scaling would only detour through its dummy arcs. */
    private static final int NO_SCALING = 1;

    private final Candidates candidates;
    private final int learners;
    private final int mentors;
    private final int[] room;
    private final int[] taken;
    private final int[] capacity;
    private final boolean fromMentors;
    private final long unmatchedCost;
    private final int firstPairs;

    private final int[] mentorOf;
    private final double[] potential;
    private final boolean[] dirty;
    private int rounds;
    private int solves;
    private int pairsInNetwork;

    /**
     * @param room free places per mentor in this draft
     * @param taken places per mentor taken before this draft (current mentees and pins)
     */
    JGraphTFlowSolver(Candidates candidates, int mentors, int[] room, int[] taken, int[] capacity, int firstPairs) {
        this.candidates = candidates;
        this.learners = candidates.start.length - 1;
        this.mentors = mentors;
        this.room = room;
        this.taken = taken;
        this.capacity = capacity;
        this.firstPairs = firstPairs;
        this.fromMentors = Arrays.stream(room).asLongStream().sum() < learners;
        this.unmatchedCost = (long) (Fit.PAIR_MAX + Fit.LOAD) * (learners + 1) + 1;
        if (unmatchedCost >= CapacityScalingMinimumCostFlow.COST_INF) {
            throw new IllegalArgumentException("too many learners for one matching: " + learners);
        }
        mentorOf = new int[learners];
        potential = new double[learners + mentors];
        dirty = new boolean[learners + mentors];
    }

    @Override
    public int[] solve() {
        boolean[] inNetwork = firstPairs();
        Arrays.fill(dirty, true);
        do {
            rounds++;
            solveDirtyParts(inNetwork);
        } while (addPricedOutPairs(inNetwork) > 0);
        return mentorOf.clone();
    }

    @Override
    public int rounds() {
        return rounds;
    }

    @Override
    public int solves() {
        return solves;
    }

    @Override
    public int pairsInNetwork() {
        return pairsInNetwork;
    }

    private boolean[] firstPairs() {
        return candidates.firstNetwork(mentors, room, firstPairs, EXTRA_LEARNERS_PER_MENTOR);
    }

    /** Splits the network into its independent parts and solves those that changed. */
    private void solveDirtyParts(boolean[] inNetwork) {
        int[] parent = new int[learners + mentors];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        int pairs = 0;
        for (int i = 0; i < learners; i++) {
            for (int k = candidates.start[i]; k < candidates.start[i + 1]; k++) {
                if (inNetwork[k]) {
                    pairs++;
                    union(parent, i, learners + candidates.mentor[k]);
                }
            }
        }
        pairsInNetwork = pairs;
        // Members of each part, grouped by root; a part is solved again if any member is dirty.
        int[] start = new int[parent.length + 1];
        boolean[] partDirty = new boolean[parent.length];
        for (int v = 0; v < parent.length; v++) {
            int root = find(parent, v);
            start[root + 1]++;
            partDirty[root] |= dirty[v];
        }
        for (int r = 0; r < parent.length; r++) {
            start[r + 1] += start[r];
        }
        int[] members = new int[parent.length];
        int[] next = Arrays.copyOf(start, parent.length);
        for (int v = 0; v < parent.length; v++) {
            members[next[find(parent, v)]++] = v;
        }
        for (int r = 0; r < parent.length; r++) {
            if (start[r + 1] > start[r] && partDirty[r]) {
                solvePart(Arrays.copyOfRange(members, start[r], start[r + 1]), inNetwork);
            }
        }
        Arrays.fill(dirty, false);
    }

    /**
     * Solves one part (its learners sorted before its mentors, both in input order) and keeps its
     * assignment and its potentials, shifted so that the sink's potential is 0.
     */
    private void solvePart(int[] part, boolean[] inNetwork) {
        if (part.length == 1 && part[0] < learners) {
            // A learner with no pair in the network: unmatched, and its only arc goes to the sink.
            mentorOf[part[0]] = -1;
            potential[part[0]] = fromMentors ? 0 : unmatchedCost;
            return;
        }
        solves++;
        Graph<Integer, DefaultWeightedEdge> graph = new AbstractBaseGraph<>(null, DefaultWeightedEdge::new,
                DefaultGraphType.directedMultigraph().asWeighted(), new DefaultGraphSpecificsStrategy<>()) {
        };
        // Vertex v of the part is local index v; the sink comes last. JGraphT keeps insertion order.
        Integer[] vertex = new Integer[part.length + 1];
        for (int v = 0; v <= part.length; v++) {
            vertex[v] = v;
            graph.addVertex(vertex[v]);
        }
        int sink = part.length;
        int firstMentor = 0;
        while (firstMentor < part.length && part[firstMentor] < learners) {
            firstMentor++;
        }
        int places = 0;
        for (int j = firstMentor; j < part.length; j++) {
            places += room[part[j] - learners];
        }
        int[] local = new int[mentors];
        for (int j = firstMentor; j < part.length; j++) {
            local[part[j] - learners] = j;
        }
        int pairCount = 0;
        for (int j = 0; j < firstMentor; j++) {
            for (int k = candidates.start[part[j]]; k < candidates.start[part[j] + 1]; k++) {
                pairCount += inNetwork[k] ? 1 : 0;
            }
        }
        DefaultWeightedEdge[] pairEdge = new DefaultWeightedEdge[pairCount];
        int[] pairLearner = new int[pairCount];
        int[] pairMentor = new int[pairCount];
        int e = 0;
        for (int j = 0; j < firstMentor; j++) {
            int i = part[j];
            for (int k = candidates.start[i]; k < candidates.start[i + 1]; k++) {
                if (inNetwork[k]) {
                    int m = local[candidates.mentor[k]];
                    int cost = Fit.PAIR_MAX - candidates.fit[k];
                    pairLearner[e] = j;
                    pairMentor[e] = m;
                    pairEdge[e++] = fromMentors ? arc(graph, vertex[m], vertex[j], cost) : arc(graph, vertex[j], vertex[m], cost);
                }
            }
            arc(graph, vertex[j], vertex[sink], fromMentors ? 0 : unmatchedCost);
        }
        for (int j = firstMentor; j < part.length; j++) {
            int m = part[j] - learners;
            for (int place = 0; place < room[m]; place++) {
                int placeCost = Fit.LOAD - Fit.load(capacity[m], taken[m] + place);
                // From mentors, a place left empty stands for a learner left unmatched.
                arc(graph, vertex[j], vertex[sink], fromMentors ? unmatchedCost - placeCost : placeCost);
            }
        }
        int learnerCount = firstMentor;
        int supply = fromMentors ? places : learnerCount;
        int first = firstMentor;
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> v == sink ? -supply : fromMentors ? (v >= first ? room[part[v] - learners] : 0) : (v < first ? 1 : 0),
                edge -> 1);
        CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge> solver = new CapacityScalingMinimumCostFlow<>(NO_SCALING);
        Map<DefaultWeightedEdge, Double> flow = solver.getMinimumCostFlow(problem).getFlowMap();
        Map<Integer, Double> dual = solver.getDualSolution();

        for (int j = 0; j < firstMentor; j++) {
            mentorOf[part[j]] = -1;
        }
        for (int p = 0; p < pairCount; p++) {
            if (flow.get(pairEdge[p]) > 0.5) {
                mentorOf[part[pairLearner[p]]] = part[pairMentor[p]] - learners;
            }
        }
        double sinkPotential = dual.get(vertex[sink]);
        for (int j = 0; j < part.length; j++) {
            potential[part[j]] = dual.get(vertex[j]) - sinkPotential;
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
                int m = learners + candidates.mentor[k];
                double reduced = Fit.PAIR_MAX - candidates.fit[k]
                        + (fromMentors ? potential[i] - potential[m] : potential[m] - potential[i]);
                // Costs are integers, so potentials are too: below -0.5 is negative.
                if (reduced < -0.5) {
                    long key = (long) Math.min(Integer.MAX_VALUE, -reduced) << 32 | (Integer.MAX_VALUE - k);
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
                int k = Integer.MAX_VALUE - (int) best[j];
                inNetwork[k] = true;
                dirty[i] = true;
                dirty[learners + candidates.mentor[k]] = true;
                added++;
            }
        }
        return added;
    }

    private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> graph, Integer from, Integer to, double cost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        return edge;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
