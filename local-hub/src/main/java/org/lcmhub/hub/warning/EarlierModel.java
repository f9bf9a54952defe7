package org.lcmhub.hub.warning;

import static org.lcmhub.risk.RiskModel.NO_CAP;

import java.util.List;
import org.lcmhub.risk.RiskModel;

/**
 * The model the hub shipped before its two combined signs (below the plan's pace twice, all three
 * down): the first nine signs with their caps and bends and the coefficients fitted then on seeds
 * 1-5, at risk from 0.345. The bench scores it in the same run as the hub's, so a change of model
 * shows as a change on the same learners.
 */
final class EarlierModel {
    static final double AT_RISK = 0.345;
    private static final List<RiskModel.Shape> SHAPES = List.of(
            new RiskModel.Shape("moodBelowUsual", 1.5),
            new RiskModel.Shape("hoursBelowUsual", 0.7, 0.3),
            new RiskModel.Shape("paceSlowing", NO_CAP, 0.3, 0.8),
            new RiskModel.Shape("behindPlan", 0.15, 0),
            new RiskModel.Shape("skippedWeeks", NO_CAP, 1),
            new RiskModel.Shape("moodLow", 1),
            new RiskModel.Shape("hoursDropped", 0.7, 0.3),
            new RiskModel.Shape("progressStalled", NO_CAP, 0.3, 0.6),
            new RiskModel.Shape("behindEarly", NO_CAP));
    private static final double[] COEFFICIENTS = {-3.137, 0.210, 0.480, 0.929, 0.520, -0.146, 0.263, 0.312, 1.183,
            2.456, 0.310, 1.379, -0.713, 1.859, -0.718, 0.371, 2.605, -0.652};

    private EarlierModel() {
    }

    /** The score from the hub's signs (only the first nine are read), or -1 without signs. */
    static double score(double[] signs) {
        if (signs == null) {
            return -1;
        }
        double[] x = RiskModel.shaped(SHAPES, signs);
        return RiskModel.score(COEFFICIENTS, x);
    }
}
