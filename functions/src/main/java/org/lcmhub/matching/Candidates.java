package org.lcmhub.matching;

import java.util.Arrays;

/**
 * Every compatible (learner, mentor) pair with its pair fit, learner by learner, best fit first
 * (ties by mentor order): a compressed row list, five bytes a pair, so that even 100,000 learners
 * with hundreds of possible mentors each stay small.
 */
final class Candidates {
    final int[] start;
    final int[] mentor;
    final byte[] fit;

    private Candidates(int[] start, int[] mentor, byte[] fit) {
        this.start = start;
        this.mentor = mentor;
        this.fit = fit;
    }

    /** Candidates of the given learners among mentors that still have a place. */
    static Candidates of(Instance instance, int[] learners, int[] room) {
        int[] start = new int[learners.length + 1];
        int[] mentors = new int[Math.max(16, learners.length * 8)];
        byte[] fits = new byte[mentors.length];
        long[] row = new long[Math.max(1, instance.mentorCount)];
        int size = 0;
        for (int i = 0; i < learners.length; i++) {
            int l = learners[i];
            int n = 0;
            if (instance.learnerPath[l] >= 0) {
                for (int m : instance.mentorsByPath[instance.learnerPath[l]]) {
                    if (room[m] > 0 && instance.compatible(l, m)) {
                        // Sort key: best fit first, then mentor order.
                        row[n++] = (long) (Fit.PAIR_MAX - instance.pairFit(l, m)) << 32 | m;
                    }
                }
            }
            Arrays.sort(row, 0, n);
            if (size + n > mentors.length) {
                int capacity = Math.max(size + n, mentors.length + (mentors.length >> 1));
                mentors = Arrays.copyOf(mentors, capacity);
                fits = Arrays.copyOf(fits, capacity);
            }
            for (int k = 0; k < n; k++) {
                mentors[size] = (int) row[k];
                fits[size++] = (byte) (Fit.PAIR_MAX - (row[k] >>> 32));
            }
            start[i + 1] = size;
        }
        return new Candidates(start, Arrays.copyOf(mentors, size), Arrays.copyOf(fits, size));
    }

    int size() {
        return mentor.length;
    }

    /**
     * The pricing's first network: each learner's {@code pairsPerLearner} best pairs, and each
     * mentor's best learners, {@code extraPerMentor} more than its free places, so that its places
     * find takers.
     */
    boolean[] firstNetwork(int mentors, int[] room, int pairsPerLearner, int extraPerMentor) {
        int learners = start.length - 1;
        boolean[] inNetwork = new boolean[size()];
        for (int i = 0; i < learners; i++) {
            int end = (int) Math.min((long) start[i] + pairsPerLearner, start[i + 1]);
            Arrays.fill(inNetwork, start[i], end, true);
        }
        int[] count = new int[mentors + 1];
        for (int k = 0; k < size(); k++) {
            count[mentor[k] + 1]++;
        }
        for (int m = 0; m < mentors; m++) {
            count[m + 1] += count[m];
        }
        long[] byMentor = new long[size()];
        int[] next = Arrays.copyOf(count, mentors);
        for (int k = 0; k < size(); k++) {
            byMentor[next[mentor[k]]++] = (long) (Fit.PAIR_MAX - fit[k]) << 32 | k;
        }
        for (int m = 0; m < mentors; m++) {
            Arrays.sort(byMentor, count[m], count[m + 1]);
            int end = Math.min(count[m + 1], count[m] + room[m] + extraPerMentor);
            for (int j = count[m]; j < end; j++) {
                inNetwork[(int) byMentor[j]] = true;
            }
        }
        return inNetwork;
    }
}
