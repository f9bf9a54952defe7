package org.lcmhub.risk;

import java.time.LocalDate;

/**
 * One weekly check-in as the rules need it. {@code week} is the Monday of the ISO week it is for;
 * {@code sentOn} the learner's local date of the help request it carries, first asked that week
 * (a help request waits from then, and a contact on or after it answers it); of its last
 * (re)submission when it asks for none.
 */
public record CheckIn(LocalDate week, int progress, Integer stepReached, double hoursSpent, int mood,
                      boolean needHelp, LocalDate sentOn) {
    public CheckIn {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress must be 0..100");
        }
        if (mood < 1 || mood > 5) {
            throw new IllegalArgumentException("mood must be 1..5");
        }
    }
}
