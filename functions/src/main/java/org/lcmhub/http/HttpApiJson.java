package org.lcmhub.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The HTTP API's event and response as Lambda passes them, read and written by our own Jackson.
 * Lambda's event serializer would do it too, but it loads Joda-Time for every event type, a
 * 0.6 MB library no function of ours uses.
 */
public final class HttpApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private HttpApiJson() {
    }

    public static APIGatewayV2HTTPEvent read(InputStream in) throws IOException {
        return MAPPER.readValue(in, APIGatewayV2HTTPEvent.class);
    }

    /** An event as Lambda would pass it (priming goes through the same entry as a request). */
    public static byte[] bytes(APIGatewayV2HTTPEvent event) throws IOException {
        return MAPPER.writeValueAsBytes(event);
    }

    /** The status of a written response. */
    public static int status(byte[] response) throws IOException {
        return MAPPER.readTree(response).path("statusCode").asInt();
    }

    public static void write(APIGatewayV2HTTPResponse response, OutputStream out) throws IOException {
        MAPPER.writeValue(out, response);
    }
}
