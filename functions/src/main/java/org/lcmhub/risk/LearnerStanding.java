package org.lcmhub.risk;

import java.time.LocalDate;

/**
 * One enrolled learner as the LCM dashboard shows them: who, their mentor (or null), the week of
 * their last check-in (or null), whether they checked in this week, and the verdict of the
 * early-warning rules.
 */
public record LearnerStanding(String learnerId, String name, Mentor mentor, LocalDate lastCheckInWeek,
                              boolean checkedInThisWeek, Assessment assessment) {

    /** A learner's published mentor; {@code name} is null when the profile has none (or is gone). */
    public record Mentor(String mentorId, String name) {
        /** The name, or the id when there is no name to show. */
        public String label() {
            return name == null || name.isBlank() ? mentorId : name;
        }
    }
}
