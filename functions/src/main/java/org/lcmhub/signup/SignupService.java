package org.lcmhub.signup;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.LearnerStatus;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;

/** Signs a learner up to a cohort: validates, normalises, and saves once per email and cohort. */
public class SignupService {
    private final SignupStore store;
    private final Clock clock;
    private final Supplier<String> ids;

    public SignupService(SignupStore store) {
        this(store, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    public SignupService(SignupStore store, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    public SignupResult signUp(SignupRequest received) {
        SignupRequest request = new SignupRequest(received.name(),
                received.email() == null ? null : normaliseEmail(received.email()), received.pathId(),
                received.cohortId(), received.language(), received.timezone(), received.consent());
        Map<String, String> errors = SignupRules.check(request);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Learner candidate = new Learner(
                ids.get(),
                request.name(),
                request.email(),
                request.pathId(),
                request.cohortId(),
                request.language(),
                request.timezone(),
                LearnerStatus.REGISTERED,
                clock.instant());
        return store.saveOnce(candidate);
    }

    /** Domains are case-insensitive; local parts are in practice too, so one person is one address. */
    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
