package org.lcmhub.community.webhook;

import java.util.Locale;

/** The incoming-webhook flavours the hub posts to; each has its own hosts and message shape. */
public enum WebhookKind {
    SLACK, DISCORD, TEAMS, JSON;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a wire name, or null. */
    public static WebhookKind of(String wire) {
        for (WebhookKind k : values()) {
            if (k.wire().equals(wire)) {
                return k;
            }
        }
        return null;
    }
}
