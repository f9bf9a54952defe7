package org.lcmhub.hub.warning;

import java.util.List;

/**
 * A mix of learner trajectories and how noisy their check-ins are (docs/early-warning.md, "The
 * simulated learners"). Shares are of the cohort, in the order of {@link LearnerSimulator.Kind}.
 *
 * @param shares steady, irregular, declining, abrupt, sampling
 * @param noise 1 for ordinary self-reports; larger spreads mood and hours and adds more bad weeks
 */
public record Scenario(String name, double[] shares, double noise) {

    public static final List<Scenario> ALL = List.of(
            new Scenario("gradual-decline", new double[] {0.55, 0.10, 0.25, 0.05, 0.05}, 1),
            new Scenario("irregular-finishing", new double[] {0.45, 0.30, 0.12, 0.08, 0.05}, 1),
            new Scenario("abrupt-quitting", new double[] {0.55, 0.10, 0.07, 0.23, 0.05}, 1),
            new Scenario("noisy-check-ins", new double[] {0.55, 0.12, 0.15, 0.10, 0.08}, 2));
}
