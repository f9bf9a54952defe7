package org.lcmhub.hub.warning;

import java.time.LocalDate;
import java.util.List;

/**
 * One learner's week as {@code ./hub early-warning --judge} reads it (one row of IN.csv) and as the
 * simulator writes it. When {@code checkedIn} is false the check-in fields are null.
 *
 * @param start the cohort's first Monday
 * @param week 1..weeks
 * @param contacts dates of the LCM team's contact notes recorded that week
 */
public record WeekRow(String learner, int weeks, LocalDate start, int week, boolean checkedIn, Integer progress,
                      Integer stepReached, Double hours, Integer mood, Boolean needHelp, List<LocalDate> contacts) {
    public WeekRow {
        contacts = List.copyOf(contacts);
    }

    /** The Monday the week begins. */
    public LocalDate monday() {
        return start.plusWeeks(week - 1L);
    }

    /** The check-in's day: the Wednesday of its week. */
    public LocalDate checkInDay() {
        return monday().plusDays(2);
    }
}
