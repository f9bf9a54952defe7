package org.lcmhub.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.PathTitles;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Digits;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.plans.store.PlanStore;

/**
 * Personal plans and session reports. The learner's mentor and the LCM team of the learner's cohort
 * read and change the plan and file reports (checked again in each write's transaction); the
 * learner reads both and answers each report once. Anyone else learns nothing: {@link NotFound}.
 */
public class PlanService {
    private final PlanStore store;
    private final LearnerStore learners;
    private final CohortStore cohorts;
    private final Clock clock;
    private final MentorStore mentors;
    private final Mailer mailer;
    private final PlanMails mails;
    private final Function<String, Appointment> series;

    /** {@code mentors}: the names reports are signed with (a staff member's mentor profile, if any); no mail. */
    public PlanService(PlanStore store, LearnerStore learners, CohortStore cohorts, Clock clock, MentorStore mentors) {
        this(store, learners, cohorts, clock, mentors, null, null);
    }

    /** {@code mailer}: tells the learner of a report on their 1:1, and them and their mentor of a plan the LCM team changed. */
    public PlanService(PlanStore store, LearnerStore learners, CohortStore cohorts, Clock clock, MentorStore mentors,
                       Mailer mailer, Messages messages) {
        this(store, learners, cohorts, clock, mentors, mailer, messages, learnerId -> null);
    }

    /**
     * {@code series}: the learner's 1:1 series (null: none), so that the mail of a report dated on
     * no meeting of it speaks of a report, not of "your 1:1 of" a day nobody met.
     */
    public PlanService(PlanStore store, LearnerStore learners, CohortStore cohorts, Clock clock, MentorStore mentors,
                       Mailer mailer, Messages messages, Function<String, Appointment> series) {
        this.series = series;
        this.store = store;
        this.learners = learners;
        this.cohorts = cohorts;
        this.clock = clock;
        this.mentors = mentors;
        this.mailer = mailer;
        this.mails = messages == null ? null : new PlanMails(messages);
    }

    /**
     * A learner as seen by someone allowed: the current plan (the sign-up's when none was saved), the
     * versions, the reports, and the day of their series' latest meeting so far ({@code lastMeeting},
     * {@link Appointment#lastBegun}; null without one), the day a report's form starts on; the
     * series' next meeting ({@code nextMeeting}, null: none to come), the 1:1 the learner reads as
     * their next whatever a report says; and the latest date a report of the reader may bear, their
     * own today ({@code latestDate}; null on the learner's own folder); and whether the learner has a
     * 1:1 series at all ({@code oneToOne}), so the form asks for the day without naming one.
     */
    public record Folder(Learner learner, Cohort cohort, PersonalPlan plan, List<PersonalPlan> versions,
                         List<SessionReport> reports, LocalDate lastMeeting, ZonedDateTime nextMeeting,
                         LocalDate latestDate, boolean oneToOne) {
    }

    /** The learner answered a report that a later one on the same 1:1 replaces ({@code by}: that one's id). */
    public static final class Replaced extends RuntimeException {
        private final String by;

        public Replaced(String by) {
            super("A later report on the same 1:1 replaces this one", null, false, false);
            this.by = by;
        }

        public String by() {
            return by;
        }
    }

    /**
     * The learner confirmed {@code report} on the same 1:1 (null when the report is not known, only
     * its mark), and the author did not say they replace it: nothing is saved.
     */
    public static final class ConfirmedReport extends RuntimeException {
        private final transient SessionReport report;

        public ConfirmedReport(SessionReport report) {
            super("The learner confirmed a report on this 1:1", null, false, false);
            this.report = report;
        }

        public SessionReport report() {
            return report;
        }
    }

    /**
     * The 1:1 has a report ({@code report}, null when it could not be read back) that the new one
     * does not say it replaces: nothing is saved, and the author is shown the one there.
     */
    public static final class ReportExists extends RuntimeException {
        private final transient SessionReport report;

        public ReportExists(SessionReport report) {
            super("The 1:1 has a report that this one does not say it replaces", null, false, false);
            this.report = report;
        }

        public SessionReport report() {
            return report;
        }
    }

