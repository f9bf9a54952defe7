package org.lcmhub.risk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The early-warning rules (docs/architecture.md lists them with their thresholds). Each rule adds
 * a {@link Reason} with the level it alone justifies; the learner's level is the highest of them.
 * All dates are the learner's local dates.
 */
public final class EarlyWarning {
    private EarlyWarning() {
    }

    public static Assessment assess(LearnerHistory h, Plan plan, RiskPolicy policy, LocalDate today) {
        if (today.isBefore(h.start())) {
            return new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(), 0, 0, null);
        }
        int week = (int) (ChronoUnit.DAYS.between(h.start(), today) / 7) + 1;
        List<CheckIn> checkIns = h.checkIns();
        CheckIn latest = checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1);
        int progress = checkIns.stream().mapToInt(CheckIn::progress).max().orElse(0);
        double expected = plan.expectedProgress(week - 1);
        Double pace = expected == 0 ? null : progress / expected;

        boolean finished = checkIns.stream().anyMatch(c -> c.progress() >= 100
                || (c.stepReached() != null && c.stepReached() >= plan.steps()));
        if (finished) {
            return new Assessment(RiskLevel.OK, Outcome.SUCCEEDED, List.of(), week, progress, pace);
        }

        List<Reason> reasons = new ArrayList<>();
        int missed = missedInARow(h, today);
        if (missed >= policy.dropoutSilentWeeks()) {
            reasons.add(new Reason(Reason.SILENT_DROPPED_OUT, RiskLevel.AT_RISK, List.of(missed)));
            return new Assessment(RiskLevel.AT_RISK, Outcome.DROPPED_OUT, reasons, week, progress, pace);
        }
        if (missed >= policy.missedWatch()) {
            reasons.add(new Reason(Reason.MISSED_CHECK_INS,
                    missed >= policy.missedAtRisk() ? RiskLevel.AT_RISK : RiskLevel.WATCH, List.of(missed)));
        }

        long gap = Math.round(expected - progress);
        if (gap >= policy.paceGapWatch()) {
            reasons.add(new Reason(Reason.BEHIND_PLAN,
                    gap >= policy.paceGapAtRisk() ? RiskLevel.AT_RISK : RiskLevel.WATCH,
                    List.of(gap, week - 1, progress, Math.round(expected))));
        }

        mood(checkIns, policy, reasons);

        if (latest != null && latest.needHelp()
                && (h.lastContactOn() == null || h.lastContactOn().isBefore(latest.submittedOn()))) {
            long waiting = Math.max(0, ChronoUnit.DAYS.between(latest.submittedOn(), today));
            reasons.add(new Reason(Reason.HELP_WAITING,
                    waiting >= policy.helpWaitAtRiskDays() ? RiskLevel.AT_RISK : RiskLevel.WATCH, List.of(waiting)));
        }

        LocalDate lastActive = latest == null ? h.start() : latest.submittedOn();
        long idle = ChronoUnit.DAYS.between(lastActive, today);
        if (idle >= policy.inactiveWatchDays()) {
            reasons.add(new Reason(Reason.INACTIVE,
                    idle >= policy.inactiveAtRiskDays() ? RiskLevel.AT_RISK : RiskLevel.WATCH, List.of(idle)));
        }

        RiskLevel level = reasons.stream().map(Reason::level).max(Enum::compareTo).orElse(RiskLevel.OK);
        return new Assessment(level, Outcome.ACTIVE, reasons, week, progress, pace);
    }

    /**
     * Whole ISO weeks, before the current one, without a check-in since the last one (or since
     * the learner's first week). The current week is still open and never counts as missed.
     */
    static int missedInARow(LearnerHistory h, LocalDate today) {
        LocalDate current = monday(today);
        List<CheckIn> checkIns = h.checkIns();
        if (checkIns.isEmpty()) {
            return (int) (ChronoUnit.DAYS.between(monday(h.start()), current) / 7);
        }
        LocalDate last = monday(checkIns.get(checkIns.size() - 1).week());
        return (int) Math.max(0, ChronoUnit.DAYS.between(last, current) / 7 - 1);
    }

    /** Compares the earlier and the later half of the recent check-ins, and the last two alone. */
    private static void mood(List<CheckIn> checkIns, RiskPolicy policy, List<Reason> reasons) {
        List<CheckIn> recent = checkIns.subList(Math.max(0, checkIns.size() - policy.moodWindow()), checkIns.size());
        if (recent.size() >= 2) {
            int half = recent.size() / 2;
            double before = recent.subList(0, half).stream().mapToInt(CheckIn::mood).average().orElse(0);
            double after = recent.subList(recent.size() - half, recent.size()).stream().mapToInt(CheckIn::mood).average().orElse(0);
            if (before - after >= policy.moodDropWatch()) {
                reasons.add(new Reason(Reason.MOOD_FALLING, RiskLevel.WATCH, List.of(before, after)));
            }
            boolean lastTwoLow = recent.subList(recent.size() - 2, recent.size()).stream()
                    .allMatch(c -> c.mood() <= policy.lowMood());
            if (lastTwoLow) {
                reasons.add(new Reason(Reason.MOOD_LOW, RiskLevel.AT_RISK, List.of(policy.lowMood())));
            }
        }
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
