package org.lcmhub.pairing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a pair meets: the mentor's own meeting link (Meet, Zoom, Teams…) when they gave one, else a
 * room of the hub's video service named after the series' UID, so the link stays the same for the
 * life of the pair's series and cannot be guessed from names. The service is Jitsi Meet unless
 * {@code VIDEO_ROOM_BASE} names another (an https address ending in {@code /}).
 */
public final class VideoRoom {
    /** The longest meeting link accepted. */
    public static final int MAX_LENGTH = 300;
    private static final String DEFAULT_BASE = "https://meet.jit.si/";
    private static final String BASE = base(System.getenv("VIDEO_ROOM_BASE"));

    private VideoRoom() {
    }

    /** The link to write in invites and show on pages. */
    public static String link(String ownLink, String seriesUid) {
        return ownLink != null ? ownLink : BASE + "LcmHub-" + digest(seriesUid);
    }

    /**
     * Why {@code value} is not a meeting link we write into calendars, or null when it is: https only,
     * a host, at most {@link #MAX_LENGTH} characters, and no space or control character (a line break
     * in an invite would start a property of its own).
     */
    public static String problem(String value) {
        if (value.length() > MAX_LENGTH) {
            return "too-long";
        }
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.FORMAT)) {
            return "control-character";
        }
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
                return "not-https";
            }
        } catch (URISyntaxException e) {
            return "not-https";
        }
        return null;
    }

    private static String base(String configured) {
        return configured != null && problem(configured) == null && configured.endsWith("/") ? configured : DEFAULT_BASE;
    }

    private static String digest(String uid) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
