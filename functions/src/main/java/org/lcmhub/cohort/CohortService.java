package org.lcmhub.cohort;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.Invitations;
import org.lcmhub.auth.LocalStaff;
import org.lcmhub.auth.StaffInvitations;
import org.lcmhub.cohort.model.Begun;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.CohortChanges;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Slug;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;
import org.lcmhub.risk.RiskPolicy;

/** LCMs create and change cohorts; anyone lists the open ones. */
public class CohortService {
    static final int SEATS_MAX = 10_000;
    static final int WEEKS_MAX = 104;
    static final int TITLE_MAX = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new cohort as an LCM describes it, fields as received. */
    public record NewCohort(String pathId, String startDate, Integer weeks, Integer seats, String language,
                            String title) {
    }

    /** Changes as received; null leaves a field as it is. */
    public record Patch(String title, String startDate, Integer weeks, Integer seats, Boolean open) {
    }

    /**
     * The cohort as changed, and how many learners were sent its new dates: null when its dates
     * stayed, so the team's page says whom a move reached (possibly no one) only when it moved;
     * and who the change took off the waitlist into a seat (each mailed so), in that order.
     */
    public record Changed(Cohort cohort, Integer newDatesMailed, List<Learner> promoted) {
        public Changed(Cohort cohort, Integer newDatesMailed) {
            this(cohort, newDatesMailed, List.of());
        }
    }

    /** The most waiting learners a page of the waitlist lists. */
    public static final int WAITLIST_PAGE_MAX = 100;

    private final CohortStore store;
    private final Seats seats;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;
    private final CohortTeam team;

    /** Fellow LCMs are invited through the local directory (the local hub's issuer). */
    public CohortService(CohortStore store, Seats seats, Mailer mailer, Messages messages, Clock clock) {
        this(store, seats, mailer, messages, clock, new LocalStaff());
    }

    public CohortService(CohortStore store, Seats seats, Mailer mailer, Messages messages, Clock clock,
                         StaffInvitations directory) {
        this.store = store;
        this.seats = seats;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.team = new CohortTeam(store, new Invitations(directory, mailer, messages), clock);
    }

    private CohortPlaces places = CohortPlaces.NONE;

    /**
     * Where a cohort meets, for the mail of a learner whom added seats take off the waitlist: that
     * mail is their welcome, as the one of a seat freed by a learner's leaving.
     */
    public CohortService withPlaces(CohortPlaces cohortPlaces) {
        this.places = cohortPlaces;
        return this;
    }

    /** The team's members, additions by email address and removals. */
    public CohortTeam team() {
        return team;
    }

    /** Why a first day that has begun somewhere on Earth ({@link Begun}) is refused, on creation and edit alike. */
    private static final String PAST_START = "Give a first day still to come: one that has begun nowhere yet.";