    /** No such learner for this caller: not their mentee, not in their cohort, or unknown. */
    public static final class NotFound extends RuntimeException {
        public NotFound() {
            super("No such learner", null, false, false);
        }
    }

    /** The caller as an author: the learner's mentor, or (with {@code cohortId}) a member of the cohort's team. */
    public PlanStore.Author author(Caller caller, String cohortId, String learnerId) {
        if (cohortId == null) {
            if (!caller.sub().equals(store.mentorOf(learnerId))) {
                throw new NotFound();
            }
            return new PlanStore.Author(PlanStore.Author.MENTOR, caller.sub(), null, caller.email(), caller.name());
        }
        cohorts.teamCohort(cohortId, caller.sub());
        return new PlanStore.Author(PlanStore.Author.LCM, caller.sub(), cohortId, caller.email(), caller.name());
    }

    /** The author's mentor profile (an LCM may have one too), null without one. */
    private Mentor profileOf(PlanStore.Author author) {
        return mentors == null ? null : mentors.find(author.sub());
    }

    /**
     * How a report names its author: the name of their mentor profile (an LCM may have one too), else
     * the name their sign-in gave, else their sign-in address; null when it knows none of them.
     */
    String authorName(PlanStore.Author author) {
        return authorName(author, profileOf(author));
    }

    private static String authorName(PlanStore.Author author, Mentor profile) {
        if (profile != null && profile.name() != null && !profile.name().isBlank()) {
            return profile.name();
        }
        return author.name() != null ? author.name() : author.email();
    }

    public Folder folder(PlanStore.Author author, String learnerId) {
        Learner l = learner(author, learnerId);
        Cohort c = cohorts.find(l.cohortId());
        Appointment a = series.apply(learnerId);
        Instant now = clock.instant();
        ZonedDateTime next = a == null ? null : a.toCome(now).stream().findFirst().map(Appointment.Meeting::start).orElse(null);
        return new Folder(l, c, current(l, c), store.versions(learnerId), store.reports(learnerId),
                a == null ? null : a.lastBegun(now), next, LocalDate.ofInstant(now, zoneOf(author, l)), a != null);
    }

    /**
     * The author's zone, their dates' calendar: their mentor profile's (an LCM may have one too), else
     * the learner's. An LCM without a profile has no zone of their own (the browser's is not sent, and
     * need not be the one they work in); UTC would put an evening 1:1 in Montreal on the next day, and
     * refuse a Paris LCM's "today" from midnight to one. The 1:1 was with this learner: theirs is the
     * nearest day known.
     */
    private ZoneId zoneOf(PlanStore.Author author, Learner l) {
        return zoneOf(profileOf(author), l);
    }

    private static ZoneId zoneOf(Mentor profile, Learner l) {
        return profile != null && profile.timezone() != null ? ZoneId.of(profile.timezone()) : ZoneId.of(l.timezone());
    }

    /**
     * When the 1:1 of {@code date} began, as closely as known: the start of the series meeting of
     * that day (not cancelled), else the day on the author's clock, from its first instant to the next
     * day's ({@link SessionReport#heldFrom}).
     */
    private Instant[] heldBetween(Learner l, LocalDate date, ZoneId authorZone) {
        Appointment a = series.apply(l.learnerId());
        Instant at = a == null ? null : a.meetings().stream()
                .filter(m -> !m.cancelled() && m.start().withZoneSameInstant(a.zone()).toLocalDate().equals(date))
                .map(m -> m.start().toInstant()).findFirst().orElse(null);
        return at != null ? new Instant[] {at, at}
                : new Instant[] {date.atStartOfDay(authorZone).toInstant(), date.plusDays(1).atStartOfDay(authorZone).toInstant()};
    }

    /** The learner's own plan and reports. */
    public Folder own(Learner l) {
        Cohort c = cohorts.find(l.cohortId());
        return new Folder(l, c, current(l, c), store.versions(l.learnerId()), store.reports(l.learnerId()), null,
                null, null, false);
    }

