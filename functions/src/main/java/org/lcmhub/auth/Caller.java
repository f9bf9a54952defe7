package org.lcmhub.auth;

import java.util.Set;

/**
 * A signed-in staff member as the API's JWT authorizer vouched for them. {@code name} is the
 * token's OIDC {@code name} claim (null when the directory keeps none): how pages name them.
 */
public record Caller(String sub, String email, Set<String> groups, String name) {
    public static final String LCM = "lcm";
    public static final String MENTOR = "mentor";
    /** Longer names are cut: a name is shown on one line beside a note or in a list. */
    static final int NAME_MAX = 120;

    public Caller {
        groups = Set.copyOf(groups);
        name = tidy(name);
    }

    public Caller(String sub, String email, Set<String> groups) {
        this(sub, email, groups, null);
    }

    public boolean isLcm() {
        return groups.contains(LCM);
    }

    public boolean isMentor() {
        return groups.contains(MENTOR);
    }

    /** One line of printable text, or null when nothing is left of it. */
    static String tidy(String name) {
        if (name == null) {
            return null;
        }
        String line = name.replaceAll("[\\p{Cc}\\p{Cf}\\s]+", " ").strip();
        if (line.codePointCount(0, line.length()) > NAME_MAX) {
            line = line.substring(0, line.offsetByCodePoints(0, NAME_MAX)).strip();
        }
        return line.isEmpty() ? null : line;
    }
}
