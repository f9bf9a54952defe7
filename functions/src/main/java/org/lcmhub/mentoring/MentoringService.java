package org.lcmhub.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.risk.Assessment;
import org.lcmhub.checkin.risk.EarlyWarning;
import org.lcmhub.checkin.risk.LearnerHistory;
import org.lcmhub.checkin.risk.Plan;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.dashboard.store.NoteStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.me.store.LearnerStore;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.mentoring.store.MentoringStore;
import org.lcmhub.signup.model.Learner;

/**
 * After the match: a mentor's mentees with their last check-in and risk, and either side ending
 * the pair with a reason (the place goes back to the mentor, the pair is never proposed again,
 * the other side is told).
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

    public MentoringService(MentoringStore store, LearnerStore learners, MentorStore mentors, CohortStore cohorts,
                            CheckInStore checkIns, NoteStore notes, Mailer mailer, Clock clock) {
        this.store = store;
        this.learners = learners;
        this.mentors = mentors;
        this.cohorts = cohorts;
        this.checkIns = checkIns;
        this.notes = notes;
        this.mailer = mailer;
        this.clock = clock;
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
        String language = me == null ? "en" : me.mailLanguage();
        Map<String, Cohort> cohortsById = new HashMap<>();
        List<Map<String, Object>> views = new ArrayList<>();
        for (MentoringStore.Match m : page.matches()) {
            LearnerStore.Stored stored = learners.find(m.learnerId());
            if (stored == null) {
                continue; // erased between the two reads
            }
            Cohort cohort = cohortsById.computeIfAbsent(m.cohortId(), cohorts::find);
            views.add(menteeView(m, stored.learner(), cohort, language));
        }
        return new Page(views, page.lastLearnerId());
    }

    private Map<String, Object> menteeView(MentoringStore.Match m, Learner l, Cohort cohort, String language) {
        List<WeeklyCheckIn> history = checkIns.history(l.learnerId());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("learnerId", l.learnerId());
        v.put("name", l.name());
        v.put("email", l.email());
        v.put("cohortId", l.cohortId());
        v.put("pathId", l.pathId());
        v.put("language", l.language());
        v.put("timezone", l.timezone());
        v.put("matchedAt", m.matchedAt() == null ? null : m.matchedAt().toString());
        v.put("lastCheckIn", history.stream().max(Comparator.comparing(WeeklyCheckIn::week))
                .map(MentoringService::lastCheckIn).orElse(null));
        v.put("risk", cohort == null ? null : risk(assess(l, cohort, history), language));
        return v;
    }

    private static Map<String, Object> lastCheckIn(WeeklyCheckIn c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("week", c.week().toString());
        v.put("progress", c.progress());
        v.put("mood", c.mood());
        v.put("needHelp", c.needHelp());
        v.put("submittedAt", c.submittedAt().toString());
        return v;
    }

    /** The early-warning verdict the learner and their LCM team see, from the learner's own start. */
    private Assessment assess(Learner l, Cohort cohort, List<WeeklyCheckIn> history) {
        ZoneId zone = ZoneId.of(l.timezone());
        Instant contact = notes.lastContact(l.learnerId());
        LearnerHistory h = new LearnerHistory(CheckInViews.ownStart(cohort.startDate(), l.createdAt(), zone),
                CheckInViews.forRules(history, zone), contact == null ? null : LocalDate.ofInstant(contact, zone));
        // The path's steps are not stored with the cohort: one step per week stands in for them.
        return EarlyWarning.assess(h, new Plan(cohort.weeks(), cohort.weeks()), cohort.riskPolicy(),
                LocalDate.now(clock.withZone(zone)));
    }

    private static Map<String, Object> risk(Assessment a, String language) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("level", a.level().wire());
        v.put("reasons", CheckInViews.reasons(a, language));
        return v;
    }

    /** The mentor ends the pair: 404-like when the learner is not theirs. */
    public void release(Caller mentor, String learnerId, String reason) {
        String why = checkReason(reason);
        MentoringStore.Match match = store.matchOf(learnerId);
        if (match == null || !match.mentorId().equals(mentor.sub())
                || !store.release(match, new MentoringStore.Ending("mentor", why, clock.instant()))) {
            throw new NotYourMentee();
        }
        LearnerStore.Stored learner = learners.find(learnerId);
        Mentor me = mentors.find(mentor.sub());
        if (learner != null) {
            Learner l = learner.learner();
            send(MentoringMails.released(l.email(), l.name(), l.language(), displayName(me), cohortTitle(match)),
                    learnerId);
        }
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
            if (store.release(match, new MentoringStore.Ending("learner", why, clock.instant()))) {
                Mentor mentor = mentors.find(match.mentorId());
                if (mentor != null && mentor.email() != null) {
                    send(MentoringMails.rematchAsked(mentor.email(), mentor.mailLanguage(), displayName(mentor),
                            learner.name(), cohortTitle(match)), learner.learnerId());
                }
                return;
            }
        }
        throw new NoMentor();
    }

    /**
     * Runs the learner's withdrawal or erasure (which ends their match in its own transaction),
     * then tells the mentor they had that the place is free again.
     */
    public void leaving(Learner learner, Runnable leave) {
        MentoringStore.Match before = store.matchOf(learner.learnerId());
        leave.run();
        if (before == null || store.matchOf(learner.learnerId()) != null) {
            return;
        }
        Mentor mentor = mentors.find(before.mentorId());
        if (mentor != null && mentor.email() != null) {
            send(MentoringMails.menteeLeft(mentor.email(), mentor.mailLanguage(), displayName(mentor),
                    learner.name(), cohortTitle(before)), learner.learnerId());
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

    private String cohortTitle(MentoringStore.Match match) {
        Cohort c = cohorts.find(match.cohortId());
        return c == null ? match.cohortId() : c.title();
    }

    private static String displayName(Mentor m) {
        return m == null || m.name() == null ? "" : m.name();
    }

    /** After the transaction has committed; a failed mail is logged and the change stands. */
    private void send(Mail mail, String learnerId) {
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            System.err.println("Could not mail about the end of the match of learner " + learnerId + ": " + e);
        }
    }
}