    /**
     * Saves a new version of the plan, made on version {@code basedOn} (what the author saw): a
     * version saved meanwhile is {@link PlanStore.Changed}, never overwritten.
     */
    public PersonalPlan savePlan(PlanStore.Author author, String learnerId, Integer basedOn, PlanInput in) {
        Learner l = learner(author, learnerId);
        Cohort c = cohorts.find(l.cohortId());
        PersonalPlan base = current(l, c);
        PlanRules.Content content = PlanRules.checkPlan(in, frame(l, c, base));
        if (basedOn != null && basedOn != base.version()) {
            throw new PlanStore.Changed();
        }
        PersonalPlan next = base.next(content.objectives(), content.weeklyHours(), content.endDate(), author.role(),
                null, clock.instant());
        store.savePlan(author, next);
        told(author, l, base, next, () -> authorName(author), true);
        return next;
    }

    /** Whether the learner has a 1:1 series and {@code date} is the day of none of its meetings held or to hold. */
    private boolean noMeeting(Learner l, LocalDate date) {
        Appointment a = series.apply(l.learnerId());
        return a != null && a.meetings().stream().noneMatch(m -> !m.cancelled() && m.start().toLocalDate().equals(date));
    }

    /** Files a report on a 1:1 without a report yet. */
    public SessionReport addReport(PlanStore.Author author, String learnerId, Integer basedOn, ReportInput in) {
        return addReport(author, learnerId, basedOn, in, false, null);
    }

    /** Files a report on a 1:1 without a report yet, or replacing a confirmed one with {@code replaceConfirmed}. */
    public SessionReport addReport(PlanStore.Author author, String learnerId, Integer basedOn, ReportInput in,
                                   boolean replaceConfirmed) {
        return addReport(author, learnerId, basedOn, in, replaceConfirmed, null);
    }

    /**
     * Files a report; its plan change, if any, becomes the next version of the plan in the same write.
     * A 1:1 that has a report gets another only when it names that one ({@code replaces}: the author
     * saw it and corrects it), else {@link ReportExists}; a correction that changes nothing in the
     * plan keeps the plan version the report it replaces agreed, so the learner still reads that
     * change under it. A report on a 1:1 whose report the learner confirmed replaces it only with
     * {@code replaceConfirmed} too (the form said so, and the learner will be asked again), else
     * {@link ConfirmedReport}. Nothing refused is mailed.
     */
    public SessionReport addReport(PlanStore.Author author, String learnerId, Integer basedOn, ReportInput in,
                                   boolean replaceConfirmed, String replaces) {
        Learner l = learner(author, learnerId);
        Cohort c = cohorts.find(l.cohortId());
        // "Not in the future" on the author's own calendar (zoneOf).
        // The profile read once: it gives both the author's calendar and the name the report keeps.
        Mentor profile = profileOf(author);
        ZoneId authorZone = zoneOf(profile, l);
        LocalDate today = LocalDate.now(clock.withZone(authorZone));
        PersonalPlan base = current(l, c);
        PlanRules.CheckedReport r = PlanRules.checkReport(in, replaces, frame(l, c, base), c.weeks(), today);
        if (r.planChange() != null && basedOn != null && basedOn != base.version()) {
            throw new PlanStore.Changed();
        }
        // Reports filed before the store kept its marks are found by reading; the store's conditions
        // on the marks refuse one filed or confirmed since this read.
        SessionReport existing = currentOn(learnerId, r.date());
        if (!replaceConfirmed && existing != null && existing.answer() == SessionReport.Answer.CONFIRMED) {
            throw new ConfirmedReport(existing);
        }
        if (existing == null && replaces != null) {
            throw new InvalidInput(Map.of("replaces",
                    "This 1:1 has no report to replace: send none."));
        }
        if (existing != null && !existing.reportId().equals(replaces)) {
            throw new ReportExists(existing);
        }
        String reportId = Digits.zeroPadded(clock.millis(), 13) + PlanRules.newId();
        PersonalPlan next = r.planChange() == null ? null : base.next(r.planChange().objectives(),
                r.planChange().weeklyHours(), r.planChange().endDate(), author.role(), reportId, clock.instant());
        Integer planVersion = next != null ? Integer.valueOf(next.version()) : existing == null ? null : existing.planVersion();
        String name = authorName(author, profile);
        Instant[] held = heldBetween(l, r.date(), authorZone);
        SessionReport report = new SessionReport(reportId, learnerId, l.cohortId(), author.role(), author.sub(),
                name, r.date(), r.outcome(), r.notes(), planVersion, r.resources(),
                r.nextSession(), null, null, clock.instant(), held[0], held[1]);
        try {
            store.saveReport(author, report, next, replaceConfirmed, replaces);
        } catch (PlanStore.Confirmed e) {
            throw new ConfirmedReport(confirmedOn(learnerId, r.date()));
        } catch (PlanStore.Exists e) {
            throw new ReportExists(currentOn(learnerId, r.date()));
        }
        if (PlanStore.Author.LCM.equals(author.role())) {
            // Where the learner's answer reaches them if they ask to talk about it again.
            cohorts.recordEmail(l.cohortId(), author.sub(), author.email(), author.name());
        }
        // The report's plan change is said in the report's mail: the learner gets one mail, not two.
        if (mailer != null) {
            AfterCommit.send(mailer, () -> mails.reportFiled(l, report, base, next, noMeeting(l, report.date())),
                    "mail learner " + l.learnerId() + " that report " + reportId + " waits for their answer");
        }
        if (next != null) {
            told(author, l, base, next, () -> name, false);
        }
        return report;
    }

