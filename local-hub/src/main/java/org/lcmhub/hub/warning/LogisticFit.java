package org.lcmhub.hub.warning;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.lcmhub.risk.RiskModel;

/**
 * Fits the early-warning model's coefficients: a logistic regression by Newton's method
 * (iteratively reweighted least squares) with a small ridge penalty on the slopes, so a sign that
 * hardly ever occurs in the training cohorts cannot get an extreme weight.
 */
public final class LogisticFit {
    /** One training example: the features of a verdict and whether that learner then dropped out. */
    public record Example(double[] x, boolean dropsOut) {
    }

    private LogisticFit() {
    }

    /** Coefficients, intercept first. */
    public static double[] fit(List<Example> examples, double ridge) {
        int p = examples.get(0).x().length + 1;
        double[] b = new double[p];
        for (int iteration = 0; iteration < 50; iteration++) {
            RealMatrix hessian = new Array2DRowRealMatrix(p, p);
            RealVector gradient = new ArrayRealVector(p);
            for (Example e : examples) {
                double[] row = withIntercept(e.x());
                double mu = RiskModel.score(b, e.x());
                double w = Math.max(mu * (1 - mu), 1e-9);
                double r = (e.dropsOut() ? 1 : 0) - mu;
                for (int i = 0; i < p; i++) {
                    gradient.addToEntry(i, r * row[i]);
                    for (int j = 0; j < p; j++) {
                        hessian.addToEntry(i, j, w * row[i] * row[j]);
                    }
                }
            }
            for (int i = 1; i < p; i++) {
                gradient.addToEntry(i, -ridge * b[i]);
                hessian.addToEntry(i, i, ridge);
            }
            RealVector step = new LUDecomposition(hessian).getSolver().solve(gradient);
            for (int i = 0; i < p; i++) {
                b[i] += step.getEntry(i);
            }
            if (step.getNorm() < 1e-8) {
                break;
            }
        }
        return b;
    }

    private static double[] withIntercept(double[] x) {
        double[] row = new double[x.length + 1];
        row[0] = 1;
        System.arraycopy(x, 0, row, 1, x.length);
        return row;
    }
}
