package org.lcmhub.community;

import java.time.Instant;
import java.util.List;

/**
 * One line of a cohort's moderation log: who on the LCM team did what, when, about which report
 * if any. The log is only ever added to, so the team can rely on it later.
 */
public record ModerationEntry(String entryId, String cohortId, String action, String note, String reportId,
                              String bySub, String byEmail, Instant at) {
    /** What an LCM may log by hand or when handling a report. */
    public static final List<String> ACTIONS = List.of("talked-to", "warned", "removed", "no-action", "other");
    /** What the hub logs itself. */
    public static final String HANDLED = "report-handled";
    public static final String REOPENED = "report-reopened";
    public static final String CONDUCT = "conduct-updated";
    public static final String FAQ_TO_GUIDE = "faq-to-guide";
    public static final int NOTE_MAX = 1000;
}
