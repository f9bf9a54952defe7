package org.lcmhub.auth;

import java.util.Set;

/** A signed-in staff member as the API's JWT authorizer vouched for them. */
public record Caller(String sub, String email, Set<String> groups) {
    public static final String LCM = "lcm";
    public static final String MENTOR = "mentor";

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean isLcm() {
        return groups.contains(LCM);
    }

    public boolean isMentor() {
        return groups.contains(MENTOR);
    }
}
