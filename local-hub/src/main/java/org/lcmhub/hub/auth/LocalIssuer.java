package org.lcmhub.hub.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The local hub's stand-in for the Cognito user pool: an RSA key kept in {@code .hub/jwt/}
 * signs staff ID tokens shaped like Cognito's, and the same key verifies them as API Gateway's
 * JWT authorizer does (signature, algorithm, issuer, audience, expiry).
 */
public final class LocalIssuer implements JwtAuthorizer.Keys {
    private static final String KEY_FILE = "issuer-key.json";

    private final RSAKey key;

    private LocalIssuer(RSAKey key) {
        this.key = key;
    }

    /** The issuer whose key is kept under {@code workDir/jwt}, made on first use. */
    public static LocalIssuer load(Path workDir) {
        Path file = workDir.resolve("jwt").resolve(KEY_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return new LocalIssuer(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(KEY_FILE + ".tmp");
            Files.writeString(tmp, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder is private to the checkout anyway
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return new LocalIssuer(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the local issuer key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The local issuer key " + file + " is unusable; delete it to make a new one", e);
        }
    }

    /** The staff member's stable id: the same email always gets the same {@code sub} (as the functions compute it). */
    public static String subFor(String email) {
        return org.lcmhub.auth.LocalStaff.subFor(email);
    }

    /** An ID token as Cognito issues one: sub, email, cognito:groups, aud = app client, token_use = id. */
    public String mint(String issuer, String audience, String email, List<String> groups, Instant now, Duration ttl) {
        return mint(issuer, audience, email, null, groups, now, ttl);
    }

    /** The same, with the OIDC {@code name} claim Cognito adds when the user has a name (none when null). */
    public String mint(String issuer, String audience, String email, String name, List<String> groups, Instant now,
                       Duration ttl) {
        return mintId(issuer, audience, email, name, groups, null, now, ttl);
    }

    /** An ID token for a sign-in through the authorize endpoint, carrying the page's {@code nonce} back. */
    public String mintId(String issuer, String clientId, String email, List<String> groups, String nonce, Instant now,
                         Duration ttl) {
        return mintId(issuer, clientId, email, null, groups, nonce, now, ttl);
    }

    public String mintId(String issuer, String clientId, String email, String name, List<String> groups, String nonce,
                         Instant now, Duration ttl) {
        JWTClaimsSet.Builder claims = common(issuer, email, groups, now, ttl)
                .audience(clientId)
                .claim("email", email)
                .claim("email_verified", true)
                .claim("cognito:username", subFor(email))
                .claim("auth_time", now.getEpochSecond())
                .claim("token_use", "id");
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (name != null && !name.isBlank()) {
            claims.claim("name", name.strip());
        }
        return sign(claims.build());
    }

    /** An access token as Cognito issues one: no audience, the app client in {@code client_id}, no email. */
    public String mintAccess(String issuer, String clientId, String email, List<String> groups, Instant now,
                             Duration ttl) {
        return sign(common(issuer, email, groups, now, ttl)
                .claim("client_id", clientId)
                .claim("username", subFor(email))
                .claim("scope", "openid email profile")
                .claim("token_use", "access")
                .build());
    }

    /** The public half of the signing key, as the JWKS endpoint publishes it. */
    public String publicKeys() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static JWTClaimsSet.Builder common(String issuer, String email, List<String> groups, Instant now,
                                               Duration ttl) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subFor(email))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("cognito:groups", groups);
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a local token", e);
        }
        return jwt.serialize();
    }

    /** The token was refused; API Gateway answers 401 then. */
    public static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    @Override
    public Map<String, String> claims(String token, String issuer, List<String> audience) {
        try {
            return verify(token, issuer, audience);
        } catch (Rejected e) {
            return null;
        }
    }

    /**
     * Verifies a token for an authorizer with this issuer and audience and returns its claims as
     * API Gateway hands them to a function: strings, arrays flattened to {@code [a b]}. As API
     * Gateway does, the app client is read from {@code aud} (ID tokens) or {@code client_id} (access
     * tokens); a token that is neither an ID nor an access token is refused.
     */
    public Map<String, String> verify(String token, String issuer, List<String> audience) throws Rejected {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat", "token_use"), null));
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Rejected(e.getMessage());
        }
        // API Gateway refuses a token issued after the current time (nimbus only checks exp and nbf).
        if (claims.getIssueTime() == null || claims.getIssueTime().toInstant().getEpochSecond() > Instant.now().getEpochSecond()) {
            throw new Rejected("issued in the future");
        }
        Object clientId = claims.getClaim("client_id");
        boolean forClient = claims.getAudience().stream().anyMatch(audience::contains)
                || (clientId instanceof String id && audience.contains(id));
        if (!forClient) {
            throw new Rejected("Not for this app client");
        }
        if (!List.of("id", "access").contains(String.valueOf(claims.getClaim("token_use")))) {
            throw new Rejected("Neither an ID nor an access token");
        }
        Map<String, String> flat = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> flat.put(name, flatten(value)));
        if (claims.getExpirationTime() != null) {
            flat.put("exp", Long.toString(claims.getExpirationTime().toInstant().getEpochSecond()));
        }
        if (claims.getIssueTime() != null) {
            flat.put("iat", Long.toString(claims.getIssueTime().toInstant().getEpochSecond()));
        }
        return flat;
    }

    private static String flatten(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(value);
    }
}
