package org.lcmhub.hub.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Cohorts and table reads the integration tests share. */
public final class Fixtures {
    public static final String LCM_SUB = "lcm-fixture";

    private Fixtures() {
    }

    /** An open cohort of {@code pathId}, starting next year; created unless it exists. */
    public static Cohort cohort(DynamoDbClient dynamo, String table, String cohortId, String pathId, int seats) {
        DynamoCohortStore store = new DynamoCohortStore(dynamo, table);
        Cohort existing = store.find(cohortId);
        if (existing != null) {
            return existing;
        }
        Cohort cohort = new Cohort(cohortId, pathId, "Cohort " + cohortId, Language.FR,
                LocalDate.now().plusDays(30), 8, seats, true, 0, 0, Set.of(LCM_SUB), Instant.now());
        store.create(cohort);
        return cohort;
    }

    /** A sign-up's JSON body: Awa, in French, from Dakar, consenting. */
    public static String signupBody(String email, String pathId, String cohortId) {
        return "{\"name\":\"Awa\",\"email\":\"" + email + "\",\"pathId\":\"" + pathId + "\",\"cohortId\":\""
                + cohortId + "\",\"language\":\"fr\",\"timezone\":\"Africa/Dakar\",\"consent\":true}";
    }

    /** The API Gateway event of a JSON {@code POST /api/signups} with {@code body}, as the signup function gets it. */
    public static APIGatewayV2HTTPEvent signupEvent(String body) {
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

    /**
     * The API Gateway event of a JSON request to {@code path}, signed in with the JWT {@code claims}
     * (null: anonymous), with {@code query} parameters (null: none), as a staff route's function gets it.
     */
    public static APIGatewayV2HTTPEvent jsonEvent(String method, String path, Map<String, String> claims,
                                                  Map<String, String> query, String body) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("r")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build());
        if (claims != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build());
        }
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withRequestContext(context.build())
                .withQueryStringParameters(query).withHeaders(Map.of("content-type", "application/json"))
                .withBody(body).build();
    }

    /** A fresh open cohort with a unique id and path. */
    public static Cohort freshCohort(DynamoDbClient dynamo, String table, int seats) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return cohort(dynamo, table, "c-" + suffix, "path-" + suffix, seats);
    }

    /** Every item of a partition, read consistently. */
    public static List<Map<String, AttributeValue>> partition(DynamoDbClient dynamo, String table, String pk) {
        return dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))).items().stream().toList();
    }

    /** The items of a partition whose sort key starts with {@code prefix}. */
    public static List<Map<String, AttributeValue>> partition(DynamoDbClient dynamo, String table, String pk,
                                                              String prefix) {
        return partition(dynamo, table, pk).stream().filter(i -> i.get("SK").s().startsWith(prefix)).toList();
    }

    /** Every item of the table that mentions {@code text} in any string attribute (tests only: a scan). */
    public static List<Map<String, AttributeValue>> itemsMentioning(DynamoDbClient dynamo, String table, String text) {
        return dynamo.scanPaginator(r -> r.tableName(table)).items().stream()
                .filter(i -> i.values().stream().anyMatch(v -> v.s() != null && v.s().contains(text)))
                .toList();
    }
}
