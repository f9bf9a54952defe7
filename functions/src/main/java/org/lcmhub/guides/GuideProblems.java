package org.lcmhub.guides;

import java.util.List;
import org.lcmhub.guides.model.Problem;

/** A change set that cannot be saved as it is: every problem found, each with its code. */
public class GuideProblems extends RuntimeException {
    private final List<Problem> problems;

    public GuideProblems(List<Problem> problems) {
        super(problems.size() + " problems in the guides");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
