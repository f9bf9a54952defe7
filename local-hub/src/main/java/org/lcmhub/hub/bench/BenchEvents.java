package org.lcmhub.hub.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** Events as API Gateway hands them to a function, for driving a handler without the hub. */
public final class BenchEvents {
    private BenchEvents() {
    }

    /** A GET of {@code path} by an LCM signed in as {@code sub} (claims as the StaffJwt authorizer passes them). */
    public static APIGatewayV2HTTPEvent get(String path, String sub) {
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                .withClaims(Map.of("sub", sub, "cognito:groups", "[lcm]")).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("local")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path).build())
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build());
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withRequestContext(context.build()).build();
    }
}
