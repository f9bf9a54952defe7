package org.lcmhub.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a learner's own plan: their objectives, the hours a week they aim at and the day
 * they mean to finish (which may be after the cohort's end: 3 h a week instead of 6 is a longer
 * plan). Version 0 is the one the sign-up implies and is never stored; each change stores the next
 * version and keeps the earlier ones. {@code changedBy} is "signup" (version 0 with the learner's own hours),
 * "path" (version 0 with the path's estimated hours, the sign-up giving none), "mentor" or "lcm";
 * {@code reportId} names the session report that agreed the change (null otherwise).
 */
public record PersonalPlan(String learnerId, String cohortId, int version, List<Objective> objectives,
                           int weeklyHours, LocalDate endDate, String changedBy, String reportId, Instant changedAt) {
    public PersonalPlan {
        objectives = List.copyOf(objectives);
    }

    /** The content of the next version, as {@code by} changed it. */
    public PersonalPlan next(List<Objective> newObjectives, int newHours, LocalDate newEnd, String by, String report,
                             Instant at) {
        return new PersonalPlan(learnerId, cohortId, version + 1, newObjectives, newHours, newEnd, by, report, at);
    }
}
