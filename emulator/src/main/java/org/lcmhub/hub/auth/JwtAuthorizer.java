package org.lcmhub.hub.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP API JWT authorizer of template.yaml, resolved for the local hub: its issuer and
 * audience as the local issuer signs them, and the header its identity source names.
 */
public record JwtAuthorizer(String name, String issuer, List<String> audience, String header, Keys keys) {

    /** The identity provider's side: checks a token's signature and claims for an issuer and audience. */
    @FunctionalInterface
    public interface Keys {
        /** The claims as API Gateway hands them to a function, or null when the token is refused. */
        Map<String, String> claims(String token, String issuer, List<String> audience);
    }

    /** The claims for a request's headers (names lower-cased), or null when API Gateway would answer 401. */
    public Map<String, String> authorize(Map<String, String> headers) {
        String value = headers.get(header);
        if (value == null || value.isBlank()) {
            return null;
        }
        String token = value.strip();
        if (token.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            token = token.substring(7).strip();
        }
        return keys.claims(token, issuer, audience);
    }

    /** {@code $request.header.Authorization} → {@code authorization}. */
    public static String headerOf(String identitySource) {
        String prefix = "$request.header.";
        if (!identitySource.startsWith(prefix)) {
            throw new IllegalStateException("The local hub only reads JWTs from a header, not " + identitySource);
        }
        return identitySource.substring(prefix.length()).toLowerCase(Locale.ROOT);
    }
}
