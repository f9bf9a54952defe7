package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The sign-up handler over the real store: what a failure in the middle leaves behind. */
@ExtendWith(MotoExtension.class)
class SignupHandlerIT {

    private static APIGatewayV2HTTPEvent post(String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("ANY /api/signups").withRawPath("/api/signups")
                .withHeaders(Map.of("content-type", "application/json"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("req-" + UUID.randomUUID())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("POST").withPath("/api/signups").build())
                        .build())
                .withBody(body).withIsBase64Encoded(false).build();
    }

    private static String signup(String email, String cohort) {
        return "{\"name\":\"Awa\",\"email\":\"" + email + "\",\"pathId\":\"python-foundations\",\"cohortId\":\""
                + cohort + "\",\"language\":\"fr\",\"timezone\":\"Africa/Dakar\",\"consent\":true}";
    }

    @Test
    void anUnexpectedStoreFailureIsA500WithTheRequestIdAndNothingHalfWritten(Moto moto) {
        String reusedId = UUID.randomUUID().toString();
        SignupHandler handler = new SignupHandler(new SignupService(
                new DynamoSignupStore(moto.dynamo(), moto.table()), Clock.systemUTC(), () -> reusedId));
        String firstCohort = "c-" + UUID.randomUUID();
        String secondCohort = "c-" + UUID.randomUUID();
        assertThat(handler.handleRequest(post(signup("one@example.org", firstCohort)), null).getStatusCode()).isEqualTo(201);

        APIGatewayV2HTTPEvent event = post(signup("two@example.org", secondCohort));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getBody()).contains(event.getRequestContext().getRequestId());
        assertThat(moto.dynamo().query(r -> r.tableName(moto.table()).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("COHORT#" + secondCohort)))).count())
                .isZero();
    }
}
