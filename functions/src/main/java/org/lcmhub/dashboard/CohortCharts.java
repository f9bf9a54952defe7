package org.lcmhub.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.risk.Assessment;
import org.lcmhub.checkin.risk.Plan;

/**
 * The figures behind the dashboard's three charts, from the enrolled learners' standings and
 * check-ins: each learner's progress against the plan for their own week; per ISO week of the
 * cohort so far, the share of expected learners who checked in; and the mean mood.
 *
 * <p>A learner is expected to check in from the ISO week of their own start (rolling enrolment)
 * up to the week they reached the end of the path, included.
 */
public record CohortCharts(List<Progress> progress, List<WeekRate> checkInRate, List<WeekMood> mood) {

    /** {@code expected}: what the plan expects by the end of the learner's last full week (0..100). */
    public record Progress(String learnerId, int week, int progress, long expected) {
    }

    /** {@code rate} is submitted / expected, null when nobody was expected. */
    public record WeekRate(IsoWeek week, Double rate, int submitted, int expected) {
    }

    /** {@code mean} is null for a week without check-ins. */
    public record WeekMood(IsoWeek week, Double mean, int count) {
    }

    /** An enrolled learner: their standing and their own week 1. */
    public record Enrolled(LearnerStanding standing, LocalDate start) {
    }

    /**
     * @param checkIns every check-in of the cohort (those of learners no longer enrolled are left out)
     * @param today the cohort's current day (UTC): weeks after its ISO week are not charted yet
     */
    public static CohortCharts of(LocalDate cohortStart, Plan plan, List<Enrolled> enrolled,
                                  List<WeeklyCheckIn> checkIns, LocalDate today) {
        List<Progress> progress = new ArrayList<>();
        Map<String, Enrolled> byId = new HashMap<>();
        for (Enrolled e : enrolled) {
            Assessment a = e.standing().assessment();
            progress.add(new Progress(e.standing().learnerId(), a.week(), a.progress(),
                    Math.round(plan.expectedProgress(a.week() - 1))));
            byId.put(e.standing().learnerId(), e);
        }

        Map<IsoWeek, Set<String>> submittedBy = new HashMap<>();
        Map<IsoWeek, int[]> moods = new HashMap<>(); // week -> {sum, count}
        Map<String, IsoWeek> finishedIn = new HashMap<>();
        for (WeeklyCheckIn c : checkIns) {
            if (!byId.containsKey(c.learnerId())) {
                continue;
            }
            submittedBy.computeIfAbsent(c.week(), w -> new HashSet<>()).add(c.learnerId());
            int[] m = moods.computeIfAbsent(c.week(), w -> new int[2]);
            m[0] += c.mood();
            m[1]++;
            boolean finished = c.progress() >= 100 || (c.stepReached() != null && c.stepReached() >= plan.steps());
            if (finished) {
                finishedIn.merge(c.learnerId(), c.week(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }

        List<WeekRate> rates = new ArrayList<>();
        List<WeekMood> mood = new ArrayList<>();
        IsoWeek last = min(IsoWeek.of(today), IsoWeek.of(cohortStart.plusWeeks(plan.weeks()).minusDays(1)));
        for (IsoWeek w = IsoWeek.of(cohortStart); w.compareTo(last) <= 0; w = IsoWeek.of(w.monday().plusWeeks(1))) {
            int expected = 0;
            int submitted = 0;
            Set<String> who = submittedBy.getOrDefault(w, Set.of());
            for (Enrolled e : enrolled) {
                String id = e.standing().learnerId();
                IsoWeek done = finishedIn.get(id);
                if (IsoWeek.of(e.start()).compareTo(w) <= 0 && (done == null || done.compareTo(w) >= 0)) {
                    expected++;
                    if (who.contains(id)) {
                        submitted++;
                    }
                }
            }
            rates.add(new WeekRate(w, expected == 0 ? null : (double) submitted / expected, submitted, expected));
            int[] m = moods.get(w);
            mood.add(m == null ? new WeekMood(w, null, 0) : new WeekMood(w, (double) m[0] / m[1], m[1]));
        }
        return new CohortCharts(progress, rates, mood);
    }

    private static IsoWeek min(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
