package org.lcmhub.hub.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.CheckIn;
import org.lcmhub.risk.EarlyWarning;
import org.lcmhub.risk.LearnerHistory;
import org.lcmhub.risk.Plan;
import org.lcmhub.risk.RiskPolicy;

/**
 * Judges a learner's weeks from outside the hub with the code the dashboard runs: the rows become
 * the {@link LearnerHistory} that {@code CheckInViews.assess} builds from the table (the cohort's
 * plan of one step per week, the last contact note), and {@link EarlyWarning} gives the verdict.
 */
public final class Histories {
    private Histories() {
    }

    /** The verdict on the Monday after week {@code week}, at 00:00 UTC, from the rows of weeks up to it. */
    public static Assessment judge(List<WeekRow> rows, int week, RiskPolicy policy) {
        return judgement(rows, week, policy).assessment();
    }

    /** The same verdict with the model's signs it was scored on (for the bench's other models). */
    static EarlyWarning.Judgement judgement(List<WeekRow> rows, int week, RiskPolicy policy) {
        WeekRow first = rows.get(0);
        LocalDate today = first.start().plusWeeks(week);
        return EarlyWarning.judge(history(rows, week, today), Plan.course(first.start(), first.weeks()), policy, today);
    }

    static LearnerHistory history(List<WeekRow> rows, int week, LocalDate today) {
        List<CheckIn> checkIns = new ArrayList<>();
        LocalDate lastContact = null;
        for (WeekRow r : rows) {
            if (r.week() > week) {
                continue;
            }
            if (r.checkedIn()) {
                checkIns.add(new CheckIn(r.monday(), r.progress(), r.stepReached(), r.hours(), r.mood(),
                        r.needHelp(), r.checkInDay()));
            }
            for (LocalDate c : r.contacts()) {
                if (c.isBefore(today) && (lastContact == null || c.isAfter(lastContact))) {
                    lastContact = c;
                }
            }
        }
        return new LearnerHistory(rows.get(0).start(), checkIns, lastContact);
    }
}
