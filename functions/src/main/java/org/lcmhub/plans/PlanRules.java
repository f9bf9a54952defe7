package org.lcmhub.plans;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Slug;

/**
 * What a plan and a session report must be, with one message per offending field (an objective's
 * fields are named {@code objectives[i].description} and so on; a report's plan change
 * {@code planChange.…}). Text refuses control characters: it is shown on pages and in mails.
 */
public final class PlanRules {
    public static final int OBJECTIVES_MAX = 12;
    public static final int DESCRIPTION_MAX = 300;
    public static final int NOTES_MAX = 2000;
    public static final int RESOURCES_MAX = 10;
    public static final int HOURS_MAX = 80;
    /** How far past the cohort's end a personal plan may run. */
    public static final int WEEKS_PAST_END_MAX = org.lcmhub.cohort.model.Cohort.PLAN_WEEKS_PAST_END_MAX;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PlanRules() {
    }

    /** The checked content of a plan: objectives, hours a week and end date. */
    public record Content(List<Objective> objectives, int weeklyHours, LocalDate endDate) {
    }

    /**
     * Where the learner stands when a plan is checked: the day they started, the cohort's end, the
     * end date of their current plan and today on the learner's clock.
     */
    public record Frame(LocalDate start, LocalDate cohortEnd, LocalDate currentEnd, LocalDate today) {
        /**
         * The earliest end a plan may be moved to: the last day of the learner's current week (their
         * weeks are ISO weeks), so that the plan never expects the learner to be done already, and no
         * earlier than a week after their start. An end kept as it was stays allowed (a plan that ran
         * out may still have its objectives marked).
         */
        public LocalDate earliestNewEnd() {
            LocalDate sunday = today.with(java.time.temporal.ChronoField.DAY_OF_WEEK, 7);
            LocalDate weekAfterStart = start.plusWeeks(1);
            return sunday.isBefore(weekAfterStart) ? weekAfterStart : sunday;
        }
    }

    /** Why {@code endDate} is refused when it comes before the learner's current week is over (the page's words). */
    public static final String BEFORE_THIS_WEEK = "before-this-week";
    /** Why a report's date is refused: after its author's today (params' {@code latestDate}). */
    public static final String AFTER_TODAY = "after-today";
    /**
     * Why a report's notes are refused when missing: a 1:1 that took place is reported by what was
     * said in it (a report without them would stand in for the 1:1 on the learner's page with
     * nothing to read); a 1:1 that did not take place needs none, its outcome says it all.
     */
    public static final String REQUIRED = "required";

    /** The checked report, its plan change (null: none) and resources. */
    public record CheckedReport(LocalDate date, SessionReport.Outcome outcome, String notes, Content planChange,
                                List<SessionReport.Resource> resources, LocalDate nextSession) {
    }

