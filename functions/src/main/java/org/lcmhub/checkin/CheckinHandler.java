package org.lcmhub.checkin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.checkin.model.CheckInRequest;
import org.lcmhub.checkin.model.LearnerContext;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Metrics;
import org.lcmhub.http.Router;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code POST /api/checkins}: an enrolled learner's weekly check-in, with their personal key as
 * {@code Authorization: Bearer <key>} or, from the site's form without JavaScript, a form field
 * {@code key}. 201 for a new week, 200 when that week's check-in is replaced.
 */
public class CheckinHandler extends ApiHandler {
    private final LearnerAuth auth;
    private final CohortStore cohorts;
    private final CheckInService service;

    /** Used by Lambda. */
    public CheckinHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    private CheckinHandler(DynamoDbClient dynamo, String table) {
        this(new LearnerAuth(new DynamoLearnerStore(dynamo, table)), new DynamoCohortStore(dynamo, table),
                new CheckInService(new DynamoCheckInStore(dynamo, table), Clock.systemUTC()));
    }

    public CheckinHandler(LearnerAuth auth, CohortStore cohorts, CheckInService service) {
        this.auth = auth;
        this.cohorts = cohorts;
        this.service = service;
    }

    @Override
    protected void routes(Router router) {
        router.post("/api/checkins", r -> LearnerAuth.guarded(() -> submit(r)));
    }

    private ApiResponse submit(ApiRequest request) {
        Learner learner = auth.authenticate(LearnerAuth.bearerOrForm(request)).learner();
        if (learner.status() != LearnerStatus.ENROLLED) {
            throw notEnrolled();
        }
        Cohort cohort = cohorts.find(learner.cohortId());
        if (cohort == null) {
            throw new ApiException(404, "not_found", "Your cohort no longer exists.");
        }
        Fields f = new Fields(request.bodyObject());
        CheckInRequest checkIn = new CheckInRequest(f.text("week"), f.integer("progress"), f.integer("stepReached"),
                f.decimal("hoursSpent"), f.integer("mood"), f.text("blockers"), f.bool("needHelp"), f.text("message"),
                f.bool("helpShown"));
        f.throwIfInvalid();
        // Paths keep their steps in the site's front matter, not in the table: one step per week of
        // the cohort stands in for them until the cohort stores its path's steps.
        LearnerContext context = new LearnerContext(learner.learnerId(), cohort.cohortId(),
                ZoneId.of(learner.timezone()), cohort.startDate(), cohort.endDate(), cohort.weeks());
        CheckInService.Submitted s;
        try {
            // An unticked checkbox is not sent at all: a form posted without JavaScript may leave needHelp out.
            s = request.isForm() ? service.submitKeepingHelp(context, checkIn) : service.submit(context, checkIn);
        } catch (CheckInStore.NotEnrolled e) {
            throw notEnrolled(); // withdrew or erased their data while this check-in was on its way
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", s.created() ? "created" : "updated");
        body.put("checkIn", CheckInViews.view(s.checkIn()));
        Metrics.count(s.created() ? "CheckIns" : "CheckInsReplaced", 1);
        return s.created() ? ApiResponse.created(body) : ApiResponse.ok(body);
    }

    private static ApiException notEnrolled() {
        return new ApiException(403, "not_enrolled", "Only learners enrolled in a cohort can check in.");
    }
}
