package org.lcmhub.cohort.model;

import java.time.LocalDate;

/** What an LCM may change on a cohort; null leaves a value as it is. */
public record CohortChanges(String title, LocalDate startDate, Integer weeks, Integer seats, Boolean open) {
    public boolean isEmpty() {
        return title == null && startDate == null && weeks == null && seats == null && open == null;
    }
}
