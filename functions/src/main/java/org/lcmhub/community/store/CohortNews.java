package org.lcmhub.community.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scheduled run tells a cohort's channels about, read from other features' records
 * without importing them: newcomers (and whether each agreed to be named), the daily digest's
 * learners, ended pairs; and what the team's channel was last told.
 */
public interface CohortNews {
    /** An enrolled learner who signed up on or after the given time, with their first name and consent. */
    record Newcomer(String learnerId, String firstName, boolean shareName) {
    }

    List<Newcomer> newcomers(String cohortId, Instant since);

    /** Whether the learner agreed to be named in the cohort's channels (false when never asked). */
    boolean sharesName(String learnerId);

    /** Records the learner's choice; the profile must exist. */
    void setShareName(String learnerId, boolean share);

    /** The cohort's last daily digest: its date and the learners at risk or silent then; null when none yet. */
    record Digest(String date, Set<String> learnerIds) {
    }

    Digest lastDigest(String cohortId);

    /** What the team's channel was last told from the digest, with the version read; null when nothing yet. */
    record Watch(String date, Set<String> learnerIds, long version) {
    }

    Watch watched(String cohortId);

    /** Records what the channel was told, on the version read (false when another run recorded first). */
    boolean watch(String cohortId, Watch previous, String date, Set<String> learnerIds);

    /** A mentoring pair that ended on or after the given time; {@code by} is who ended it (mentor, learner, lcm). */
    record EndedPair(String learnerId, String mentorId, String by, Instant at) {
    }

    List<EndedPair> pairsEnded(String cohortId, Instant since);

    /** First names of learners by id (those not found are left out). */
    Map<String, String> firstNames(Collection<String> learnerIds);
}
