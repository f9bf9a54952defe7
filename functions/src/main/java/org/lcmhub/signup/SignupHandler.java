package org.lcmhub.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Metrics;
import org.lcmhub.http.Router;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.places.WelcomePlaces;
import org.lcmhub.places.store.dynamodb.DynamoPlaceStore;
import org.lcmhub.signup.model.PlaceOnPath;
import org.lcmhub.signup.model.SignupOutcome;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.signup.store.dynamodb.DynamoRateLimits;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Env;

/**
 * {@code POST /api/signups}: JSON or an HTML form in, 201 (new) or 200 (already signed up) out,
 * 409 {@code already_on_path} when the address holds a place in another cohort of the path
 * ({@code reason} {@code move} when My page moves a waiting learner to a seat there instead),
 * with {@code result} ({@code enrolled}, {@code waitlisted}, {@code already}) for the page to say
 * what happened, and {@code elsewhere} when a waiting learner could have a seat in another
 * cohort of the path; and {@code POST /api/links} (the personal link mailed again).
 */
public class SignupHandler extends ApiHandler {
    private final SignupService service;
    private final PersonalLinks links;

    /** Used by Lambda. */
    public SignupHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    /** One SDK client per execution environment, shared by the stores. */
    private SignupHandler(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        this(new SignupService(new DynamoSignupStore(dynamo, table), new DynamoCohortStore(dynamo, table),
                Mailers.queue(dynamo, table), Messages.fromEnv()).withPlaces(places(dynamo, table)),
                new PersonalLinks(new DynamoSignupStore(dynamo, table), new DynamoCohortStore(dynamo, table),
                        new DynamoRateLimits(dynamo, table), Messages.fromEnv(), Clock.systemUTC(),
                        PersonalLinks.Limits.DEFAULT).withPlaces(places(dynamo, table)));
    }

    /** Where a cohort meets, for the welcome mail and the new link's mail. */
    private static WelcomePlaces places(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        return new WelcomePlaces(new DynamoPlaceStore(dynamo, table), Env.get(Messages.SITE_URL_ENV));
    }

    public SignupHandler(SignupService service, PersonalLinks links) {
        this.service = service;
        this.links = links;
    }

    @Override
    protected void routes(Router router) {
        router.post("/api/signups", this::signUp);
        router.post("/api/links", this::mailLinkAgain);
    }

    /**
     * {@code POST /api/links}: mails a fresh personal link to the sign-ups of an address. 202 with
     * the same body whether the address is known or not; 429 past the limits, for any address.
     */
    private ApiResponse mailLinkAgain(ApiRequest request) {
        Fields f = new Fields(request.bodyObject());
        String email = f.text("email");
        f.throwIfInvalid();
        try {
            links.mailAgain(email, client(request));
        } catch (PersonalLinks.TooMany e) {
            throw new ApiException(429, "too_many_requests", "Too many requests for a link; try again later.");
        }
        return ApiResponse.of(202, Map.of("status", "sent"));
    }

    /** Who is asking ({@link ApiRequest#client()}). */
    static String client(ApiRequest request) {
        return request.client();
    }

    private ApiResponse signUp(ApiRequest request) {
        Fields f = new Fields(request.bodyObject());
        SignupRequest signup = new SignupRequest(
                f.text("name"), f.text("email"), f.text("pathId"), f.text("cohortId"),
                f.text("language"), f.text("timezone"), f.text("goals"), f.integer("hoursPerWeek"), f.bool("consent"),
                f.bool("shareFirstName"));
        f.throwIfInvalid();
        SignupOutcome result;
        try {
            result = service.signUp(signup);
        } catch (SignupStore.CoolingDown e) {
            long seconds = Math.max(1, Duration.between(Instant.now(), e.until()).toSeconds() + 1);
            throw new ApiException(429, "too_many_requests",
                    "This address signed up a moment ago; try again in " + seconds + " seconds.");
        } catch (PlaceOnPath e) {
            throw onPath(e, signup);
        }
        // Only what the caller already knows or may know: never the name or the address back.
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", result.learner().learnerId());
        body.put("cohortId", result.learner().cohortId());
        body.put("status", result.learner().status().wire());
        body.put("result", result.kind().wire());
        if (result.waitlistPosition() != null) {
            body.put("waitlistPosition", result.waitlistPosition());
        }
        if (result.created()) {
            Metrics.count("SignUps", 1);
        }
        if (result.kind() == SignupOutcome.Kind.ALREADY) {
            body.put("linkMailed", result.linkMailed());
        }
        // The page words the cohorts in its reader's language, the one the sign-up was sent in, even
        // for an address that signed up before in the other language.
        Language reader = reader(signup) == null ? result.learner().language() : reader(signup);
        if (result.cohort() != null) {
            body.put("cohort", Map.of("title", CohortNames.title(result.cohort(), reader), "language", result.cohort().language().code(),
                    "startDate", result.cohort().startDate().toString(), "weeks", result.cohort().weeks()));
        }
        if (result.elsewhere() != null) {
            body.put("elsewhere", seatElsewhere(result.elsewhere(), reader));
        }
        return ApiResponse.of(result.created() ? 201 : 200, body);
    }

    /**
     * The 409 of a second cohort of the path: what the "already" answer says of an address too (the
     * cohort held, its start, the place), the cohort asked for, and whether My page moves the
     * learner there in one step ({@code reason} {@code move}: they wait, and it has a seat), for the
     * page to word in its reader's language; the form without a script shows that reason's line.
     */
    private static ApiException onPath(PlaceOnPath e, SignupRequest signup) {
        Cohort c = e.cohort();
        Cohort wanted = e.wanted();
        // The page words the titles in its reader's language, the one the sign-up asked for.
        Language reader = reader(signup);
        boolean waiting = e.status() == LearnerStatus.WAITLISTED;
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", CohortNames.title(c, reader));
        params.put("startDate", c.startDate().toString());
        params.put("language", c.language().code());
        params.put("status", e.status().wire());
        params.put("waitlisted", String.valueOf(waiting));
        if (wanted != null) {
            params.put("wantedCohortId", wanted.cohortId());
            params.put("wantedTitle", CohortNames.title(wanted, reader));
            params.put("wantedStartDate", wanted.startDate().toString());
            params.put("wantedLanguage", wanted.language().code());
        }
        String held = "\u201c" + CohortNames.title(c, Language.EN) + "\u201d, starting on " + c.startDate();
        if (e.movable()) {
            params.put("reason", "move");
            return new ApiException(409, "already_on_path", "This address is on the waitlist of " + held
                    + ". To take the seat in \u201c" + CohortNames.title(wanted, Language.EN) + "\u201d instead, use your "
                    + "page (POST /api/me/move): it leaves the waitlist and takes the seat in one step.", Map.of(), params);
        }
        return new ApiException(409, "already_on_path", "This address already has a place in " + held
                + ". To change cohort, leave that one from your page, then sign up again.", Map.of(), params);
    }

    /** The language of the page that sent the sign-up (its {@code language}); null when it gave none we speak. */
    private static Language reader(SignupRequest signup) {
        return signup.language() == null ? null : Language.parse(signup.language()).orElse(null);
    }

    /**
     * Another cohort of the path with a seat, for a learner left waiting: a code and its params,
     * which the page words in its reader's language (and the steps to take the seat). No sentence:
     * one written here would be in one language, with a date no person reads.
     */
    private static Map<String, Object> seatElsewhere(Cohort c, Language reader) {
        return Map.of("code", "seat_elsewhere", "params", Offers.seatView(c, reader));
    }
}
