package org.lcmhub.community.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lcmhub.community.ModerationEntry;
import org.lcmhub.community.ProblemReport;

/** Problem reports, the moderation log and the code of conduct of a cohort. */
public interface ModerationStore {
    /**
     * Stores a report if the learner is still enrolled in that cohort and has sent fewer than
     * {@code perDay} on {@code day}; {@link TooMany} past the cap, {@link NotEnrolled} otherwise.
     */
    void report(ProblemReport report, LocalDate day, int perDay);

    /** The cohort's reports, newest first. */
    List<ProblemReport> reports(String cohortId);

    /** One learner's reports (in their partition), newest first. */
    List<ProblemReport> reportsOf(String learnerId);

    /**
     * Sets a report's status and {@code outcome} (what the team chose, as the learner reads it; null:
     * none, always when open again) and logs what the team did, in one write with the writer's team
     * check; {@link ChannelStore.NotOnTeam}, {@link ChannelStore.NotFound}. Returns the report as it now is.
     */
    ProblemReport setStatus(String cohortId, String reportId, String status, String outcome, ModerationEntry entry);

    /** Adds a line to the log with the writer's team check ({@link ChannelStore.NotOnTeam}). */
    void log(ModerationEntry entry);

    /** The cohort's log, newest first, at most {@code limit} lines. */
    List<ModerationEntry> log(String cohortId, int limit);

    /** Sets the code of conduct and logs it, with the writer's team check. */
    void setConduct(String cohortId, String text, ModerationEntry entry);

    /** The cohort's code of conduct, or null when it has none. */
    Conduct conduct(String cohortId);

    record Conduct(String text, Instant updatedAt) {
    }

    final class TooMany extends RuntimeException {
        public TooMany() {
            super("Too many reports today");
        }
    }

    final class NotEnrolled extends RuntimeException {
        public NotEnrolled() {
            super("Not enrolled in the cohort");
        }
    }
}
