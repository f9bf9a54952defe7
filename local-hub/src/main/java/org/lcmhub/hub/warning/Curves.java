package org.lcmhub.hub.warning;

import java.util.Locale;

/**
 * The whole recall/precision curve of the hub's score and of the oracle over the report's
 * learners: each measured at several cuts, so a reader sees what any threshold would give, not
 * only the default policy's. Nothing is chosen from it.
 */
final class Curves {
    /** At-risk thresholds the hub's score is measured at. */
    static final double[] SCORE_CUTS = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50};
    /** Shares of the learner's starting engagement the oracle is measured at. */
    static final double[] ORACLE_CUTS = {0.5, 0.6, 0.7, 0.8, 0.9};

    private final Measures[] score = measures(SCORE_CUTS.length);
    private final Measures[] earlier = measures(SCORE_CUTS.length);
    private final Measures[] oracle = measures(ORACLE_CUTS.length);

    private static Measures[] measures(int n) {
        Measures[] m = new Measures[n];
        for (int i = 0; i < n; i++) {
            m[i] = new Measures();
        }
        return m;
    }

    /**
     * Adds one learner at every cut.
     *
     * @param scores the hub's score after each week (negative where it has none: finished, dropped out)
     * @param earlierScores the earlier model's score, likewise
     */
    void add(LearnerSimulator.Learner l, double[] scores, double[] earlierScores) {
        addScores(score, l, scores);
        addScores(earlier, l, earlierScores);
        for (int c = 0; c < ORACLE_CUTS.length; c++) {
            boolean[] f = new boolean[scores.length];
            for (int w = 0; w < f.length; w++) {
                f[w] = scores[w] >= 0 && l.engagement()[w] > 0 && l.engagement()[w] < ORACLE_CUTS[c];
            }
            oracle[c].add(f, l.dropsOut(), l.firstSilentWeek());
        }
    }

    private static void addScores(Measures[] curve, LearnerSimulator.Learner l, double[] scores) {
        for (int c = 0; c < SCORE_CUTS.length; c++) {
            curve[c].add(flags(scores, SCORE_CUTS[c]), l.dropsOut(), l.firstSilentWeek());
        }
    }

    /** flags[w]: whether scores[w] reaches {@code threshold} (a negative score, none, never does). */
    static boolean[] flags(double[] scores, double threshold) {
        boolean[] f = new boolean[scores.length];
        for (int w = 0; w < f.length; w++) {
            f[w] = scores[w] >= threshold;
        }
        return f;
    }

    void print() {
        print("Hub score, all scenarios, at-risk threshold", SCORE_CUTS, score);
        print("Earlier model's score, likewise", SCORE_CUTS, earlier);
        print("Oracle, all scenarios, hidden engagement below", ORACLE_CUTS, oracle);
    }

    private static void print(String title, double[] cuts, Measures[] curve) {
        StringBuilder line = new StringBuilder(title + " (recall @ precision):");
        for (int c = 0; c < cuts.length; c++) {
            line.append(String.format(Locale.ROOT, " %.2f %.2f@%.2f;", cuts[c], curve[c].recall(), curve[c].precision()));
        }
        System.out.println(line);
    }
}
