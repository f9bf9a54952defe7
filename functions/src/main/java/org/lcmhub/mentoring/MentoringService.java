package org.lcmhub.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.lcmhub.appointments.Invites;
import org.lcmhub.appointments.OneToOne;
import org.lcmhub.appointments.WaitingProposals;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.StaffDirectory;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.LastDay;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Log;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.mentoring.store.MentoringStore;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.store.Departures;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.PlanSigns;
import org.lcmhub.plans.PlanViews;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.SessionOutcome;

/**
 * After the match: a mentor's mentees with their last check-in and risk, and either side ending
 * the pair with a reason (the place goes back to the mentor, the pair is never proposed again,
 * the 1:1 series is cancelled, the other side and the cohort's LCM team are told).
 */
public class MentoringService {
    public static final int REASON_MAX = 500;
    public static final int PAGE_MAX = 100;

    private final MentoringStore store;
    private final LearnerStore learners;
    private final MentorStore mentors;
    private final CohortStore cohorts;
    private final CheckInStore checkIns;
    private final NoteStore notes;
    private final Mailer mailer;
    private final Clock clock;
    private final CohortTeam team;
    private final StaffDirectory directory;

    /** A cohort's LCM team with the addresses its items record ({@link CohortStore#team}). */
    @FunctionalInterface
    public interface CohortTeam {
        List<CohortStore.TeamMember> team(String cohortId);
    }

    /**
     * {@code team} and {@code directory}: where the cohort's LCM team and the addresses missing
     * from its items are found, to tell the team when a pair ends.
     */
    public MentoringService(MentoringStore store, LearnerStore learners, MentorStore mentors, CohortStore cohorts,
                            CheckInStore checkIns, NoteStore notes, Mailer mailer, Clock clock, CohortTeam team,
                            StaffDirectory directory) {
        this.team = team;
        this.directory = directory;
        this.store = store;
        this.learners = learners;
        this.mentors = mentors;
        this.cohorts = cohorts;
        this.checkIns = checkIns;
        this.notes = notes;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Personal plans and session reports, for the mentees' risk and their last report (null: none kept). */
    public MentoringService withPlans(PlanStore planStore) {
        this.plans = planStore;
        return this;
    }

    private PlanStore plans;
    private WaitingProposals waiting;

    /** The 1:1 proposals waiting for the mentor's answer, shown with each mentee (none listed when not set). */
    public MentoringService withWaiting(WaitingProposals proposals) {
        this.waiting = proposals;
        return this;
    }

    /** One page of mentees; {@code next} is the cursor of the following page, or null. */
    public record Page(List<Map<String, Object>> mentees, String next) {
    }

    /** Not the caller's mentee (or no such learner): the same answer, so nothing leaks. */
    public static final class NotYourMentee extends RuntimeException {
        public NotYourMentee() {
            super("Not your mentee");
        }
    }

    /** The learner has no mentor to leave. */
    public static final class NoMentor extends RuntimeException {
        public NoMentor() {
            super("No mentor");
        }
    }

    /** The caller's mentees after {@code afterLearnerId}, each with their last check-in and risk level. */
    public Page mentees(Caller mentor, String afterLearnerId, int limit) {
        MentoringStore.MenteePage page = store.mentees(mentor.sub(), afterLearnerId, Math.min(limit, PAGE_MAX));
        Mentor me = mentors.find(mentor.sub());
        Language language = me == null ? Language.EN : me.mailLanguage();
        Map<String, Cohort> cohortsById = new HashMap<>();
        List<Map<String, Object>> views = new ArrayList<>();
        for (MentoringStore.Match m : page.matches()) {
            LearnerStore.Stored stored = learners.find(m.learnerId());
            if (stored == null) {
                continue; // erased between the two reads
            }
            Cohort cohort = cohortsById.computeIfAbsent(m.cohortId(), cohorts::find);
            views.add(menteeView(m, stored.learner(), cohort, language, me == null || me.timezone() == null ? null
                    : ZoneId.of(me.timezone())));
        }
        return new Page(views, page.lastLearnerId());
    }

    /** {@code mentorZone}: the mentor's zone now (null: unknown), in which the waiting proposals are said. */
    private Map<String, Object> menteeView(MentoringStore.Match m, Learner l, Cohort cohort, Language language,
                                           ZoneId mentorZone) {
        List<WeeklyCheckIn> history = checkIns.history(l.learnerId());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("learnerId", l.learnerId());
        v.put("name", l.name());
        v.put("email", l.email());
        v.put("cohortId", l.cohortId());
        v.put("pathId", l.pathId());
        v.put("language", l.language().code());
        v.put("timezone", l.timezone());
        v.put("matchedAt", m.matchedAt() == null ? null : m.matchedAt().toString());
        // The mentor sees no contact note: the check-in says whether the team has answered its request.
        Instant lastContact = notes.lastContact(l.learnerId());
        PersonalPlan plan = plans == null ? null : plans.current(l.learnerId());
        List<SessionReport> reports = plans == null ? List.of() : plans.reports(l.learnerId());
        List<SessionOutcome> sessions = PlanSigns.outcomes(reports);
        Instant now = clock.instant();
        v.put("lastCheckIn", history.stream().max(Comparator.comparing(WeeklyCheckIn::week))
                .map(c -> lastCheckIn(c, CheckInViews.helpAnswer(c, lastContact, sessions, now, ZoneId.of(l.timezone()))))
                .orElse(null));
        v.put("risk", cohort == null ? null : risk(CheckInViews.assess(l, cohort, history,
                lastContact, now, plan == null ? null : plan.endDate(), sessions), language));
        v.put("lastReport", reports.isEmpty() ? null : lastReport(reports.get(0)));
        // The series stops there (OneToOneService): the mentor page warns before saving one that runs
        // past it, naming the cohort's end or the learner's own plan, whichever sets the day.
        LastDay lastDay = LastDay.of(cohort, plan == null ? null : plan.endDate());
        v.put("lastDay", lastDay == null ? null : lastDay.date().toString());
        v.put("lastDaySetBy", lastDay == null ? null : lastDay.setBy());
        WaitingProposals.Summary oneToOne = waiting == null ? null : waiting.summary(l.learnerId(), m.mentorId(), mentorZone);
        v.put("waiting", oneToOne == null ? List.of() : oneToOne.waiting());
        v.put("oneToOne", oneToOne == null ? null : oneToOne.series());
        if (oneToOne != null && oneToOne.cancelled()) {
            // Not "no 1:1 set yet": the mentor cancelled the series, as My page tells the learner.
            v.put("oneToOneCancelled", true);
        }
        return v;
    }

    /** The last session report and the learner's answer to it (null: not answered yet). */
    private static Map<String, Object> lastReport(SessionReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", r.date().toString());
        v.put("outcome", r.outcome().wire());
        v.put("author", PlanViews.author(r));
        v.put("answer", r.answer() == null ? null : r.answer().wire());
        v.put("answeredAt", r.answeredAt() == null ? null : r.answeredAt().toString());
        return v;
    }

    private static Map<String, Object> lastCheckIn(WeeklyCheckIn c, CheckInViews.HelpAnswer answer) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("week", c.week().toString());
        v.put("progress", c.progress());
        v.put("mood", c.mood());
        v.put("needHelp", c.needHelp());
        v.put("helpAnswered", answer != null);
        // When and how, so the card says it rather than only that it was: the mentor reads no note.
        v.put("helpAnswer", answer == null ? null : helpAnswer(answer));
        v.put("submittedAt", c.submittedAt().toString());
        return v;
    }

