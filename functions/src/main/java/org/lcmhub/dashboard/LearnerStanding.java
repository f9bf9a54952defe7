package org.lcmhub.dashboard;

import java.time.LocalDate;
import org.lcmhub.checkin.risk.Assessment;

/**
 * One enrolled learner as the LCM dashboard shows them: who, their mentor (display name, or null),
 * the week of their last check-in (or null), whether they checked in this week, and the verdict of
 * the early-warning rules.
 */
public record LearnerStanding(String learnerId, String name, String mentor, LocalDate lastCheckInWeek,
                              boolean checkedInThisWeek, Assessment assessment) {
}
