package org.lcmhub.checkin.model;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the check-in rules need to know about the learner sending one, from their key and record:
 * their zone (the default week is theirs), their cohort's dates and the path's number of steps.
 */
public record LearnerContext(String learnerId, String cohortId, ZoneId zone, LocalDate cohortStart,
                             LocalDate cohortEnd, int steps) {
}
