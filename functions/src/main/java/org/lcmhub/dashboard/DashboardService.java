package org.lcmhub.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.dashboard.store.FiguresCache;
import org.lcmhub.dashboard.store.LearnerPage;
import org.lcmhub.dashboard.store.MentorDirectory;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.matching.MatchingProfiles;
import org.lcmhub.matching.Eligibility;
import org.lcmhub.matching.WhyNoMentor;
import org.lcmhub.matching.draft.MatchingService;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.UnmatchedLearner;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.PlanSigns;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.SessionOutcome;

/** A cohort's dashboard and notes, for the cohort's LCM team only. */
public class DashboardService {
    static final int NOTE_MAX = 2_000;

    /**
     * The cohort, the standing of each enrolled learner (oldest sign-up first), its figures, its
     * charts, and the enrolled learners without a mentor with the reasons why.
     */
    public record Dashboard(Cohort cohort, List<LearnerStanding> learners, CohortKpis kpis, CohortCharts charts,
                            List<WithoutMentor> withoutMentor, List<Learner> enrolled, List<WeeklyCheckIn> checkIns) {
    }

    /** An enrolled learner with no published mentor, and why (matching's reasons, not yet in words). */
    public record WithoutMentor(String learnerId, String name, List<org.lcmhub.matching.model.Reason> reasons) {
    }

    /** A hub without mentor profiles: nobody has a mentor name, and nobody could be matched. */
    private static final MentorDirectory NO_MENTORS = new MentorDirectory() {
        @Override
        public Map<String, String> names(Collection<String> mentorIds) {
            return Map.of();
        }

        @Override
        public List<Mentor> all() {
            return List.of();
        }
    };

    private final CohortStore cohorts;
    private final CohortRecords records;
    private final NoteStore notes;
    private final MentorDirectory mentors;
    private final Clock clock;
    private final PlanStore plans;
    private final FiguresCache figures;
    private final LearnerPage pages;

    public DashboardService(CohortStore cohorts, CohortRecords records, NoteStore notes, Clock clock) {
        this(cohorts, records, notes, NO_MENTORS, clock);
    }

    public DashboardService(CohortStore cohorts, CohortRecords records, NoteStore notes, MentorDirectory mentors,
                            Clock clock) {
        this(cohorts, records, notes, mentors, clock, null);
    }

    /** {@code plans}: personal plans and session reports, judged by the early warning too (null: none). */
    public DashboardService(CohortStore cohorts, CohortRecords records, NoteStore notes, MentorDirectory mentors,
                            Clock clock, PlanStore plans) {
        this(cohorts, records, notes, mentors, clock, plans, null, null);
    }

    /** {@code figures} and {@code pages}: what a paged view reads (null: no paged view). */
    public DashboardService(CohortStore cohorts, CohortRecords records, NoteStore notes, MentorDirectory mentors,
                            Clock clock, PlanStore plans, FiguresCache figures, LearnerPage pages) {
        this.figures = figures;
        this.pages = pages;
        this.plans = plans;
        this.cohorts = cohorts;
        this.records = records;
        this.notes = notes;
        this.mentors = mentors;
        this.clock = clock;
    }

    /** What the export needs: the cohort and the standing of each enrolled learner. */
    public record Export(Cohort cohort, List<LearnerStanding> learners) {
    }

    /**
     * One read of the cohort, the standings made from it and the names of its learners' mentors;
     * {@code model}: the figures' model it was patched from, brought up to date (null for a whole
     * read), and whether that changed it (an unchanged model is not written again).
     */
    private record Read(Cohort cohort, CohortRecords.Records records, List<Learner> enrolled,
                        List<LearnerStanding> standings, Map<String, Own> own, Instant now, boolean plans,
                        Map<String, String> names, Instant namesAt, FiguresModel model, boolean modelChanged) {
        Read from(FiguresModel patched, boolean changed) {
            return new Read(cohort, records, enrolled, standings, own, now, plans, names, namesAt, patched, changed);
        }
    }

    /**
     * Reads the cohort once; mentor names only for the mentors its learners have (by key), every
     * mentor profile only when some enrolled learner has none (to say why).
     */
    public Dashboard dashboard(Caller lcm, String cohortId) {
        return dashboard(read(lcm, cohortId));
    }

    private Dashboard dashboard(Read read) {
        return dashboard(read, false);
    }

