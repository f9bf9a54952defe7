package org.lcmhub.me;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.appointments.CurrentOneToOne;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.WeekPlans;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Characters;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Log;
import org.lcmhub.domain.TimeZones;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerAuth.NotAuthorised;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.mail.Messages;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.pairing.store.Departures;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.PlanSigns;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.signup.store.SignupStore;

/** A learner's self-service, authorised by their personal key alone. */
public class MeService {
    private final LearnerStore learners;
    private final SignupStore signups;
    private final Departures seats;
    private final CohortStore cohorts;
    private final CheckInStore checkIns;
    private final NoteStore notes;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;
    private final LearnerAuth auth;
    private final CurrentOneToOne oneToOne;

    public MeService(LearnerStore learners, SignupStore signups, Departures seats, CohortStore cohorts,
                     CheckInStore checkIns, NoteStore notes, Mailer mailer, Messages messages, Clock clock,
                     CurrentOneToOne oneToOne) {
        this.oneToOne = oneToOne;
        this.learners = learners;
        this.checkIns = checkIns;
        this.notes = notes;
        this.clock = clock;
        this.auth = new LearnerAuth(learners);
        this.signups = signups;
        this.seats = seats;
        this.cohorts = cohorts;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** Personal plans and session reports: the standing is judged against the learner's own plan (null: none kept). */
    public MeService withPlans(PlanStore planStore) {
        this.plans = planStore;
        return this;
    }

    private PlanStore plans;
    private CohortPlaces places = CohortPlaces.NONE;

    /** Where the cohort meets, for the mail to a learner who takes a freed seat. */
    public MeService withPlaces(CohortPlaces cohortPlaces) {
        this.places = cohortPlaces;
        return this;
    }

    /** The learner whose key this is (see {@link LearnerAuth}). */
    public LearnerStore.Stored authenticate(String token) {
        return auth.authenticate(token);
    }

    /**
     * The learner's own view; its cohort titles are in {@code reader}'s language (the page's, which
     * a learner may read in the other language than their profile's; null: their profile's).
     */
    public Map<String, Object> profile(Learner l, Language reader) {
        return profile(l, reader, null);
    }

    /** As above, the 1:1s also on the mentor's clock in their zone now ({@code mentorZone}; null: as set). */
    public Map<String, Object> profile(Learner l, Language reader, java.time.ZoneId mentorZone) {
        Language words = reader == null ? l.language() : reader;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("learnerId", l.learnerId());
        view.put("name", l.name());
        view.put("email", l.email());
        view.put("pathId", l.pathId());
        view.put("status", l.status().wire());
        Integer position = signups.waitlistPosition(l);
        if (position != null) {
            view.put("waitlistPosition", position);
        }
        view.put("language", l.language().code());
        view.put("timezone", l.timezone());
        view.put("hoursPerWeek", l.hoursPerWeek());
        view.put("goals", l.goals());
        view.put("createdAt", l.createdAt().toString());
        view.put("seatSince", l.seatSince().toString());
        Cohort c = cohorts.find(l.cohortId());
        if (c != null) {
            Map<String, Object> cohort = new LinkedHashMap<>();
            cohort.put("cohortId", c.cohortId());
            cohort.put("title", CohortNames.title(c, words));
            cohort.put("language", c.language().code());
            cohort.put("startDate", c.startDate().toString());
            cohort.put("endDate", c.endDate().toString());
            // Its length as advertised ("8 weeks"), which the page counts the cohort's week against.
            cohort.put("weeks", c.weeks());
            // The cohort's ISO weeks, as the server counts them, so the page does not count them again.
            cohort.put("planWeeks", CheckInViews.plan(c).weeks());
            view.put("cohort", cohort);
        }
        if (l.status() == LearnerStatus.WAITLISTED) {
            // The other cohorts of the path with a seat, which My page offers to move to, the first
            // (seatElsewhere, null: none) in the learner's language, then the earliest.
            List<Map<String, Object>> others = Offers.seatsElsewhere(cohorts.byPath(l.pathId()), today(), l.language(), l.cohortId())
                    .stream().map(o -> Offers.seatView(o, words)).toList();
            view.put("seatElsewhere", others.isEmpty() ? null : others.get(0));
            view.put("seatsElsewhere", others);
            // Past its half the cohort gives its waitlist no seat (Offers.givesSeats): why, as a code
            // My page words, null while a seat may still come; the move above is then the way on.
            Offers.State none = c == null ? null : Offers.noMoreSeats(c, today());
            view.put("noMoreSeats", none == null ? null : none.wire());
        }
        Map<String, Object> series = oneToOne.view(l.learnerId(), mentorZone);
        view.put("oneToOne", series);
        if (series == null && oneToOne.cancelled(l.learnerId())) {
            // Not "no 1:1 set yet": there was a series, and the mentor cancelled it.
            view.put("oneToOneCancelled", true);
        }
        List<WeeklyCheckIn> history = checkIns.history(l.learnerId());
        view.put("checkIns", CheckInViews.views(history));
        if (c != null && l.status() == LearnerStatus.ENROLLED) {
            PersonalPlan plan = plans == null ? null : plans.current(l.learnerId());
            LocalDate end = plan == null ? null : plan.endDate();
            // The last day of the weeks the check-in takes: the page offers it, and says why, until then.
            view.put("checkInsUntil", CheckInViews.checkInsUntil(c, end).toString());
            view.put("standing", standing(l, c, history, plan));
        }
        return view;
    }

    /** Pace and risk against the learner's plan and the cohort's thresholds, from their own start (rolling enrolment). */
    private Map<String, Object> standing(Learner l, Cohort c, List<WeeklyCheckIn> history, PersonalPlan plan) {
        LocalDate end = plan == null ? null : plan.endDate();
        List<SessionReport> reports = plans == null ? List.of() : plans.reports(l.learnerId());
        Map<String, Object> standing = CheckInViews.standing(CheckInViews.assess(l, c, history,
                notes.lastContact(l.learnerId()), clock.instant(), end, PlanSigns.outcomes(reports)),
                CheckInViews.plan(c, l, end), l.language());
        standing.put("planByWeek", planByWeek(l, c));
        // Where the learner's own weeks sit on the cohort's: one given a seat late (promoted from the
        // waitlist, or signed up mid-cohort) starts their plan in a later week of the cohort's, and
        // the page draws the plan and labels the history on the cohort's weeks from there.
        LocalDate start = CheckInViews.ownStart(c, l);
        standing.put("startDate", start.toString());
        standing.put("firstWeek", CheckInViews.cohortWeek(c, start));
        // The day the plan in force was saved: in its week, last week's figure (the plan then) and
        // this week's start (the new plan) differ, and the page says why.
        standing.put("planChangedOn", plan == null || plan.version() == 0 || plan.changedAt() == null ? null
                : LocalDate.ofInstant(plan.changedAt(), ZoneId.of(l.timezone())).toString());
        return standing;
    }

    /** Each of the learner's weeks against the plan in force that week ({@link WeekPlans}), for the history and chart. */
    private List<Integer> planByWeek(Learner l, Cohort c) {
        ZoneId zone = ZoneId.of(l.timezone());
        List<WeekPlans.Version> versions = plans == null ? List.of() : plans.versions(l.learnerId()).stream()
                .map(p -> new WeekPlans.Version(p.version(), LocalDate.ofInstant(p.changedAt(), zone), p.endDate()))
                .toList();
        return WeekPlans.figures(c, CheckInViews.ownStart(c, l), versions,
                LocalDate.ofInstant(clock.instant(), zone));
    }

    public void update(LearnerStore.Stored me, LearnerStore.ProfileChanges c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.timezone() != null && !TimeZones.isRegionZone(c.timezone())) {
            errors.put("timezone", TimeZones.ERROR);
        }
        if (c.hoursPerWeek() != null && (c.hoursPerWeek() < 1 || c.hoursPerWeek() > Learner.HOURS_MAX)) {
            errors.put("hoursPerWeek", "Hours per week must be between 1 and " + Learner.HOURS_MAX + ".");
        }
        if (c.goals() != null && Characters.count(c.goals()) > Learner.GOALS_MAX) {
            errors.put("goals", "Your goals must be at most " + Learner.GOALS_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!learners.update(me.learner().learnerId(), me.learner().cohortId(), me.keyHash(), c)) {
            throw new NotAuthorised();
        }
    }

    /**
     * Leaves the cohort; a freed seat goes to the first waitlisted learner, who is told by mail. The
     * learner who left is told too, by a mail queued in the leave's own write (none when they had
     * left already).
     */
    public Departures.Withdrawal withdraw(Learner learner) {
        Cohort cohort = cohorts.find(learner.cohortId());
        return withdraw(learner, cohort, (was, passedOn) -> messages.left(was.email(), was.name(), was.language(),
                cohort == null ? was.cohortId() : CohortNames.title(cohort, was.language()),
                cohort == null ? null : cohort.startDate(), was.today(clock.instant()),
                was.status() == LearnerStatus.ENROLLED, passedOn));
    }

    /** Leaves with {@code notice}'s mail (null: none, as for an erasure, after which no page is left to open). */
    private Departures.Withdrawal withdraw(Learner learner, Cohort cohort, Departures.Notice notice) {
        Departures.Withdrawal w = seats.withdraw(learner.learnerId(), clock.instant(), notice);
        if (w == null) {
            throw new NotAuthorised();
        }
        if (w.promoted() != null) {
            Learner p = w.promoted();
            LocalDate start = cohort == null ? null : cohort.startDate();
            AfterCommit.send(mailer, () -> messages.promoted(p.email(), p.name(), p.language(),
                    cohort == null ? learner.cohortId() : CohortNames.title(cohort, p.language()), cohort == null ? null : cohort.language(),
                    start, cohort == null ? null : cohort.endDate(), p.today(clock.instant()),
                    placesInMail(p, learner.cohortId(), start)),
                    "tell learner " + p.learnerId() + " about their seat");
        }
        return w;
    }

    /**
     * A waitlisted learner takes a seat in another cohort of their path instead, in one write
     * ({@link SignupStore#moveToSeat}): that cohort must be offered today, with a seat left. The
     * learner is mailed their seat; their key and link stay as they were.
     *
     * @throws InvalidInput on {@code cohortId} when that cohort is not one to move to
     * @throws SignupStore.MoveRefused when the learner no longer waits, the seat went, or the
     *     address signed up to that cohort before
     */
    public Learner moveToSeat(Learner learner, String cohortId) {
        Cohort to = cohortId == null ? null : cohorts.find(cohortId);
        if (learner.status() != LearnerStatus.WAITLISTED) {
            throw new SignupStore.MoveRefused(SignupStore.MoveRefused.Reason.NOT_WAITING);
        }
        if (to == null || !to.pathId().equals(learner.pathId()) || to.cohortId().equals(learner.cohortId())) {
            throw new InvalidInput(Map.of("cohortId", "Give another cohort of your course path."));
        }
        if (!Offers.offered(to, today())) {
            throw new InvalidInput(Map.of("cohortId", "This cohort is not open to sign-ups any more."));
        }
        Learner moved = signups.moveToSeat(learner, cohortId, clock.instant());
        followUp(learner.learnerId());
        Cohort from = cohorts.find(learner.cohortId()); // the one left, named with its start in the mail
        AfterCommit.send(mailer, () -> messages.moved(moved.email(), moved.name(), moved.language(),
                CohortNames.title(from, moved.language()), from.startDate(), CohortNames.title(to, moved.language()),
                to.language(), to.startDate(), to.endDate(), moved.today(clock.instant()), placesInMail(moved, to.cohortId(), to.startDate())),
                "tell learner " + moved.learnerId() + " about their seat elsewhere");
        return moved;
    }

    /**
     * On the learner's read of their page: a follow-up their profile says is still to do
     * ({@link LearnerStore.Stored#followUpMove}, set in the move's own write) is finished here,
     * should the stream function have given up. Without the flag nothing is read: almost no
     * learner has a follow-up waiting. A mark written before moves set the flag is left to the
     * function. A flag whose mark is gone (a process stopped between the two deletes) goes.
     */
    public void followUp(LearnerStore.Stored me) {
        String move = me.followUpMove();
        if (move == null) {
            return;
        }
        String learnerId = me.learner().learnerId();
        try {
            if (!new FollowUps(signups, notes, plans).complete(learnerId)) {
                signups.followedUp(new SignupStore.FollowUp(learnerId, move, java.util.Set.of(), null));
            }
        } catch (RuntimeException e) {
            Log.warn("The follow-up of learner " + learnerId + "'s move is left to the stream function: "
                    + e.getMessage());
        }
    }

    /**
     * What the team wrote while the learner waited follows them to their seat ({@link FollowUps}):
     * right after the move, and again on the learner's next read of their page should a mark be
     * left (the stream function gave up, say). The move stands whatever happens here: its
     * transaction left the mark that the stream function finishes from, so a failure is logged
     * and the learner answered.
     */
    public void followUp(String learnerId) {
        try {
            new FollowUps(signups, notes, plans).complete(learnerId);
        } catch (RuntimeException e) {
            Log.warn("The follow-up of learner " + learnerId + "'s move is left to the stream function: "
                    + e.getMessage());
        }
    }

    /** The cohort's places as a mail to {@code reader}, who now has a seat there, says them. */
    private List<String> placesInMail(Learner reader, String cohortId, LocalDate start) {
        // The key is kept hashed only: the mail cannot carry it.
        return places.lines(cohortId, new CohortPlaces.Reader(reader.language(), ZoneId.of(reader.timezone()), null),
                clock.instant(), start);
    }

    /** Today in UTC, the day cohorts are offered by. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    /** The learner's data to download: {@code profile}, their own view as the API shows it (mentor included), and every record. */
    public Map<String, Object> export(Learner learner, Map<String, Object> profile) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("profile", profile);
        List<Map<String, Object>> records = learners.export(learner);
        export.put("records", records);
        return export;
    }

    /** Withdraws (so the seat is not lost to the cohort), then erases everything personal. */
    public Departures.Withdrawal erase(Learner learner) {
        Departures.Withdrawal w = withdraw(learner, cohorts.find(learner.cohortId()), null);
        learners.erase(learner);
        return w;
    }
}
