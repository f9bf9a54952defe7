package org.lcmhub.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Plan;

/**
 * The figures behind the dashboard's three charts, from the enrolled learners' standings and
 * check-ins: each learner's progress against the plan for their own week; per ISO week of the
 * cohort so far, the share of expected learners who checked in; and the mean mood.
 *
 * <p>A learner is expected to check in from the ISO week of their own start (rolling enrolment)
 * up to the week they reached the end of the path, included, and, for one counted as dropped out,
 * up to their last missed week before they were counted out. The current week's rate is the
 * dashboard's "checked in this week" ({@link #thisWeek}): the same learners, so the figure and
 * the chart never disagree.
 */
public record CohortCharts(List<Progress> progress, List<WeekRate> checkInRate, List<WeekMood> mood) {

    /** {@code expected}: what the learner's own plan expects by the end of their last full week (0..100). */
    public record Progress(String learnerId, int week, int progress, long expected) {
    }

    /** {@code rate} is submitted / expected, null when nobody was expected. */
    public record WeekRate(IsoWeek week, Double rate, int submitted, int expected) {
    }

    /** {@code mean} is null for a week without check-ins. */
    public record WeekMood(IsoWeek week, Double mean, int count) {
    }

    /** An enrolled learner: their standing, their own week 1 and the plan they follow (as their standing does). */
    public record Enrolled(LearnerStanding standing, LocalDate start, Plan plan) {
    }

    /**
     * @param plan the cohort's plan: its weeks are the charts' weeks
     * @param checkIns every check-in of the cohort (those of learners no longer enrolled are left out)
     * @param today the cohort's current day (UTC): weeks after its ISO week are not charted yet
     * @param dropoutSilentWeeks the cohort's missed weeks in a row that count a learner as dropped out
     */
    public static CohortCharts of(LocalDate cohortStart, Plan plan, List<Enrolled> enrolled,
                                  List<WeeklyCheckIn> checkIns, LocalDate today, int dropoutSilentWeeks) {
        // Weeks are numbered from the cohort's first ISO week (0), so the counting below is on ints.
        LocalDate first = monday(cohortStart);
        // The plan's weeks are ISO weeks from the start's (Plan.course): its last is the week of the cohort's last day.
        IsoWeek lastWeek = min(IsoWeek.of(today), IsoWeek.of(first.plusWeeks(plan.weeks() - 1L)));
        Map<IsoWeek, Integer> index = new HashMap<>();
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek w = IsoWeek.of(first); w.compareTo(lastWeek) <= 0; w = IsoWeek.of(w.monday().plusWeeks(1))) {
            index.put(w, weeks.size());
            weeks.add(w);
        }
        int n = weeks.size();

        List<Progress> progress = new ArrayList<>();
        Map<String, int[]> span = new HashMap<>(); // learner -> {first week expected, week finished (or MAX)}
        for (Enrolled e : enrolled) {
            Assessment a = e.standing().assessment();
            progress.add(new Progress(e.standing().learnerId(), a.week(), a.progress(),
                    Math.round(e.plan().expectedProgress(a.week() - 1))));
            int from = (int) Math.max(0, ChronoUnit.WEEKS.between(first, monday(e.start())));
            int until = Integer.MAX_VALUE;
            if (a.outcome() == Outcome.DROPPED_OUT) {
                // Counted out once their missed weeks in a row reached the threshold: expected until
                // then (those weeks are missed check-ins), not after, as "checked in this week" leaves them out.
                LocalDate last = e.standing().lastCheckInWeek();
                long lastSeen = last == null ? from - 1L : ChronoUnit.WEEKS.between(first, monday(last));
                until = (int) Math.max(-1, Math.min(Integer.MAX_VALUE, lastSeen + dropoutSilentWeeks));
            }
            span.put(e.standing().learnerId(), new int[] {from, until});
        }
        for (WeeklyCheckIn c : checkIns) {
            int[] s = span.get(c.learnerId());
            Integer w = index.get(c.week());
            boolean finished = c.progress() >= 100 || (c.stepReached() != null && c.stepReached() >= plan.steps());
            if (s != null && w != null && finished) {
                s[1] = Math.min(s[1], w);
            }
        }

        int[] expected = new int[n + 1]; // a difference array: +1 where a span starts, -1 after it ends
        for (int[] s : span.values()) {
            if (s[0] < n && s[0] <= s[1]) {
                expected[s[0]]++;
                expected[(int) Math.min(n, (long) s[1] + 1)]--;
            }
        }
        int[] submitted = new int[n];
        int[] moodSum = new int[n];
        int[] moodCount = new int[n];
        for (WeeklyCheckIn c : checkIns) {
            int[] s = span.get(c.learnerId());
            Integer w = index.get(c.week());
            if (s == null || w == null) {
                continue; // not enrolled any more, or a week outside the chart
            }
            moodSum[w] += c.mood();
            moodCount[w]++;
            if (s[0] <= w && w <= s[1]) {
                submitted[w]++;
            }
        }

        List<WeekRate> rates = new ArrayList<>();
        List<WeekMood> mood = new ArrayList<>();
        int running = 0;
        for (int w = 0; w < n; w++) {
            running += expected[w];
            rates.add(new WeekRate(weeks.get(w), running == 0 ? null : (double) submitted[w] / running, submitted[w],
                    running));
            mood.add(new WeekMood(weeks.get(w), moodCount[w] == 0 ? null : (double) moodSum[w] / moodCount[w],
                    moodCount[w]));
        }
        return new CohortCharts(progress, rates, mood);
    }

    /**
     * The share of the learners expected this week who checked in for it, null when nobody is
     * expected or the week is not charted (before the cohort's start, after its last week).
     */
    public Double thisWeek(LocalDate today) {
        IsoWeek week = IsoWeek.of(today);
        // The week's rate may be null (nobody expected): found first, then read, never mapped to null in a stream.
        return checkInRate.stream().filter(w -> w.week().equals(week)).findFirst().map(WeekRate::rate).orElse(null);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static IsoWeek min(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