    public Cohort create(Caller lcm, NewCohort in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.pathId() == null || !Slug.isValid(in.pathId())) {
            errors.put("pathId", "Give the course path's id, as in its page's front matter (e.g. python-8-weeks).");
        }
        LocalDate start = date(in.startDate(), "startDate", errors, true);
        Map<String, String> params = new LinkedHashMap<>();
        // As a new first day on the edit: a cohort begun somewhere already could not take it back.
        if (start != null && Begun.hasBegun(start, Begun.dayAnywhere(clock.instant()))) {
            errors.put("startDate", PAST_START);
            params.put("startDate", "past");
        }
        checkRange(in.weeks(), "weeks", 1, WEEKS_MAX, errors, true);
        checkRange(in.seats(), "seats", 1, SEATS_MAX, errors, true);
        Language language = Language.parse(in.language()).orElse(null);
        if (language == null) {
            errors.put("language", Language.ERROR);
        }
        checkTitle(in.title(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, params);
        }
        String title = in.title() != null ? in.title() : PathTitles.cohortTitle(in.pathId(), language);
        Cohort cohort = new Cohort(newId(in.pathId(), start), in.pathId(), title, language, start, in.weeks(),
                in.seats(), true, 0, 0, Set.of(lcm.sub()), clock.instant());
        store.create(cohort, lcm.email());
        return cohort;
    }

    /** Applies an LCM's changes; more seats enrol the first waitlisted learners, until the cohort's half. */
    public Changed update(Caller lcm, String cohortId, Patch in) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(in.startDate(), "startDate", errors, false);
        checkRange(in.weeks(), "weeks", 1, WEEKS_MAX, errors, false);
        checkRange(in.seats(), "seats", 1, SEATS_MAX, errors, false);
        checkTitle(in.title(), errors);
        boolean datesGiven = start != null || in.weeks() != null;
        // Read to tell the learners of new dates, and to refuse a first day that has come already;
        // whether a begun cohort's dates may change at all is the write's condition, not this read.
        Cohort before = datesGiven ? store.find(cohortId) : null;
        LocalDate dayAnywhere = Begun.dayAnywhere(clock.instant());
        Map<String, String> params = new LinkedHashMap<>();
        // Named with the other fields' errors, so the LCM reads every one at once.
        if (before != null && before.isRunBy(lcm.sub()) && start != null && !start.equals(before.startDate())
                && !Begun.hasBegun(before.startDate(), dayAnywhere) && Begun.hasBegun(start, dayAnywhere)) {
            errors.put("startDate", PAST_START);
            params.put("startDate", "past");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, params);
        }
        Cohort updated = store.update(cohortId, lcm.sub(),
                new CohortChanges(in.title(), start, in.weeks(), in.seats(), in.open()), today(), dayAnywhere);
        store.recordEmail(cohortId, lcm.sub(), lcm.email(), lcm.name());
        Integer mailed = null;
        if (before != null && (!before.startDate().equals(updated.startDate()) || before.weeks() != updated.weeks())) {
            List<Learner> told = seats.holders(cohortId);
            told.forEach(l -> notifyNewDates(l, updated, before));
            mailed = told.size();
        }
        if (in.seats() != null) {
            List<Learner> promoted = seats.fillFreeSeats(cohortId, clock.instant());
            promoted.forEach(l -> notifyPromoted(l, updated));
            if (!promoted.isEmpty()) {
                return new Changed(store.find(cohortId), mailed, promoted);
            }
        }
        return new Changed(updated, mailed);
    }

    public Cohort addToTeam(Caller lcm, String cohortId, String fellowSub) {
        return addToTeam(lcm, cohortId, fellowSub, null);
    }

    /** The same, {@code page}: the language of the page that adds them, their first when none is known. */
    public Cohort addToTeam(Caller lcm, String cohortId, String fellowSub, Language page) {
        if (fellowSub == null || fellowSub.length() > 128 || !fellowSub.matches("[A-Za-z0-9._:-]+")) {
            throw new InvalidInput(Map.of("sub", "Give the fellow LCM's sign-in id (the sub of their token)."));
        }
        Cohort cohort = store.addToTeam(cohortId, lcm.sub(), fellowSub);
        team.firstLanguage(cohortId, fellowSub, page);
        store.recordEmail(cohortId, lcm.sub(), lcm.email(), lcm.name());
        return cohort;
    }

    /** The cohort's early-warning thresholds, for its LCM team. */
    public RiskPolicy riskPolicy(Caller lcm, String cohortId) {
        return store.teamCohort(cohortId, lcm.sub()).riskPolicy();
    }

    /**
     * Replaces the cohort's thresholds with {@code fields} (by field name; one left out takes its
     * default), checked first; the write is conditioned on the caller being on the team.
     */
    public RiskPolicy setRiskPolicy(Caller lcm, String cohortId, Map<String, ? extends Number> fields) {
        RiskPolicy policy = RiskPolicyRules.policy(fields);
        Cohort cohort = store.setRiskPolicy(cohortId, lcm.sub(), policy);
        store.recordEmail(cohortId, lcm.sub(), lcm.email(), lcm.name());
        return cohort.riskPolicy();
    }

    /** What a learner on the path's page is offered today, by the sign-up's own rule. */
    public Offers.State offer(Cohort cohort) {
        return Offers.state(cohort, today());
    }

    /**
     * What reopening a closed cohort's sign-ups would offer today ({@link Offers#stateIfOpen}); null
     * for a cohort whose sign-ups are open. The team's page offers to reopen only where learners
     * would be offered the cohort again.
     */
    public Offers.State ifReopened(Cohort cohort) {
        return cohort.open() ? null : Offers.stateIfOpen(cohort, today());
    }

    /**
     * Today in UTC, the day {@link Offers} judges a cohort by: which cohorts are offered is one
     * rule for everyone (the path page, the sign-up, the LCMs' list), whatever their zone, so it is
     * the same day for all of them. What is said to one learner about their own calendar (a mail's
     * "the cohort starts" or "has started") is judged on their date instead, {@link Learner#today}.
     */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The cohorts of a path a learner may join ({@link Offers}), those in {@code language} first. */
    public List<Cohort> open(String pathId, Language language) {
        if (pathId == null || !Slug.isValid(pathId)) {
            throw new InvalidInput(Map.of("pathId", "Give a course path id, e.g. ?pathId=python-8-weeks."));
        }
        return Offers.offers(store.byPath(pathId), today(), language);
    }

    public List<Cohort> runBy(Caller lcm) {
        return runBy(lcm, null);
    }

    /**
     * The cohorts an LCM runs, earliest start first; the visit is recorded on their teams as every
     * staff page's is ({@link TeamVisits}: address, name and {@code reader}, the page's language,
     * null when unknown), written only where something changed.
     */
    public List<Cohort> runBy(Caller lcm, Language reader) {
        List<CohortStore.TeamSeat> seats = new TeamVisits(store).record(lcm, reader);
        return seats.stream().map(t -> store.find(t.cohortId())).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Cohort::startDate).thenComparing(Cohort::cohortId))
                .toList();
    }

    /**
     * A page of the waitlist; why no seat comes to it any more ({@link Offers#noMoreSeats}, null
     * while one may); and then the cohort of the path its learners could move to (null: none, or
     * seats may still come), as My page offers it first, in the cohort's language first.
     */
    public record Waitlist(Seats.WaitPage page, Offers.State noMoreSeats, Cohort moveTo) {
    }

    /** A page of the cohort's waitlist, in its order, for its LCM team (unknown: 404; off the team: 403). */
    public Waitlist waitlist(Caller lcm, String cohortId, Long after, int limit) {
        Cohort cohort = store.teamCohort(cohortId, lcm.sub());
        Seats.WaitPage page = seats.waiting(cohortId, after, limit);
        Offers.State none = Offers.noMoreSeats(cohort, today());
        Cohort moveTo = none == null ? null
                : Offers.seatElsewhere(store.byPath(cohort.pathId()), today(), cohort.language(), cohortId);
        return new Waitlist(page, none, moveTo);
    }

    /** The cohort (a read writes nothing: addresses are recorded by {@link #runBy} and by changes). */
    public Cohort get(Caller lcm, String cohortId) {
        Cohort cohort = store.find(cohortId);
        if (cohort == null) {
            throw new CohortStore.NotFound(cohortId);
        }
        return cohort;
    }

    /**
     * A seat added by the team, mailed with the cohort's places as the welcome mail lists them (My
     * page without its script sends the learner to that mail for them). The cohort, a shared
     * concept, does not name the community that keeps them: the port gives their lines.
     */
    void notifyPromoted(Learner learner, Cohort cohort) {
        AfterCommit.send(mailer, () -> messages.promoted(learner.email(), learner.name(), learner.language(),
                CohortNames.title(cohort, learner.language()), cohort.language(), cohort.startDate(), cohort.endDate(),
                learner.today(clock.instant()), places.lines(cohort.cohortId(),
                        // The key is kept hashed only: the mail cannot carry it.
                        new CohortPlaces.Reader(learner.language(), java.time.ZoneId.of(learner.timezone()), null),
                        clock.instant(), cohort.startDate())),
                "tell learner " + learner.learnerId() + " about their seat");
    }

    /**
     * Tells a learner enrolled in or waiting for the cohort its new dates beside its old ones ({@code before}), in
     * their language, on their own date (a cohort begun there only changed its end).
     */
    void notifyNewDates(Learner learner, Cohort cohort, Cohort before) {
        AfterCommit.send(mailer, () -> messages.datesChanged(learner.email(), learner.name(), learner.language(),
                CohortNames.title(cohort, learner.language()), cohort.startDate(), cohort.endDate(),
                before.startDate(), before.endDate(),
                learner.status() == LearnerStatus.WAITLISTED,
                Offers.noMoreSeats(cohort, today()) != null,
                learner.today(clock.instant())),
                "tell learner " + learner.learnerId() + " about the cohort's new dates");
    }

    /** Whether the cohort has begun ({@link Begun}): its first day then stays, and its weeks begun. */
    public boolean hasBegun(Cohort cohort) {
        return Begun.hasBegun(cohort.startDate(), Begun.dayAnywhere(clock.instant()));
    }

    /** The weeks of the cohort that have begun: its length cannot go below them. */
    public int weeksBegun(Cohort cohort) {
        return Begun.weeksBegun(cohort.startDate(), cohort.weeks(), Begun.dayAnywhere(clock.instant()));
    }

    private static LocalDate date(String value, String field, Map<String, String> errors, boolean required) {
        if (value == null) {
            if (required) {
                errors.put(field, "Give a date as yyyy-MM-dd.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Give a date as yyyy-MM-dd.");
            return null;
        }
    }

    private static void checkRange(Integer value, String field, int min, int max, Map<String, String> errors,
                                   boolean required) {
        if (value == null ? required : value < min || value > max) {
            errors.put(field, "Give a whole number from " + min + " to " + max + ".");
        }
    }

    private static void checkTitle(String title, Map<String, String> errors) {
        if (title != null && (title.length() > TITLE_MAX || title.chars().anyMatch(Character::isISOControl))) {
            errors.put("title", "The title must be at most " + TITLE_MAX + " characters, without control characters.");
        }
    }

    /** Readable and unique: the path, the start date, and four random characters. */
    static String newId(String pathId, LocalDate start) {
        String prefix = pathId.length() > 40 ? pathId.substring(0, 40).replaceAll("-+$", "") : pathId;
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return prefix + "-" + start.toString().replace("-", "") + "-" + suffix;
    }
}
