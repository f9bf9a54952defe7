package org.lcmhub.signup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;

/** {@code POST /api/signups}: JSON or an HTML form in, 201 (new) or 200 (already signed up) out. */
public class SignupHandler extends ApiHandler {
    private final SignupService service;

    /** Used by Lambda. */
    public SignupHandler() {
        this(new SignupService(new DynamoSignupStore(Dynamo.client(), Dynamo.tableName())));
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
                f.text("language"), f.text("timezone"), f.bool("consent"));
        f.throwIfInvalid();
        SignupResult result = service.signUp(signup);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", result.learner().learnerId());
        body.put("status", result.learner().status().wire());
        return ApiResponse.of(result.created() ? 201 : 200, body);
    }
}
