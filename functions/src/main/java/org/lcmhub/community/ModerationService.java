package org.lcmhub.community;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.community.store.ModerationStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;

/**
 * What the hub owns of moderation: a learner's private report to their cohort's LCM team, the
 * team's log of what it did, and the cohort's code of conduct.
 */
public final class ModerationService {
    public static final int CONDUCT_MAX = 5000;
    public static final int LOG_SHOWN = 100;

    private final CohortStore cohorts;
    private final ModerationStore store;
    private final Clock clock;

    public ModerationService(CohortStore cohorts, ModerationStore store, Clock clock) {
        this.cohorts = cohorts;
        this.store = store;
        this.clock = clock;
    }

    /** A report from an enrolled learner to their own cohort's team; {@link ModerationStore.TooMany} past the daily cap. */
    public ProblemReport report(Learner learner, String about, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (about == null || !ProblemReport.ABOUT.contains(about)) {
            errors.put("about", "Choose what it is about: a message, a behaviour or something else.");
        }
        if (text == null) {
            errors.put("text", "Tell the team what happened.");
        } else if (text.length() > ProblemReport.TEXT_MAX) {
            errors.put("text", "At most " + ProblemReport.TEXT_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (learner.status() != LearnerStatus.ENROLLED || learner.cohortId() == null) {
            throw new ModerationStore.NotEnrolled();
        }
        Instant now = clock.instant();
        ProblemReport report = new ProblemReport(CommunityService.newId(clock), learner.cohortId(), learner.learnerId(), learner.name(), about,
                text, "open", now, null, null);
        store.report(report, now.atZone(ZoneOffset.UTC).toLocalDate(), ProblemReport.PER_DAY);
        return report;
    }

    public List<ProblemReport> reports(Caller lcm, String cohortId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        return store.reports(cohortId);
    }

    /**
     * Marks a report handled (with what the team did: talked to, warned, removed…) or open again;
     * either way one line goes into the cohort's log.
     */
    public ProblemReport setStatus(Caller lcm, String cohortId, String reportId, String status, String action, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null || !ProblemReport.STATUSES.contains(status)) {
            errors.put("status", "The status is open or handled.");
        }
        if (action != null && !ModerationEntry.ACTIONS.contains(action)) {
            errors.put("action", "Choose what the team did.");
        }
        checkNote(note, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        cohorts.teamCohort(cohortId, lcm.sub());
        String logged = "open".equals(status) ? ModerationEntry.REOPENED : action == null ? ModerationEntry.HANDLED : action;
        // The outcome the learner reads: what the team chose, never the hub's own "handled" line.
        String outcome = "handled".equals(status) ? action : null;
        return store.setStatus(cohortId, reportId, status, outcome, entry(lcm, cohortId, logged, note, reportId));
    }

    /** The learner's own reports, newest first, with the status the team gave them. */
    public List<ProblemReport> reportsOf(Learner learner) {
        return store.reportsOf(learner.learnerId());
    }

    /** A line the team writes by hand (something seen in the channel, with no report). */
    public ModerationEntry log(Caller lcm, String cohortId, String action, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (action == null || !ModerationEntry.ACTIONS.contains(action)) {
            errors.put("action", "Choose what the team did.");
        }
        if (note == null) {
            errors.put("note", "Say what happened and with whom.");
        }
        checkNote(note, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        cohorts.teamCohort(cohortId, lcm.sub());
        ModerationEntry entry = entry(lcm, cohortId, action, note, null);
        store.log(entry);
        return entry;
    }

    /** Logs something the hub did on the team's behalf (e.g. an FAQ entry turned into a guide draft). */
    public void logDone(Caller lcm, String cohortId, String action, String note) {
        store.log(entry(lcm, cohortId, action, note, null));
    }

    public List<ModerationEntry> log(Caller lcm, String cohortId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        return store.log(cohortId, LOG_SHOWN);
    }

    /** A cohort's code of conduct, for anyone who may sign up to it; {@link CohortStore.NotFound} without such a cohort. */
    public ModerationStore.Conduct publicConduct(String cohortId) {
        if (cohorts.find(cohortId) == null) {
            throw new CohortStore.NotFound(cohortId);
        }
        return store.conduct(cohortId);
    }

    /** The code of conduct of an enrolled learner's cohort, or null. */
    public ModerationStore.Conduct conductOf(String cohortId) {
        return cohortId == null ? null : store.conduct(cohortId);
    }

    public ModerationStore.Conduct setConduct(Caller lcm, String cohortId, String text) {
        if (text == null) {
            throw new InvalidInput(Map.of("text", "Write the code of conduct."));
        }
        if (text.length() > CONDUCT_MAX) {
            throw new InvalidInput(Map.of("text", "At most " + CONDUCT_MAX + " characters."));
        }
        cohorts.teamCohort(cohortId, lcm.sub());
        ModerationEntry entry = entry(lcm, cohortId, ModerationEntry.CONDUCT, null, null);
        store.setConduct(cohortId, text.strip(), entry);
        return new ModerationStore.Conduct(text.strip(), entry.at());
    }

    private static void checkNote(String note, Map<String, String> errors) {
        if (note != null && note.length() > ModerationEntry.NOTE_MAX) {
            errors.put("note", "At most " + ModerationEntry.NOTE_MAX + " characters.");
        }
    }

    private ModerationEntry entry(Caller lcm, String cohortId, String action, String note, String reportId) {
        return new ModerationEntry(CommunityService.newId(clock), cohortId, action, note, reportId, lcm.sub(), lcm.email(),
                lcm.name(), clock.instant());
    }
}
