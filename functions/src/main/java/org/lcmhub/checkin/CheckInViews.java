package org.lcmhub.checkin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.CheckIn;
import org.lcmhub.risk.Contacts;
import org.lcmhub.risk.EarlyWarning;
import org.lcmhub.risk.LearnerHistory;
import org.lcmhub.risk.Plan;
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.SessionOutcome;
import org.lcmhub.risk.SessionSigns;

/** How check-ins and a learner's own standing are shown to that learner (JSON-ready maps). */
public final class CheckInViews {
    private CheckInViews() {
    }

    public static Map<String, Object> view(WeeklyCheckIn c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("week", c.week().toString());
        v.put("weekStart", c.week().monday().toString());
        v.put("progress", c.progress());
        v.put("stepReached", c.stepReached());
        v.put("hoursSpent", c.hoursSpent());
        v.put("mood", c.mood());
        v.put("blockers", c.blockers());
        v.put("needHelp", c.needHelp());
        v.put("message", c.message());
        v.put("submittedAt", c.submittedAt().toString());
        return v;
    }

    /** The learner's check-ins, newest week first. */
    public static List<Map<String, Object>> views(List<WeeklyCheckIn> history) {
        return history.stream().sorted(Comparator.comparing(WeeklyCheckIn::week).reversed())
                .map(CheckInViews::view).toList();
    }

    /**
     * The cohort's own plan: its ISO weeks from its start to its end date ({@link Plan#course}), the
     * plan of a learner who starts with it. The path's steps are not stored with the cohort: one
     * step per week stands in for them. A learner's verdict, standing and chart read
     * {@link #plan(Cohort, Learner, LocalDate)}.
     */
    public static Plan plan(Cohort cohort) {
        return Plan.course(cohort.startDate(), cohort.weeks());
    }

    /**
     * The early-warning verdict on a learner of {@code cohort}, as the learner, their mentor and
     * their LCM team all see it: from the learner's own start (rolling enrolment), on their own
     * local dates, with their plan and the cohort's thresholds; the team's last recorded contact
     * clears "asked for help" from before it.
     */
    public static Assessment assess(Learner learner, Cohort cohort, List<WeeklyCheckIn> history, Instant lastContact,
                                    Instant now) {
        return assess(learner, cohort, history, lastContact, now, null, List.of());
    }

    /**
     * As above, against the learner's personal plan when {@code personalEnd} is set (their own end
     * date), with the 1:1s they missed or called off as reasons too. Only weeks up to
     * {@link #checkInsUntil} count as missed: the check-in form takes none after it (CheckInService).
     */
    public static Assessment assess(Learner learner, Cohort cohort, List<WeeklyCheckIn> history, Instant lastContact,
                                    Instant now, LocalDate personalEnd, List<SessionOutcome> sessions) {
        ZoneId zone = ZoneId.of(learner.timezone());
        LocalDate start = ownStart(cohort, learner);
        LocalDate today = LocalDate.ofInstant(now, zone);
        // A 1:1 held since the request answers it as a contact note does (Contacts): the score reads neither.
        LearnerHistory h = new LearnerHistory(start, forRules(history, zone), lastContactOn(lastContact, sessions, history, now, zone),
                personalEnd == null ? null : plan(cohort, start, personalEnd), checkInsUntil(cohort, personalEnd));
        return SessionSigns.apply(EarlyWarning.assess(h, plan(cohort, start, null), cohort.riskPolicy(), today),
                sessions, today);
    }

    /**
     * A day of the last week a learner can check in for: the cohort's last day, or their personal
     * plan's when it ends later (a plan that ends sooner does not close the cohort's weeks). The
     * check-in's write is conditioned on the same rule (DynamoCheckInStore), and the page words it.
     */
    public static LocalDate checkInsUntil(Cohort cohort, LocalDate personalEnd) {
        return cohort.lastDay(personalEnd);
    }

    /** The plan a learner follows, as {@link #assess} judges them by: see {@link #plan(Cohort, LocalDate, LocalDate)}. */
    public static Plan plan(Cohort cohort, Learner learner, LocalDate personalEnd) {
        return plan(cohort, ownStart(cohort, learner), personalEnd);
    }

