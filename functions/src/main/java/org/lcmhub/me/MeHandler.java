package org.lcmhub.me;

import java.util.Map;
import org.lcmhub.appointments.CurrentOneToOne;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentoring.MenteeRoutes;
import org.lcmhub.mentoring.MentoringService;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.pairing.store.Departures;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.places.WelcomePlaces;
import org.lcmhub.places.store.dynamodb.DynamoPlaceStore;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Env;

/**
 * {@code /api/me}: a learner's own data with {@code Authorization: Bearer <personal key>}.
 * A key reaches its own learner only; anything else is 401.
 */
public class MeHandler extends ApiHandler {
    private final MeService service;
    private final MentoringService mentoring;

    /** Used by Lambda. */
    public MeHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    private MeHandler(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        this(service(dynamo, table), MenteeRoutes.service(dynamo, table));
    }

    /** One SDK client per execution environment, shared by the stores. */
    private static MeService service(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        return new MeService(new DynamoLearnerStore(dynamo, table), new DynamoSignupStore(dynamo, table),
                new DynamoDepartures(dynamo, table), new DynamoCohortStore(dynamo, table), new DynamoCheckInStore(dynamo, table),
                new DynamoNoteStore(dynamo, table),
                Mailers.queue(dynamo, table), Messages.fromEnv(), java.time.Clock.systemUTC(),
                new CurrentOneToOne(new DynamoAppointmentStore(dynamo, table)))
                .withPlans(new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(dynamo, table))
                .withPlaces(new WelcomePlaces(new DynamoPlaceStore(dynamo, table), Env.get(Messages.SITE_URL_ENV)));
    }

    public MeHandler(MeService service, MentoringService mentoring) {
        this.service = service;
        this.mentoring = mentoring;
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/me", r -> LearnerAuth.guarded(() -> {
            LearnerStore.Stored me = me(r);
            service.followUp(me); // a move's follow-up the stream function did not finish, if the profile names one
            return ApiResponse.ok(profile(me.learner(), r));
        }));
        router.route("PATCH", "/api/me", r -> LearnerAuth.guarded(() -> update(r)));
        router.route("DELETE", "/api/me", r -> LearnerAuth.guarded(() -> {
            Learner learner = me(r).learner();
            mentoring.leaving(learner, true, () -> service.erase(learner));
            return ApiResponse.ok(Map.of("status", "erased"));
        }));
        // Also the form of My page without JavaScript, with the pasted key: it lands on the page that says it is done.
        router.post("/api/me/withdraw", r -> LearnerAuth.guarded(() -> {
            Learner learner = meByFormToo(r).learner();
            Departures.Withdrawal w = mentoring.leaving(learner, false, () -> service.withdraw(learner));
            Map<String, Object> view = profile(meByFormToo(r).learner(), r);
            view.put("left", left(w.left()));
            return ApiResponse.ok(view);
        }));
        router.post("/api/me/rematch", r -> LearnerAuth.guarded(() -> rematch(r)));
        router.post("/api/me/move", r -> LearnerAuth.guarded(() -> move(r)));
        router.get("/api/me/export", r -> LearnerAuth.guarded(() -> {
            Learner learner = me(r).learner();
            return ApiResponse.ok(service.export(learner, profile(learner, r)))
                    .withHeader("Content-Disposition", "attachment; filename=\"my-lcm-hub-data.json\"");
        }));
    }

    private ApiResponse update(ApiRequest request) {
        LearnerStore.Stored me = me(request);
        Fields f = new Fields(request.bodyObject());
        String goals = request.bodyObject().has("goals") && f.text("goals") == null ? "" : f.text("goals");
        var changes = new LearnerStore.ProfileChanges(f.language("language"), f.text("timezone"),
                f.integer("hoursPerWeek"), goals);
        f.throwIfInvalid();
        service.update(me, changes);
        return ApiResponse.ok(profile(me(request).learner(), request));
    }

    /**
     * Where leaving without JavaScript landed before there was a page for each thing left: My page
     * baked then, kept in a browser's cache, still posts it, and the address is gone.
     */
    private static final Map<String, String> LEFT_BEFORE = Map.of(
            "/en/left.html", "/en/left/{left}.html", "/fr/depart.html", "/fr/depart/{left}.html");

    @Override
    protected String landing(String path, String next) {
        return "/api/me/withdraw".equals(path) ? LEFT_BEFORE.getOrDefault(next, next) : next;
    }

    /**
     * What this request left, for the page that says so ({@code next=/en/left/{left}.html}): a place
     * on the waitlist or a seat, as the withdrawal's transaction found it (a learner promoted since the
     * page was read left a seat), or {@code already} when they had left before (a form sent twice).
     */
    static String left(LearnerStatus before) {
        return switch (before) {
            case WAITLISTED -> "waitlist";
            case ENROLLED -> "seat";
            case WITHDRAWN -> "already";
        };
    }

    /** The learner's own view, with their mentor (null until matched), in the language of the page asking. */
    private Map<String, Object> profile(Learner learner, ApiRequest request) {
        Map<String, Object> mentor = mentoring.mentorOf(learner.learnerId());
        // The series' times for the mentor in their zone now, which may not be the one they set it in.
        Object zone = mentor == null ? null : mentor.get("timezone");
        Map<String, Object> view = service.profile(learner, request.reader(),
                zone == null ? null : java.time.ZoneId.of(zone.toString()));
        view.put("mentor", mentor);
        return view;
    }

    /** From a waitlist to a seat in another cohort of the path, in one step; 409 with a code when refused. */
    private ApiResponse move(ApiRequest request) {
        Learner learner = me(request).learner();
        Fields f = new Fields(request.bodyObject());
        String cohortId = f.text("cohortId");
        f.throwIfInvalid();
        Learner moved;
        try {
            moved = service.moveToSeat(learner, cohortId);
        } catch (SignupStore.MoveRefused e) {
            throw switch (e.reason()) {
                case NOT_WAITING -> new ApiException(409, "not_waitlisted", "You are no longer on a waitlist: nothing was changed.");
                case NO_SEAT -> new ApiException(409, "no_seat_left",
                        "That cohort has no seat left any more: you are still on your waitlist.");
                case SIGNED_UP_THERE -> new ApiException(409, "signed_up_there", "This address signed up to that cohort "
                        + "before: leave your waitlist, then sign up to it again. Nothing was changed.");
            };
        }
        // The move's own answer is the learner as written: no second read of the key and profile.
        return ApiResponse.ok(profile(moved, request));
    }

    private ApiResponse rematch(ApiRequest request) {
        Learner learner = me(request).learner();
        Fields f = new Fields(request.bodyObject());
        String reason = f.text("reason");
        f.throwIfInvalid();
        try {
            mentoring.rematch(learner, reason);
        } catch (MentoringService.NoMentor e) {
            throw ApiException.conflict("You have no mentor to leave.");
        }
        return ApiResponse.ok(Map.of("rematch", true));
    }

    private LearnerStore.Stored me(ApiRequest request) {
        return service.authenticate(LearnerAuth.bearer(request));
    }

    /** As {@link #me}, or by the key pasted in a form posted without JavaScript. */
    private LearnerStore.Stored meByFormToo(ApiRequest request) {
        return service.authenticate(LearnerAuth.bearerOrForm(request));
    }
}
