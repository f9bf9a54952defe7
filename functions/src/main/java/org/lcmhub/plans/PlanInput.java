package org.lcmhub.plans;

import java.util.List;

/**
 * A plan as a form or a report sends it, unchecked: the whole list of objectives (an objective
 * without an id is new), the hours a week and the end date (yyyy-MM-dd).
 */
public record PlanInput(List<ObjectiveInput> objectives, Integer weeklyHours, String endDate) {
    public record ObjectiveInput(String objectiveId, String description, String targetDate, String status) {
    }
}
