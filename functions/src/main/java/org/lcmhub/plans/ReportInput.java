package org.lcmhub.plans;

import java.util.List;

/** A session report as sent, unchecked; {@code planChange} is null when the plan stays as it is. */
public record ReportInput(String date, String outcome, String notes, PlanInput planChange,
                          List<SessionReport.Resource> resources, String nextSession) {
}
