package org.lcmhub.community;

import java.time.Instant;
import java.util.List;

/**
 * One line of a cohort's moderation log: who on the LCM team did what, when, about which report
 * if any. The log is only ever added to, so the team can rely on it later. {@code byName} is the
 * author's name from their sign-in, as the page header names them (null in entries written before
 * it was kept, or when the directory has none: the address names them then).
 */
public record ModerationEntry(String entryId, String cohortId, String action, String note, String reportId,
                              String bySub, String byEmail, String byName, Instant at) {
    /** What an LCM may log by hand or when handling a report. */
    public static final List<String> ACTIONS = List.of("talked-to", "warned", "removed", "no-action", "other");
    /** What the hub logs itself. */
    public static final String HANDLED = "report-handled";
    public static final String REOPENED = "report-reopened";
    public static final String CONDUCT = "conduct-updated";
    public static final String FAQ_TO_GUIDE = "faq-to-guide";
    public static final int NOTE_MAX = 1000;
}
