package org.lcmhub.checkin.model;

/** A weekly check-in as the learner sent it, not yet validated. */
public record CheckInRequest(String week, Integer progress, Integer stepReached, Double hoursSpent, Integer mood,
                             String blockers, Boolean needHelp, String message) {
}
