package org.lcmhub.matching.draft;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;
import org.lcmhub.matching.Eligibility;
import org.lcmhub.matching.MatchingProfiles;
import org.lcmhub.matching.MentorMatcher;
import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MatchingResult;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.signup.store.SignupStore;

/** The LCM team of a cohort computes a matching draft, reviews it, then publishes it. */
public class MatchingService {
    /** Long enough to review over a weekend; TTL removes older drafts. */
    static final Duration DRAFT_LIFE = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CohortStore cohorts;
    private final SignupStore learners;
    private final MentorStore mentors;
    private final MatchStore matches;
    private final CheckInStore checkIns;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;

    public MatchingService(CohortStore cohorts, SignupStore learners, MentorStore mentors, MatchStore matches,
                           CheckInStore checkIns, Mailer mailer, Messages messages, Clock clock) {
        this.cohorts = cohorts;
        this.learners = learners;
        this.mentors = mentors;
        this.matches = matches;
        this.checkIns = checkIns;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /** What was published and what was skipped, with the reason code. */
    public record PublishResult(List<Draft.Pair> published, List<Skipped> skipped) {
    }

    public record Skipped(String learnerId, String mentorId, String reason) {
    }

    /**
     * A draft for the cohort's learners who have no mentor yet and may get one ({@link Eligibility}:
     * enrolled, neither dropped out nor finished); stored for publishing.
     */
    public Draft draft(Caller lcm, String cohortId, List<PairRef> pins, Set<PairRef> exclusions) {
        return drafted(lcm, cohortId, pins, exclusions).draft();
    }

    /** A draft computed and stored, with the names behind its ids (the cohort's learners and the mentors it names). */
    public record Drafted(Draft draft, Map<String, String> names) {
    }

    /**
     * The same with the names the LCM reviews, in one go: the team is checked once and the
     * cohort's learners read once, for the draft and its names alike (as {@link #page} does).
     */
    public Drafted drafted(Caller lcm, String cohortId, List<PairRef> pins, Set<PairRef> exclusions) {
        Cohort cohort = teamCohort(lcm, cohortId);
        Set<String> matched = matches.matchedLearners(cohortId);
        List<Learner> cohortLearners = learners.learnersOf(cohortId);
        List<Learner> unmatchedEnrolled = cohortLearners.stream()
                .filter(l -> l.status() == LearnerStatus.ENROLLED && !matched.contains(l.learnerId())).toList();
        Map<String, String> excludedLearners = Eligibility.excluded(cohort, unmatchedEnrolled,
                checkIns.ofCohort(cohortId), clock.instant());
        List<Draft.LeftOut> leftOut = unmatchedEnrolled.stream().filter(l -> excludedLearners.containsKey(l.learnerId()))
                .map(l -> new Draft.LeftOut(l.learnerId(), excludedLearners.get(l.learnerId()))).toList();
        List<LearnerToMatch> waiting = unmatchedEnrolled.stream().filter(l -> !excludedLearners.containsKey(l.learnerId()))
                .map(MatchingService::toMatch).toList();
        // Pairs a side ended (release, rematch) are excluded like the LCM's own exclusions.
        Set<PairRef> excluded = new java.util.HashSet<>(exclusions);
        excluded.addAll(matches.neverAgain(cohortId));
        MatchingResult result = new MentorMatcher().match(new MatchingRequest(waiting,
                mentors.all().stream().map(MatchingProfiles::of).toList(), excluded, pins,
                referenceWeek(cohort, clock.instant())));
        List<Draft.Pair> pairs = result.pairs().stream().map(p -> new Draft.Pair(p.learnerId(), p.mentorId(),
                p.score(), p.reasons())).toList();
        List<Draft.Unmatched> unmatched = result.unmatched().stream()
                .map(u -> new Draft.Unmatched(u.learnerId(), u.reasons())).toList();
        List<Draft.RefusedPin> refused = result.rejectedPins().stream().map(r -> new Draft.RefusedPin(r.learnerId(),
                r.mentorId(), r.reasons())).toList();
        Instant now = clock.instant();
        // To the second, as it is stored (TTL): the draft reopened later ends when this answer says.
        Instant ends = now.plus(DRAFT_LIFE).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Draft.Choices computedWith = new Draft.Choices(pins, List.copyOf(exclusions));
        Draft draft = new Draft(newId(), cohortId, pairs, unmatched, refused, leftOut, now, ends,
                computedWith, computedWith);
        matches.saveDraft(draft, new MatchStore.Author(lcm.sub(), lcm.name()));
        return new Drafted(draft, names(draft, cohortLearners));
    }

    /**
     * What the matching page opens on: the cohort's latest draft while it can still be published
     * (not published, not past its expiry; a later draft replaces it), or when it expired unpublished.
     */
    public sealed interface Open permits Open.None, Open.Publishable, Open.Expired {
        /** No draft to review: none computed, or the latest was published. */
        record None() implements Open {
        }

        record Publishable(Draft draft) implements Open {
        }

        /** The latest draft ran out before it was published: the LCM computes again. */
        record Expired(Instant expiredAt) implements Open {
        }
    }

    /** The draft the page opens on: the cohort's latest while it can still be published. */
    private Open open(String cohortId) {
        MatchStore.Latest latest = matches.latest(cohortId);
        if (latest == null || latest.published()) {
            return new Open.None();
        }
        if (!latest.expiresAt().isAfter(clock.instant())) {
            return new Open.Expired(latest.expiresAt());
        }
        Draft draft = matches.draft(cohortId, latest.draftId());
        return draft == null ? new Open.None() : new Open.Publishable(draft);
    }

    /** The team's pins and exclusions chosen on the draft, kept for whoever opens it next. */
    public void choose(Caller lcm, String cohortId, String draftId, Draft.Choices choices) {
        teamCohort(lcm, cohortId);
        if (!matches.saveChoices(cohortId, draftId, choices)) {
            throw new DraftNotFound();
        }
    }

    /**
     * Publishes each pair of the draft in its own transaction; a pair whose mentor is full or
     * paused, whose learner has a mentor already or left the cohort is skipped, nothing of it written.
     * The learners are judged again first ({@link Eligibility}): one who dropped out or finished
     * since the draft is skipped; a withdrawal is also a condition of each pair's transaction.
     * A draft whose choices changed since it was computed is refused whole ({@link ChoicesNotApplied}):
     * its pairs may hold one the team excluded, or miss one it pinned. Each pair's transaction also
     * checks the choices are still those it was computed with, so a colleague's exclusion landing
     * during the publish stops the pairs not yet written ({@code choices-changed}). Only the cohort's
     * latest draft publishes: each pair's transaction checks it still is, and a draft a colleague's
     * newer one replaced is refused whole ({@link DraftSuperseded}); one replaced during the publish
     * keeps what was written and stops there ({@code superseded}).
     */
    public PublishResult publish(Caller lcm, String cohortId, String draftId) {
        Cohort cohort = teamCohort(lcm, cohortId);
        Draft draft = matches.draft(cohortId, draftId);
        if (draft == null) {
            throw new DraftNotFound();
        }
        if (draft.pending()) {
            throw new ChoicesNotApplied(Draft.Choices.changed(draft.applied().pins(), draft.choices().pins()).size(),
                    Draft.Choices.changed(draft.applied().exclusions(), draft.choices().exclusions()).size());
        }
        List<Learner> now = learners.learnersOf(cohortId);
        Map<String, String> notEligible = Eligibility.excluded(cohort, now, checkIns.ofCohort(cohortId),
                clock.instant());
        Set<String> known = now.stream().map(Learner::learnerId).collect(Collectors.toSet());
        List<Draft.Pair> published = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        String stopped = null; // why the pairs not yet written stay so, once the draft changed under the publish
        for (Draft.Pair pair : draft.pairs()) {
            String why = stopped != null ? stopped
                    : known.contains(pair.learnerId()) ? notEligible.get(pair.learnerId()) : "not-enrolled";
            if (why != null) {
                skipped.add(new Skipped(pair.learnerId(), pair.mentorId(), why));
                continue;
            }
            MatchStore.Outcome outcome = matches.publish(cohortId, draftId, pair);
            if (outcome == MatchStore.Outcome.PUBLISHED) {
                published.add(pair);
                continue;
            }
            if (outcome == MatchStore.Outcome.SUPERSEDED && published.isEmpty()) {
                throw superseded(lcm, cohortId); // nothing written: the whole publish is refused
            }
            if (outcome == MatchStore.Outcome.CHOICES_CHANGED || outcome == MatchStore.Outcome.SUPERSEDED) {
                stopped = reason(outcome);
            }
            skipped.add(new Skipped(pair.learnerId(), pair.mentorId(), reason(outcome)));
        }
        // Else the draft stays open, to be computed again with the new choices (or the newer one opens).
        // When no pair was written, this condition alone says whether the draft is still the latest.
        if (stopped == null && !matches.markPublished(cohortId, draftId) && published.isEmpty()) {
            throw superseded(lcm, cohortId);
        }
        notifyBothSides(cohort, published);
        return new PublishResult(published, skipped);
    }

    /** A mentor of the cohort with their mentees in it: ids, and names where known (null otherwise). */
    public record Mentees(String mentorId, String mentorName, List<Named> learners) {
    }

    public record Named(String id, String name) {
    }


    /** What the matching page opens on: the published pairs, and the draft left to review with its names. */
    public record Page(List<Mentees> published, Open open, Map<String, String> names) {
    }

    /**
     * The page in one go: the team is checked once and the cohort's learners read at most once,
     * for the published pairs' names and the open draft's alike.
     */
    public Page page(Caller lcm, String cohortId) {
        teamCohort(lcm, cohortId);
        Once<List<Learner>> cohortLearners = new Once<>(() -> learners.learnersOf(cohortId));
        List<Mentees> published = published(cohortId, cohortLearners);
        Open open = open(cohortId);
        Map<String, String> names = open instanceof Open.Publishable p ? names(p.draft(), cohortLearners.get()) : Map.of();
        return new Page(published, open, names);
    }

    /** A value computed on first use only, then kept: a read the page may not need. */
    private static final class Once<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> source;
        private T value;

        Once(java.util.function.Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }

    /**
     * The cohort's published pairs, one entry per mentor (by name), their mentees by name: what the
     * LCM sees before computing a draft for who is still waiting.
     */
    private List<Mentees> published(String cohortId, java.util.function.Supplier<List<Learner>> cohortLearners) {
        List<PairRef> pairs = matches.published(cohortId);
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<String, String> learnerNames = new java.util.HashMap<>();
        cohortLearners.get().forEach(l -> learnerNames.put(l.learnerId(), l.name()));
        Map<String, List<Named>> byMentor = new java.util.LinkedHashMap<>();
        pairs.forEach(p -> byMentor.computeIfAbsent(p.mentorId(), id -> new ArrayList<>())
                .add(new Named(p.learnerId(), learnerNames.get(p.learnerId()))));
        java.util.Comparator<Named> byName = java.util.Comparator.comparing(Named::name,
                java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return byMentor.entrySet().stream().map(e -> {
            Mentor mentor = mentors.find(e.getKey());
            return new Mentees(e.getKey(), mentor == null ? null : mentor.name(),
                    e.getValue().stream().sorted(byName).toList());
        }).sorted(java.util.Comparator.comparing(Mentees::mentorName,
                java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))).toList();
    }

    /**
     * The names behind the ids of a draft, so the LCM reviews people rather than ids: the cohort's
     * learners (already read) and each mentor the draft or its choices name (one read each).
     */
    private Map<String, String> names(Draft draft, List<Learner> cohortLearners) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        cohortLearners.forEach(l -> names.put(l.learnerId(), l.name()));
        Set<String> mentorIds = new java.util.LinkedHashSet<>();
        draft.pairs().forEach(p -> mentorIds.add(p.mentorId()));
        draft.refusedPins().forEach(p -> mentorIds.add(p.mentorId()));
        // A pair excluded earlier may name a mentor this draft no longer proposes.
        draft.choices().pins().forEach(p -> mentorIds.add(p.mentorId()));
        draft.choices().exclusions().forEach(p -> mentorIds.add(p.mentorId()));
        for (String id : mentorIds) {
            Mentor mentor = mentors.find(id);
            if (mentor != null && mentor.name() != null) {
                names.put(id, mentor.name());
            }
        }
        return names;
    }

