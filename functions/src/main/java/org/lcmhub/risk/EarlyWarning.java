package org.lcmhub.risk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on one learner (docs/early-warning.md): whether last week's check-in is overdue
 * ({@code silentNow}), and how likely the learner is to drop out ({@link RiskModel}'s score on the
 * {@link Signs}, turned into a level by the cohort's {@link RiskPolicy}), with the reasons. All
 * dates are the learner's local dates.
 */
public final class EarlyWarning {
    private EarlyWarning() {
    }

    /**
     * A verdict with the model's signs it was scored on, before their caps and bends (null for a
     * learner who is not following the path: not started, finished, or dropped out); the bench
     * fits on these, and scores earlier models on them, from the same reading of the history.
     */
    public record Judgement(Assessment assessment, double[] signs) {
        private Judgement(Assessment assessment) {
            this(assessment, null);
        }
    }

    public static Assessment assess(LearnerHistory h, Plan cohortPlan, RiskPolicy policy, LocalDate today) {
        return judge(h, cohortPlan, policy, today).assessment();
    }

    public static Judgement judge(LearnerHistory h, Plan cohortPlan, RiskPolicy policy, LocalDate today) {
        if (today.isBefore(h.start())) {
            return new Judgement(new Assessment(RiskLevel.OK, Outcome.ACTIVE, List.of(), 0, 0, null));
        }
        Plan plan = h.personalPlan() == null ? cohortPlan : h.personalPlan();
        // One count of the learner's weeks for the verdict, silence and the signs: ISO weeks from their start's.
        int week = (int) weeks(h.start(), today) + 1;
        List<CheckIn> checkIns = h.checkIns();
        int progress = checkIns.stream().mapToInt(CheckIn::progress).max().orElse(0);
        double expected = plan.expectedProgress(week - 1);
        Double pace = expected == 0 ? null : progress / expected;

        boolean finished = checkIns.stream().anyMatch(c -> c.progress() >= 100
                || (c.stepReached() != null && c.stepReached() >= plan.steps()));
        if (finished) {
            return new Judgement(new Assessment(RiskLevel.OK, Outcome.SUCCEEDED, List.of(), week, progress, pace));
        }

        int missed = missedInARow(h, today);
        boolean silentNow = silentNow(h, plan, today);
        if (missed >= policy.dropoutSilentWeeks()) {
            // Still silent now: the verdict says the week's check-in is missing, whoever reads it. The
            // dashboard shows them apart as counted out and the digest leaves them out, so the team is
            // not told about them again every day until the cohort ends.
            return new Judgement(new Assessment(RiskLevel.AT_RISK, Outcome.DROPPED_OUT,
                    List.of(new Reason(Reason.SILENT_DROPPED_OUT, RiskLevel.AT_RISK, List.of(missed))),
                    week, progress, pace, silentNow, null));
        }
        Signs signs = Signs.of(h, plan, today, week, missed);
        double[] raw = RiskModel.signs(signs, plan);
        double[] x = RiskModel.shaped(raw);
        double score = RiskModel.score(x);
        RiskLevel level = policy.level(score);
        List<Reason> reasons = new ArrayList<>();
        if (missed >= 1) {
            reasons.add(new Reason(Reason.MISSED_CHECK_INS, missed >= 2 ? RiskLevel.AT_RISK : RiskLevel.WATCH,
                    List.of(missed)));
        }
        reasons.addAll(RiskModel.reasons(signs, x, policy));
        // A help request nobody answered is the team's to act on whatever the score says.
        if (signs.helpWaitingDays() != null && reasons.stream().noneMatch(r -> r.code().equals(Reason.HELP_WAITING))) {
            reasons.add(new Reason(Reason.HELP_WAITING, RiskLevel.WATCH, List.of(signs.helpWaitingDays())));
        }
        return new Judgement(new Assessment(level, Outcome.ACTIVE, reasons, week, progress, pace, silentNow, score), raw);
    }

    /**
     * Whether the check-in of the last full ISO week is missing and none came since: its deadline
     * (the end of Sunday) has passed, so the team should get in touch. Only weeks of the learner's
     * plan that a check-in can still be sent for count; a learner who already checked in this week
     * is not silent.
     */
    static boolean silentNow(LearnerHistory h, Plan plan, LocalDate today) {
        LocalDate lastFull = monday(today).minusWeeks(1);
        LocalDate first = monday(h.start());
        if (lastFull.isBefore(first) || !lastFull.isBefore(first.plusWeeks(plan.weeks()))
                || !lastFull.isBefore(counted(h, today))) {
            return false;
        }
        return missedInARow(h, today) >= 1;
    }

    /**
     * The Monday of the week silence is counted up to (that week excluded): the current week's,
     * or, once the weeks a check-in can be sent for are over, the one after the last of them, so a
     * learner is not counted silent, nor out, for weeks they could not check in for.
     */
    static LocalDate counted(LearnerHistory h, LocalDate today) {
        LocalDate current = monday(today);
        if (h.checkInsUntil() == null) {
            return current;
        }
        LocalDate afterTheLast = monday(h.checkInsUntil()).plusWeeks(1);
        return current.isAfter(afterTheLast) ? afterTheLast : current;
    }

    /**
     * Whole ISO weeks, before the current one, without a check-in since the last one (or since
     * the learner's first week), among the weeks a check-in can be sent for. The current week is
     * still open and never counts as missed.
     */
    static int missedInARow(LearnerHistory h, LocalDate today) {
        LocalDate current = counted(h, today);
        List<CheckIn> checkIns = h.checkIns();
        if (checkIns.isEmpty()) {
            return (int) weeks(h.start(), current);
        }
        return (int) Math.max(0, weeks(checkIns.get(checkIns.size() - 1).week(), current) - 1);
    }

    /** Whole weeks from the Monday of {@code from}'s week to the Monday of {@code to}'s. */
    public static long weeks(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(monday(from), monday(to)) / 7;
    }

    /** The Monday of {@code date}'s week, where a learner's week begins. */
    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
