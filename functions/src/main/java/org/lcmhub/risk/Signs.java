package org.lcmhub.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The signs that come before silence, measured on one learner at one moment, each against the
 * learner's own earlier weeks where it can be: the last two check-ins ("recent") against the ones
 * before them ("usual"). A sign with nothing to compare (fewer than three check-ins) reads "as
 * usual". {@link RiskModel} turns them into a score.
 *
 * @param usualMood mean mood of the earlier check-ins (null with fewer than three check-ins)
 * @param recentMood the better mood of the last two check-ins (null with none)
 * @param usualHours mean hours a week of the earlier check-ins (null as for the mood)
 * @param recentHours the more hours of the last two check-ins (null with none)
 * @param usualPace points of progress a week up to the earlier check-ins (null as for the mood)
 * @param recentPace points of progress a week over the last two check-ins (null as for the mood)
 * @param gap points the learner's best progress is behind what their plan expects by the end of
 *            the week of their last check-in (negative: ahead; 0 before any check-in
 *            and while the learner's first week runs)
 * @param week the learner's own week of their last check-in (0: none yet)
 * @param skipped weeks without a check-in among the last {@link #WINDOW} full weeks, not counting
 *                the current run of silence (weeks the learner came back from)
 * @param silentWeeks full weeks without a check-in since the last one (or since the start)
 * @param helpWaitingDays days since a help request no contact followed (null: none waiting)
 * @param lastHours hours of the last check-in (null with none)
 * @param priorHours mean hours of the check-ins before the last one (null with fewer than two)
 * @param lastGain points of progress a week up to the last check-in since the one before (since
 *                 the start for a first check-in; null with none, and while the learner's first week runs)
 * @param planPace points of progress a week the plan expects
 * @param bestRecentGain the better of the last two check-ins' points of progress a week, each since
 *                       the check-in before it (since the start for a first one; null with fewer than two)
 */
public record Signs(Double usualMood, Double recentMood, Double usualHours, Double recentHours,
                    Double usualPace, Double recentPace, double gap, int week, int progress, double expected,
                    int skipped, int silentWeeks, Integer helpWaitingDays,
                    Double lastHours, Double priorHours, Double lastGain, double planPace, Double bestRecentGain) {

    /** How many recent full weeks a skipped check-in is looked for in. */
    public static final int WINDOW = 4;

    /**
     * @param week the learner's own current week (1-based): in week 1 no progress sign is read
     * @param missed full weeks without a check-in since the last one, as {@link EarlyWarning} counts them
     */
    static Signs of(LearnerHistory h, Plan plan, LocalDate today, int week, int missed) {
        List<CheckIn> all = h.checkIns();
        int n = all.size();
        // Pace is points a week: while the learner's first week is still running (today in it, on
        // their own local date, however early their zone reaches it), none of their weeks is over,
        // and progress since the start is over days, which the plan's weekly share says nothing about.
        boolean paced = week > 1;
        int best = all.stream().mapToInt(CheckIn::progress).max().orElse(0);
        // Against the plan as of the last check-in: a silence after it is silentNow's to tell.
        int planWeek = n == 0 ? 0 : (int) weekOf(h, all.get(n - 1).week());
        double expected = plan.expectedProgress(planWeek);
        List<CheckIn> recent = all.subList(Math.max(0, n - 2), n);
        List<CheckIn> usual = all.subList(0, Math.max(0, n - 2));
        // The better of the last two weeks: one bad week happens to everyone, two in a row is a trend.
        Double recentMood = recent.isEmpty() ? null : (double) recent.stream().mapToInt(CheckIn::mood).max().orElseThrow();
        Double usualMood = null, usualHours = null, recentHours = null, usualPace = null, recentPace = null;
        if (!recent.isEmpty()) {
            recentHours = recent.stream().mapToDouble(CheckIn::hoursSpent).max().orElseThrow();
        }
        if (!usual.isEmpty()) {
            usualMood = usual.stream().mapToInt(CheckIn::mood).average().orElseThrow();
            usualHours = usual.stream().mapToDouble(CheckIn::hoursSpent).average().orElseThrow();
            CheckIn lastUsual = usual.get(usual.size() - 1);
            CheckIn last = recent.get(recent.size() - 1);
            if (paced) {
                usualPace = bestUpTo(usual) / weekOf(h, lastUsual.week());
                recentPace = Math.max(0, last.progress() - bestUpTo(usual)) / weeksBetween(lastUsual.week(), last.week());
            }
        }
        CheckIn latest = n == 0 ? null : all.get(n - 1);
        Integer helpWaiting = null;
        if (latest != null && latest.needHelp() && !Contacts.answers(h.lastContactOn(), latest.sentOn())) {
            helpWaiting = (int) Math.max(0, ChronoUnit.DAYS.between(latest.sentOn(), today));
        }
        // The last week alone, against all the weeks before it: an abrupt leaver's one bad week
        // before quitting is hidden by the better-of-two-weeks signs above.
        Double lastHours = latest == null ? null : latest.hoursSpent();
        Double priorHours = null;
        Double lastGain = n == 0 || !paced ? null : gain(h, all, n - 1);
        Double bestRecentGain = null;
        if (n >= 2) {
            priorHours = all.subList(0, n - 1).stream().mapToDouble(CheckIn::hoursSpent).average().orElseThrow();
            // Two slow weeks in a row: the better of the two, so one bad week alone does not count.
            bestRecentGain = paced ? Math.max(lastGain, gain(h, all, n - 2)) : null;
        }
        return new Signs(usualMood, recentMood, usualHours, recentHours, usualPace, recentPace,
                n == 0 || !paced ? 0 : expected - best, planWeek, best, expected, skipped(h, today, missed), missed, helpWaiting,
                lastHours, priorHours, lastGain, 100.0 / plan.weeks(), bestRecentGain);
    }

    /**
     * Points of progress a week up to check-in {@code i} since the one before it, or since the
     * start (over its own week number) for the first one.
     */
    private static double gain(LearnerHistory h, List<CheckIn> all, int i) {
        CheckIn c = all.get(i);
        if (i == 0) {
            double weeks = weekOf(h, c.week());
            return c.progress() / Math.max(1, weeks);
        }
        List<CheckIn> prior = all.subList(0, i);
        return Math.max(0, c.progress() - bestUpTo(prior)) / weeksBetween(prior.get(i - 1).week(), c.week());
    }

    /**
     * Missed weeks among the last WINDOW full weeks from the learner's first, before the current
     * silence (weeks after the last one a check-in can be sent for are not missed).
     */
    private static int skipped(LearnerHistory h, LocalDate today, int missed) {
        Set<LocalDate> weeks = new HashSet<>();
        h.checkIns().forEach(c -> weeks.add(EarlyWarning.monday(c.week())));
        LocalDate first = EarlyWarning.monday(h.start());
        LocalDate lastFull = EarlyWarning.counted(h, today).minusWeeks(1);
        int count = 0;
        for (int i = missed; i < WINDOW; i++) {
            LocalDate w = lastFull.minusWeeks(i);
            if (!w.isBefore(first) && !weeks.contains(w)) {
                count++;
            }
        }
        return count;
    }

    private static double bestUpTo(List<CheckIn> checkIns) {
        return checkIns.stream().mapToInt(CheckIn::progress).max().orElse(0);
    }

    private static double weeksBetween(LocalDate from, LocalDate to) {
        return Math.max(1, EarlyWarning.weeks(from, to));
    }

    /** The learner's own week (1-based) that {@code date} falls in, counted in ISO weeks from their start's. */
    private static long weekOf(LearnerHistory h, LocalDate date) {
        return EarlyWarning.weeks(h.start(), date) + 1;
    }
}
