package org.lcmhub.matching;

/** Solves the matching network of one draft ({@link FlowSolver}); the bench also runs a baseline. */
interface OptimumSolver {
    /** The mentor of each learner row, or -1. */
    int[] solve();

    /** Pricing rounds (1 when the first pairs were enough). */
    int rounds();

    /** Solver runs over all rounds. */
    int solves();

    /** Pairs in the final network. */
    int pairsInNetwork();

    interface Factory {
        /**
         * @param room free places per mentor in this draft
         * @param taken places per mentor taken before this draft (current mentees and pins)
         * @param firstPairs pairs per learner in the first network (tests use a large value to skip pricing)
         */
        OptimumSolver create(Candidates candidates, int mentors, int[] room, int[] taken, int[] capacity, int firstPairs);
    }
}
