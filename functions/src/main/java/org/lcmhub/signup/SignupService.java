package org.lcmhub.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;
import org.lcmhub.mail.SeatElsewhere;
import org.lcmhub.signup.model.PlaceOnPath;
import org.lcmhub.signup.model.SignupOutcome;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;

/**
 * Signs a learner up to a cohort: validates, picks the cohort, places the learner on a seat or the
 * waitlist once per email and course path (the same cohort again mails the link again; another
 * cohort of the path is refused, {@link PlaceOnPath}), and mails the personal link.
 */
public class SignupService {
    /**
     * Abuse limits: one sign-up per address per {@code signupCooldown}, one mail per {@code mailCooldown}.
     * Signing up again mails the link as the link-again form does, at the same pace, so the pages
     * can give one rule for both ("at most one a minute").
     */
    public record Limits(Duration signupCooldown, Duration mailCooldown) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(60), PersonalLinks.Limits.DEFAULT.mailEvery());
    }

    private final SignupStore store;
    private final CohortStore cohorts;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Limits limits;
    private CohortPlaces places = CohortPlaces.NONE;

    public SignupService(SignupStore store, CohortStore cohorts, Mailer mailer, Messages messages) {
        this(store, cohorts, mailer, messages, Clock.systemUTC(), () -> UUID.randomUUID().toString(), Limits.DEFAULT);
    }

    public SignupService(SignupStore store, CohortStore cohorts, Mailer mailer, Messages messages, Clock clock,
                         Supplier<String> ids, Limits limits) {
        this.store = store;
        this.cohorts = cohorts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.ids = ids;
        this.limits = limits;
    }

    /** The cohort's places to list in the welcome mail (none when not set, as in tests of the sign-up alone). */
    public SignupService withPlaces(CohortPlaces welcomePlaces) {
        this.places = welcomePlaces;
        return this;
    }

    public SignupOutcome signUp(SignupRequest received) {
        SignupRequest request = new SignupRequest(received.name(),
                received.email() == null ? null : normaliseEmail(received.email()), received.pathId(),
                received.cohortId(), received.language(), received.timezone(), received.goals(),
                received.hoursPerWeek(), received.consent(), received.shareFirstName());
        Map<String, String> why = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>(SignupRules.check(request, why));
        Cohort cohort = null;
        if (!errors.containsKey("pathId") && !errors.containsKey("cohortId") && request.pathId() != null) {
            cohort = chooseCohort(request, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, why);
        }
        Language language = Language.parse(request.language()).orElseThrow(); // checked by SignupRules
        String learnerId = ids.get();
        LearnerKey key = LearnerKey.issue(learnerId);
        Learner candidate = new Learner(learnerId, request.name(), request.email(), request.pathId(),
                cohort.cohortId(), language, request.timezone(), request.goals(), request.hoursPerWeek(),
                LearnerStatus.ENROLLED, null, clock.instant());
        SignupResult result;
        try {
            result = store.place(candidate, key.hash(), clock.instant(), limits.signupCooldown(),
                    Boolean.TRUE.equals(request.shareFirstName()));
        } catch (SignupStore.CohortUnavailable e) {
            throw new InvalidInput(Map.of("cohortId", "This cohort is closed to sign-ups."));
        } catch (SignupStore.AlreadyOnPath e) {
            // One place per person per path: a second cohort would leave a waitlist place behind
            // that a freed seat turns into a second enrolment.
            throw new PlaceOnPath(cohorts.find(e.holder().cohortId()), e.holder().status(), cohort,
                    movable(e.holder(), cohort));
        }
        // Read after the placement: today's seats, for the answer and the mail alike.
        Cohort elsewhere = seatElsewhere(result.learner());
        boolean mailed;
        if (result.created()) {
            mail(result, cohort, key, elsewhere);
            mailed = true;
        } else {
            // Signing up again is how a learner may ask for their link: a new key retires the old one.
            // The new key and the message carrying it are written in one transaction.
            LearnerKey fresh = LearnerKey.issue(result.learner().learnerId());
            mailed = store.rotateKey(fresh.learnerId(), fresh.hash(), clock.instant(),
                    clock.instant().minus(limits.mailCooldown()), confirmation(result, cohort, fresh, elsewhere));
        }
        SignupOutcome.Kind kind = !result.created() && !result.rejoined() ? SignupOutcome.Kind.ALREADY
                : result.learner().status() == LearnerStatus.WAITLISTED ? SignupOutcome.Kind.WAITLISTED
                : SignupOutcome.Kind.ENROLLED;
        return new SignupOutcome(result, cohort, kind, mailed, elsewhere);
    }

    /**
     * For a learner on a waitlist, the cohort of the same path they could have a seat in instead
     * ({@link Offers#seatElsewhere}); null with a seat.
     */
    private Cohort seatElsewhere(Learner learner) {
        return learner.status() != LearnerStatus.WAITLISTED ? null
                : Offers.seatElsewhere(cohorts.byPath(learner.pathId()), today(), learner.language(), learner.cohortId());
    }

    /**
     * Whether My page offers {@code holder}, who holds another cohort of the path, a seat in
     * {@code wanted} instead: they wait, and {@code wanted} (offered, as the sign-up checked) has a
     * seat left. My page offers every such cohort ({@link Offers#seatsElsewhere}), not only the first,
     * so the one the learner chose is there; the move itself takes the seat by its write's condition.
     */
    private static boolean movable(Learner holder, Cohort wanted) {
        return holder.status() == LearnerStatus.WAITLISTED && wanted != null
                && !wanted.cohortId().equals(holder.cohortId()) && wanted.seatsLeft() > 0;
    }

    private Cohort chooseCohort(SignupRequest request, Map<String, String> errors) {
        if (request.cohortId() != null) {
            Cohort cohort = cohorts.find(request.cohortId());
            if (cohort == null) {
                errors.put("cohortId", "This is not a known cohort.");
            } else if (!cohort.pathId().equals(request.pathId())) {
                errors.put("cohortId", "This cohort is not part of the chosen course path.");
            } else if (!cohort.open()) {
                errors.put("cohortId", "This cohort is closed to sign-ups.");
            } else if (!Offers.offered(cohort, today())) {
                errors.put("cohortId", "This cohort is too far along to join; choose a later one.");
            }
            return cohort;
        }
        List<Cohort> ofPath = cohorts.byPath(request.pathId());
        if (ofPath.isEmpty()) {
            errors.put("pathId", "This is not a known course path.");
            return null;
        }
        Optional<Cohort> next = nextOpen(ofPath, today(), Language.parse(request.language()).orElse(null));
        if (next.isEmpty()) {
            errors.put("cohortId", "No cohort of this course path is open for sign-ups right now.");
            return null;
        }
        return next.get();
    }

    /** Today in UTC, the day {@link Offers} judges a cohort by, for everyone alike (CohortService says why). */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * The cohort a sign-up without a cohort joins: among the offered cohorts ({@link Offers}) in the
     * learner's language (any language when none is), the earliest with a free seat, else the
     * earliest (its waitlist).
     */
    static Optional<Cohort> nextOpen(List<Cohort> cohorts, LocalDate today, Language language) {
        List<Cohort> offered = Offers.offers(cohorts, today, language);
        List<Cohort> mine = offered.stream().filter(c -> c.language() == language).toList();
        List<Cohort> open = mine.isEmpty() ? offered : mine;
        return open.stream().filter(c -> c.seatsLeft() > 0).findFirst().or(() -> open.stream().findFirst());
    }

    private void mail(SignupResult result, Cohort cohort, LearnerKey key, Cohort elsewhere) {
        // Should it fail, signing up again after the mail cool-down sends a new link.
        AfterCommit.send(mailer, () -> confirmation(result, cohort, key, elsewhere),
                "send the confirmation to learner " + result.learner().learnerId());
    }

    /** {@code elsewhere}: the seat the answer offers a waitlisted learner, which the mail names too (null: none). */
    private Mail confirmation(SignupResult result, Cohort cohort, LearnerKey key, Cohort elsewhere) {
        Learner l = result.learner();
        // The cohort's places are for its enrolled learners only: a waitlisted one hears of them on promotion.
        return messages.confirmation(l.email(), l.name(), l.language(), CohortNames.title(cohort, l.language()), cohort.language(),
                l.status().wire(), result.waitlistPosition(), key.token(),
                l.status() != LearnerStatus.ENROLLED ? List.of()
                        : places.lines(cohort.cohortId(), new CohortPlaces.Reader(l.language(), ZoneId.of(l.timezone()), key.token()),
                                clock.instant(), cohort.startDate()),
                cohort.startDate(), l.today(clock.instant()),
                elsewhere == null ? null : new SeatElsewhere(CohortNames.title(elsewhere, l.language()), elsewhere.language(),
                        elsewhere.startDate(), elsewhere.seatsLeft()));
    }

    /** Domains are case-insensitive; local parts are in practice too, so one person is one address. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
