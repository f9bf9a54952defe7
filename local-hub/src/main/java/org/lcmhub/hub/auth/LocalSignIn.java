package org.lcmhub.hub.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.lcmhub.domain.Language;

/**
 * The local hub's OpenID Connect issuer: the endpoints Cognito's managed login gives the staff
 * pages on AWS ({@code authorize}, {@code token}, {@code logout}, {@code revoke}, JWKS and
 * discovery), under {@code /oidc}, and {@code /staff/config.json}, the one file that tells the
 * pages where they are. The authorization-code flow only, for the template's public app client:
 * PKCE S256 required, codes single-use and bound to client, return address and challenge, only
 * registered return addresses, refresh tokens bound to the client.
 */
public final class LocalSignIn {
    public static final String PREFIX = "/oidc";
    public static final String CONFIG = "/staff/config.json";
    /** Where the staff pages receive the code, as the app client registers it in template.yaml. */
    public static final String CALLBACK = "/staff/callback.html";
    /** Where sign-out returns to: the sign-in page in English and in French. */
    public static final List<String> SIGNED_OUT = List.of("/en/staff-sign-in.html", "/fr/connexion-equipe.html");
    private static final Duration CODE_TTL = Duration.ofMinutes(5);
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,60}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An answer: status, content type, body and extra headers. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    private record Grant(String clientId, String redirectUri, String challenge, String nonce, String email,
                         String name, List<String> groups, Instant expires) {
    }

    private record Session(String clientId, String email, String name, List<String> groups, Instant expires) {
    }

    /** As long a name as the staff pages show on one line. */
    private static final int NAME_MAX = 120;

    private final LocalIssuer keys;
    private final String issuer;
    private final String clientId;
    private final IntSupplier port;
    private final SignInForm form;
    /** An address's name in the local directory (a demo account's, or given with an invitation), or null. */
    private final Function<String, String> knownNames;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    /** Codes already exchanged, with the refresh token they gave: a replay revokes it. */
    private final Map<String, String> spent = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration idTtl = Duration.ofHours(1);
    private volatile Duration refreshTtl = Duration.ofDays(30);

    public LocalSignIn(LocalIssuer keys, String issuer, String clientId, IntSupplier port, SignInForm form,
                       Function<String, String> knownNames) {
        this.knownNames = knownNames;
        this.keys = keys;
        this.issuer = issuer;
        this.clientId = clientId;
        this.port = port;
        this.form = form;
    }

    public static LocalSignIn create(LocalIssuer keys, JwtAuthorizer authorizer, IntSupplier port,
                                     java.nio.file.Path root, List<String> demoLcms, List<String> demoMentors,
                                     Function<String, String> knownNames) {
        return new LocalSignIn(keys, authorizer.issuer(), authorizer.audience().get(0), port,
                new SignInForm(root, demoLcms, demoMentors), knownNames);
    }

    /** Shorter token lifetimes (the browser test renews a session past its ID token's life). */
    public void lifetimes(Duration idToken, Duration refreshToken) {
        this.idTtl = idToken;
        this.refreshTtl = refreshToken;
    }

    /** Another clock (a test moves past a refresh token's life). */
    public void clock(Clock clock) {
        this.clock = clock;
    }

    public String clientId() {
        return clientId;
    }

    public boolean claims(String path) {
        return path.equals(CONFIG) || path.startsWith(PREFIX + "/");
    }

    /** {@code host}: the request's Host header; {@code body}: a form, for POSTs. */
    public Answer handle(String method, String path, String rawQuery, String host, byte[] body) throws Exception {
        String origin = origin(host);
        String endpoint = path.equals(CONFIG) ? CONFIG : path.substring(PREFIX.length());
        Map<String, String> query = form(rawQuery);
        return switch (method + " " + endpoint) {
            case "GET " + CONFIG -> json(200, config(origin));
            case "GET /.well-known/openid-configuration" -> json(200, discovery(origin));
            case "GET /.well-known/jwks.json" -> new Answer(200, "application/json", keys.publicKeys()
                    .getBytes(StandardCharsets.UTF_8), Map.of());
            case "GET /authorize" -> authorize(origin, query, null);
            case "POST /authorize" -> authorize(origin, form(body), form(body));
            case "POST /token" -> token(origin, form(body));
            case "POST /revoke" -> revoke(form(body));
            case "GET /logout" -> logout(origin, query);
            default -> json(404, Map.of("error", "not_found"));
        };
    }

    private Map<String, Object> config(String origin) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("issuer", issuer);
        c.put("clientId", clientId);
        c.put("authorize", origin + PREFIX + "/authorize");
        c.put("token", origin + PREFIX + "/token");
        c.put("revoke", origin + PREFIX + "/revoke");
        c.put("logout", origin + PREFIX + "/logout");
        c.put("scope", "openid email profile");
        return c;
    }

    private Map<String, Object> discovery(String origin) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", issuer);
        d.put("authorization_endpoint", origin + PREFIX + "/authorize");
        d.put("token_endpoint", origin + PREFIX + "/token");
        d.put("revocation_endpoint", origin + PREFIX + "/revoke");
        d.put("end_session_endpoint", origin + PREFIX + "/logout");
        d.put("jwks_uri", origin + PREFIX + "/.well-known/jwks.json");
        d.put("response_types_supported", List.of("code"));
        d.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        d.put("scopes_supported", List.of("openid", "email", "profile"));
        d.put("subject_types_supported", List.of("public"));
        d.put("id_token_signing_alg_values_supported", List.of("RS256"));
        d.put("token_endpoint_auth_methods_supported", List.of("none"));
        return d;
    }

    /**
     * GET shows the form, POST signs in. An unknown client or return address gets a page and no
     * redirect (an open redirect would hand codes to anyone); other mistakes go back to the page.
     */
    private Answer authorize(String origin, Map<String, String> params, Map<String, String> submitted) {
        Language lang = Language.of(params.get("lang")); // as the managed login: English unless asked otherwise
        String redirect = params.getOrDefault("redirect_uri", "");
        if (!clientId.equals(params.get("client_id")) || !redirect.equals(origin + CALLBACK)) {
            return html(400, form.refusal(lang));
        }
        String state = params.get("state");
        if (!"code".equals(params.get("response_type"))) {
            return back(redirect, Map.of("error", "unsupported_response_type"), state);
        }
        if (!List.of(params.getOrDefault("scope", "").split(" ")).contains("openid")) {
            return back(redirect, Map.of("error", "invalid_scope"), state);
        }
        String challenge = params.getOrDefault("code_challenge", "");
        if (!"S256".equals(params.get("code_challenge_method")) || !challenge.matches("[A-Za-z0-9_-]{43}")) {
            return back(redirect, Map.of("error", "invalid_request",
                    "error_description", "PKCE with code_challenge_method=S256 is required"), state);
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        for (String name : List.of("response_type", "client_id", "redirect_uri", "scope", "state", "nonce",
                "code_challenge", "code_challenge_method", "lang")) {
            if (params.containsKey(name)) {
                hidden.put(name, params.get(name));
            }
        }
        if (submitted == null) {
            return html(200, form.page(lang, hidden, params.get("login_hint"), Map.of()));
        }
        String email;
        String role;
        String account = submitted.getOrDefault("account", "");
        if (!account.isEmpty()) {
            role = account.contains(" ") ? account.substring(0, account.indexOf(' ')) : "";
            email = account.substring(account.indexOf(' ') + 1).strip();
        } else {
            role = submitted.getOrDefault("role", "");
            email = submitted.getOrDefault("email", "").strip();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!EMAIL.matcher(email).matches()) {
            errors.put("email", "signin.local.errEmail");
        }
        if (!List.of("lcm", "mentor").contains(role)) {
            errors.put("role", "signin.local.errRole");
        }
        if (!errors.isEmpty()) {
            return html(400, form.page(lang, hidden, email, errors));
        }
        String code = random();
        // Codes nobody came back with would otherwise pile up for as long as the hub runs.
        codes.values().removeIf(g -> clock.instant().isAfter(g.expires()));
        sessions.values().removeIf(x -> clock.instant().isAfter(x.expires()));
        String address = email.toLowerCase(Locale.ROOT);
        codes.put(code, new Grant(clientId, redirect, challenge, params.get("nonce"), address,
                name(submitted.get("name"), address), List.of(role), clock.instant().plus(CODE_TTL)));
        return back(redirect, Map.of("code", code), state);
    }

    private Answer token(String origin, Map<String, String> params) throws Exception {
        if (!clientId.equals(params.get("client_id"))) {
            return json(400, Map.of("error", "invalid_client"));
        }
        return switch (params.getOrDefault("grant_type", "")) {
            case "authorization_code" -> exchange(params);
            case "refresh_token" -> refresh(params);
            default -> json(400, Map.of("error", "unsupported_grant_type"));
        };
    }

    /** Code + verifier → tokens. The code is spent by the first attempt, right or wrong. */
    private Answer exchange(Map<String, String> params) throws Exception {
        String code = params.getOrDefault("code", "");
        Grant grant = codes.remove(code);
        if (grant == null) {
            String issued = spent.remove(code);
            if (issued != null) {
                // A code presented twice was stolen from one of the two: end what it gave.
                sessions.remove(issued);
            }
            return json(400, Map.of("error", "invalid_grant"));
        }
        Instant now = clock.instant();
        String verifier = params.getOrDefault("code_verifier", "");
        if (now.isAfter(grant.expires()) || !grant.redirectUri().equals(params.get("redirect_uri"))
                || !VERIFIER.matcher(verifier).matches() || !grant.challenge().equals(s256(verifier))) {
            return json(400, Map.of("error", "invalid_grant"));
        }
        String refreshToken = random();
        sessions.put(refreshToken, new Session(grant.clientId(), grant.email(), grant.name(), grant.groups(),
                now.plus(refreshTtl)));
        spent.put(code, refreshToken);
        Map<String, Object> answer = tokens(grant.email(), grant.name(), grant.groups(), grant.nonce(), now);
        answer.put("refresh_token", refreshToken);
        return json(200, answer);
    }

    /** A fresh ID and access token for a live refresh token of this client (the refresh token stays). */
    private Answer refresh(Map<String, String> params) {
        String token = params.getOrDefault("refresh_token", "");
        Session session = sessions.get(token);
        Instant now = clock.instant();
        if (session == null || !session.clientId().equals(params.get("client_id")) || now.isAfter(session.expires())) {
            if (session != null && now.isAfter(session.expires())) {
                sessions.remove(token);
            }
            return json(400, Map.of("error", "invalid_grant"));
        }
        return json(200, tokens(session.email(), session.name(), session.groups(), null, now));
    }

    /**
     * The name the ID token carries, as Cognito's would carry the user's {@code name} attribute: the
     * one typed on the form, else the local directory's (a demo account's, or the one given with
     * the invitation); none otherwise.
     */
    private String name(String typed, String address) {
        String name = typed == null ? "" : typed.replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            return knownNames.apply(address);
        }
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX).strip() : name;
    }

    private Map<String, Object> tokens(String email, String name, List<String> groups, String nonce, Instant now) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id_token", keys.mintId(issuer, clientId, email, name, groups, nonce, now, idTtl));
        answer.put("access_token", keys.mintAccess(issuer, clientId, email, groups, now, idTtl));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", idTtl.toSeconds());
        return answer;
    }

    private Answer revoke(Map<String, String> params) {
        String token = params.getOrDefault("token", "");
        Session session = sessions.get(token);
        if (session != null && session.clientId().equals(params.get("client_id"))) {
            sessions.remove(token);
        }
        return json(200, Map.of());
    }

    /** Back to a registered sign-out page; anything else gets the refusal page, not a redirect. */
    private Answer logout(String origin, Map<String, String> params) {
        String target = params.getOrDefault("logout_uri", "");
        boolean known = SIGNED_OUT.stream().anyMatch(p -> target.equals(origin + p));
        if (!clientId.equals(params.get("client_id")) || !known) {
            return html(400, form.refusal(target.endsWith(SIGNED_OUT.get(1)) ? Language.FR : Language.EN));
        }
        return new Answer(302, "text/plain", new byte[0], Map.of("Location", target));
    }

    /** The hub's own origin as the browser named it: localhost or 127.0.0.1 on the hub's port. */
    private String origin(String host) {
        int p = port.getAsInt();
        if (host != null && (host.equals("127.0.0.1:" + p) || host.equals("localhost:" + p))) {
            return "http://" + host;
        }
        return "http://localhost:" + p;
    }

    private static Answer back(String redirect, Map<String, String> params, String state) {
        StringBuilder url = new StringBuilder(redirect).append('?');
        Map<String, String> all = new LinkedHashMap<>(params);
        if (state != null) {
            all.put("state", state);
        }
        all.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        url.setLength(url.length() - 1);
        return new Answer(302, "text/plain", new byte[0], Map.of("Location", url.toString()));
    }

    private static Answer json(int status, Object body) {
        try {
            return new Answer(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body),
                    Map.of("Cache-Control", "no-store", "Pragma", "no-cache"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer html(int status, String page) {
        return new Answer(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8),
                Map.of("Cache-Control", "no-store"));
    }

    /** A form or query string; a parameter given twice is dropped (no guessing which one counts). */
    static Map<String, String> form(byte[] body) {
        return form(body == null ? null : new String(body, StandardCharsets.UTF_8));
    }

    static Map<String, String> form(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        java.util.Set<String> twice = new java.util.HashSet<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (params.putIfAbsent(name, value) != null) {
                twice.add(name);
            }
        }
        twice.forEach(params::remove);
        return params;
    }

    static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
