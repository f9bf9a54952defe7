package org.lcmhub.risk;

import java.util.List;

/**
 * The verdict on one learner: two signals kept apart. {@code silentNow}: last week's check-in is
 * overdue, so the team should get in touch today. {@code level} and {@code score}: how likely the
 * learner is to drop out, from the signs that come before silence (null score when nothing is left
 * to predict: not started, finished, dropped out). {@code week} is the learner's own week (1 = their
 * first, 0 = not started); {@code pace} their progress over what the plan expects by now (1.0 = on
 * plan, null before anything is expected).
 */
public record Assessment(RiskLevel level, Outcome outcome, List<Reason> reasons, int week,
                         int progress, Double pace, boolean silentNow, Double score) {
    public Assessment {
        reasons = List.copyOf(reasons);
    }

    /** A verdict without the silence flag or a score (as built before there was a model). */
    public Assessment(RiskLevel level, Outcome outcome, List<Reason> reasons, int week, int progress, Double pace) {
        this(level, outcome, reasons, week, progress, pace, false, null);
    }

    /** Larger is more urgent: the level first, then silence now, then the score and the reasons. */
    public int urgency() {
        int score = level.ordinal() * 1000 + (silentNow ? 500 : 0);
        if (this.score != null) {
            score += (int) Math.round(this.score * 100);
        }
        for (Reason r : reasons) {
            score += 10 * (r.level().ordinal() + 1);
        }
        return score;
    }

    /**
     * Whether the learner belongs on the dashboard's list: flagged by the score, or someone to get
     * in touch with today (silent now, or a help request waiting for a contact).
     */
    public boolean listed() {
        return level != RiskLevel.OK || silentNow || helpWaiting();
    }

    /**
     * Silent now as the team is told it (the dashboard's list, the digest, a person's CSV): one still
     * taking part whose last week's check-in is missing. One counted out is silent too, but is shown
     * apart as dropped out, not as someone to get in touch with today.
     */
    public boolean silentToContact() {
        return outcome == Outcome.ACTIVE && silentNow;
    }

    /**
     * Asked for help and not contacted since, with nothing more urgent said of them: the dashboard's
     * list "asked for help: get in touch" (its {@code help} status), which the digest tells too.
     */
    public boolean helpToContact() {
        return "help".equals(status());
    }

    private boolean helpWaiting() {
        return reasons.stream().anyMatch(r -> r.code().equals(Reason.HELP_WAITING));
    }

    /**
     * The one word every page, the CSV and the mentor's card show for this verdict, so that none
     * of them says "no warning sign" beside a reason: counted out or finished first, then silent
     * now, then the level, then a help request waiting, then any other reason below the watch
     * level ({@code signs}); {@code ok} only with no reason at all.
     */
    public String status() {
        if (outcome != Outcome.ACTIVE) {
            return outcome.wire();
        }
        if (silentToContact()) {
            return "silent";
        }
        if (level != RiskLevel.OK) {
            return level.wire();
        }
        if (helpWaiting()) {
            return "help";
        }
        return reasons.isEmpty() ? "ok" : "signs";
    }
}
