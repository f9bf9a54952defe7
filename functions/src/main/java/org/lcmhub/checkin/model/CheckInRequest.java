package org.lcmhub.checkin.model;

/**
 * A weekly check-in as the learner sent it, not yet validated. {@code helpShown}: the form showed
 * the week's earlier request for help (its box ticked), so an unticked box withdraws it; without
 * it the earlier request is kept, whatever {@code needHelp} says.
 */
public record CheckInRequest(String week, Integer progress, Integer stepReached, Double hoursSpent, Integer mood,
                             String blockers, Boolean needHelp, String message, Boolean helpShown) {
}
