package org.lcmhub.risk;

import java.time.LocalDate;

/**
 * One enrolled learner as the LCM dashboard shows them: who, their mentor (or null), the week of
 * their last check-in (or null), whether they checked in this week, the verdict of the
 * early-warning rules, and, for one silent now, the day the team was in touch since (a contact
 * note or a 1:1 held this week, on the learner's clock; null: still to contact), and their own
 * start with the cohort's week it falls in: one given a seat in a running cohort counts their weeks
 * from there (null and 1: counted from the cohort's start).
 */
public record LearnerStanding(String learnerId, String name, Mentor mentor, LocalDate lastCheckInWeek,
                              boolean checkedInThisWeek, Assessment assessment, LocalDate contactedOn,
                              LocalDate startDate, int firstWeek) {

    /** One whose weeks count from the cohort's start. */
    public LearnerStanding(String learnerId, String name, Mentor mentor, LocalDate lastCheckInWeek,
                           boolean checkedInThisWeek, Assessment assessment, LocalDate contactedOn) {
        this(learnerId, name, mentor, lastCheckInWeek, checkedInThisWeek, assessment, contactedOn, null, 1);
    }

    /** One nobody has been in touch with since they fell silent (or who is not silent). */
    public LearnerStanding(String learnerId, String name, Mentor mentor, LocalDate lastCheckInWeek,
                           boolean checkedInThisWeek, Assessment assessment) {
        this(learnerId, name, mentor, lastCheckInWeek, checkedInThisWeek, assessment, null);
    }

    /** Whether the team was in touch with them since they fell silent: they stay listed, after those still to contact. */
    public boolean contacted() {
        return contactedOn != null;
    }

    /** A learner's published mentor; {@code name} is null when the profile has none (or is gone). */
    public record Mentor(String mentorId, String name) {
        /** The name, or the id when there is no name to show. */
        public String label() {
            return name == null || name.isBlank() ? mentorId : name;
        }
    }
}
