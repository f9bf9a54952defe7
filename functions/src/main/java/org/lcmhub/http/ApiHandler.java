package org.lcmhub.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.OnFirstUse;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Invocation;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The shared HTTP edge of every function: routes the event, decodes the body, maps domain
 * outcomes and failures to status codes and to one JSON error shape
 * {@code {"error":{"code","message","fields"?,"params"?}}}.
 *
 * <p>Lambda calls the stream method (the runtime prefers the longest {@code handleRequest}); it
 * reads the event with {@link HttpApiJson} and hands it to {@link #handleRequest(APIGatewayV2HTTPEvent, Context)},
 * which the local hub and the tests call directly.
 */
public abstract class ApiHandler implements RequestStreamHandler {
    /** Requests above this many body bytes are refused before anything is parsed or written. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final Router router = new Router();
    @SuppressWarnings("unused") // held so that SnapStart's hooks stay registered as long as the handler lives
    private final Priming priming = Priming.register(this);

    protected ApiHandler() {
    }

    /**
     * Runs a real but harmless request path before a snapshot: every route of this handler once,
     * without credentials and again as a staff member of no cohort, with an empty JSON object as
     * body (each answers 400, 401, 403 or 404 after its reads: nothing is written), an unknown
     * path (404), the store calls of {@link #primedStoreCalls()} through the store clients, and the
     * clients built on first use ({@link OnFirstUse}). Routing, Jackson both ways, the claims, the error paths and
     * the SDK are then loaded and warm. Returns each request's status. Handlers with work of their
     * own to warm add it ({@code super.prime()}).
     */
    public Map<String, Integer> prime() {
        List<String> requests = new ArrayList<>(router().requests("priming"));
        requests.add("GET /api/priming/unknown");
        Map<String, Integer> statuses = new LinkedHashMap<>();
        int n = 0;
        for (Map<String, String> claims : List.of(Map.<String, String>of(), PRIMING_CLAIMS)) {
            for (String request : requests) {
                String[] parts = request.split(" ", 2);
                APIGatewayV2HTTPEvent event = primingEvent(parts[0], parts[1], "priming-" + n++, claims);
                statuses.put((claims.isEmpty() ? "" : "staff ") + request, handleRequest(event, null).getStatusCode());
            }
        }
        try {
            // Lambda's own entry: the event read from bytes, the answer written as bytes.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            handleRequest(new java.io.ByteArrayInputStream(HttpApiJson.bytes(
                    primingEvent("GET", "/api/priming/unknown", "priming-" + n, Map.of()))), out, null);
            statuses.put("stream GET /api/priming/unknown", HttpApiJson.status(out.toByteArray()));
        } catch (IOException e) {
            statuses.put("stream GET /api/priming/unknown", 500);
        }
        Dynamo.primeClients(primedStoreCalls());
        Catalogue.site().prime();
        OnFirstUse.buildAll();
        RequestLog.markCold();
        return statuses;
    }

    /**
     * The kinds of store call the priming makes beyond the routes' own: each one this function's
     * policy in template.yaml allows, and no other (a refused call warms less and logs a denial).
     * Most functions may read, query, put, update and transact; one allowed less says so.
     */
    public Set<Dynamo.Call> primedStoreCalls() {
        return EnumSet.allOf(Dynamo.Call.class);
    }

    /** A signed-in LCM and mentor who runs no cohort and mentors no one. */
    private static final Map<String, String> PRIMING_CLAIMS = Map.of(
            "sub", "priming", "email", "priming@example.invalid", "cognito:groups", "[lcm mentor]");

    private static APIGatewayV2HTTPEvent primingEvent(String method, String path, String requestId,
                                                      Map<String, String> claims) {
        APIGatewayV2HTTPEvent.RequestContext.RequestContextBuilder context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(requestId)
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build());
        if (!claims.isEmpty()) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                    .build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("ANY " + path).withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("content-type", "application/json", "accept", "application/json"))
                .withRequestContext(context.build())
                .withBody("{}").withIsBase64Encoded(false).build();
    }

    /**
     * Where a form without JavaScript posted to {@code path} lands on success, for the {@code next}
     * page it names: that page, unless this handler's pages moved. A form an older site baked, still
     * in a browser's cache, names the old address, which no longer exists.
     */
    protected String landing(String path, String next) {
        return next;
    }

    /** Declares the handler's operations; called once, on first use, as a warm Lambda would keep it. */
    protected abstract void routes(Router router);

    private volatile boolean routed;

    private Router router() {
        if (!routed) {
            synchronized (router) {
                if (!routed) {
                    routes(router);
                    routed = true;
                }
            }
        }
        return router;
    }

    @Override
    public final void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        HttpApiJson.write(handleRequest(HttpApiJson.read(in), context), out);
    }

    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        String requestId = requestId(event, context);
        String operation = ApiRequest.method(event) + " " + ApiRequest.path(event);
        long remaining = context == null ? DEFAULT_REMAINING_MILLIS : context.getRemainingTimeInMillis();
        APIGatewayV2HTTPResponse response = null;
        try (Invocation invocation = Invocation.open(requestId, operation, remaining);
             org.lcmhub.domain.Log.Scope log = RequestLog.open(context)) {
            response = answer(event, context, requestId);
            return response;
        } finally {
            RequestLog.write(context, event, requestId, response == null ? 500 : response.getStatusCode(), started);
        }
    }

    /** Without a Lambda context (handler tests), a request has the API functions' 20 s. */
    private static final long DEFAULT_REMAINING_MILLIS = 20_000;

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event, Context context, String requestId) {
        FormFlow flow = null;
        try {
            String method = ApiRequest.method(event);
            String path = ApiRequest.path(event);
            byte[] body = ApiRequest.decodeBody(event);
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiException(413, "payload_too_large",
                        "The request body is " + body.length + " bytes; the limit is " + MAX_BODY_BYTES + ".");
            }
            // Known before routing, so that a form posted to a wrong path still lands on a page.
            flow = FormFlow.of(event.getHeaders(), body);
            if (flow != null) {
                flow = flow.landing(next -> landing(path, next));
            }
            Router.Match match = router().match(method, path);
            ApiRequest request = new ApiRequest(event, match.pathParameters(), body);
            request.rejectFilledHoneypot();
            ApiResponse response = match.operation().apply(request);
            if (flow != null && response.status() / 100 == 2) {
                return seeOther(flow.success(response.body()));
            }
            return toResponse(response.status(), response.body(), response.headers());
        } catch (Router.MethodNotAllowed e) {
            return error(flow, e, Map.of("Allow", e.allow()));
        } catch (ApiException e) {
            return error(flow, e, Map.of());
        } catch (InvalidInput e) {
            return error(flow, ApiException.validation(e.fields(), e.params()), Map.of());
        } catch (SdkException e) {
            if (!StoreFailure.isUnavailable(e)) {
                return unexpected(flow, context, requestId, e);
            }
            log(context, "The store did not answer request " + requestId + ": " + e, LogLevel.WARN);
            return error(flow, StoreFailure.unavailable(), Map.of("Retry-After", "2"));
        } catch (RuntimeException e) {
            return unexpected(flow, context, requestId, e);
        }
    }

    private static APIGatewayV2HTTPResponse unexpected(FormFlow flow, Context context, String requestId,
            RuntimeException e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        log(context, "Unhandled error in request " + requestId + ": " + trace, LogLevel.ERROR);
        String location = flow == null ? null : flow.failure(new ApiException(500, "internal_error", "Unexpected error"));
        if (location != null) {
            return seeOther(location);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "internal_error");
        // Not "nothing was saved": the failure may have come after a write committed.
        error.put("message", "Something went wrong on our side. Quote request "
                + requestId + " if you report it.");
        error.put("requestId", requestId);
        return toResponse(500, Map.of("error", error), Map.of());
    }

    private static APIGatewayV2HTTPResponse error(FormFlow flow, ApiException e, Map<String, String> headers) {
        String location = flow == null ? null : flow.failure(e);
        if (location != null) {
            return seeOther(location);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        if (!e.fields().isEmpty()) {
            error.put("fields", e.fields());
        }
        if (!e.params().isEmpty()) {
            error.put("params", e.params());
        }
        return toResponse(e.status(), Map.of("error", error), headers);
    }

    /** The browser of a no-JavaScript form follows this to a page of the site. */
    private static APIGatewayV2HTTPResponse seeOther(String location) {
        return toResponse(303, null, Map.of("Location", location));
    }

    private static APIGatewayV2HTTPResponse toResponse(int status, Object body, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        headers.putAll(extra);
        String json;
        if (body instanceof ApiResponse.Binary binary) {
            headers.put("Content-Type", binary.contentType());
            headers.put("X-Content-Type-Options", "nosniff");
            return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers)
                    .withBody(java.util.Base64.getEncoder().encodeToString(binary.bytes())).withIsBase64Encoded(true).build();
        }
        if (body instanceof ApiResponse.Text text) {
            headers.put("Content-Type", text.contentType());
            headers.putAll(extra);
            return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers)
                    .withBody(text.text()).withIsBase64Encoded(false).build();
        }
        try {
            json = body == null ? null : PlainJson.write(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response is not serialisable", e);
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(json)
                .withIsBase64Encoded(false)
                .build();
    }

    private static String requestId(APIGatewayV2HTTPEvent event, Context context) {
        if (event.getRequestContext() != null && event.getRequestContext().getRequestId() != null) {
            return event.getRequestContext().getRequestId();
        }
        return context == null ? "unknown" : context.getAwsRequestId();
    }

    private static void log(Context context, String message, LogLevel level) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(message, level);
        } else {
            RequestLog.fallback(message, System.Logger.Level.WARNING);
        }
    }
}
