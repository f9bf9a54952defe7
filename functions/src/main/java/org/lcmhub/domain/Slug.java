package org.lcmhub.domain;

import java.util.regex.Pattern;

/** A course path's identifier as the site names it: lower-case letters, digits and inner hyphens. */
public final class Slug {
    public static final Pattern PATTERN = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$");

    private Slug() {
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }
}