    private static String reason(MatchStore.Outcome outcome) {
        return switch (outcome) {
            case MENTOR_FULL_OR_PAUSED -> "mentor-full-or-paused";
            case ALREADY_MATCHED -> "already-matched";
            case NOT_ENROLLED -> "not-enrolled";
            case CHOICES_CHANGED -> "choices-changed";
            case SUPERSEDED -> "superseded";
            case PUBLISHED -> throw new IllegalArgumentException("published");
        };
    }

    /**
     * After the writes have committed; a failed mail is logged and the match stands. Each learner
     * hears of their mentor; each mentor gets one mail naming all their new mentees, so that the
     * publish question's count of people is the count of mails.
     */
    private void notifyBothSides(Cohort cohort, List<Draft.Pair> published) {
        if (published.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Learner> byId = learners.learnersOf(cohort.cohortId()).stream()
                .collect(Collectors.toMap(Learner::learnerId, Function.identity(), (a, b) -> a));
        Map<String, List<Learner>> menteesOf = new java.util.LinkedHashMap<>();
        Map<String, Mentor> mentorOf = new java.util.HashMap<>();
        for (Draft.Pair pair : published) {
            Learner learner = byId.get(pair.learnerId());
            Mentor mentor = mentorOf.computeIfAbsent(pair.mentorId(), mentors::find);
            if (learner == null || mentor == null) {
                continue;
            }
            send(() -> messages.mentorFound(learner.email(), learner.name(), learner.language(), nameOf(mentor),
                    CohortNames.inMail(cohort, learner.language(), CohortNames.today(now, learner.timezone()))),
                    "the match of learner " + pair.learnerId());
            menteesOf.computeIfAbsent(pair.mentorId(), id -> new ArrayList<>()).add(learner);
        }
        menteesOf.forEach((mentorId, mentees) -> {
            Mentor mentor = mentorOf.get(mentorId);
            if (mentor.email() != null) {
                send(() -> messages.newMentees(mentor.email(), mentor.mailLanguage(), nameOf(mentor),
                        mentees.stream().map(Learner::name).toList(), CohortNames.inMail(cohort, mentor.mailLanguage(),
                                CohortNames.today(now, mentor.timezone()))),
                        "the new mentees of " + mentorId);
            }
        });
    }

    private static String nameOf(Mentor mentor) {
        return mentor.name() == null ? "Your mentor" : mentor.name();
    }

    private void send(java.util.function.Supplier<org.lcmhub.mail.Mail> mail, String about) {
        AfterCommit.send(mailer, mail, "mail about " + about);
    }

    private Cohort teamCohort(Caller lcm, String cohortId) {
        return cohorts.teamCohort(cohortId, lcm.sub());
    }

    /** Availabilities are compared on the week of the cohort's start, or this week once it has started. */
    public static LocalDate referenceWeek(Cohort cohort, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return cohort.startDate().isAfter(today) ? cohort.startDate() : today;
    }

    /** A learner as the matcher sees them (no availability is asked of learners yet). */
    public static LearnerToMatch toMatch(Learner l) {
        return new LearnerToMatch(l.learnerId(), List.of(l.language().code()), l.pathId(), ZoneId.of(l.timezone()),
                l.hoursPerWeek() == null ? 0 : l.hoursPerWeek(), l.goals(), List.of());
    }

    private static String newId() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Pins or exclusions chosen since the draft was computed: publishing it would ignore them, so
     * nothing is written until it is computed again. How many pins and exclusions are pending.
     */
    public static final class ChoicesNotApplied extends RuntimeException {
        private final int pins;
        private final int exclusions;

        public ChoicesNotApplied(int pins, int exclusions) {
            super("Choices made since the draft was computed");
            this.pins = pins;
            this.exclusions = exclusions;
        }

        public int pins() {
            return pins;
        }

        public int exclusions() {
            return exclusions;
        }
    }

    /**
     * The refusal of a superseded draft, saying who saved the newer one and when: the same LCM in
     * another tab reads that it was their own, not a colleague's. Read after the refusal, for its
     * words only; the publish's condition decided.
     */
    private DraftSuperseded superseded(Caller lcm, String cohortId) {
        MatchStore.Latest latest = matches.latest(cohortId);
        if (latest == null || latest.createdAt() == null || latest.by() == null) {
            return new DraftSuperseded(null);
        }
        boolean own = lcm.sub().equals(latest.by().sub());
        String by = own ? null : present(latest.by().name()) ? latest.by().name() : teamName(cohortId, latest.by().sub());
        return new DraftSuperseded(new Newer(latest.createdAt(), own, by));
    }

    /** A colleague's name as the team knows it (null when it keeps none). */
    private String teamName(String cohortId, String sub) {
        return cohorts.team(cohortId).stream().filter(m -> sub.equals(m.sub())).map(CohortStore.TeamMember::name)
                .filter(MatchingService::present).findFirst().orElse(null);
    }

    private static boolean present(String name) {
        return name != null && !name.isBlank();
    }

    /** The draft that replaced the caller's: when it was saved, whether by the caller, else by whom (null: unknown). */
    public record Newer(Instant savedAt, boolean own, String by) {
    }

    /** A newer draft was computed for the cohort since this one: only the newer one publishes. */
    public static final class DraftSuperseded extends RuntimeException {
        private final transient Newer newer;

        public DraftSuperseded(Newer newer) {
            super("A newer draft replaced this one");
            this.newer = newer;
        }

        /** Who saved the newer draft and when; null for a draft saved before they were kept. */
        public Newer newer() {
            return newer;
        }
    }

    /** No such draft in this cohort, or it has expired. */
    public static final class DraftNotFound extends RuntimeException {
        public DraftNotFound() {
            super("No such draft");
        }
    }
}
