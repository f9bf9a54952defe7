package org.lcmhub.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.lcmhub.store.Keys;

/**
 * A learner's personal key: {@code <learnerId>.<secret>}, the secret 256 random bits. Only the
 * SHA-256 of the secret is stored; a presented key is compared with it in constant time. The id
 * part lets the key be checked with one read, and reveals nothing without the secret.
 */
public record LearnerKey(String learnerId, String secret) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9-]{1,64}$");
    private static final Pattern SECRET = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    public static LearnerKey issue(String learnerId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new LearnerKey(learnerId, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Parses a presented key; null when it is not shaped like one. */
    public static LearnerKey parse(String token) {
        if (token == null) {
            return null;
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String id = token.substring(0, dot);
        String secret = token.substring(dot + 1);
        return ID.matcher(id).matches() && SECRET.matcher(secret).matches() ? new LearnerKey(id, secret) : null;
    }

    public String token() {
        return learnerId + "." + secret;
    }

    public String hash() {
        return Keys.sha256(secret);
    }

    /** Constant-time comparison with a stored hash. */
    public boolean matches(String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "LearnerKey[" + learnerId + ", secret hidden]";
    }
}