    /**
     * The one place a learner's plan is made: from their own {@code start} to their personal plan's
     * end when they have one, else to the cohort's last day, the same for everyone, so a late joiner
     * has fewer weeks for the path rather than the cohort's length moved along (which would end
     * after the cohort, or, for one who joins on a later weekday than it started, a week short).
     * Weeks are counted as the early warning counts the learner's ({@link Plan#until}); for a learner
     * who starts with the cohort, it is the cohort's plan.
     */
    public static Plan plan(Cohort cohort, LocalDate start, LocalDate personalEnd) {
        return Plan.until(start, personalEnd == null ? cohort.endDate() : personalEnd, plan(cohort).steps());
    }

    /** The learner's pace against the plan and their early-warning level, with the reasons in their language. */
    public static Map<String, Object> standing(Assessment a, Plan plan, Language language) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("level", a.level().wire());
        v.put("silentNow", a.silentNow());
        v.put("status", a.status());
        v.put("score", a.score());
        v.put("outcome", a.outcome().wire());
        v.put("week", a.week());
        v.put("planWeeks", plan.weeks());
        v.put("progress", a.progress());
        v.put("expectedProgress", Math.round(plan.expectedProgress(a.week() - 1)));
        v.put("pace", a.pace());
        v.put("reasons", reasons(a, language));
        return v;
    }

    /**
     * The verdict's reasons as {@code {code, level, params, text}}: pages word the code and its
     * params from the site's catalogue; {@code text} is the default sentence in {@code language}.
     */
    public static List<Map<String, Object>> reasons(Assessment a, Language language) {
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason r : a.reasons()) {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("code", r.code());
            reason.put("level", r.level().wire());
            reason.put("params", r.params());
            reason.put("text", r.text(language));
            reasons.add(reason);
        }
        return reasons;
    }

    /** Check-ins as the early-warning rules read them, dated in the learner's zone. */
    public static List<CheckIn> forRules(List<WeeklyCheckIn> history, ZoneId zone) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (WeeklyCheckIn c : history) {
            checkIns.add(new CheckIn(c.week().monday(), c.progress(), c.stepReached(), c.hoursSpent(), c.mood(),
                    c.needHelp(), LocalDate.ofInstant(c.needHelp() ? c.helpAskedAt() : c.submittedAt(), zone)));
        }
        return checkIns;
    }

    /**
     * How the team answered {@code c}'s request for help, null while it has not: a contact note on or
     * after the day it was asked, on the learner's clock, or a 1:1 reported held after it ({@link Contacts}).
     * The rule the early warning clears "asked for help" by (Signs), so a page saying the request was
     * answered agrees with the standing beside it. The day is the last contact's, as the rule reads
     * it; a note and a 1:1 on the same day count as the note.
     */
    public static HelpAnswer helpAnswer(WeeklyCheckIn c, Instant lastContact, List<SessionOutcome> sessions,
                                        Instant now, ZoneId zone) {
        return c.needHelp() ? helpAnswer(c.helpAskedAt(), lastContact, sessions, now, zone) : null;
    }

    /**
     * Whether a request first asked at {@code askedAt} is answered, as {@link #helpAnswer} reads it: for
     * readers that hold the request's time but not the check-in (the team channel's weekly post), so
     * they answer as the dashboard does.
     */
    public static boolean helpAnswered(Instant askedAt, Instant lastContact, List<SessionOutcome> sessions,
                                       Instant now, ZoneId zone) {
        return helpAnswer(askedAt, lastContact, sessions, now, zone) != null;
    }

    private static HelpAnswer helpAnswer(Instant askedAt, Instant lastContact, List<SessionOutcome> sessions,
                                         Instant now, ZoneId zone) {
        LocalDate note = noteDay(lastContact, zone);
        LocalDate held = Contacts.lastHeldSince(sessions, askedAt, now, zone);
        boolean byNote = Contacts.answers(note, LocalDate.ofInstant(askedAt, zone));
        if (!byNote && held == null) {
            return null;
        }
        return held == null || byNote && !note.isBefore(held) ? new HelpAnswer(note, HelpAnswer.NOTE)
                : new HelpAnswer(held, HelpAnswer.ONE_TO_ONE);
    }

    /** The day the team answered a request for help (the learner's clock) and how: {@link #NOTE} or {@link #ONE_TO_ONE}. */
    public record HelpAnswer(LocalDate date, String kind) {
        /** A contact note by the LCM team. */
        public static final String NOTE = "note";
        /** A 1:1 the mentor reported held. */
        public static final String ONE_TO_ONE = "oneToOne";
    }

    /**
     * The day the rules read as the learner's last contact, on their clock: the last contact note's;
     * when a 1:1 held since answers the latest check-in's request (the one the rules read), that
     * request's day at the least. The rules compare days; the 1:1 is compared on instants here,
     * where its time is known, and the score reads neither.
     */
    private static LocalDate lastContactOn(Instant lastContact, List<SessionOutcome> sessions,
                                           List<WeeklyCheckIn> history, Instant now, ZoneId zone) {
        LocalDate note = noteDay(lastContact, zone);
        WeeklyCheckIn latest = history.stream().max(Comparator.comparing(WeeklyCheckIn::week)).orElse(null);
        if (latest == null || !latest.needHelp() || !Contacts.heldSince(sessions, latest.helpAskedAt(), now, zone)) {
            return note;
        }
        LocalDate asked = LocalDate.ofInstant(latest.helpAskedAt(), zone);
        return note != null && note.isAfter(asked) ? note : asked;
    }

    private static LocalDate noteDay(Instant lastContact, ZoneId zone) {
        return lastContact == null ? null : LocalDate.ofInstant(lastContact, zone);
    }

    /**
     * For a learner silent now ({@link Assessment#silentToContact}), the day the team was in touch
     * since they fell silent: a contact note or a held 1:1 on or after this week's Monday, on their
     * clock (last week's check-in was missed at the end of Sunday). Null when nobody has been, or
     * when they are not silent. They stay silent now: it is the check-in that ends it.
     */
    public static LocalDate contactedWhileSilent(Assessment a, Instant lastContact, List<SessionOutcome> sessions,
                                                 Instant now, ZoneId zone) {
        if (!a.silentToContact()) {
            return null;
        }
        LocalDate monday = EarlyWarning.monday(LocalDate.ofInstant(now, zone));
        LocalDate note = noteDay(lastContact, zone);
        LocalDate byNote = note != null && !note.isBefore(monday) ? note : null;
        // A 1:1 is read on instants, as for a help request: one that may have begun since Monday began.
        LocalDate held = Contacts.lastHeldSince(sessions, monday.atStartOfDay(zone).toInstant(), now, zone);
        return held == null || byNote != null && !byNote.isBefore(held) ? byNote : held;
    }

    /**
     * The learner's own start, the one every verdict and plan counts from: the later of the cohort's
     * start and the day they got their seat, on their clock (their sign-up, or for one who waited,
     * the promotion or move that enrolled them: the weeks they waited are none of theirs to miss).
     */
    public static LocalDate ownStart(Cohort cohort, Learner learner) {
        return ownStart(cohort.startDate(), learner.seatSince(), ZoneId.of(learner.timezone()));
    }

    /**
     * The cohort's week (1 = the week of its first day) that holds {@code day}, counted in ISO weeks
     * as the cohort's plan counts them ({@code cohort.planWeeks}).
     */
    public static int cohortWeek(Cohort cohort, LocalDate day) {
        LocalDate first = cohort.startDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return (int) ChronoUnit.WEEKS.between(first, monday) + 1;
    }

    /** The learner's own week 1 (rolling enrolment): the later of the cohort's start and {@code signedUp}. */
    public static LocalDate ownStart(LocalDate cohortStart, Instant signedUp, ZoneId zone) {
        LocalDate joined = LocalDate.ofInstant(signedUp, zone);
        return joined.isAfter(cohortStart) ? joined : cohortStart;
    }
}