    /** {@code recentMentors}: the mentors as read up to {@link #SNAPSHOT_LIFE} ago will do. */
    private Dashboard dashboard(Read read, boolean recentMentors) {
        Cohort cohort = read.cohort();
        List<CohortCharts.Enrolled> starts = new ArrayList<>();
        for (int i = 0; i < read.enrolled().size(); i++) {
            Learner l = read.enrolled().get(i);
            // Each against their own plan, as their standing: the personal plans came with the read.
            Own personal = read.own().get(l.learnerId());
            starts.add(new CohortCharts.Enrolled(read.standings().get(i),
                    CheckInViews.ownStart(cohort, l),
                    CheckInViews.plan(cohort, l, personal == null ? null : personal.end()),
                    LocalDate.ofInstant(read.now(), ZoneId.of(l.timezone()))));
        }
        LocalDate today = cohortDay(cohort, read.enrolled(), read.now());
        CohortCharts charts = CohortCharts.of(cohort.startDate(), CheckInViews.plan(cohort), starts, read.records().checkIns(),
                today, cohort.riskPolicy().dropoutSilentWeeks());
        return new Dashboard(cohort, read.standings(), CohortKpis.of(read.standings(), charts.thisWeek()), charts,
                withoutMentor(cohort, read.enrolled(), read.standings(), read.records(), read.now(), recentMentors),
                read.enrolled(),
                read.records().checkIns());
    }

