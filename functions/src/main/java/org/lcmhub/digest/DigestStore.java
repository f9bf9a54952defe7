package org.lcmhub.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the daily digest reads and records besides the cohorts, their teams and their learners. */
public interface DigestStore {
    /**
     * What the last digest of a cohort knew: the learners at risk on {@code date}. {@code version}
     * guards the next record against a concurrent run.
     */
    record Sent(LocalDate date, Set<String> learnerIds, long version) {
        public Sent {
            learnerIds = Set.copyOf(learnerIds);
        }
    }

    /** The ids of the cohorts whose end date is {@code today} or later (upcoming ones included). */
    List<String> cohortsEndingOnOrAfter(LocalDate today);

    /** The last digest recorded for the cohort, or null. */
    Sent lastSent(String cohortId);

    /**
     * Records what the cohort's digest now knows, unless another run recorded something since
     * {@code previous} (null: nothing was recorded); returns whether it was recorded.
     */
    boolean record(String cohortId, LocalDate date, Set<String> atRisk, Sent previous);
}