    /** The current report on the learner's 1:1 of {@code date}, when the learner confirmed it; else null. */
    private SessionReport confirmedOn(String learnerId, LocalDate date) {
        SessionReport r = currentOn(learnerId, date);
        return r != null && r.answer() == SessionReport.Answer.CONFIRMED ? r : null;
    }

    /** The current report on the learner's 1:1 of {@code date} (none replaces it), or null. */
    private SessionReport currentOn(String learnerId, LocalDate date) {
        return SessionReport.current(store.reports(learnerId)).stream()
                .filter(x -> x.date().equals(date)).findFirst().orElse(null);
    }

    /**
     * After a plan change (version {@code plan}, made on {@code before}): the learner is told, in
     * their language, whoever changed it, as the change is saved at a keyboard, not at their table;
     * their mentor (if any) too, in theirs, when the LCM team changed it.
     * {@code name}: how the author is named, read only when someone is mailed (a report has it already);
     * {@code learnerToo}: false when the report's own mail tells the learner.
     */
    private void told(PlanStore.Author author, Learner l, PersonalPlan before, PersonalPlan plan,
                      java.util.function.Supplier<String> name, boolean learnerToo) {
        boolean lcm = PlanStore.Author.LCM.equals(author.role());
        if (mailer == null || !lcm && !learnerToo) {
            return;
        }
        String by = name.get();
        String who = by == null ? "" : by;
        if (learnerToo) {
            AfterCommit.send(mailer, () -> mails.toLearner(l, who, lcm, before, plan),
                    "mail the plan change of learner " + l.learnerId());
        }
        if (!lcm) {
            return;
        }
        String mentorId = store.mentorOf(l.learnerId());
        Mentor mentor = mentorId == null || mentors == null ? null : mentors.find(mentorId);
        if (mentor != null && mentor.email() != null) {
            AfterCommit.send(mailer, () -> mails.toMentor(mentor, l, who, before, plan),
                    "mail the plan change of learner " + l.learnerId() + " to their mentor");
        }
    }

    public SessionReport answer(Learner l, String reportId, String answer) {
        SessionReport.Answer a = SessionReport.Answer.of(answer);
        if (a == null) {
            throw new InvalidInput(Map.of("answer", "Answer confirmed or talk-again."));
        }
        if (reportId == null || !reportId.matches("[0-9a-f]{13,40}")) {
            throw new PlanStore.NoSuchReport();
        }
        // My page offers only the latest report on a 1:1: one a later report replaced waits for no
        // answer, and its author would be asked about notes they have corrected since.
        String by = SessionReport.replaced(store.reports(l.learnerId())).get(reportId);
        if (by != null) {
            throw new Replaced(by);
        }
        SessionReport answered = store.answer(l.learnerId(), reportId, a, clock.instant());
        if (a == SessionReport.Answer.TALK_AGAIN) {
            askedAgain(l, answered);
        }
        return answered;
    }

