package org.lcmhub.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Outcome;

/**
 * The figures at the top of an LCM's dashboard, the ones training teams compare with and without
 * an LCM: dropout and success rates first. Rates are fractions (0..1); null when there is nobody
 * to divide by.
 *
 * @param enrolled learners holding a seat in the cohort
 * @param active learners still following the path (neither dropped out nor finished)
 * @param droppedOut learners silent long enough to count as dropped out
 * @param succeeded learners who reached the last step
 * @param dropoutRate droppedOut / enrolled
 * @param successRate succeeded / enrolled
 * @param checkInRateThisWeek checkedInThisWeek / expectedThisWeek, null when nobody is expected
 * @param checkedInThisWeek learners expected this week who checked in for it, each in their own week
 * @param expectedThisWeek learners expected to check in this week: both counts are
 *                         {@link CohortCharts#thisWeek}, also the chart's current week
 * @param averagePace mean progress over plan of the active learners who have a plan to meet yet
 * @param atRisk learners flagged watch or at-risk or silent now, most urgent first
 */
public record CohortKpis(int enrolled, int active, int droppedOut, int succeeded, Double dropoutRate,
                         Double successRate, Double checkInRateThisWeek, int checkedInThisWeek,
                         int expectedThisWeek, Double averagePace, List<LearnerStanding> atRisk) {

    /**
     * Most urgent first, but those the team was in touch with since they fell silent after those
     * still to contact: they stay on the list (silent until they check in), no longer first.
     */
    public static final Comparator<LearnerStanding> CONTACT_FIRST = Comparator
            .comparing(LearnerStanding::contacted)
            .thenComparing(Comparator.comparingInt((LearnerStanding l) -> l.assessment().urgency()).reversed())
            .thenComparing(LearnerStanding::name, String.CASE_INSENSITIVE_ORDER);

    /** {@code thisWeek}: the charts' "checked in this week" ({@link CohortCharts#thisWeek}), null when no week runs. */
    public static CohortKpis of(List<LearnerStanding> learners, CohortCharts.WeekRate thisWeek) {
        int enrolled = learners.size();
        List<LearnerStanding> active = learners.stream()
                .filter(l -> l.assessment().outcome() == Outcome.ACTIVE).toList();
        int dropped = count(learners, Outcome.DROPPED_OUT);
        int succeeded = count(learners, Outcome.SUCCEEDED);
        double[] paces = active.stream().map(l -> l.assessment().pace()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray();
        List<LearnerStanding> atRisk = learners.stream()
                .filter(l -> l.assessment().listed())
                .sorted(CONTACT_FIRST)
                .toList();
        return new CohortKpis(enrolled, active.size(), dropped, succeeded,
                ratio(dropped, enrolled), ratio(succeeded, enrolled), thisWeek == null ? null : thisWeek.rate(),
                thisWeek == null ? 0 : thisWeek.submitted(), thisWeek == null ? 0 : thisWeek.expected(),
                paces.length == 0 ? null : java.util.Arrays.stream(paces).average().orElseThrow(), atRisk);
    }

    private static int count(List<LearnerStanding> learners, Outcome outcome) {
        return (int) learners.stream().filter(l -> l.assessment().outcome() == outcome).count();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