    /**
     * A plan for a learner in {@code frame}: the end no earlier than a week after their start, nor
     * (when it moves) than the end of their current week, and at most {@link #WEEKS_PAST_END_MAX}
     * weeks past the cohort's end.
     */
    public static Content checkPlan(PlanInput in, Frame frame) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        Content c = plan(in, frame, "", errors, params);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, params);
        }
        return c;
    }

    /**
     * A report on a 1:1 of a learner in {@code frame}; {@code today}: the latest day a 1:1 may have
     * been, the author's today on their own clock, as a session note's. A later date is refused with
     * params naming that day ({@code "date": "after-today", "latestDate"}), which the author's browser
     * may not know: its zone need not be the one they saved. {@code replaces}, when given, is the id
     * of the report this one corrects, checked for its form only (the store checks it names one).
     */
    public static CheckedReport checkReport(ReportInput in, String replaces, Frame frame, int steps, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        LocalDate date = date(in.date());
        if (date == null) {
            errors.put("date", "Give the date of the 1:1 as yyyy-MM-dd.");
        } else if (date.isAfter(today)) {
            errors.put("date", "A report is about a 1:1 that was due: " + today + " at the latest.");
            params.put("date", AFTER_TODAY);
            params.put("latestDate", today.toString());
        }
        SessionReport.Outcome outcome = SessionReport.Outcome.of(in.outcome());
        if (outcome == null) {
            errors.put("outcome", "Say how the 1:1 went: held, cancelled-by-learner-early, "
                    + "cancelled-by-learner-late, no-show or cancelled-by-mentor.");
        }
        String notes = in.notes() == null ? "" : in.notes().strip();
        if (notes.length() > NOTES_MAX || hasControl(notes, true)) {
            errors.put("notes", "Notes are at most " + NOTES_MAX + " characters, without control characters.");
        } else if (notes.isEmpty() && outcome == SessionReport.Outcome.HELD) {
            errors.put("notes", "Say what the 1:1 went over: a 1:1 that took place is reported with notes.");
            params.put("notes", REQUIRED);
        }
        Content change = in.planChange() == null ? null
                : plan(in.planChange(), frame, "planChange.", errors, params);
        List<SessionReport.Resource> resources = resources(in.resources(), steps, errors);
        LocalDate next = null;
        if (in.nextSession() != null) {
            next = date(in.nextSession());
            if (next == null || (date != null && !next.isAfter(date))) {
                errors.put("nextSession", "Give the next session's date as yyyy-MM-dd, after this one.");
            }
        }
        if (replaces != null && !replaces.matches("[0-9a-f]{13,40}")) {
            errors.put("replaces", "Give the id of the report replaced.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, params);
        }
        return new CheckedReport(date, outcome, notes, change, resources, next);
    }

    private static Content plan(PlanInput in, Frame frame, String prefix, Map<String, String> errors,
                                Map<String, String> params) {
        Integer hours = in.weeklyHours();
        if (hours == null || hours < 1 || hours > HOURS_MAX) {
            errors.put(prefix + "weeklyHours", "Give the hours a week, from 1 to " + HOURS_MAX + ".");
        }
        LocalDate end = date(in.endDate());
        if (end != null && !end.equals(frame.currentEnd()) && end.isBefore(frame.earliestNewEnd())) {
            // Else the learner's page says they should be done already and are far behind.
            LocalDate earliest = frame.earliestNewEnd();
            errors.put(prefix + "endDate", "The plan cannot end before the learner's current week is over: "
                    + "give " + earliest + " or later.");
            params.put(prefix + "endDate", BEFORE_THIS_WEEK);
            params.put("earliestEndDate", earliest.toString());
        } else if (end == null || end.isBefore(frame.start().plusWeeks(1))
                || end.isAfter(frame.cohortEnd().plusWeeks(WEEKS_PAST_END_MAX))) {
            errors.put(prefix + "endDate", "Give the end date as yyyy-MM-dd, at least a week after the start and "
                    + "at most " + WEEKS_PAST_END_MAX + " weeks after the cohort's end.");
        }
        List<PlanInput.ObjectiveInput> given = in.objectives() == null ? List.of() : in.objectives();
        if (given.size() > OBJECTIVES_MAX) {
            errors.put(prefix + "objectives", "At most " + OBJECTIVES_MAX + " objectives.");
            given = List.of();
        }
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            PlanInput.ObjectiveInput o = given.get(i);
            String field = prefix + "objectives[" + i + "].";
            String text = o.description() == null ? "" : o.description().strip();
            if (text.isEmpty() || text.length() > DESCRIPTION_MAX || hasControl(text, false)) {
                errors.put(field + "description", "Describe the objective in 1 to " + DESCRIPTION_MAX
                        + " characters, on one line.");
            }
            LocalDate target = date(o.targetDate());
            if (target == null) {
                errors.put(field + "targetDate", "Give the target date as yyyy-MM-dd.");
            }
            Objective.Status status = o.status() == null ? Objective.Status.OPEN : Objective.Status.of(o.status());
            if (status == null) {
                errors.put(field + "status", "The status is open, reached or dropped.");
            }
            String id = o.objectiveId() == null ? newId() : o.objectiveId();
            if (!id.matches("[0-9a-f]{1,32}")) {
                errors.put(field + "objectiveId", "Not an objective of this plan.");
            }
            objectives.add(new Objective(id, text, target, status));
        }
        return hours == null || end == null ? null : new Content(objectives, hours, end);
    }

    private static List<SessionReport.Resource> resources(List<SessionReport.Resource> given, int steps,
                                                          Map<String, String> errors) {
        List<SessionReport.Resource> list = given == null ? List.of() : given;
        if (list.size() > RESOURCES_MAX) {
            errors.put("resources", "At most " + RESOURCES_MAX + " resources.");
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            SessionReport.Resource r = list.get(i);
            boolean guide = SessionReport.Resource.GUIDE.equals(r.kind()) && r.slug() != null && Slug.isValid(r.slug());
            boolean step = SessionReport.Resource.STEP.equals(r.kind()) && r.step() != null && r.step() >= 1
                    && r.step() <= steps;
            if (!guide && !step) {
                errors.put("resources[" + i + "]", "A guide of the hub (its slug) or a step of the path (1 to "
                        + steps + ").");
            }
        }
        return list.stream().map(r -> SessionReport.Resource.GUIDE.equals(r.kind())
                ? new SessionReport.Resource(r.kind(), r.slug(), null)
                : new SessionReport.Resource(r.kind(), null, r.step())).toList();
    }

    /** Control characters, line and paragraph separators and invisible format characters; notes may break lines. */
    static boolean hasControl(String text, boolean linesAllowed) {
        return text.codePoints().anyMatch(c -> (Character.isISOControl(c) && !(linesAllowed && c == '\n'))
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || Character.getType(c) == Character.FORMAT);
    }

    static LocalDate date(String value) {
        if (value == null || !DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String newId() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
