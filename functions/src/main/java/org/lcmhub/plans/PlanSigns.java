package org.lcmhub.plans;

import java.util.List;
import org.lcmhub.risk.SessionOutcome;

/** What the early warning reads from plans and reports: the personal end date and the 1:1s' outcomes. */
public final class PlanSigns {
    private PlanSigns() {
    }

    /** One outcome per 1:1: a report another on the same date replaced does not count. */
    public static List<SessionOutcome> outcomes(List<SessionReport> reports) {
        return SessionReport.current(reports).stream().map(r -> new SessionOutcome(r.date(), switch (r.outcome()) {
            case HELD -> SessionOutcome.Kind.HELD;
            case NO_SHOW -> SessionOutcome.Kind.NO_SHOW;
            case CANCELLED_BY_LEARNER_LATE -> SessionOutcome.Kind.LEARNER_CANCELLED_LATE;
            case CANCELLED_BY_LEARNER_EARLY -> SessionOutcome.Kind.LEARNER_CANCELLED_EARLY;
            case CANCELLED_BY_MENTOR -> SessionOutcome.Kind.MENTOR_CANCELLED;
        }, r.heldFrom(), r.heldUntil())).toList();
    }
}
