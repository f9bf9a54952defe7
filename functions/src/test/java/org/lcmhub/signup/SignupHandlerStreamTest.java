package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lcmhub.http.HttpApiJson;
import org.lcmhub.http.Json;
import org.lcmhub.mail.Messages;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemorySignups;
import org.lcmhub.testing.RecordingMailer;

/**
 * What Lambda calls: the handler's stream method, with the event as bytes. It must read every
 * payload-2.0 fixture exactly as Lambda's own event serializer does, and answer the same bytes'
 * worth of response as the typed method.
 */
class SignupHandlerStreamTest {
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.cohort("py-2027-01", "python-foundations", 30, true));

    private SignupHandler handler() {
        return new SignupHandler(new SignupService(new InMemorySignups(cohorts), cohorts, new RecordingMailer(),
                new Messages("https://hub.example.org"), InMemoryCohorts.BEFORE_START, () -> UUID.randomUUID().toString(),
                SignupService.Limits.DEFAULT), null);
    }

    private static List<String> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(SignupHandlerStreamTest.class.getResource("/events").toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyFixtureReadsAsLambdasOwnSerializerReadsIt() throws Exception {
        List<String> names = fixtures();
        assertThat(names).hasSizeGreaterThan(10);
        for (String name : names) {
            APIGatewayV2HTTPEvent lambdas = EventLoader.loadApiGatewayHttpEvent("events/" + name);
            try (InputStream in = getClass().getResourceAsStream("/events/" + name)) {
                assertThat(HttpApiJson.read(in)).as(name).isEqualTo(lambdas);
            }
        }
    }

    @Test
    void theStreamMethodAnswersAsTheTypedOne() throws Exception {
        for (String name : List.of("signup-valid.json", "signup-invalid-fields.json", "signup-form-nojs.json",
                "signup-wrong-method.json")) {
            byte[] event = getClass().getResourceAsStream("/events/" + name).readAllBytes();
            APIGatewayV2HTTPResponse typed = handler().handleRequest(EventLoader.loadApiGatewayHttpEvent("events/" + name), null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler().handleRequest(new ByteArrayInputStream(event), out, null);

            JsonNode streamed = Json.MAPPER.readTree(out.toByteArray());
            assertThat(streamed.get("statusCode").asInt()).as(name).isEqualTo(typed.getStatusCode());
            assertThat(streamed.get("isBase64Encoded").asBoolean()).isEqualTo(typed.getIsBase64Encoded());
            assertThat(Json.MAPPER.convertValue(streamed.get("headers"), java.util.Map.class))
                    .containsOnlyKeys(typed.getHeaders().keySet());
            if (typed.getBody() != null && typed.getStatusCode() != 201) {
                assertThat(streamed.get("body").asText()).as(name).isEqualTo(typed.getBody());
            }
        }
    }
}
