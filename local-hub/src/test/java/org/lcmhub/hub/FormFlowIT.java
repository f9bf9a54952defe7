package org.lcmhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.HubExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.template.SecurityHeaders;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Forms posted as a browser without JavaScript posts them, through the local hub to the real
 * handler and moto: the 303s of the shared form flow, the honeypot, and the security headers that
 * template.yaml's CloudFront policy sets, on the site and on the API.
 */
@ExtendWith(HubExtension.class)
class FormFlowIT {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> signup(String email) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("next", "/en/thanks.html");
        f.put("errorPage", "/en/error.html");
        f.put("website", "");
        f.put("pathId", "python-8-weeks");
        f.put("language", "en");
        f.put("name", "Ama Mensah");
        f.put("email", email);
        f.put("timezone", "Africa/Accra");
        f.put("consent", "yes");
        return f;
    }

    private HttpResponse<String> post(HubServer hub, String path, String body) throws Exception {
        return HubClient.checked("POST", path, http.send(HttpRequest.newBuilder(hub.url().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString()));
    }

    static List<Map<String, AttributeValue>> learnersWithEmail(Moto moto, String email) {
        return moto.dynamo().scanPaginator(r -> r.tableName(moto.table())
                        .filterExpression("email = :e")
                        .expressionAttributeValues(Map.of(":e", AttributeValue.fromS(email))))
                .items().stream().toList();
    }

    @Test
    void aFormWithoutJavaScriptIsSavedAndSeesTheThankYouPage(HubServer hub, Moto moto) throws Exception {
        String email = "ama." + UUID.randomUUID() + "@example.org";

        HttpResponse<String> response = post(hub, "/api/signups", form(signup(email)));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("location")).hasValue("/en/thanks.html?status=enrolled");
        assertThat(learnersWithEmail(moto, email)).hasSize(1);
        HttpResponse<String> thanks = http.send(HttpRequest.newBuilder(hub.url().resolve("/en/thanks.html?status=enrolled")).build(),
                BodyHandlers.ofString());
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.body()).contains("<h1>Thank you</h1>");
    }

    @Test
    void anInvalidFormSeesTheErrorPageWithTheBadFields(HubServer hub, Moto moto) throws Exception {
        Map<String, String> fields = signup("not-an-email");
        fields.remove("consent");

        HttpResponse<String> response = post(hub, "/api/signups", form(fields));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("location")).hasValue("/en/error.html?code=validation_failed&fields=email%2Cconsent");
        assertThat(learnersWithEmail(moto, "not-an-email")).isEmpty();
    }

    @Test
    void aFilledHoneypotIsRejectedAndNothingIsWritten(HubServer hub, Moto moto) throws Exception {
        String email = "bot." + UUID.randomUUID() + "@example.org";
        Map<String, String> fields = signup(email);
        fields.put("website", "https://spam.example");

        HttpResponse<String> response = post(hub, "/api/signups", form(fields));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("location")).hasValue("/en/error.html?code=rejected");
        assertThat(learnersWithEmail(moto, email)).isEmpty();
    }

    @Test
    void redirectsNeverLeaveTheSite(HubServer hub, Moto moto) throws Exception {
        String email = "kofi." + UUID.randomUUID() + "@example.org";
        Map<String, String> offsiteNext = signup(email);
        offsiteNext.put("next", "//evil.example/phish");
        assertThat(post(hub, "/api/signups", form(offsiteNext)).headers().firstValue("location")).hasValue("/?status=enrolled");

        String other = "yaw." + UUID.randomUUID() + "@example.org";
        Map<String, String> offsiteError = signup(other);
        offsiteError.put("errorPage", "https://evil.example/");
        HttpResponse<String> refused = post(hub, "/api/signups", form(offsiteError));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("location")).isEmpty();
        assertThat(learnersWithEmail(moto, other)).isEmpty();
    }

    @Test
    void siteAndApiCarryTheSecurityHeadersOfTheTemplate(HubServer hub) throws Exception {
        SecurityHeaders policy = SecurityHeaders.read(Checkout.template());
        for (String path : List.of("/en/index.html", "/no-such-page", "/api/health")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(hub.url().resolve(path)).build(), BodyHandlers.ofString());
            assertThat(policy.forPath(path)).as(path).isNotEmpty();
            policy.forPath(path).forEach((name, value) ->
                    assertThat(response.headers().firstValue(name)).as(path + " " + name).hasValue(value));
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(hub.url().resolve("/en/index.html"))
                .POST(BodyPublishers.ofString("x")).build(), BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("content-security-policy")).isPresent();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(hub.url().resolve("/en/index.html")).build(), BodyHandlers.ofString());
        assertThat(home.headers().firstValue("content-security-policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "'wasm-unsafe-eval'")
                .doesNotContain("'unsafe-inline'", "'unsafe-eval'"));
        assertThat(home.headers().firstValue("x-frame-options")).hasValue("DENY");
        assertThat(home.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("strict-transport-security")).hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
    }
}
