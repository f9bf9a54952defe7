package org.lcmhub.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API's event and response as Lambda passes them, read and written by our own Jackson.
 * Lambda's event serializer would do it too, but it loads Joda-Time for every event type, a
 * 0.6 MB library no function of ours uses.
 *
 * <p>Read from a tree and written field by field rather than through Jackson's bean mapping:
 * introspecting the event's seven classes costs a fresh JVM about 250 more classes and 50 ms
 * of CPU before its first answer, more than everything else in this class. The tree is built and
 * the answer written with Jackson's streaming parser and generator ({@link PlainJson}), so no
 * {@code ObjectMapper} is built for them either. The fields are those
 * of payload format 2.0, read as the bean mapping reads them and written so that Lambda's own
 * serializer reads them back (tests hold both to it, fixture by fixture).
 */
public final class HttpApiJson {
    /** Only for an authorizer's {@code lambda} context, which our routes never get (see {@link PlainJson}). */
    private static final class Beans {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private HttpApiJson() {
    }

    public static APIGatewayV2HTTPEvent read(InputStream in) throws IOException {
        JsonNode e = PlainJson.readTree(in);
        if (e == null || !e.isObject()) {
            throw new IOException("An HTTP API event is a JSON object");
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion(text(e, "version")).withRouteKey(text(e, "routeKey"))
                .withRawPath(text(e, "rawPath")).withRawQueryString(text(e, "rawQueryString"))
                .withCookies(texts(e, "cookies")).withHeaders(textMap(e, "headers"))
                .withQueryStringParameters(textMap(e, "queryStringParameters"))
                .withPathParameters(textMap(e, "pathParameters")).withStageVariables(textMap(e, "stageVariables"))
                .withBody(text(e, "body")).withIsBase64Encoded(e.path("isBase64Encoded").asBoolean())
                .withRequestContext(context(object(e, "requestContext")))
                .build();
    }

    private static RequestContext context(JsonNode c) throws IOException {
        if (c == null) {
            return null;
        }
        JsonNode h = object(c, "http");
        JsonNode a = object(c, "authorizer");
        return RequestContext.builder()
                .withRouteKey(text(c, "routeKey")).withAccountId(text(c, "accountId")).withStage(text(c, "stage"))
                .withApiId(text(c, "apiId")).withDomainName(text(c, "domainName"))
                .withDomainPrefix(text(c, "domainPrefix")).withTime(text(c, "time"))
                .withTimeEpoch(c.path("timeEpoch").asLong()).withRequestId(text(c, "requestId"))
                .withHttp(h == null ? null : RequestContext.Http.builder()
                        .withMethod(text(h, "method")).withPath(text(h, "path")).withProtocol(text(h, "protocol"))
                        .withSourceIp(text(h, "sourceIp")).withUserAgent(text(h, "userAgent")).build())
                .withAuthorizer(a == null ? null : authorizer(a))
                .build();
    }

    private static RequestContext.Authorizer authorizer(JsonNode a) throws IOException {
        JsonNode jwt = object(a, "jwt");
        JsonNode iam = object(a, "iam");
        JsonNode lambda = object(a, "lambda");
        JsonNode cognito = iam == null ? null : object(iam, "cognitoIdentity");
        @SuppressWarnings("unchecked")
        Map<String, Object> lambdaContext = lambda == null ? null : Beans.MAPPER.treeToValue(lambda, LinkedHashMap.class);
        return RequestContext.Authorizer.builder()
                .withJwt(jwt == null ? null : RequestContext.Authorizer.JWT.builder()
                        .withClaims(textMap(jwt, "claims")).withScopes(texts(jwt, "scopes")).build())
                .withLambda(lambdaContext)
                .withIam(iam == null ? null : RequestContext.IAM.builder()
                        .withAccessKey(text(iam, "accessKey")).withAccountId(text(iam, "accountId"))
                        .withCallerId(text(iam, "callerId")).withPrincipalOrgId(text(iam, "principalOrgId"))
                        .withUserArn(text(iam, "userArn")).withUserId(text(iam, "userId"))
                        .withCognitoIdentity(cognito == null ? null : RequestContext.CognitoIdentity.builder()
                                .withAmr(texts(cognito, "amr")).withIdentityId(text(cognito, "identityId"))
                                .withIdentityPoolId(text(cognito, "identityPoolId")).build())
                        .build())
                .build();
    }

    /** A JSON object member, or null when absent or null. */
    private static JsonNode object(JsonNode parent, String name) throws IOException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new IOException("The event's " + name + " is not an object");
        }
        return n;
    }

    /** A string member; a number or boolean reads as its text, as the bean mapping coerces it. */
    private static String text(JsonNode parent, String name) throws IOException {
        return scalar(parent.get(name), name);
    }

