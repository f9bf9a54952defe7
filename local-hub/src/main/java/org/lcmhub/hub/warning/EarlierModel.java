package org.lcmhub.hub.warning;

import org.lcmhub.risk.RiskModel;

/**
 * The model the hub shipped before its two combined signs (below the plan's pace twice, all three
 * down): the first nine signs with their caps and bends and the coefficients fitted then on seeds
 * 1-5, at risk from 0.345. The bench scores it in the same run as the hub's, so a change of model
 * shows as a change on the same learners.
 */
final class EarlierModel {
    static final double AT_RISK = 0.345;
    private static final double[] CAPS = {1.5, 0.7, Double.POSITIVE_INFINITY, 0.15, Double.POSITIVE_INFINITY, 1, 0.7,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    private static final double[][] KNOTS = {{}, {0.3}, {0.3, 0.8}, {0}, {1}, {}, {0.3}, {0.3, 0.6}, {}};
    private static final double[] COEFFICIENTS = {-3.137, 0.210, 0.480, 0.929, 0.520, -0.146, 0.263, 0.312, 1.183,
            2.456, 0.310, 1.379, -0.713, 1.859, -0.718, 0.371, 2.605, -0.652};

    private EarlierModel() {
    }

    /** The score from the hub's signs (only the first nine are read), or -1 without signs. */
    static double score(double[] signs) {
        if (signs == null) {
            return -1;
        }
        double[] x = new double[COEFFICIENTS.length - 1];
        int next = CAPS.length;
        for (int i = 0; i < CAPS.length; i++) {
            x[i] = Math.min(signs[i], CAPS[i]);
            for (double knot : KNOTS[i]) {
                x[next++] = Math.max(0, x[i] - knot);
            }
        }
        return RiskModel.score(COEFFICIENTS, x);
    }
}
