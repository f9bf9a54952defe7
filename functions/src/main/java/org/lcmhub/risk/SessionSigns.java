package org.lcmhub.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 1:1s the learner missed or called off, over the last {@link #WEEKS} weeks, as reasons added to an
 * assessment. A learner who stops coming to their 1:1s is often about to stop altogether, and the
 * check-ins may not show it yet: one no-show is worth a look, two call for a contact; cancellations
 * count from the second (anyone may have one week that does not fit).
 */
public final class SessionSigns {
    /** How far back reports count. */
    public static final int WEEKS = 6;

    private SessionSigns() {
    }

    /** {@code a} with the session reasons added (and its level raised to theirs); unchanged unless the learner is active. */
    public static Assessment apply(Assessment a, List<SessionOutcome> sessions, LocalDate today) {
        if (a.outcome() != Outcome.ACTIVE || sessions.isEmpty()) {
            return a;
        }
        LocalDate since = today.minusWeeks(WEEKS);
        long noShows = count(sessions, since, today, SessionOutcome.Kind.NO_SHOW);
        long cancelled = count(sessions, since, today, SessionOutcome.Kind.LEARNER_CANCELLED_LATE)
                + count(sessions, since, today, SessionOutcome.Kind.LEARNER_CANCELLED_EARLY);
        List<Reason> added = new ArrayList<>();
        if (noShows >= 1) {
            added.add(new Reason(Reason.MISSED_ONE_TO_ONES, noShows >= 2 ? RiskLevel.AT_RISK : RiskLevel.WATCH,
                    List.of(noShows, WEEKS)));
        }
        if (cancelled >= 2) {
            added.add(new Reason(Reason.CANCELLED_ONE_TO_ONES, cancelled >= 3 ? RiskLevel.AT_RISK : RiskLevel.WATCH,
                    List.of(cancelled, WEEKS)));
        }
        if (added.isEmpty()) {
            return a;
        }
        RiskLevel level = a.level();
        for (Reason r : added) {
            level = r.level().compareTo(level) > 0 ? r.level() : level;
        }
        List<Reason> reasons = new ArrayList<>(a.reasons());
        reasons.addAll(added);
        return new Assessment(level, a.outcome(), reasons, a.week(), a.progress(), a.pace(), a.silentNow(), a.score());
    }

    private static long count(List<SessionOutcome> sessions, LocalDate since, LocalDate today, SessionOutcome.Kind kind) {
        return sessions.stream().filter(s -> s.kind() == kind && s.date().isAfter(since) && !s.date().isAfter(today))
                .count();
    }
}
