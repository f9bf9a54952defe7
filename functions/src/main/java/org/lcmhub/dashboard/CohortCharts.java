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
 * up to their last missed week before they were counted out.
 *
 * <p>"Checked in this week" ({@link #thisWeek}) counts each learner in their own week, the one
 * their zone is in now, with the same span: it is the week their My page asks them to check in for
 * and the one {@link LearnerStanding#checkedInThisWeek} is about, so the count is of those flags.
 * On Monday morning the LCM expects the learners whose Monday has come to owe a new check-in
 * (last week's no longer counts for them) and those still on Sunday, behind UTC, not to be counted
 * missing for a week they cannot check in for yet; a calendar week in UTC would do neither for
 * some hours at each turn of the week. The chart's current week shows this same count, so the
 * figure and the chart never disagree; its past weeks are calendar weeks, over for everyone.
 */
public record CohortCharts(List<Progress> progress, List<WeekRate> checkInRate, List<WeekMood> mood,
                           WeekRate thisWeek) {

    /** {@code expected}: what the learner's own plan expects by the end of their last full week (0..100). */
    public record Progress(String learnerId, int week, int progress, long expected) {
    }

    /** {@code rate} is submitted / expected, null when nobody was expected. */
    public record WeekRate(IsoWeek week, Double rate, int submitted, int expected) {
    }

    /** {@code mean} is null for a week without check-ins. */
    public record WeekMood(IsoWeek week, Double mean, int count) {
    }

    /**
     * An enrolled learner: their standing, their own week 1, the plan they follow (as their standing
     * does) and their own day now, in their zone (null: the cohort's).
     */
    public record Enrolled(LearnerStanding standing, LocalDate start, Plan plan, LocalDate day) {
        public Enrolled(LearnerStanding standing, LocalDate start, Plan plan) {
            this(standing, start, plan, null);
        }
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

        WeekRate now = n > 0 && weeks.get(n - 1).equals(IsoWeek.of(today))
                ? ownWeeks(weeks.get(n - 1), first, plan, enrolled, span, today) : null;
        List<WeekRate> rates = new ArrayList<>();
        List<WeekMood> mood = new ArrayList<>();
        int running = 0;
        for (int w = 0; w < n; w++) {
            running += expected[w];
            rates.add(w == n - 1 && now != null ? now
                    : new WeekRate(weeks.get(w), running == 0 ? null : (double) submitted[w] / running, submitted[w], running));
            mood.add(new WeekMood(weeks.get(w), moodCount[w] == 0 ? null : (double) moodSum[w] / moodCount[w],
                    moodCount[w]));
        }
        return new CohortCharts(progress, rates, mood, now);
    }

    /**
     * "Checked in this week", labelled with the cohort's current week: the learners expected in the
     * week their own day is in (from their start, until they finished or were counted out, within
     * the cohort's weeks), and of those the ones whose standing says they checked in for it.
     */
    private static WeekRate ownWeeks(IsoWeek label, LocalDate first, Plan plan, List<Enrolled> enrolled,
                                     Map<String, int[]> span, LocalDate today) {
        int expected = 0;
        int checkedIn = 0;
        for (Enrolled e : enrolled) {
            int[] s = span.get(e.standing().learnerId());
            long own = ChronoUnit.WEEKS.between(first, monday(e.day() == null ? today : e.day()));
            if (own >= 0 && own < plan.weeks() && s[0] <= own && own <= s[1]) {
                expected++;
                checkedIn += e.standing().checkedInThisWeek() ? 1 : 0;
            }
        }
        return new WeekRate(label, expected == 0 ? null : (double) checkedIn / expected, checkedIn, expected);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static IsoWeek min(IsoWeek a, IsoWeek b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
