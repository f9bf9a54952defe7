package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * The local OpenID Connect issuer as the staff pages use it (authorize → code → token with PKCE,
 * refresh, logout), and what it refuses: a stolen code replayed, a wrong verifier, a foreign
 * return address, PKCE plain, an expired refresh token, another app client; and the API refusing
 * a mentor on every LCM route.
 */
class LocalSignInIT extends LocalHubTest {
    private static final String CLIENT = "local-StaffSiteClient";

    private String callback() {
        return "http://localhost:" + hub.port() + "/staff/callback.html";
    }

    @AfterEach
    void realTime() {
        hub.signIn().clock(Clock.systemUTC());
    }

    private record Started(String verifier, String nonce, String state) {
    }

    private static String s256(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String location) {
        Map<String, String> params = new LinkedHashMap<>();
        String q = URI.create(location).getRawQuery();
        for (String pair : q.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private Map<String, String> authorizeParams(Started s, String method, String redirect) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", CLIENT);
        p.put("redirect_uri", redirect);
        p.put("scope", "openid email profile");
        p.put("state", s.state());
        p.put("nonce", s.nonce());
        p.put("code_challenge", method.equals("S256") ? s256(s.verifier()) : s.verifier());
        p.put("code_challenge_method", method);
        return p;
    }

    private HttpResponse<String> post(String path, Map<String, String> params) throws Exception {
        return client.send("POST", path, null, "application/x-www-form-urlencoded", form(params));
    }

    private static Started start() {
        String v = (UUID.randomUUID() + "-" + UUID.randomUUID()).replace("-", "");
        return new Started(v, UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /** Signs in on the local form as {@code email} with {@code role}; the code, checked against the state. */
    private String code(Started s, String email, String role) throws Exception {
        Map<String, String> p = authorizeParams(s, "S256", callback());
        p.put("account", role + " " + email);
        HttpResponse<String> answer = post("/oidc/authorize", p);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        Map<String, String> back = query(answer.headers().firstValue("Location").orElseThrow());
        assertThat(answer.headers().firstValue("Location").orElseThrow()).startsWith(callback() + "?");
        assertThat(back.get("state")).isEqualTo(s.state());
        return back.get("code");
    }

    private HttpResponse<String> exchange(String code, String verifier, String redirect, String clientId) throws Exception {
        return post("/oidc/token", Map.of("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "redirect_uri", redirect, "code_verifier", verifier));
    }

    private HttpResponse<String> refresh(String refreshToken, String clientId) throws Exception {
        return post("/oidc/token", Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", refreshToken));
    }

    @Test
    void theStaffPagesFlowSignsInWithPkceAndTheIdTokenOpensTheApi() throws Exception {
        JsonNode config = HubClient.parse(client.json("GET", "/staff/config.json", null, null));
        assertThat(config.get("clientId").asText()).isEqualTo(CLIENT);
        assertThat(config.get("authorize").asText()).isEqualTo("http://localhost:" + hub.port() + "/oidc/authorize");
        JsonNode discovery = HubClient.parse(client.json("GET", "/oidc/.well-known/openid-configuration", null, null));
        assertThat(discovery.get("issuer").asText()).isEqualTo(config.get("issuer").asText());
        assertThat(discovery.get("code_challenge_methods_supported")).hasSize(1);
        assertThat(HubClient.parse(client.json("GET", "/oidc/.well-known/jwks.json", null, null)).get("keys").get(0)
                .has("d")).as("only the public key is published").isFalse();

        Started s = start();
        Map<String, String> get = authorizeParams(s, "S256", callback());
        get.put("lang", "fr");
        get.put("login_hint", "zoe@example.org");
        HttpResponse<String> page = client.json("GET", "/oidc/authorize?" + form(get), null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\">", "alice@example.org", "value=\"zoe@example.org\"")
                .doesNotContain("issuer", "token");

        String email = "signin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> tokens = exchange(code(s, email, "lcm"), s.verifier(), callback(), CLIENT);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode t = HubClient.parse(tokens);
        var id = SignedJWT.parse(t.get("id_token").asText()).getJWTClaimsSet();
        assertThat(id.getAudience()).containsExactly(CLIENT);
        assertThat(id.getStringClaim("nonce")).isEqualTo(s.nonce());
        assertThat(id.getStringClaim("email")).isEqualTo(email);
        assertThat(id.getStringListClaim("cognito:groups")).containsExactly("lcm");
        assertThat(id.getSubject()).isEqualTo(LocalIssuer.subFor(email));

        assertThat(client.json("GET", "/api/cohorts/mine", "Bearer " + t.get("id_token").asText(), null).statusCode())
                .isEqualTo(200);
        // The access token passes the authorizer (as on API Gateway) but carries no address: refused.
        assertThat(client.json("GET", "/api/cohorts/mine", "Bearer " + t.get("access_token").asText(), null)
                .statusCode()).isEqualTo(401);

        HttpResponse<String> renewed = refresh(t.get("refresh_token").asText(), CLIENT);
        assertThat(renewed.statusCode()).isEqualTo(200);
        assertThat(HubClient.parse(renewed).has("refresh_token")).isFalse();
        assertThat(client.json("GET", "/api/cohorts/mine", "Bearer " + HubClient.parse(renewed).get("id_token").asText(),
                null).statusCode()).isEqualTo(200);

        // Sign-out: the refresh token is revoked, and logout returns to a registered page only.
        assertThat(post("/oidc/revoke", Map.of("token", t.get("refresh_token").asText(), "client_id", CLIENT))
                .statusCode()).isEqualTo(200);
        assertThat(refresh(t.get("refresh_token").asText(), CLIENT).statusCode()).isEqualTo(400);
        String back = "http://localhost:" + hub.port() + "/fr/connexion-equipe.html";
        HttpResponse<String> logout = client.json("GET", "/oidc/logout?client_id=" + CLIENT + "&logout_uri="
                + URLEncoder.encode(back, StandardCharsets.UTF_8), null, null);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValue(back);
        HttpResponse<String> away = client.json("GET", "/oidc/logout?client_id=" + CLIENT + "&logout_uri="
                + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8), null, null);
        assertThat(away.statusCode()).isEqualTo(400);
        assertThat(away.headers().firstValue("Location")).isEmpty();
    }

    /** As Cognito keeps a new user's name: the one given with the invitation is in their ID token. */
    @Test
    void aMentorInvitedWithANameSignsInWithThatName() throws Exception {
        String mentor = "named-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(client.json("POST", "/api/mentors/invitations", token("inviter@example.org", "lcm"),
                "{\"email\":\"" + mentor + "\",\"name\":\"Malik Haddad\"}").statusCode()).isEqualTo(201);

        Started s = start();
        JsonNode t = HubClient.parse(exchange(code(s, mentor, "mentor"), s.verifier(), callback(), CLIENT));

        assertThat(SignedJWT.parse(t.get("id_token").asText()).getJWTClaimsSet().getStringClaim("name"))
                .isEqualTo("Malik Haddad");
    }

    @Test
    void aStolenCodeReplayedIsRefusedAndEndsTheSessionItGave() throws Exception {
        Started s = start();
        String code = code(s, "replay@example.org", "lcm");
        HttpResponse<String> first = exchange(code, s.verifier(), callback(), CLIENT);
        assertThat(first.statusCode()).isEqualTo(200);
        HttpResponse<String> replay = exchange(code, s.verifier(), callback(), CLIENT);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(replay).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(refresh(HubClient.parse(first).get("refresh_token").asText(), CLIENT).statusCode())
                .as("the refresh token of a replayed code is revoked").isEqualTo(400);
    }

    @Test
    void aWrongVerifierIsRefusedAndSpendsTheCode() throws Exception {
        Started s = start();
        String code = code(s, "verifier@example.org", "mentor");
        assertThat(exchange(code, start().verifier(), callback(), CLIENT).statusCode()).isEqualTo(400);
        assertThat(exchange(code, s.verifier(), callback(), CLIENT).statusCode())
                .as("single use, even after a failed try").isEqualTo(400);
        Started other = start();
        assertThat(exchange(code(other, "verifier@example.org", "mentor"), "", callback(), CLIENT).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aForeignReturnAddressGetsNoRedirectAndNoCode() throws Exception {
        Started s = start();
        for (String foreign : List.of("https://evil.example/staff/callback.html", callback() + "?x=1",
                "http://localhost:" + hub.port() + "/en/index.html")) {
            HttpResponse<String> shown = client.json("GET", "/oidc/authorize?" + form(authorizeParams(s, "S256", foreign)),
                    null, null);
            assertThat(shown.statusCode()).isEqualTo(400);
            assertThat(shown.headers().firstValue("Location")).isEmpty();
            Map<String, String> p = authorizeParams(s, "S256", foreign);
            p.put("account", "lcm alice@example.org");
            HttpResponse<String> posted = post("/oidc/authorize", p);
            assertThat(posted.statusCode()).isEqualTo(400);
            assertThat(posted.headers().firstValue("Location")).isEmpty();
        }
        // A code asked for the registered address cannot be traded for another one.
        String code = code(s, "alice@example.org", "lcm");
        assertThat(exchange(code, s.verifier(), "https://evil.example/staff/callback.html", CLIENT).statusCode())
                .isEqualTo(400);
    }

    @Test
    void pkcePlainOrNoChallengeGoesBackWithAnErrorAndNoCode() throws Exception {
        Started s = start();
        for (String method : List.of("plain", "")) {
            Map<String, String> p = authorizeParams(s, method, callback());
            p.put("account", "lcm alice@example.org");
            HttpResponse<String> answer = post("/oidc/authorize", p);
            assertThat(answer.statusCode()).isEqualTo(302);
            Map<String, String> back = query(answer.headers().firstValue("Location").orElseThrow());
            assertThat(back).containsEntry("error", "invalid_request").containsEntry("state", s.state())
                    .doesNotContainKey("code");
        }
    }

    @Test
    void anExpiredRefreshTokenIsRefused() throws Exception {
        Started s = start();
        JsonNode t = HubClient.parse(exchange(code(s, "expiry@example.org", "lcm"), s.verifier(), callback(), CLIENT));
        hub.signIn().clock(Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC));
        HttpResponse<String> late = refresh(t.get("refresh_token").asText(), CLIENT);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(late).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void anotherAppClientsCodesTokensAndRefreshTokensAreRefused() throws Exception {
        Started s = start();
        String code = code(s, "client@example.org", "lcm");
        HttpResponse<String> foreign = exchange(code, s.verifier(), callback(), "another-client");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(foreign).get("error").asText()).isEqualTo("invalid_client");
        JsonNode t = HubClient.parse(exchange(code, s.verifier(), callback(), CLIENT));
        assertThat(refresh(t.get("refresh_token").asText(), "another-client").statusCode()).isEqualTo(400);

        Map<String, String> p = authorizeParams(start(), "S256", callback());
        p.put("client_id", "another-client");
        assertThat(client.json("GET", "/oidc/authorize?" + form(p), null, null).statusCode()).isEqualTo(400);

        // An ID token of the same issuer and key for another app client does not open the API.
        String issuer = HubClient.parse(client.json("GET", "/staff/config.json", null, null)).get("issuer").asText();
        String other = LocalIssuer.load(work).mintId(issuer, "another-client", "client@example.org", List.of("lcm"),
                null, Instant.now(), Duration.ofHours(1));
        assertThat(client.json("GET", "/api/cohorts/mine", "Bearer " + other, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aMentorIsRefusedOnEveryLcmRoute() throws Exception {
        String mentor = token("mentor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "mentor");
        List<SamTemplate.RouteDef> routes = SamTemplate.read(Checkout.root().resolve("template.yaml")).routes().stream()
                .filter(r -> r.authorizer() != null && !r.path().startsWith("/api/mentors/me")).toList();
        assertThat(routes).hasSizeGreaterThan(10);
        for (SamTemplate.RouteDef route : routes) {
            String path = route.path().replaceAll("\\{[^}]+}", "x-" + UUID.randomUUID().toString().substring(0, 6));
            for (String method : route.method().equals("ANY") ? List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                    : List.of(route.method())) {
                HttpResponse<String> answer = client.json(method, path, mentor, "{}");
                assertThat(answer.statusCode()).as(method + " " + route.path() + ": " + answer.body())
                        .isIn(403, 404, 405);
                if (answer.statusCode() == 404) {
                    assertThat(answer.body()).as(method + " " + route.path()).contains("No API route");
                }
            }
        }
    }
}
