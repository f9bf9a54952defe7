package org.lcmhub.dashboard.store;

import java.time.Instant;

/**
 * A cohort's dashboard figures as computed at one revision of the cohort (see
 * {@code store/Standings.touch}): every check-in, contact note, sign-up and withdrawal adds one
 * to the revision in its own transaction, so a snapshot taken at the current revision is what a
 * full read would compute now, until {@code validUntil} (the verdicts move with the clock).
 */
public interface FiguresCache {
    /**
     * The cohort's revision now (0 before any counted write), when it last moved (null: never),
     * the snapshot stored, if any, the learners changed since it (added by the writes themselves),
     * and the parts its model is stored in (0: none).
     */
    record State(long revision, Instant touchedAt, Snapshot snapshot, java.util.Set<String> dirty, int modelParts) {
        public State(long revision, Instant touchedAt, Snapshot snapshot) {
            this(revision, touchedAt, snapshot, java.util.Set.of(), 0);
        }
    }

    /**
     * The figures (an opaque text), whether the cohort had personal plans or 1:1 reports (a page
     * reads them only then), the revision and time they were computed at, until when they hold,
     * and the cohort's early-warning thresholds they were judged by (an opaque text).
     */
    record Snapshot(String figures, boolean plans, long revision, Instant computedAt, Instant validUntil,
                    String policy) {
        /**
         * Whether it is what a full read would compute now: the same revision, in time, and judged
         * by the cohort's thresholds as they are ({@code currentPolicy}). Thresholds move no revision:
         * without this, the lists of the snapshot would keep the old verdicts beside a page of
         * learners judged by the new ones (one learner, two verdicts in one answer). A snapshot
         * stored before it kept its thresholds (null) serves no more.
         */
        public boolean servesAt(long currentRevision, String currentPolicy, Instant now) {
            return revision == currentRevision && policy != null && policy.equals(currentPolicy)
                    && now.isBefore(validUntil);
        }
    }

    /** A strongly consistent read of the cohort's figures item. */
    State read(String cohortId);

    /** The model the snapshot was computed from (an opaque text), as stored with it; null if none. */
    String model(String cohortId, int parts);

    /**
     * Stores {@code snapshot} and the {@code model} it was computed from (null: the model stored
     * is still it, and is not written again), and takes {@code settled} (the learners read again
     * for it) off the changed learners, unless the revision moved past {@code snapshot.revision()}
     * meanwhile; false when nothing was stored.
     */
    boolean store(String cohortId, Snapshot snapshot, String model, java.util.Set<String> settled);
}
