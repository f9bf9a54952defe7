package org.lcmhub.hub.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.http.HttpApiJson;

/**
 * The event of {@code ./hub bench-cold}'s first request, as the JSON Lambda's runtime hands the
 * function: made here, in the bench's own JVM, so that the fresh JVM spends nothing on building
 * or serialising it (Lambda's runtime passes the bytes it received). Written as the functions'
 * priming writes its event, by {@link HttpApiJson}.
 */
final class BenchEvent {
    /** What {@link FirstResponse} receives for a scheduled or stream function: an empty map. */
    static final String NOT_HTTP = "-";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchEvent() {
    }

    /** A small spec (method, path, query, body, claims) as API Gateway's payload 2.0, or {@link #NOT_HTTP}. */
    static String of(String specJson) throws IOException {
        JsonNode spec = JSON.readTree(specJson);
        if (!spec.has("method")) {
            return NOT_HTTP;
        }
        String path = spec.get("path").asText();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("bench-" + System.nanoTime())
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(spec.get("method").asText()).withPath(path).build());
        if (spec.has("claims")) {
            Map<String, String> claims = new LinkedHashMap<>();
            spec.get("claims").fields().forEachRemaining(e -> claims.put(e.getKey(), e.getValue().asText()));
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(claims).build()).build());
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (spec.has("query")) {
            spec.get("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
        }
        return new String(HttpApiJson.bytes(APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("ANY " + path).withRawPath(path)
                .withQueryStringParameters(query)
                .withHeaders(Map.of("content-type", "application/json", "accept", "application/json"))
                .withRequestContext(context.build())
                .withBody(spec.has("body") ? spec.get("body").toString() : null)
                .withIsBase64Encoded(false).build()), StandardCharsets.UTF_8);
    }
}
