package org.lcmhub.plans;

import java.time.LocalDate;

/** One personal objective of a plan; {@code objectiveId} stays the same across the plan's versions. */
public record Objective(String objectiveId, String description, LocalDate targetDate, Status status) {
    public enum Status {
        OPEN, REACHED, DROPPED;

        public String wire() {
            return Wire.of(this);
        }

        /** The status named {@code wire}, or null. */
        public static Status of(String wire) {
            return Wire.parse(values(), wire);
        }
    }
}
