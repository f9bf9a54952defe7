package org.lcmhub.domain;

import java.util.Locale;
import java.util.Set;

/** The languages the hub speaks: a cohort's, a learner's, a mentor's mail language. */
public enum Language {
    EN, FR;

    /** The codes as the API and the table write them ({@code en}, {@code fr}). */
    public static final Set<String> CODES = Set.of("en", "fr");

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale that formats dates and numbers in this language. */
    public Locale locale() {
        return this == FR ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** Whether {@code code} names a language the hub speaks. */
    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }

    /** The language for a code; anything else (null included) is English, the default. */
    public static Language of(String code) {
        return FR.code().equals(code) ? FR : EN;
    }
}
