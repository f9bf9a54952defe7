package org.lcmhub.places;

import java.util.Locale;

/** The kinds of place a cohort uses; the wire name is what the API and the table carry. */
public enum ChannelKind {
    SLACK, DISCORD, TEAMS, MATRIX, WHATSAPP, TELEGRAM, DOCS, CALL, LINK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a wire name, or null. */
    public static ChannelKind of(String wire) {
        for (ChannelKind k : values()) {
            if (k.wire().equals(wire)) {
                return k;
            }
        }
        return null;
    }
}
