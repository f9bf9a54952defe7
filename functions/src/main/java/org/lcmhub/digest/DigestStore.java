package org.lcmhub.digest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the daily digest reads and records besides the cohorts, their teams and their learners. */
public interface DigestStore {
    /**
     * What the last digest of a cohort knew on {@code date}: {@code learnerIds}, every learner it
     * listed; {@code silentIds}, those of them silent now (null for a record from before the lists
     * were kept apart: then every one counts as known in both); {@code helpIds}, those who asked for
     * help and were not contacted since (null for a record from before they were listed: none).
     * {@code version} guards the next record against a concurrent run.
     */
    record Sent(LocalDate date, Set<String> learnerIds, Set<String> silentIds, Set<String> helpIds, long version) {
        public Sent {
            learnerIds = Set.copyOf(learnerIds);
            silentIds = silentIds == null ? null : Set.copyOf(silentIds);
            helpIds = helpIds == null ? Set.of() : Set.copyOf(helpIds);
        }

        public Sent(LocalDate date, Set<String> learnerIds, Set<String> silentIds, long version) {
            this(date, learnerIds, silentIds, null, version);
        }

        /** The learners the digest knew as silent now. */
        public Set<String> silent() {
            return silentIds == null ? learnerIds : silentIds;
        }

        /** The learners the digest knew as likely to drop out (at risk, neither silent nor waiting for help). */
        public Set<String> likely() {
            if (silentIds == null) {
                return learnerIds;
            }
            Set<String> likely = new HashSet<>(learnerIds);
            likely.removeAll(silentIds);
            likely.removeAll(helpIds);
            return likely;
        }
    }

    /**
     * The ids of the cohorts whose end date, or a learner's personal plan's, is {@code from} or
     * later (upcoming ones included), each once.
     */
    List<String> cohortsEndingOnOrAfter(LocalDate from);

    /** The last digest recorded for the cohort, or null. */
    Sent lastSent(String cohortId);

    /**
     * Records what the cohort's digest now knows ({@code learnerIds}: every learner listed;
     * {@code silentIds}: those silent now; {@code helpIds}: those waiting for a contact since they
     * asked for help), unless another run recorded something since {@code previous} (null: nothing
     * was recorded); returns whether it was recorded.
     */
    boolean record(String cohortId, LocalDate date, Set<String> learnerIds, Set<String> silentIds, Set<String> helpIds,
                   Sent previous);

    /** Up to when the LCMs were told of the guides suggested from the site, or null (never). */
    default java.time.Instant suggestionsToldUntil() {
        return null;
    }

    /** They were told of the suggestions up to {@code until}: the next digest counts those after it. */
    default void suggestionsTold(java.time.Instant until) {
    }
}