    private static Map<String, Object> helpAnswer(CheckInViews.HelpAnswer answer) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", answer.date().toString());
        v.put("kind", answer.kind());
        return v;
    }

    private static Map<String, Object> risk(Assessment a, Language language) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("level", a.level().wire());
        v.put("outcome", a.outcome().wire());
        v.put("silentNow", a.silentNow());
        v.put("status", a.status());
        v.put("score", a.score());
        v.put("reasons", CheckInViews.reasons(a, language));
        return v;
    }

    /** The mentor ends the pair: 404-like when the learner is not theirs. */
    public void release(Caller mentor, String learnerId, String reason) {
        String why = checkReason(reason);
        MentoringStore.Match match = store.matchOf(learnerId);
        MentoringStore.Ended ended = match == null || !match.mentorId().equals(mentor.sub()) ? null
                : store.release(match, new MentoringStore.Ending("mentor", why, clock.instant()));
        if (ended == null) {
            throw new NotYourMentee();
        }
        LearnerStore.Stored stored = learners.find(learnerId);
        Learner learner = stored == null ? null : stored.learner();
        Mentor me = mentors.find(mentor.sub());
        EndedPair end = new EndedPair(match, learner, me, me != null && me.email() != null ? me.email() : mentor.email(),
                series(ended.series(), match));
        if (learner != null) {
            send(attach(MentoringMails.released(learner.email(), learner.name(), learner.language(), displayName(me),
                    end.cohortName(learner.language(), learner.timezone()), end.series() != null), end, learner.language(), displayName(me)), learnerId);
        }
        cancelForMentor(end);
        tellTeam(end, MentoringMails.EndedBy.MENTOR, why);
    }

    /** The learner asks for another mentor: 409-like when they have none. */
    public void rematch(Learner learner, String reason) {
        String why = checkReason(reason);
        // Read again once if the match changed between the read and the transaction.
        for (int attempt = 0; attempt < 2; attempt++) {
            MentoringStore.Match match = store.matchOf(learner.learnerId());
            if (match == null) {
                throw new NoMentor();
            }
            MentoringStore.Ended ended = store.release(match, new MentoringStore.Ending("learner", why, clock.instant()));
            if (ended != null) {
                endedByLearner(learner, match, ended.series(), MentoringMails.EndedBy.LEARNER, why);
                return;
            }
        }
        throw new NoMentor();
    }

    /**
     * Runs the learner's withdrawal or erasure, whose transaction ends their match and deletes
     * their 1:1 series, then tells the mentor they had (and the learner, unless erased) and the
     * cohort's LCM team, from what that transaction did, which it returns.
     */
    public Departures.Withdrawal leaving(Learner learner, boolean erasure, Supplier<Departures.Withdrawal> leave) {
        Departures.Withdrawal w = leave.get();
        if (w == null || w.endedMentorId() == null) {
            return w;
        }
        endedByLearner(learner, new MentoringStore.Match(learner.learnerId(), w.endedMentorId(), learner.cohortId(),
                null), w.endedSeries(), erasure ? MentoringMails.EndedBy.ERASURE : MentoringMails.EndedBy.WITHDRAWAL, null);
        return w;
    }

    /**
     * The learner's side ended the pair (a rematch, a withdrawal, an erasure): the mentor is told,
     * with the series' cancellation; the learner gets theirs unless their data is gone; then the team.
     */
    private void endedByLearner(Learner learner, MentoringStore.Match match, Appointment removed,
                                MentoringMails.EndedBy by, String reason) {
        Mentor mentor = mentors.find(match.mentorId());
        EndedPair end = new EndedPair(match, learner, mentor, mentor == null ? null : mentor.email(),
                series(removed, match));
        if (end.mentorEmail() != null) {
            Language language = mentor.mailLanguage();
            Mail told = by == MentoringMails.EndedBy.LEARNER
                    ? MentoringMails.rematchAsked(end.mentorEmail(), language, displayName(mentor), learner.name(),
                            end.cohortName(language, mentor.timezone()), end.series() != null)
                    : MentoringMails.menteeLeft(end.mentorEmail(), language, displayName(mentor), learner.name(),
                            end.cohortName(language, mentor.timezone()), end.series() != null);
            send(attach(told, end, language, learner.name()), learner.learnerId());
        }
        if (by != MentoringMails.EndedBy.ERASURE) {
            cancelForLearner(end);
        }
        tellTeam(end, by, reason);
    }

    /** A pair that has just ended, with what the mails need; {@code series} is null when none was cancelled. */
    private final class EndedPair {
        private final MentoringStore.Match match;
        private final Learner learner;
        private final Mentor mentor;
        private final String mentorEmail;
        private final Appointment series;
        private final Cohort cohort;
        private final Instant now;

        EndedPair(MentoringStore.Match match, Learner learner, Mentor mentor, String mentorEmail, Appointment series) {
            this.match = match;
            this.learner = learner;
            this.mentor = mentor;
            this.mentorEmail = mentorEmail;
            this.series = series;
            this.cohort = cohorts.find(match.cohortId());
            this.now = clock.instant();
        }

        String cohortTitle() {
            return cohort == null ? match.cohortId() : cohort.title();
        }

        /**
         * The cohort as a mail in {@code language} names it: title and first day, "under way since"
         * that day once it is past in the reader's {@code timezone} (null: UTC).
         */
        String cohortName(Language language, String timezone) {
            return cohort == null ? match.cohortId()
                    : CohortNames.inMail(cohort, language, CohortNames.today(now, timezone));
        }

        String mentorEmail() {
            return mentorEmail;
        }

        Appointment series() {
            return series;
        }

        /** The series' cancellation (same UID, next SEQUENCE) in {@code language}. */
        String cancelIcs(Language language) {
            Appointment a = series;
            String learnerName = learner == null ? "" : learner.name();
            String learnerEmail = learner == null ? "learner@lcm-hub.invalid" : learner.email();
            OneToOne meeting = new OneToOne(a.uid(), displayName(mentor), mentorEmail == null
                    ? "mentor@lcm-hub.invalid" : mentorEmail, learnerName, learnerEmail, cohortTitle(), a.slot(),
                    a.sequence() + 1, a.location());
            return Invites.cancel(meeting, language, clock.instant());
        }
    }

    /** The series the ending removed, if it was this pair's (one left by an earlier mentor is not theirs to cancel). */
    private static Appointment series(Appointment removed, MentoringStore.Match match) {
        return removed != null && removed.mentorId().equals(match.mentorId()) ? removed : null;
    }

    private static Mail attach(Mail mail, EndedPair end, Language language, String withName) {
        return end.series() == null ? mail
                : mail.withAttachment(Invites.attachment(end.cancelIcs(language), true, withName, language));
    }

    /** The mentor who ended the pair gets their CANCEL too (the learner's mail told the learner). */
    private void cancelForMentor(EndedPair end) {
        if (end.series() == null || end.mentorEmail() == null) {
            return;
        }
        Language language = end.mentor == null ? Language.EN : end.mentor.mailLanguage();
        String learnerName = end.learner == null ? "" : end.learner.name();
        send(MentoringMails.oneToOnesCancelled(end.mentorEmail(), language, displayName(end.mentor), learnerName,
                end.cohortName(language, end.mentor == null ? null : end.mentor.timezone()))
                .withAttachment(Invites.attachment(end.cancelIcs(language), true, learnerName,
                language)), end.match.learnerId());
    }

    /** The learner who asked for a rematch, or withdrew, gets their CANCEL. */
    private void cancelForLearner(EndedPair end) {
        if (end.series() == null || end.learner == null) {
            return;
        }
        Learner l = end.learner;
        send(MentoringMails.oneToOnesCancelled(l.email(), l.language(), l.name(), displayName(end.mentor),
                end.cohortName(l.language(), l.timezone())).withAttachment(Invites.attachment(end.cancelIcs(l.language()), true,
                displayName(end.mentor), l.language())), l.learnerId());
    }

    /**
     * One mail per address of the cohort's LCM team (the team items' addresses, else the staff
     * directory's), in each member's language (the cohort's while theirs is unknown), with who ended
     * the pair and the reason.
     */
    private void tellTeam(EndedPair end, MentoringMails.EndedBy by, String reason) {
        if (end.cohort == null) {
            return;
        }
        List<CohortStore.TeamMember> members;
        try {
            members = team.team(end.cohort.cohortId());
        } catch (RuntimeException e) {
            Log.warn("Could not read the LCM team of cohort " + end.cohort.cohortId() + ": " + e);
            return;
        }
        Map<String, Language> addresses = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CohortStore.TeamMember m : members) {
            if (!end.cohort.isRunBy(m.sub())) {
                continue; // an item left by a member since removed from the team
            }
            String email = m.email() != null ? m.email() : lookUp(m.sub());
            if (email != null && seen.add(email.strip().toLowerCase(Locale.ROOT))) {
                addresses.put(email.strip(), m.mailLanguage(end.cohort));
            }
        }
        String learnerName = by == MentoringMails.EndedBy.ERASURE || end.learner == null ? null : end.learner.name();
        addresses.forEach((to, language) -> send(MentoringMails.toTeam(to, language, end.cohortName(language, null),
                learnerName, end.mentor == null || end.mentor.name() == null ? end.match.mentorId() : end.mentor.name(),
                by, reason), end.match.learnerId()));
    }

    /** A member without an address on their team item; unknown when the lookup fails. */
    private String lookUp(String sub) {
        try {
            return directory.emailOf(sub);
        } catch (RuntimeException e) {
            Log.warn("Could not look up LCM " + sub + " in the staff directory: " + e);
            return null;
        }
    }

    /** The learner's mentor as {@code GET /api/me} shows them, or null. */
    public Map<String, Object> mentorOf(String learnerId) {
        MentoringStore.Match match = store.matchOf(learnerId);
        Mentor m = match == null ? null : mentors.find(match.mentorId());
        if (m == null) {
            return null;
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("mentorId", m.sub());
        v.put("name", m.name());
        v.put("email", m.email());
        v.put("languages", m.languages());
        v.put("timezone", m.timezone());
        return v;
    }

    /** 1–500 characters once trimmed, no control characters but line breaks. */
    static String checkReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > REASON_MAX || r.chars().anyMatch(c -> Character.isISOControl(c)
                && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInput(Map.of("reason", "Give a reason of 1 to " + REASON_MAX + " characters."));
        }
        return r;
    }

    private static String displayName(Mentor m) {
        return m == null || m.name() == null ? "" : m.name();
    }

    private void send(Mail mail, String learnerId) {
        AfterCommit.send(mailer, mail, "mail about the end of the match of learner " + learnerId);
    }
}
