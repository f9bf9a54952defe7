package org.lcmhub.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.risk.EarlyWarning;
import org.lcmhub.risk.Plan;

/**
 * What the plan expected at the end of each of a learner's own weeks, as My page's history and
 * chart compare them: a week gone by against the plan in force that week, so stretching a plan
 * later does not rewrite the figures the learner was shown then; this week and those to come
 * against the current plan.
 */
public final class WeekPlans {
    private WeekPlans() {
    }

    /** A saved version of the learner's own plan: its number, the day it was made on their clock, its end date. */
    public record Version(int number, LocalDate madeOn, LocalDate end) {
    }

    /**
     * Expected progress (whole per cent) at the end of the learner's weeks 1 to the current plan's
     * last, or to last week when that is later. A past week is read against the latest version made
     * by its Sunday (none: the sign-up's plan, to the cohort's last day).
     */
    public static List<Integer> figures(Cohort cohort, LocalDate start, List<Version> versions, LocalDate today) {
        List<Version> made = versions.stream().sorted(Comparator.comparingInt(Version::number)).toList();
        Plan current = CheckInViews.plan(cohort, start, made.isEmpty() ? null : made.get(made.size() - 1).end());
        LocalDate firstMonday = EarlyWarning.monday(start);
        // Numbered as the early warning numbers the learner's weeks, so the history and the standing agree.
        int thisWeek = (int) EarlyWarning.weeks(start, today) + 1;
        int last = Math.max(current.weeks(), thisWeek - 1);
        List<Integer> figures = new ArrayList<>(last);
        for (int week = 1; week <= last; week++) {
            Plan plan = week < thisWeek ? inForce(cohort, start, made, firstMonday.plusWeeks(week).minusDays(1)) : current;
            figures.add((int) Math.round(plan.expectedProgress(week)));
        }
        return figures;
    }

    private static Plan inForce(Cohort cohort, LocalDate start, List<Version> made, LocalDate sunday) {
        LocalDate end = null;
        for (Version v : made) {
            if (!v.madeOn().isAfter(sunday)) {
                end = v.end();
            }
        }
        return CheckInViews.plan(cohort, start, end);
    }
}
