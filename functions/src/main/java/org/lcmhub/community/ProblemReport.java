package org.lcmhub.community;

import java.time.Instant;
import java.util.List;

/**
 * A learner's private report of a problem to their cohort's LCM team: what it is about, their
 * words, and whether the team has handled it and with what outcome ({@code action}, one of
 * {@link ModerationEntry#ACTIONS}, null when none was chosen or the report is open). Kept in the
 * learner's partition (their export and erasure find it, and they read its status); the team reads
 * it by cohort.
 */
public record ProblemReport(String reportId, String cohortId, String learnerId, String learnerName, String about,
                            String text, String status, Instant createdAt, Instant handledAt, String action) {
    /** What a report may be about: a message in a channel, someone's behaviour, anything else. */
    public static final List<String> ABOUT = List.of("message", "behaviour", "other");
    public static final List<String> STATUSES = List.of("open", "handled");
    public static final int TEXT_MAX = 2000;
    /** Reports a learner may send a day: enough for a real problem, too few to flood the team. */
    public static final int PER_DAY = 3;
}
