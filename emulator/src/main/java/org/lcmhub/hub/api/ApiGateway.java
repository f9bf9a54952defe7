package org.lcmhub.hub.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
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

    /** The answer to one request, or null when it will come later through {@code later}. */
    public Reply handle(EventFactory.HttpRequest request, Consumer<Reply> later) {
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
        // The function runs on this thread; the watch answers instead should its timeout pass or
        // the store stop answering meanwhile. Whichever answers first is the answer.
        LocalFunction.Invocation call;
        try {
            call = function.prepare(event);
        } catch (RuntimeException e) {
            return failed(function, e); // its handler could not be built: Lambda's init error
        }
        Watched watched = new Watched(call, later);
        call.result().whenComplete((value, failure) -> {
            try {
                watched.answer(failure == null
                        ? reply(call, value, event.getRequestContext().getRequestId()) : failed(function, failure));
            } catch (RuntimeException e) {
                // Nothing else would say so: the future keeps what its action threw.
                System.err.println("Answering a request failed: " + e);
            }
        });
        WATCH.add(watched);
        try {
            call.run();
        } finally {
            WATCH.remove(watched);
        }
        return null;
    }

    private static Reply reply(LocalFunction.Invocation call, Object value, String requestId) {
        try {
            return reply(call.response(value), requestId);
        } catch (RuntimeException e) {
            System.err.println("Invalid function response: " + e);
            return message(500, "Internal Server Error");
        }
    }

    private static Reply failed(LocalFunction function, Throwable failure) {
        System.err.println("[" + function.definition().logicalId() + "] invocation failed: " + failure);
        if (!(failure instanceof TimeoutException)) {
            failure.printStackTrace();
        }
        return message(500, "Internal Server Error");
    }

    /** A request whose function runs: answered once, by the function or by the watch. */
    private final class Watched {
        private final LocalFunction.Invocation call;
        private final Consumer<Reply> later;
        private final AtomicBoolean answered = new AtomicBoolean();
        private long downSince;

        Watched(LocalFunction.Invocation call, Consumer<Reply> later) {
            this.call = call;
            this.later = later;
        }

        void answer(Reply reply) {
            if (answered.compareAndSet(false, true)) {
                later.accept(reply);
            }
        }

        /** One look, every {@link #WATCH_MS}: past its timeout, it is abandoned; with the store stopped, it is answered. */
        void look() {
            if (call.abandonIfLate()) {
                return; // its result, a timeout, answers
            }
            if (storeAvailable.getAsBoolean()) {
                downSince = 0;
            } else if (downSince == 0) {
                downSince = System.nanoTime();
            } else if (System.nanoTime() - downSince > GRACE_MS * 1_000_000) {
                // The call goes on; should the store resume, it may complete: the answer says so.
                answer(StoreDown.unsure());
            }
        }
    }

    /** How often the watch looks at the requests whose function runs. */
    private static final long WATCH_MS = 20;
    private static final Set<Watched> WATCH = ConcurrentHashMap.newKeySet();

    static {
        Thread watch = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(WATCH_MS);
                } catch (InterruptedException e) {
                    return;
                }
                for (Watched w : WATCH) {
                    try {
                        w.look();
                    } catch (RuntimeException e) {
                        // one request's trouble must not stop the watch over all the others
                        System.err.println("Watching a request failed: " + e);
                    }
                }
            }
        }, "api-gateway-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static Map<String, String> lowerCased(Map<String, List<String>> headers) {
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.merge(name.toLowerCase(Locale.ROOT),
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
