package org.lcmhub.domain;

/**
 * A text's length as its reader counts it: characters (code points), not UTF-16 units, so an
 * emoji or a letter outside the basic plane counts once, as a page's own check counts it.
 */
public final class Characters {
    private Characters() {
    }

    public static int count(String text) {
        return text.codePointCount(0, text.length());
    }
}
