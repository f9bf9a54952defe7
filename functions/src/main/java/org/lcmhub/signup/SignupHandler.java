package org.lcmhub.signup;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Metrics;
import org.lcmhub.http.Router;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;

/** {@code POST /api/signups}: JSON or an HTML form in, 201 (new) or 200 (already signed up) out. */
public class SignupHandler extends ApiHandler {
    private final SignupService service;

    /** Used by Lambda. */
    public SignupHandler() {
        this(service(Dynamo.client(), Dynamo.tableName()));
    }

    /** One SDK client per execution environment, shared by the stores. */
    private static SignupService service(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        return new SignupService(new DynamoSignupStore(dynamo, table), new DynamoCohortStore(dynamo, table),
                Mailers.fromEnv(), Messages.fromEnv());
    }

    public SignupHandler(SignupService service) {
        this.service = service;
    }

    @Override
    protected void routes(Router router) {
        router.post("/api/signups", this::signUp);
    }

    private ApiResponse signUp(ApiRequest request) {
        Fields f = new Fields(request.bodyObject());
        SignupRequest signup = new SignupRequest(
                f.text("name"), f.text("email"), f.text("pathId"), f.text("cohortId"),
                f.text("language"), f.text("timezone"), f.text("goals"), f.integer("hoursPerWeek"), f.bool("consent"));
        f.throwIfInvalid();
        SignupResult result;
        try {
            result = service.signUp(signup);
        } catch (SignupStore.CoolingDown e) {
            long seconds = Math.max(1, Duration.between(Instant.now(), e.until()).toSeconds() + 1);
            throw new ApiException(429, "too_many_requests",
                    "This address signed up a moment ago; try again in " + seconds + " seconds.");
        }
        // Only what the caller already knows or may know: never the name or the address back.
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", result.learner().learnerId());
        body.put("cohortId", result.learner().cohortId());
        body.put("status", result.learner().status().wire());
        if (result.waitlistPosition() != null) {
            body.put("waitlistPosition", result.waitlistPosition());
        }
        if (result.created()) {
            Metrics.count("SignUps", 1);
        }
        return ApiResponse.of(result.created() ? 201 : 200, body);
    }
}
