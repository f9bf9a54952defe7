package org.lcmhub.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.mail.Messages;
import org.lcmhub.mail.SeatElsewhere;
import org.lcmhub.signup.store.RateLimits;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.store.Keys;

/**
 * Mails a fresh personal link to every sign-up of an address. The caller learns nothing about
 * the address: known or not, the answer and the limits are the same. A new key replaces the
 * stored hash, so the old link stops working at once (a stolen old link can do nothing after).
 */
public class PersonalLinks {
    /**
     * Requests per address and per client in a window, and the shortest time between two mails
     * to one learner (a third request within it answers the same and sends nothing).
     */
    public record Limits(int perAddress, Duration addressWindow, int perClient, Duration clientWindow,
                         Duration mailEvery) {
        public static final Limits DEFAULT = new Limits(3, Duration.ofMinutes(15), 10, Duration.ofHours(1),
                Duration.ofMinutes(1));
    }

    /** Too many requests from this address or client in the current window. */
    public static final class TooMany extends RuntimeException {
        public TooMany() {
            super("Too many link requests");
        }
    }

    private final SignupStore signups;
    private final CohortStore cohorts;
    private final RateLimits rates;
    private final Messages messages;
    private final Clock clock;
    private final Limits limits;
    private CohortPlaces places = CohortPlaces.NONE;

    /** Where the cohort meets, repeated in the new link's mail (none when not set). */
    public PersonalLinks withPlaces(CohortPlaces cohortPlaces) {
        this.places = cohortPlaces;
        return this;
    }

    /** The new links are queued by {@code signups}, in the transaction that replaces the key. */
    public PersonalLinks(SignupStore signups, CohortStore cohorts, RateLimits rates, Messages messages,
                         Clock clock, Limits limits) {
        this.signups = signups;
        this.cohorts = cohorts;
        this.rates = rates;
        this.messages = messages;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Mails a new link to each learner of {@code email}, if any.
     *
     * @param client who asks (the client's address), counted under its hash
     * @throws InvalidInput when the address is not an address
     * @throws TooMany when the client or the address asked too often (whether known or not)
     */
    public void mailAgain(String email, String client) {
        String address = email == null ? null : SignupService.normaliseEmail(email);
        if (address == null || address.isEmpty() || !SignupRules.isEmail(address)) {
            throw new InvalidInput(Map.of("email", "Please enter the email address you signed up with."));
        }
        Instant now = clock.instant();
        if (!rates.take("link-client", Keys.sha256(client == null ? "unknown" : client), now,
                limits.clientWindow(), limits.perClient())
                || !rates.take("link-address", Keys.sha256(address), now, limits.addressWindow(), limits.perAddress())) {
            throw new TooMany();
        }
        for (String learnerId : signups.learnersOfAddress(address)) {
            Learner learner = signups.find(learnerId);
            if (learner == null) {
                continue;
            }
            LearnerKey key = LearnerKey.issue(learnerId);
            Cohort cohort = cohorts.find(learner.cohortId());
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of(learner.timezone()));
            // The new key and the message carrying it are written in one transaction.
            signups.rotateKey(learnerId, key.hash(), now, now.minus(limits.mailEvery()),
                    messages.newLink(learner.email(), learner.name(), learner.language(),
                            cohort == null ? "" : CohortNames.title(cohort, learner.language()), key.token(),
                            // The places are for enrolled learners only, as in the welcome mail; My page
                            // without JavaScript sends here for them.
                            learner.status() == LearnerStatus.ENROLLED && cohort != null
                                    ? places.lines(cohort.cohortId(), new CohortPlaces.Reader(learner.language(),
                                            ZoneId.of(learner.timezone()), key.token()), now, cohort.startDate()) : List.of(),
                            cohort == null ? null : cohort.startDate(), cohort == null ? null : cohort.endDate(), today,
                            seatElsewhere(learner, now)));
        }
    }

    /**
     * For a learner on a waitlist, the cohort of the path with a seat that the sign-up page, the
     * waitlist mail and My page offer ({@link Offers#seatElsewhere}), as the mail names it; null
     * for anyone else, or when none has a seat.
     */
    private SeatElsewhere seatElsewhere(Learner learner, Instant now) {
        if (learner.status() != LearnerStatus.WAITLISTED) {
            return null;
        }
        Cohort c = Offers.seatElsewhere(cohorts.byPath(learner.pathId()), LocalDate.ofInstant(now, ZoneOffset.UTC),
                learner.language(), learner.cohortId());
        return c == null ? null : new SeatElsewhere(CohortNames.title(c, learner.language()), c.language(), c.startDate(),
                c.seatsLeft());
    }
}