    /**
     * The cohort's current day for its charts (whose current week is "checked in this week",
     * counted in each learner's own week: {@link CohortCharts}): UTC's, but its first day
     * as soon as that day has come for one of its learners, whose zone is ahead of UTC: their week 1
     * has begun on their My page, and the check-in they send then counts in the cohort's week 1.
     */
    static LocalDate cohortDay(Cohort cohort, List<Learner> enrolled, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!today.isBefore(cohort.startDate())) {
            return today; // every view once the cohort has begun in UTC: no learner's zone to read
        }
        boolean begun = enrolled.stream()
                .anyMatch(l -> !LocalDate.ofInstant(now, ZoneId.of(l.timezone())).isBefore(cohort.startDate()));
        return begun ? cohort.startDate() : today;
    }

    /** The same standings as the dashboard, without its charts and without reading every mentor. */
    public Export export(Caller lcm, String cohortId) {
        Read read = read(lcm, cohortId);
        return new Export(read.cohort(), read.standings());
    }

    private Read read(Caller lcm, String cohortId) {
        return read(teamCohort(lcm, cohortId), clock.instant());
    }

    private Read read(Cohort cohort, Instant now) {
        CohortRecords.Records r = records.read(cohort.cohortId());
        PlanStore.CohortPlans cp = plansOf(cohort);
        return judged(cohort, r, cp, now, Map.of(), now);
    }

    private PlanStore.CohortPlans plansOf(Cohort cohort) {
        return plans == null ? null : plans.forCohort(cohort.cohortId());
    }

    /** Whether the cohort has a personal plan or a 1:1 report, so that the view says so. */
    private static boolean hasPlans(PlanStore.CohortPlans cp) {
        return cp != null && !(cp.plans().isEmpty() && cp.reports().isEmpty());
    }

    /**
     * The verdicts of the enrolled learners in {@code r} (some or all of the cohort's), with their
     * mentors' names (those not in {@code known} read by key) and their personal plans and 1:1s.
     */
    private Read judged(Cohort cohort, CohortRecords.Records r, PlanStore.CohortPlans cp, Instant now,
                        Map<String, String> known, Instant namesAt) {
        List<Learner> enrolled = r.learners().stream().filter(l -> l.status() == LearnerStatus.ENROLLED).toList();
        Map<String, String> names = mentorNames(r, enrolled, known);
        Map<String, Own> own = cp == null || enrolled.isEmpty() ? Map.of() : own(enrolled, cp);
        return new Read(cohort, r, enrolled, standings(cohort, r, names, own, now), own, now, hasPlans(cp), names, namesAt,
                null, true);
    }

    /** The names of the mentors {@code enrolled} have: those of {@code known}, the others read by key. */
    private Map<String, String> mentorNames(CohortRecords.Records r, List<Learner> enrolled, Map<String, String> known) {
        Set<String> mentorIds = new HashSet<>();
        enrolled.forEach(l -> {
            String m = r.mentorOf().get(l.learnerId());
            if (m != null) {
                mentorIds.add(m);
            }
        });
        Map<String, String> names = new HashMap<>();
        Set<String> missing = new HashSet<>();
        mentorIds.forEach(m -> {
            if (known.containsKey(m)) {
                names.put(m, known.get(m));
            } else {
                missing.add(m);
            }
        });
        if (!missing.isEmpty()) {
            names.putAll(mentors.names(missing));
            missing.forEach(m -> names.putIfAbsent(m, null)); // no profile: the id shows, and is not asked again
        }
        return names;
    }

    /** Each learner's own end date and 1:1 outcomes, from the cohort's plans and reports. */
    private static Map<String, Own> own(List<Learner> learners, PlanStore.CohortPlans cp) {
        Map<String, Own> own = new HashMap<>();
        learners.forEach(l -> {
            PersonalPlan p = cp.plans().get(l.learnerId());
            own.put(l.learnerId(), new Own(p == null ? null : p.endDate(),
                    PlanSigns.outcomes(cp.reports().getOrDefault(l.learnerId(), List.of()))));
        });
        return own;
    }

    /**
     * Matching's own checks against the mentors as they are now (no draft is solved or stored), for
     * the learners matching may propose: dropped-out and finished learners are not waiting for one.
     */
    private List<WithoutMentor> withoutMentor(Cohort cohort, List<Learner> enrolled, List<LearnerStanding> standings,
                                              CohortRecords.Records r, Instant now, boolean recentMentors) {
        Set<String> notEligible = new HashSet<>();
        standings.forEach(s -> Eligibility.whyNot(LearnerStatus.ENROLLED, s.assessment().outcome())
                .ifPresent(code -> notEligible.add(s.learnerId())));
        List<Learner> waiting = enrolled.stream().filter(l -> !r.mentorOf().containsKey(l.learnerId())
                && !notEligible.contains(l.learnerId())).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<UnmatchedLearner> why = WhyNoMentor.explain(new MatchingRequest(
                waiting.stream().map(MatchingService::toMatch).toList(),
                mentors(now, recentMentors).stream().map(MatchingProfiles::of).toList(), r.neverAgain(), List.of(),
                MatchingService.referenceWeek(cohort, now)));
        List<WithoutMentor> out = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            out.add(new WithoutMentor(waiting.get(i).learnerId(), waiting.get(i).name(), why.get(i).reasons()));
        }
        return out;
    }

    /** Every mentor profile, and when it was read. */
    private record Mentors(List<Mentor> all, Instant at) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Mentors> lastMentors = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Every mentor profile; with {@code recent}, as read by this instance up to {@link #SNAPSHOT_LIFE}
     * ago, as a snapshot would show them (mentors change without moving any cohort's revision, and
     * on a busy cohort every view would otherwise query them all again).
     */
    private List<Mentor> mentors(Instant now, boolean recent) {
        Mentors last = lastMentors.get();
        if (recent && last != null && !now.isBefore(last.at()) && now.isBefore(last.at().plus(SNAPSHOT_LIFE))) {
            return last.all();
        }
        List<Mentor> all = mentors.all();
        lastMentors.set(new Mentors(all, now));
        return all;
    }

    /** The most learners a page holds, and how long a snapshot of the figures may serve at most. */
    public static final int PAGE_MAX = 100;
    static final java.time.Duration SNAPSHOT_LIFE = java.time.Duration.ofSeconds(60);
    /** How long after a counted write a snapshot is not kept: a GSI query may not show that write yet. */
    static final java.time.Duration INDEX_LAG = java.time.Duration.ofSeconds(2);

    /**
     * A paged view: the cohort's figures (the dashboard without its learners, as {@code render}
     * wrote them, from the snapshot when it serves, else computed and kept) and one page of
     * learners. {@code full} is set instead of a page when some learner of the cohort has no
     * complete standing (they would be missing from the pages): the whole dashboard, as before.
     */
    public record PagedView(Cohort cohort, String figures, Instant figuresAt, boolean fromSnapshot,
                            List<LearnerStanding> learners, List<Learner> enrolled, List<WeeklyCheckIn> checkIns,
                            String next, Dashboard full) {
    }

    /**
     * {@code learnerId} non-null: that learner only; else up to {@code limit} learners after
     * {@code cursor}, in the whole view's order (oldest sign-up first). Reads the cohort, its
     * figures item and the page, not the cohort's learners, whenever the snapshot serves.
     */
    public PagedView paged(Caller lcm, String cohortId, String cursor, Integer limit, String learnerId,
                           java.util.function.Function<Dashboard, String> render) {
        if (figures == null || pages == null) {
            throw new IllegalStateException("This service has no paged view");
        }
        int size = limit == null ? PAGE_MAX / 2 : limit;
        if (size < 1 || size > PAGE_MAX) {
            throw new InvalidInput(Map.of("limit", "Ask for 1 to " + PAGE_MAX + " learners."));
        }
        Cohort cohort = teamCohort(lcm, cohortId);
        Instant now = clock.instant();
        FiguresCache.State state = figures.read(cohortId);
        FiguresCache.Snapshot snapshot = state.snapshot();
        // The page below is judged by the thresholds as read now: the figures must be judged by the same.
        String policy = cohort.riskPolicy().toString();
        boolean fromSnapshot = snapshot != null && snapshot.servesAt(state.revision(), policy, now);
        if (!fromSnapshot) {
            Read read = snapshot == null ? null : patched(cohort, state, now);
            boolean whole = read == null;
            if (whole) {
                read = read(cohort, now);
            }
            Dashboard full = dashboard(read, !whole);
            if (read.records().withoutStanding() > 0) {
                return new PagedView(cohort, null, now, false, full.learners(), full.enrolled(), full.checkIns(), null,
                        full);
            }
            snapshot = new FiguresCache.Snapshot(render.apply(full), read.plans(), state.revision(), now,
                    validUntil(now), policy);
            // A patch reads by key, strongly consistent; a whole read queries an index that may lag.
            if (!whole || state.touchedAt() == null || !now.isBefore(state.touchedAt().plus(INDEX_LAG))) {
                FiguresModel model = whole ? FiguresModel.of(read.records(), read.names(), read.plans(), read.namesAt())
                        : read.model();
                figures.store(cohortId, snapshot, read.modelChanged() ? model.write() : null, state.dirty());
            }
        }
        LearnerPage.Page page;
        try {
            page = learnerId != null ? pages.one(cohortId, learnerId) : pages.page(cohortId, cursor, size);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("cursor", "Use the cursor of the previous page as given."));
        }
        CohortRecords.Records r = page.records();
        List<Learner> enrolled = r.learners().stream().filter(l -> l.status() == LearnerStatus.ENROLLED).toList();
        // The cohort's plans only when it had some at the snapshot (a plan written since shows
        // within the snapshot's minute, as the figures do).
        PlanStore.CohortPlans cp = plans == null || enrolled.isEmpty() || !snapshot.plans() ? null
                : plans.forCohort(cohortId);
        return new PagedView(cohort, snapshot.figures(), snapshot.computedAt(), fromSnapshot,
                judged(cohort, r, cp, now, Map.of(), now).standings(), enrolled, r.checkIns(), page.next(), null);
    }

    /**
     * How long the mentors' names kept in the model serve before they are read again (by key, the
     * cohort's mentors only): a mentor renaming themselves names no learner.
     */
    static final java.time.Duration NAMES_LIFE = java.time.Duration.ofHours(1);

    /**
     * The cohort brought up to date from the model stored with the last snapshot: the learners
     * changed since (the writes named them) read again by key, then every enrolled learner judged
     * at {@code now}, so verdicts that move with the clock ("silent now" after the deadline, a new
     * week) are computed again without reading any learner. Every write that changes what the
     * model keeps of a learner names them, so the model is never read in full again; the cohort's
     * plans are read each time (a first plan names nobody on the figures), the mentors' names once
     * {@link #NAMES_LIFE} is over. Null when there is no model to patch or it is of another
     * layout: then the cohort is read in full.
     */
    private Read patched(Cohort cohort, FiguresCache.State state, Instant now) {
        String text = figures.model(cohort.cohortId(), state.modelParts());
        if (text == null) {
            return null;
        }
        FiguresModel stored = FiguresModel.read(text);
        if (stored == null) {
            return null;
        }
        FiguresModel model = stored;
        if (!state.dirty().isEmpty()) {
            CohortRecords.Records fresh = pages.current(cohort.cohortId(), state.dirty());
            Map<String, Set<org.lcmhub.matching.model.PairRef>> never = new HashMap<>();
            for (String id : state.dirty()) {
                String before = model.mentorOf().get(id);
                if (before != null && !before.equals(fresh.mentorOf().get(id))) {
                    never.put(id, pages.neverAgain(id)); // a match ended: maybe never to be proposed again
                }
            }
            model = model.patch(state.dirty(), fresh, never);
        }
        PlanStore.CohortPlans cp = plansOf(cohort);
        boolean namesOld = !now.isBefore(model.namesAt().plus(NAMES_LIFE));
        Instant namesAt = namesOld ? now : model.namesAt();
        Read read = judged(cohort, model.records(), cp, now, namesOld ? Map.of() : model.mentorNames(), namesAt);
        // Patched in place of a new model from the records (their learners and check-ins copied
        // once more), with the names the verdicts used; stored again only when it differs.
        FiguresModel patched = model.with(read.names(), namesAt, read.plans());
        return read.from(patched, !patched.equals(stored));
    }

    /**
     * A snapshot serves a minute at most (writes that do not move the revision: matching, plans,
     * mentor profiles, thresholds) and never across a quarter hour, when some learner's day may
     * turn in their own zone (every zone's offset is a multiple of 15 minutes).
     */
    static Instant validUntil(Instant now) {
        long quarter = 15 * 60;
        Instant nextQuarter = Instant.ofEpochSecond((now.getEpochSecond() / quarter + 1) * quarter);
        Instant inAMinute = now.plus(SNAPSHOT_LIFE);
        return inAMinute.isBefore(nextQuarter) ? inAMinute : nextQuarter;
    }

    /** Records a note (or a contact) about a learner of the cohort, for the whole team. */
    public Note addNote(Caller lcm, String cohortId, String learnerId, String text, Boolean contact) {
        teamCohort(lcm, cohortId);
        if (text == null || text.isBlank()) {
            throw new InvalidInput(Map.of("text", "Write the note, at most " + NOTE_MAX + " characters."));
        }
        // Counted in characters, as the page counts them; refused whole, never cut, with the reason
        // the page words ("too-long").
        if (text.strip().codePointCount(0, text.strip().length()) > NOTE_MAX) {
            throw new InvalidInput(Map.of("text", "The note is longer than " + NOTE_MAX + " characters."),
                    Map.of("text", "too-long"));
        }
        Note note = new Note(learnerId, cohortId, text.strip(), Boolean.TRUE.equals(contact), lcm.sub(),
                clock.instant(), lcm.email(), lcm.name());
        notes.add(note);
        return note;
    }

    /** Notes per page unless asked otherwise, and the most a page holds. */
    static final int NOTES_PAGE = 20;
    public static final int NOTES_PAGE_MAX = 100;

    /** The notes about a learner of the cohort, newest first, for the cohort's team only. */
    public NoteStore.Page notes(Caller lcm, String cohortId, String learnerId, String cursor, Integer limit) {
        teamCohort(lcm, cohortId);
        if (limit != null && (limit < 1 || limit > NOTES_PAGE_MAX)) {
            throw new InvalidInput(Map.of("limit", "Ask for 1 to " + NOTES_PAGE_MAX + " notes."));
        }
        try {
            return notes.list(cohortId, learnerId, cursor, limit == null ? NOTES_PAGE : limit);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("cursor", "Use the cursor of the previous page as given."));
        }
    }

    /** The newest notes read to find who recorded a silent learner's contact (of this week: a few at most). */
    static final int CONTACT_NOTES = 20;

    /**
     * Who of the team recorded the contact a silent learner's card dates {@code on}: the author of the
     * newest contact note written that day, by the name their sign-in gave, else their address; null
     * when no note of that day says so (a 1:1 held, or a note written before names were kept). The
     * day is the learner's, whose clock is not read here: a note counts for it when written on it
     * somewhere on Earth (UTC+14 to UTC-12), as the newest contact note is the one the day comes from.
     */
    String contactRecordedBy(String cohortId, String learnerId, LocalDate on) {
        return contactRecordedBy(notes, cohortId, learnerId, on);
    }

    /** The same for a cohort's learners ({@link ContactAuthors#of}): the CSV names them as the card does. */
    ContactAuthors contactAuthors() {
        return ContactAuthors.from(notes);
    }

    /** The same from {@code notes}: the daily digest and the CSV name who recorded a contact as the card does. */
    public static String contactRecordedBy(NoteStore notes, String cohortId, String learnerId, LocalDate on) {
        Instant from = on.atStartOfDay(ZoneOffset.ofHours(14)).toInstant();
        Instant until = on.plusDays(1).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant();
        List<Note> newest;
        try {
            newest = notes.list(cohortId, learnerId, null, CONTACT_NOTES).notes();
        } catch (NoteStore.NotInCohort e) {
            return null;
        }
        for (Note n : newest) {
            if (n.createdAt().isBefore(from)) {
                return null;
            }
            if (n.contact() && n.createdAt().isBefore(until)) {
                String name = n.authorName() == null || n.authorName().isBlank() ? null : n.authorName();
                return name != null ? name : n.authorEmail();
            }
        }
        return null;
    }

    private static org.lcmhub.risk.Assessment assess(Learner l, Cohort cohort, List<WeeklyCheckIn> own, Instant contact,
                                                     Own personal, Instant now) {
        return personal == null ? CheckInViews.assess(l, cohort, own, contact, now)
                : CheckInViews.assess(l, cohort, own, contact, now, personal.end(), personal.sessions());
    }

    private Cohort teamCohort(Caller lcm, String cohortId) {
        return cohorts.teamCohort(cohortId, lcm.sub());
    }

    /**
     * The early-warning verdict of every enrolled learner, each in their own zone and from their
     * own start; the last contact note clears "asked for help" from before it.
     */
    public static List<LearnerStanding> standings(Cohort cohort, CohortRecords.Records r, Instant now) {
        return standings(cohort, r, Map.of(), now);
    }

    /**
     * As the dashboard judges them: each learner against their personal plan, with their 1:1s'
     * no-shows and cancellations as signs ({@code plans} null: the cohort's plan, no signs).
     */
    public static List<LearnerStanding> standings(Cohort cohort, CohortRecords.Records r, PlanStore.CohortPlans plans,
                                                  Instant now) {
        return plans == null ? standings(cohort, r, now)
                : standings(cohort, r, Map.of(), own(r.learners(), plans), now);
    }

    /** A learner's own end date (null: the cohort's) and the outcomes of their 1:1s. */
    record Own(LocalDate end, List<SessionOutcome> sessions) {
    }

    static List<LearnerStanding> standings(Cohort cohort, CohortRecords.Records r, Map<String, String> mentorNames,
                                           Instant now) {
        return standings(cohort, r, mentorNames, Map.of(), now);
    }

    /** {@code mentorNames}: display names by mentor id (a missing one shows the id). */
    static List<LearnerStanding> standings(Cohort cohort, CohortRecords.Records r, Map<String, String> mentorNames,
                                           Map<String, Own> personal, Instant now) {
        Map<String, List<WeeklyCheckIn>> checkIns = new HashMap<>();
        r.checkIns().forEach(c -> checkIns.computeIfAbsent(c.learnerId(), k -> new ArrayList<>()).add(c));
        Map<String, Instant> contacts = r.lastContact();
        List<LearnerStanding> standings = new ArrayList<>();
        for (Learner l : r.learners()) {
            if (l.status() != LearnerStatus.ENROLLED) {
                continue;
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of(l.timezone()));
            List<WeeklyCheckIn> own = checkIns.getOrDefault(l.learnerId(), List.of());
            IsoWeek last = own.stream().map(WeeklyCheckIn::week).max(Comparator.naturalOrder()).orElse(null);
            // "Checked in this week" is about the learner's own week, the one their My page asks for:
            // the one rule of the dashboard, whose figure counts these flags (CohortCharts#thisWeek).
            IsoWeek thisWeek = IsoWeek.of(today);
            String mentorId = r.mentorOf().get(l.learnerId());
            LearnerStanding.Mentor mentor = mentorId == null ? null
                    : new LearnerStanding.Mentor(mentorId, mentorNames.get(mentorId));
            Own plan = personal.get(l.learnerId());
            org.lcmhub.risk.Assessment a = assess(l, cohort, own, contacts.get(l.learnerId()), plan, now);
            // The start the verdict counts from, as My page says it: a late joiner's "week 1" is the cohort's week 7.
            LocalDate start = CheckInViews.ownStart(cohort, l);
            standings.add(new LearnerStanding(l.learnerId(), l.name(), mentor, last == null ? null : last.monday(),
                    own.stream().anyMatch(c -> c.week().equals(thisWeek)), a,
                    CheckInViews.contactedWhileSilent(a, contacts.get(l.learnerId()),
                            plan == null ? List.of() : plan.sessions(), now, ZoneId.of(l.timezone())),
                    start, CheckInViews.cohortWeek(cohort, start)));
        }
        return standings;
    }
}
