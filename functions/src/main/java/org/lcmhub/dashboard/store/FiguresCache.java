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
     * and the snapshot stored, if any.
     */
    record State(long revision, Instant touchedAt, Snapshot snapshot) {
    }

    /**
     * The figures (an opaque text), whether the cohort had personal plans or 1:1 reports (a page
     * reads them only then), the revision and time they were computed at, and until when they hold.
     */
    record Snapshot(String figures, boolean plans, long revision, Instant computedAt, Instant validUntil) {
        public boolean servesAt(long currentRevision, Instant now) {
            return revision == currentRevision && now.isBefore(validUntil);
        }
    }

    /** A strongly consistent read of the cohort's figures item. */
    State read(String cohortId);

    /**
     * Stores {@code snapshot} unless the revision moved past {@code snapshot.revision()} meanwhile
     * (then the next view computes again); false when it was not stored.
     */
    boolean store(String cohortId, Snapshot snapshot);
}
