package org.lcmhub.me;

import java.util.Map;
import org.lcmhub.appointments.CurrentOneToOne;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.dashboard.store.dynamodb.DynamoNoteStore;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.me.store.LearnerStore;
import org.lcmhub.me.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.signup.store.dynamodb.DynamoSeats;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;

/**
 * {@code /api/me}: a learner's own data with {@code Authorization: Bearer <personal key>}.
 * A key reaches its own learner only; anything else is 401.
 */
public class MeHandler extends ApiHandler {
    private final MeService service;

    /** Used by Lambda. */
    public MeHandler() {
        this(service(Dynamo.client(), Dynamo.tableName()));
    }

    /** One SDK client per execution environment, shared by the stores. */
    private static MeService service(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        return new MeService(new DynamoLearnerStore(dynamo, table), new DynamoSignupStore(dynamo, table),
                new DynamoSeats(dynamo, table), new DynamoCohortStore(dynamo, table), new DynamoCheckInStore(dynamo, table),
                new DynamoNoteStore(dynamo, table),
                Mailers.fromEnv(), Messages.fromEnv(), java.time.Clock.systemUTC(),
                new CurrentOneToOne(new DynamoAppointmentStore(dynamo, table)));
    }

    public MeHandler(MeService service) {
        this.service = service;
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/me", r -> LearnerAuth.guarded(() -> ApiResponse.ok(service.profile(me(r).learner()))));
        router.route("PATCH", "/api/me", r -> LearnerAuth.guarded(() -> update(r)));
        router.route("DELETE", "/api/me", r -> LearnerAuth.guarded(() -> {
            service.erase(me(r).learner());
            return ApiResponse.ok(Map.of("status", "erased"));
        }));
        router.post("/api/me/withdraw", r -> LearnerAuth.guarded(() -> {
            service.withdraw(me(r).learner());
            return ApiResponse.ok(service.profile(me(r).learner()));
        }));
        router.get("/api/me/export", r -> LearnerAuth.guarded(() -> ApiResponse.ok(service.export(me(r).learner()))
                .withHeader("Content-Disposition", "attachment; filename=\"my-lcm-hub-data.json\"")));
    }

    private ApiResponse update(ApiRequest request) {
        LearnerStore.Stored me = me(request);
        Fields f = new Fields(request.bodyObject());
        String goals = request.bodyObject().has("goals") && f.text("goals") == null ? "" : f.text("goals");
        var changes = new LearnerStore.ProfileChanges(f.text("language"), f.text("timezone"),
                f.integer("hoursPerWeek"), goals);
        f.throwIfInvalid();
        service.update(me, changes);
        return ApiResponse.ok(service.profile(me(request).learner()));
    }

    private LearnerStore.Stored me(ApiRequest request) {
        return service.authenticate(LearnerAuth.bearer(request));
    }
}
