package org.lcmhub.risk;

import java.time.LocalDate;

/**
 * One weekly check-in as the rules need it. {@code week} is the Monday of the ISO week it is for;
 * {@code submittedOn} the learner's local date of the last (re)submission.
 */
public record CheckIn(LocalDate week, int progress, Integer stepReached, double hoursSpent, int mood,
                      boolean needHelp, LocalDate submittedOn) {
    public CheckIn {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress must be 0..100");
        }
        if (mood < 1 || mood > 5) {
            throw new IllegalArgumentException("mood must be 1..5");
        }
    }
}
