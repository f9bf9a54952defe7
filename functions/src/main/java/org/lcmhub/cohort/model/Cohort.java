package org.lcmhub.cohort.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.lcmhub.domain.Language;
import org.lcmhub.risk.RiskPolicy;

/**
 * A cohort of a course path. {@code enrolled} counts seats taken; {@code waitlisted} learners wait
 * for one. {@code lcms} are the sign-in subjects of the cohort's LCM team. {@code riskPolicy} holds
 * the early-warning thresholds its team chose ({@link RiskPolicy#DEFAULTS} until they change them).
 */
public record Cohort(
        String cohortId,
        String pathId,
        String title,
        Language language,
        LocalDate startDate,
        int weeks,
        int seats,
        boolean open,
        int enrolled,
        int waitlisted,
        Set<String> lcms,
        Instant createdAt,
        RiskPolicy riskPolicy) {

    public Cohort {
        lcms = Set.copyOf(lcms);
        riskPolicy = riskPolicy == null ? RiskPolicy.DEFAULTS : riskPolicy;
    }

    /** A cohort with the default early-warning thresholds. */
    public Cohort(String cohortId, String pathId, String title, Language language, LocalDate startDate, int weeks,
                  int seats, boolean open, int enrolled, int waitlisted, Set<String> lcms, Instant createdAt) {
        this(cohortId, pathId, title, language, startDate, weeks, seats, open, enrolled, waitlisted, lcms, createdAt,
                RiskPolicy.DEFAULTS);
    }

    /** The same cohort with other thresholds. */
    public Cohort withRiskPolicy(RiskPolicy policy) {
        return new Cohort(cohortId, pathId, title, language, startDate, weeks, seats, open, enrolled, waitlisted, lcms,
                createdAt, policy);
    }

    public int seatsLeft() {
        return Math.max(0, seats - enrolled);
    }

    public LocalDate endDate() {
        return startDate.plusWeeks(weeks).minusDays(1);
    }

    /**
     * A learner's last day on the path: the cohort's last day, or their personal plan's
     * ({@code personalEnd}, null without one) when it ends later; a plan that ends sooner does not
     * close the cohort's weeks. Check-ins, the early warning and 1:1 series all stop there.
     */
    public LocalDate lastDay(LocalDate personalEnd) {
        return personalEnd != null && personalEnd.isAfter(endDate()) ? personalEnd : endDate();
    }

    /** How far past the cohort's end a personal plan may run: no learner's last day is later. */
    public static final int PLAN_WEEKS_PAST_END_MAX = 52;

    /** The latest last day any learner of this cohort can have ({@link #PLAN_WEEKS_PAST_END_MAX}). */
    public LocalDate latestLastDay() {
        return endDate().plusWeeks(PLAN_WEEKS_PAST_END_MAX);
    }

    public boolean isRunBy(String sub) {
        return sub != null && lcms.contains(sub);
    }
}
