package org.lcmhub.matching;

/**
 * How many learners waiting for a draft the mentors' free places can take at once: a maximum flow
 * from groups of alike learners (each as many as it counts) through the mentors that suit them to
 * the mentors' places. Five learners who all suit the same two mentors with four places between
 * them: four, whatever "a suitable mentor has room" says of each one alone.
 */
final class WaitingPlaces {
    private final int[][] suitable;
    private final int[] room;
    private final int[][] flow;
    private final int[] used;
    /** Per mentor, the (group, index in its list) pairs that name it. */
    private final java.util.List<java.util.List<int[]>> suiting;
    private boolean[] seen;

    private WaitingPlaces(int[][] suitable, int[] room) {
        this.suitable = suitable;
        this.room = room;
        this.flow = new int[suitable.length][];
        for (int k = 0; k < suitable.length; k++) {
            flow[k] = new int[suitable[k].length];
        }
        this.used = new int[room.length];
        this.suiting = new java.util.ArrayList<>();
        for (int m = 0; m < room.length; m++) {
            suiting.add(new java.util.ArrayList<>());
        }
        for (int k = 0; k < suitable.length; k++) {
            for (int i = 0; i < suitable[k].length; i++) {
                suiting.get(suitable[k][i]).add(new int[] {k, i});
            }
        }
    }

    /**
     * {@code count[k]} learners alike, suited by the mentors {@code suitable[k]}; {@code room[m]}
     * places left with mentor {@code m}. Augmenting paths, one learner at a time (at most as many as
     * wait), each a depth-first search over the mentors.
     */
    static int placeable(int[] count, int[][] suitable, int[] room) {
        WaitingPlaces network = new WaitingPlaces(suitable, room);
        int placed = 0;
        for (int k = 0; k < count.length; k++) {
            for (int n = 0; n < count[k]; n++) {
                network.seen = new boolean[room.length];
                if (!network.augment(k)) {
                    break;
                }
                placed++;
            }
        }
        return placed;
    }

    /** One more learner of group {@code k} placed, moving learners already placed along the way if need be. */
    private boolean augment(int k) {
        for (int i = 0; i < suitable[k].length; i++) {
            int m = suitable[k][i];
            if (seen[m]) {
                continue;
            }
            seen[m] = true;
            if (used[m] < room[m]) {
                used[m]++;
                flow[k][i]++;
                return true;
            }
            // Full: a learner of another group placed with m takes another mentor, and its place is k's.
            for (int[] placedThere : suiting.get(m)) {
                int other = placedThere[0];
                int j = placedThere[1];
                if (flow[other][j] > 0 && augment(other)) {
                    flow[other][j]--;
                    flow[k][i]++;
                    return true;
                }
            }
        }
        return false;
    }
}
