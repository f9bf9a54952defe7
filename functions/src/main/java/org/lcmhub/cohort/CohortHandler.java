package org.lcmhub.cohort;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.signup.store.dynamodb.DynamoSeats;
import org.lcmhub.store.Dynamo;

/**
 * {@code GET /api/cohorts?pathId=} (public: open cohorts with seats left), and for LCMs signed in
 * through the API's JWT authorizer: {@code POST /api/cohorts}, {@code GET /api/cohorts/mine},
 * {@code GET|PATCH /api/cohorts/{id}},
 * {@code POST /api/cohorts/{id}/team}.
 */
public class CohortHandler extends ApiHandler {
    private final CohortService service;

    /** Used by Lambda. */
    public CohortHandler() {
        this(service(Dynamo.client(), Dynamo.tableName()));
    }

    /** One SDK client per execution environment, shared by the stores. */
    private static CohortService service(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        return new CohortService(new DynamoCohortStore(dynamo, table), new DynamoSeats(dynamo, table),
                Mailers.fromEnv(), Messages.fromEnv(), Clock.systemUTC());
    }

    public CohortHandler(CohortService service) {
        this.service = service;
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/cohorts", this::listOpen);
        router.post("/api/cohorts", this::create);
        router.get("/api/cohorts/mine", this::mine);
        router.get("/api/cohorts/{cohortId}", r -> {
            Caller lcm = StaffClaims.lcm(r);
            return guarded(() -> ApiResponse.ok(staffView(service.get(lcm, r.pathParameter("cohortId")), lcm)));
        });
        router.route("PATCH", "/api/cohorts/{cohortId}", this::update);
        router.post("/api/cohorts/{cohortId}/team", this::addToTeam);
    }

    private ApiResponse listOpen(ApiRequest request) {
        List<Map<String, Object>> cohorts = service.open(request.queryParameter("pathId")).stream()
                .map(CohortHandler::publicView).toList();
        return ApiResponse.ok(Map.of("cohorts", cohorts));
    }

    /** The cohorts whose LCM team the caller is on, earliest start first. */
    private ApiResponse mine(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        List<Map<String, Object>> cohorts = service.runBy(lcm).stream().map(c -> staffView(c, lcm)).toList();
        return ApiResponse.ok(Map.of("cohorts", cohorts));
    }

    private ApiResponse create(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        var in = new CohortService.NewCohort(f.text("pathId"), f.text("startDate"), f.integer("weeks"),
                f.integer("seats"), f.text("language"), f.text("title"));
        f.throwIfInvalid();
        return guarded(() -> ApiResponse.created(staffView(service.create(lcm, in), lcm)));
    }

    private ApiResponse update(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        var in = new CohortService.Patch(f.text("title"), f.text("startDate"), f.integer("weeks"),
                f.integer("seats"), f.bool("open"));
        f.throwIfInvalid();
        return guarded(() -> ApiResponse.ok(staffView(service.update(lcm, request.pathParameter("cohortId"), in), lcm)));
    }

    private ApiResponse addToTeam(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        String sub = f.text("sub");
        f.throwIfInvalid();
        return guarded(() -> ApiResponse.ok(staffView(
                service.addToTeam(lcm, request.pathParameter("cohortId"), sub), lcm)));
    }

    private static ApiResponse guarded(java.util.function.Supplier<ApiResponse> action) {
        try {
            return CohortErrors.asTeam(action);
        } catch (CohortStore.SeatsBelowEnrolled e) {
            throw new ApiException(409, "conflict", e.enrolled()
                    + " learners are enrolled: the cohort cannot have fewer seats than that.");
        } catch (CohortStore.AlreadyExists e) {
            throw ApiException.conflict("A cohort with this id exists already; try again.");
        }
    }

    static Map<String, Object> publicView(Cohort c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cohortId", c.cohortId());
        view.put("pathId", c.pathId());
        view.put("title", c.title());
        view.put("language", c.language());
        view.put("startDate", c.startDate().toString());
        view.put("endDate", c.endDate().toString());
        view.put("weeks", c.weeks());
        view.put("seats", c.seats());
        view.put("seatsLeft", c.seatsLeft());
        view.put("waitlisted", c.waitlisted());
        view.put("open", c.open());
        return view;
    }

    /** For LCMs of the cohort: adds the team; a non-member LCM gets 403. */
    static Map<String, Object> staffView(Cohort c, Caller caller) {
        if (!c.isRunBy(caller.sub())) {
            throw new CohortStore.NotOnTeam();
        }
        Map<String, Object> view = publicView(c);
        view.put("enrolled", c.enrolled());
        view.put("team", c.lcms().stream().sorted().toList());
        return view;
    }
}
