package org.lcmhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.template.SamTemplate.RouteDef;

class EventFactoryTest {
    private static final RouteTable.Match MATCH =
            new RouteTable.Match(new RouteDef("ANY", "/api/cohorts/{cohortId}", "F"), Map.of("cohortId", "py"));

    private static APIGatewayV2HTTPEvent build(String contentType, String body, String query) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("localhost:8080"));
        headers.put("User-Agent", List.of("Mozilla/5.0"));
        headers.put("Cookie", List.of("a=1; b=2"));
        headers.put("X-Multi", List.of("one", "two"));
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        return EventFactory.build(new EventFactory.HttpRequest("PATCH", "/api/cohorts/py", query, headers,
                body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", 8080), MATCH, Instant.parse("2027-01-04T09:05:03Z"));
    }

    @Test
    void buildsAPayload2EventAsApiGatewayDoes() {
        APIGatewayV2HTTPEvent event = build("application/json", "{\"seats\":30}", "lang=fr&tag=a&tag=b");

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("ANY /api/cohorts/{cohortId}");
        assertThat(event.getRawPath()).isEqualTo("/api/cohorts/py");
        assertThat(event.getRawQueryString()).isEqualTo("lang=fr&tag=a&tag=b");
        assertThat(event.getQueryStringParameters()).containsEntry("lang", "fr").containsEntry("tag", "a,b");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("cohortId", "py"));
        assertThat(event.getHeaders()).containsEntry("host", "localhost:8080").containsEntry("x-multi", "one,two")
                .containsEntry("x-forwarded-for", "127.0.0.1").doesNotContainKey("cookie");
        assertThat(event.getHeaders().keySet()).allMatch(k -> k.equals(k.toLowerCase()));
        assertThat(event.getCookies()).containsExactly("a=1", "b=2");
        assertThat(event.getBody()).isEqualTo("{\"seats\":30}");
        assertThat(event.getIsBase64Encoded()).isFalse();

        var ctx = event.getRequestContext();
        assertThat(ctx.getHttp().getMethod()).isEqualTo("PATCH");
        assertThat(ctx.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(ctx.getHttp().getUserAgent()).isEqualTo("Mozilla/5.0");
        assertThat(ctx.getRequestId()).hasSize(16).endsWith("=");
        assertThat(ctx.getStage()).isEqualTo("$default");
        assertThat(ctx.getDomainName()).isEqualTo("localhost");
        assertThat(ctx.getTime()).isEqualTo("04/Jan/2027:09:05:03 +0000");
        assertThat(ctx.getTimeEpoch()).isEqualTo(Instant.parse("2027-01-04T09:05:03Z").toEpochMilli());
    }

    @Test
    void formsAndBinaryBodiesAreBase64Encoded() {
        APIGatewayV2HTTPEvent event = build("application/x-www-form-urlencoded", "name=L%C3%A9a", null);

        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(event.getBody()), StandardCharsets.UTF_8)).isEqualTo("name=L%C3%A9a");
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getRawQueryString()).isEmpty();
    }

    @Test
    void anEmptyBodyIsNull() {
        assertThat(build(null, "", null).getBody()).isNull();
    }
}
