package org.lcmhub.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lcmhub.domain.Language;

/** What a handler needs from an API Gateway HTTP API (payload 2.0) event, decoded once. */
public final class ApiRequest {
    private final APIGatewayV2HTTPEvent event;
    private final String method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final byte[] body;
    private ObjectNode bodyObject;

    ApiRequest(APIGatewayV2HTTPEvent event, Map<String, String> pathParameters, byte[] body) {
        this.event = event;
        this.method = method(event);
        this.path = path(event);
        this.pathParameters = Map.copyOf(pathParameters);
        this.body = body;
    }

    static String method(APIGatewayV2HTTPEvent event) {
        var ctx = event.getRequestContext();
        String m = ctx != null && ctx.getHttp() != null ? ctx.getHttp().getMethod() : null;
        return m == null ? "GET" : m.toUpperCase(Locale.ROOT);
    }

    static String path(APIGatewayV2HTTPEvent event) {
        String p = event.getRawPath();
        if (p == null && event.getRequestContext() != null && event.getRequestContext().getHttp() != null) {
            p = event.getRequestContext().getHttp().getPath();
        }
        return p == null || p.isEmpty() ? "/" : p;
    }

    /** The body as it came (an uploaded file), already decoded from base64. */
    public byte[] bodyBytes() {
        return body.clone();
    }

    /** The body as bytes; API Gateway base64-encodes non-text payloads. */
    static byte[] decodeBody(APIGatewayV2HTTPEvent event) {
        String raw = event.getBody();
        if (raw == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(raw);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("The request body is not valid base64.");
            }
        }
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    public String requestId() {
        var ctx = event.getRequestContext();
        return ctx == null ? null : ctx.getRequestId();
    }

    /**
     * The language of the page asking, to word data in (a cohort's title): {@code ?lang=}, else the
     * first of {@code Accept-Language}, which the staff pages set to their own language; null when
     * neither names English or French (then the data as stored).
     */
    public Language reader() {
        String given = queryParameter("lang");
        if (given == null) {
            String accepted = header("accept-language");
            given = accepted == null || accepted.length() < 2 ? null : accepted.substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return given == null ? null : Language.parse(given).orElse(null);
    }

    /** Header value by name; API Gateway lower-cases header names in payload 2.0. */
    public String header(String name) {
        Map<String, String> headers = event.getHeaders();
        return headers == null ? null : headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Who is asking: behind CloudFront the API sees CloudFront's address, and CloudFront appends
     * the viewer's address to {@code X-Forwarded-For}, so the last entry is the one no client can
     * forge; without the header, the connection's source.
     */
    public String client() {
        String forwarded = header("x-forwarded-for");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        var context = event.getRequestContext();
        return context == null || context.getHttp() == null ? null : context.getHttp().getSourceIp();
    }

    public String queryParameter(String name) {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? null : query.get(name);
    }

    /**
     * {@code ?limit=&cursor=}, read the same way on every paged route. {@code limit}: absent is
     * {@code size.fallback()}; else ASCII digits (a minus sign allowed, to answer "out of bounds"
     * rather than "not a number") that fit an int, from 1 to {@code size.max()}. {@code cursor}:
     * absent is null; else what {@code cursor} makes of it, which refuses it by throwing
     * {@link IllegalArgumentException} (a bad number or base64 does). Both refusals come in one
     * 400 answer, field by field, before the route reads anything.
     */
    public <C> PageAsked<C> page(PageAsked.Size size, Function<String, C> cursor, String badCursor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer limit = size.fallback();
        String rawLimit = queryParameter("limit");
        if (rawLimit != null) {
            limit = wholeNumber(rawLimit);
            if (limit == null) {
                errors.put("limit", size.notANumber());
            } else if (limit < 1 || limit > size.max()) {
                errors.put("limit", size.outOfBounds());
            }
        }
        C after = null;
        String rawCursor = queryParameter("cursor");
        if (rawCursor != null) {
            try {
                after = cursor.apply(rawCursor);
            } catch (IllegalArgumentException e) {
                errors.put("cursor", badCursor);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new PageAsked<>(limit, after);
    }

    /** Null when {@code raw} is not an int written in ASCII digits (Java would read other scripts' digits). */
    private static Integer wholeNumber(String raw) {
        if (!raw.matches("-?[0-9]{1,10}")) {
            return null;
        }
        long n = Long.parseLong(raw);
        return n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? null : (int) n;
    }

    public APIGatewayV2HTTPEvent event() {
        return event;
    }

    public boolean isForm() {
        return FormFlow.isForm(header("content-type"));
    }

    /** The name of the hidden field that people leave empty and form-filling bots do not. */
    public static final String HONEYPOT = "website";

    /**
     * Refuses a form or JSON body whose honeypot field is filled, before any operation runs.
     * A body that does not parse is left to the operation, which reports it.
     */
    void rejectFilledHoneypot() {
        String type = header("content-type");
        boolean json = type != null && type.toLowerCase(Locale.ROOT).matches("application/([a-z.+-]*\\+)?json.*");
        if (body.length == 0 || !(isForm() || json)) {
            return;
        }
        JsonNode trap;
        try {
            trap = bodyObject().get(HONEYPOT);
        } catch (ApiException e) {
            return;
        }
        if (trap != null && !trap.isNull() && !trap.asText().isBlank()) {
            throw new ApiException(400, "rejected", "This submission was rejected.");
        }
    }

    /**
     * The body as a JSON object, whether it was sent as JSON or as an HTML form
     * (form values arrive as strings; {@link Fields} reads both). Parsed once.
     */
    public ObjectNode bodyObject() {
        if (bodyObject == null) {
            bodyObject = parseBodyObject();
        }
        return bodyObject;
    }

    private ObjectNode parseBodyObject() {
        if (body.length == 0) {
            throw ApiException.badRequest("The request body is empty; a JSON object is expected.");
        }
        if (isForm()) {
            return formObject(new String(body, StandardCharsets.UTF_8));
        }
        JsonNode node;
        try {
            node = PlainJson.readBody(body);
        } catch (StreamConstraintsException e) {
            throw ApiException.badRequest("The request body is nested too deeply or holds a value that is too long.");
        } catch (JsonProcessingException e) {
            // In our words: the parser's own text names its internals.
            var at = e.getLocation();
            throw ApiException.badRequest("The request body is not valid JSON"
                    + (at == null || at.getLineNr() < 1 ? "." : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
        } catch (java.io.IOException | RuntimeException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    private static ObjectNode formObject(String form) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (node.has(key)) {
                throw ApiException.badRequest("The form field '" + key + "' is repeated.");
            }
            node.put(key, value);
        }
        return node;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The form body is not valid URL encoding.");
        }
    }
}