    private static String scalar(JsonNode n, String name) throws IOException {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            throw new IOException("The event's " + name + " is not a string");
        }
        return n.asText();
    }

    private static List<String> texts(JsonNode parent, String name) throws IOException {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new IOException("The event's " + name + " is not a list");
        }
        List<String> values = new ArrayList<>(n.size());
        for (JsonNode v : n) {
            values.add(scalar(v, name));
        }
        return values;
    }

    private static Map<String, String> textMap(JsonNode parent, String name) throws IOException {
        JsonNode n = object(parent, name);
        if (n == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : n.properties()) {
            values.put(entry.getKey(), scalar(entry.getValue(), name));
        }
        return values;
    }

    /**
     * An event as Lambda would pass it (priming goes through the same entry as a request): the
     * members {@link #read} reads, the absent ones left out as the bean mapping leaves out nulls.
     */
    public static byte[] bytes(APIGatewayV2HTTPEvent event) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(512);
        try (JsonGenerator g = PlainJson.generator(out)) {
            g.writeStartObject();
            text(g, "version", event.getVersion());
            text(g, "routeKey", event.getRouteKey());
            text(g, "rawPath", event.getRawPath());
            text(g, "rawQueryString", event.getRawQueryString());
            strings(g, "cookies", event.getCookies());
            textMap(g, "headers", event.getHeaders());
            textMap(g, "queryStringParameters", event.getQueryStringParameters());
            textMap(g, "pathParameters", event.getPathParameters());
            textMap(g, "stageVariables", event.getStageVariables());
            text(g, "body", event.getBody());
            g.writeBooleanField("isBase64Encoded", event.getIsBase64Encoded());
            if (event.getRequestContext() != null) {
                context(g, event.getRequestContext());
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void context(JsonGenerator g, RequestContext c) throws IOException {
        g.writeObjectFieldStart("requestContext");
        text(g, "routeKey", c.getRouteKey());
        text(g, "accountId", c.getAccountId());
        text(g, "stage", c.getStage());
        text(g, "apiId", c.getApiId());
        text(g, "domainName", c.getDomainName());
        text(g, "domainPrefix", c.getDomainPrefix());
        text(g, "time", c.getTime());
        g.writeNumberField("timeEpoch", c.getTimeEpoch());
        text(g, "requestId", c.getRequestId());
        RequestContext.Http h = c.getHttp();
        if (h != null) {
            g.writeObjectFieldStart("http");
            text(g, "method", h.getMethod());
            text(g, "path", h.getPath());
            text(g, "protocol", h.getProtocol());
            text(g, "sourceIp", h.getSourceIp());
            text(g, "userAgent", h.getUserAgent());
            g.writeEndObject();
        }
        if (c.getAuthorizer() != null) {
            authorizer(g, c.getAuthorizer());
        }
        g.writeEndObject();
    }

    private static void authorizer(JsonGenerator g, RequestContext.Authorizer a) throws IOException {
        g.writeObjectFieldStart("authorizer");
        if (a.getJwt() != null) {
            g.writeObjectFieldStart("jwt");
            textMap(g, "claims", a.getJwt().getClaims());
            strings(g, "scopes", a.getJwt().getScopes());
            g.writeEndObject();
        }
        if (a.getLambda() != null) {
            g.writeFieldName("lambda");
            Beans.MAPPER.writeValue(g, a.getLambda());
        }
        RequestContext.IAM iam = a.getIam();
        if (iam != null) {
            g.writeObjectFieldStart("iam");
            text(g, "accessKey", iam.getAccessKey());
            text(g, "accountId", iam.getAccountId());
            text(g, "callerId", iam.getCallerId());
            text(g, "principalOrgId", iam.getPrincipalOrgId());
            text(g, "userArn", iam.getUserArn());
            text(g, "userId", iam.getUserId());
            RequestContext.CognitoIdentity cognito = iam.getCognitoIdentity();
            if (cognito != null) {
                g.writeObjectFieldStart("cognitoIdentity");
                strings(g, "amr", cognito.getAmr());
                text(g, "identityId", cognito.getIdentityId());
                text(g, "identityPoolId", cognito.getIdentityPoolId());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void textMap(JsonGenerator g, String name, Map<String, String> values) throws IOException {
        if (values != null) {
            g.writeObjectFieldStart(name);
            for (Map.Entry<String, String> entry : values.entrySet()) {
                g.writeStringField(entry.getKey(), entry.getValue());
            }
            g.writeEndObject();
        }
    }

    /** The status of a written response. */
    public static int status(byte[] response) throws IOException {
        JsonNode written = PlainJson.readTree(new java.io.ByteArrayInputStream(response));
        return written == null ? 0 : written.path("statusCode").asInt();
    }

    /** The response's members, the absent ones left out as the bean mapping leaves out nulls. */
    public static void write(APIGatewayV2HTTPResponse response, OutputStream out) throws IOException {
        try (JsonGenerator g = PlainJson.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("statusCode", response.getStatusCode());
            textMap(g, "headers", response.getHeaders());
            if (response.getMultiValueHeaders() != null) {
                g.writeObjectFieldStart("multiValueHeaders");
                for (Map.Entry<String, List<String>> h : response.getMultiValueHeaders().entrySet()) {
                    strings(g, h.getKey(), h.getValue());
                }
                g.writeEndObject();
            }
            strings(g, "cookies", response.getCookies());
            text(g, "body", response.getBody());
            g.writeBooleanField("isBase64Encoded", response.getIsBase64Encoded());
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values == null) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
