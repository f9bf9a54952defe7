package org.lcmhub.hub.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.lcmhub.hub.auth.JwtAuthorizer;

/**
 * The HTTP API's part of the local hub: picks the route as API Gateway does, invokes the function
 * with the event API Gateway would build, and turns its response back into HTTP.
 */
public final class ApiGateway {
    /** API Gateway refuses larger payloads before any function runs. */
    public static final int MAX_PAYLOAD = 10 * 1024 * 1024;

    /** An HTTP answer: status, headers (one or more values each) and body bytes. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {
    }

    private final RouteTable routes;
    private final Map<String, LocalFunction> functions;
    private final Map<String, JwtAuthorizer> authorizers;
    private final BooleanSupplier storeAvailable;
    /** How long an answer may still come once the store is seen stopped. */
    private static final long GRACE_MS = 300;

    public ApiGateway(RouteTable routes, Map<String, LocalFunction> functions) {
        this(routes, functions, Map.of());
    }

    public ApiGateway(RouteTable routes, Map<String, LocalFunction> functions, Map<String, JwtAuthorizer> authorizers) {
        this(routes, functions, authorizers, () -> true);
    }

    /** {@code storeAvailable}: whether the store answers now; when it does not, requests fail fast with 503. */
    public ApiGateway(RouteTable routes, Map<String, LocalFunction> functions, Map<String, JwtAuthorizer> authorizers,
                      BooleanSupplier storeAvailable) {
        this.routes = routes;
        this.functions = Map.copyOf(functions);
        this.authorizers = Map.copyOf(authorizers);
        this.storeAvailable = storeAvailable;
    }

    /** Whether a template route claims this request; otherwise it is the site's. */
    public boolean claims(String method, String path) {
        return routes.match(method, path).isPresent() || path.equals("/api") || path.startsWith("/api/");
    }

    public Reply handle(EventFactory.HttpRequest request) {
        if (request.body().length > MAX_PAYLOAD) {
            return message(413, "Request Entity Too Large");
        }
        Optional<RouteTable.Match> match = routes.match(request.method(), request.rawPath());
        if (match.isEmpty()) {
            return message(404, "Not Found");
        }
        LocalFunction function = functions.get(match.get().route().functionId());
        Map<String, String> claims = null;
        String authorizer = match.get().route().authorizer();
        if (authorizer != null) {
            JwtAuthorizer jwt = authorizers.get(authorizer);
            if (jwt == null) {
                throw new IllegalStateException("Route " + match.get().route().routeKey()
                        + " names an authorizer the template does not declare: " + authorizer);
            }
            // As API Gateway: a missing, expired, forged or foreign token never reaches the function.
            claims = jwt.authorize(lowerCased(request.headers()));
            if (claims == null) {
                return message(401, "Unauthorized");
            }
        }
        APIGatewayV2HTTPEvent event = EventFactory.build(request, match.get(), Instant.now());
        if (claims != null) {
            event.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(claims).withScopes(null).build())
                    .build());
        }
        if (!storeAvailable.getAsBoolean()) {
            return StoreDown.notTried();
        }
        APIGatewayV2HTTPResponse response;
        try {
            response = await(function.start(event));
            if (response == null) {
                // The call goes on; should the store resume, it may complete: the answer says so.
                return StoreDown.unsure();
            }
        } catch (Throwable e) {
            System.err.println("[" + function.definition().logicalId() + "] invocation failed: " + e);
            e.printStackTrace();
            return message(500, "Internal Server Error");
        }
        return reply(response, event.getRequestContext().getRequestId());
    }

    /** The function's response, or null when the store stops answering before it comes. */
    private APIGatewayV2HTTPResponse await(LocalFunction.Invocation call) throws Throwable {
        long downSince = 0;
        while (true) {
            APIGatewayV2HTTPResponse response = call.awaitResponse(20);
            if (response != null) {
                return response;
            }
            if (storeAvailable.getAsBoolean()) {
                downSince = 0;
            } else if (downSince == 0) {
                downSince = System.nanoTime();
            } else if (System.nanoTime() - downSince > GRACE_MS * 1_000_000) {
                return null;
            }
        }
    }

    private static Map<String, String> lowerCased(Map<String, List<String>> headers) {
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.merge(name.toLowerCase(java.util.Locale.ROOT),
                String.join(",", values), (a, b) -> a + "," + b));
        return lower;
    }

    private static Reply reply(APIGatewayV2HTTPResponse response, String requestId) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, v) -> headers.put(k, List.of(v)));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
        }
        if (response.getCookies() != null && !response.getCookies().isEmpty()) {
            headers.put("Set-Cookie", List.copyOf(response.getCookies()));
        }
        headers.put("Apigw-Requestid", List.of(requestId));
        String body = response.getBody();
        byte[] bytes = body == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode() == 0 ? 200 : response.getStatusCode();
        return new Reply(status, headers, bytes);
    }

    /** API Gateway's own error shape, used where no function answers. */
    private static Reply message(int status, String message) {
        return new Reply(status, Map.of("Content-Type", List.of("application/json")),
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