    /**
     * The learner asks to talk about a report again: its author is mailed (My page says so), in
     * their mail language, or for an LCM without a mentor profile their own (the cohort's while unknown). Their address is
     * their profile's, else the one their cohort's team keeps (recorded when an LCM files a report).
     */
    private void askedAgain(Learner l, SessionReport r) {
        if (mailer == null || r.authorSub() == null) {
            return;
        }
        boolean lcm = PlanStore.Author.LCM.equals(r.authorRole());
        Mentor profile = mentors == null ? null : mentors.find(r.authorSub());
        Cohort c = cohorts.find(r.cohortId());
        CohortStore.TeamMember member = !lcm || profile != null && profile.email() != null ? null
                : cohorts.team(r.cohortId()).stream().filter(m -> m.sub().equals(r.authorSub()) && m.email() != null)
                .findFirst().orElse(null);
        String to = profile != null && profile.email() != null ? profile.email() : member == null ? null : member.email();
        if (to == null) {
            org.lcmhub.domain.Log.warn("No address for the author of report " + r.reportId() + ": nobody told it is disputed");
            return;
        }
        Language language = profile != null ? profile.mailLanguage() : c == null ? Language.EN
                : member != null ? member.mailLanguage(c) : c.language();
        // An LCM known by address only is greeted without one ("Hello,").
        String name = profile != null && profile.name() != null ? profile.name()
                : r.authorName() != null && !r.authorName().contains("@") ? r.authorName() : null;
        AfterCommit.send(mailer, () -> mails.askedAgain(to, language, name, lcm, l, r),
                "mail the author of report " + r.reportId() + " that the learner asks to talk again");
    }

    /** The current plan; before any change, version 0 from the sign-up's goals and hours (else the path's). */
    PersonalPlan current(Learner l, Cohort c) {
        PersonalPlan saved = store.current(l.learnerId());
        return saved != null ? saved : fromSignup(l, c);
    }

    static PersonalPlan fromSignup(Learner l, Cohort c) {
        List<Objective> objectives = new ArrayList<>();
        if (l.goals() != null && !l.goals().isBlank()) {
            String first = l.goals().strip().lines().findFirst().orElse("").strip();
            String text = first.length() > PlanRules.DESCRIPTION_MAX ? first.substring(0, PlanRules.DESCRIPTION_MAX) : first;
            if (!text.isEmpty() && !PlanRules.hasControl(text, false)) {
                objectives.add(new Objective("0", text, c.endDate(), Objective.Status.OPEN));
            }
        }
        // The sign-up form asks no hours: unless the learner gave theirs, the path's own estimate.
        if (l.hoursPerWeek() != null) {
            return new PersonalPlan(l.learnerId(), l.cohortId(), 0, objectives, l.hoursPerWeek(), c.endDate(),
                    "signup", null, l.createdAt());
        }
        Integer effort = PathTitles.effort(c.pathId());
        return new PersonalPlan(l.learnerId(), l.cohortId(), 0, objectives, effort == null ? DEFAULT_HOURS : effort,
                c.endDate(), "path", null, l.createdAt());
    }

    /** The hours a week a plan assumes when neither the learner nor the path's page says. */
    public static final int DEFAULT_HOURS = 5;

    private Learner learner(PlanStore.Author author, String learnerId) {
        LearnerStore.Stored stored = learners.find(learnerId);
        if (stored == null) {
            throw new NotFound();
        }
        Learner l = stored.learner();
        if (PlanStore.Author.LCM.equals(author.role()) && !author.cohortId().equals(l.cohortId())) {
            throw new NotFound();
        }
        return l;
    }

    /** The learner's start, the cohort's end, their plan's end and today, on the learner's clock. */
    private PlanRules.Frame frame(Learner l, Cohort c, PersonalPlan base) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(l.timezone())));
        return new PlanRules.Frame(start(l, c), c.endDate(), base.endDate(), today);
    }

    private static LocalDate start(Learner l, Cohort c) {
        return org.lcmhub.checkin.CheckInViews.ownStart(c, l);
    }
}
