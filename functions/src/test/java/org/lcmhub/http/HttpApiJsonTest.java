package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written reading and writing against Lambda's serializer and Jackson's bean mapping. */
class HttpApiJsonTest {
    private static final ObjectMapper BEANS = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Test
    void everyMemberOfPayloadTwoIsReadAsLambdaReadsIt() throws Exception {
        APIGatewayV2HTTPEvent read;
        try (InputStream in = getClass().getResourceAsStream("/events/every-member.json")) {
            read = HttpApiJson.read(in);
        }
        assertThat(read).isEqualTo(EventLoader.loadApiGatewayHttpEvent("events/every-member.json"));
        // Not two readers dropping the same members: each one is there.
        assertThat(read.getCookies()).containsExactly("theme=dark", "lang=fr");
        assertThat(read.getHeaders()).containsEntry("x-number", "42").containsEntry("x-empty", null);
        assertThat(read.getPathParameters()).containsEntry("cohortId", "py-2027-01");
        assertThat(read.getStageVariables()).containsEntry("stage", "live");
        assertThat(read.getIsBase64Encoded()).isTrue();
        var context = read.getRequestContext();
        assertThat(context.getTimeEpoch()).isEqualTo(1795860000000L);
        assertThat(context.getHttp().getMethod()).isEqualTo("PATCH");
        assertThat(context.getAuthorizer().getJwt().getClaims()).containsEntry("exp", "1795863600")
                .containsEntry("email_verified", "true");
        assertThat(context.getAuthorizer().getJwt().getScopes()).containsExactly("openid", "email");
        assertThat(context.getAuthorizer().getLambda()).containsEntry("tags", List.of("a", "b"))
                .containsEntry("limits", Map.of("daily", 3, "ratio", 0.5));
        assertThat(context.getAuthorizer().getIam().getCognitoIdentity().getAmr()).containsExactly("authenticated");
        assertThat(context.getAuthorizer().getIam().getUserArn()).endsWith(":user/example");
    }

    @Test
    void anEventThatIsNotAnObjectOrHasAWrongShapeIsRefused() {
        for (String json : List.of("[]", "\"x\"", "{\"headers\":[1]}", "{\"requestContext\":{\"http\":\"GET\"}}",
                "{\"cookies\":{\"a\":1}}", "{\"body\":{\"a\":1}}")) {
            assertThatThrownBy(() -> HttpApiJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .as(json).isInstanceOf(IOException.class);
        }
    }

    @Test
    void everyFixtureIsWrittenSoThatLambdasOwnSerializerReadsItBack() throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/events").toURI()))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(names).hasSizeGreaterThan(10);
        var lambdas = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());
        for (String name : names) {
            APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + name);
            byte[] written = HttpApiJson.bytes(event);
            assertThat(lambdas.fromJson(new ByteArrayInputStream(written))).as(name).isEqualTo(event);
        }
    }

    @Test
    void aResponseIsWrittenAsTheBeanMappingWritesIt() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=utf-8");
        headers.put("X-Quote", "\"a\" \u00e9\n");
        List<APIGatewayV2HTTPResponse> responses = List.of(
                APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers)
                        .withBody("{\"status\":\"ok\",\"note\":\"\u00e7a \\\"marche\\\"\"}").withIsBase64Encoded(false).build(),
                APIGatewayV2HTTPResponse.builder().withStatusCode(303).withHeaders(Map.of("Location", "/fr/merci.html")).build(),
                APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                        .withMultiValueHeaders(Map.of("Vary", Arrays.asList("Accept", "Origin")))
                        .withCookies(List.of("a=1; Secure", "b=2")).withBody("aGVsbG8=").withIsBase64Encoded(true).build());
        for (APIGatewayV2HTTPResponse response : responses) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HttpApiJson.write(response, out);
            assertThat(BEANS.readTree(out.toByteArray())).isEqualTo(BEANS.valueToTree(response));
        }
    }
}
