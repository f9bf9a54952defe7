package org.lcmhub.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages the hub speaks: a cohort's, a learner's, a mentor's mail language. A request's
 * code becomes one at the edge ({@link #parse}); the table's codes are read back with {@link #of}.
 * Written out (JSON, the table) it is its code, {@code en} or {@code fr}.
 */
public enum Language {
    EN, FR;

    /** The codes as the API and the table write them ({@code en}, {@code fr}). */
    public static final Set<String> CODES = Set.of("en", "fr");

    /** The field message for a code the hub does not speak. */
    public static final String ERROR = "The language must be en or fr.";

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale that formats dates and numbers in this language. */
    public Locale locale() {
        return this == FR ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * A day in words, as every mail of the hub writes dates: "Wednesday 3 February 2027", "mercredi
     * 3 février 2027". French writes the first of a month as an ordinal, « lundi 1er mars 2027 », in
     * plain letters (mails are plain text, no superscript).
     */
    public String day(LocalDate date) {
        if (this == FR && date.getDayOfMonth() == 1) {
            return date.format(FIRST_FR);
        }
        return date.format(this == FR ? DAY_FR : DAY_EN);
    }

    /**
     * A time zone as its reader says it, never its id, and as the site's zone lists name it
     * ({@link ZoneNames}: "Brasília Time" in "São Paulo — Brasília Time (UTC−3)"), so a mail names
     * a zone as the form it was chosen in did. A zone the lists do not name (an old id, "Europe/Kiev";
     * a label without a name, "Famagouste (UTC+2)") is named by {@link #jdkZone}.
     */
    public String zone(ZoneId zone, Instant at) {
        String listed = ZoneNames.name(this, zone.getId());
        return listed != null ? listed : jdkZone(zone, at);
    }

    /**
     * The JDK's name of a zone, which the zone lists' labels are generated from
     * ({@code ZoneCatalogue}): "Central European Time", "heure d’Europe centrale" (CLDR's generic
     * name). Where CLDR has none and gives a place instead ("Inde"), the zone's name at {@code at}
     * ("heure de l’Inde"); where the JDK has no name in this language ("western African Time" in
     * French), the offset at {@code at} ("UTC+2").
     */
    String jdkZone(ZoneId zone, Instant at) {
        ZonedDateTime t = at.atZone(zone);
        String name = (this == FR ? GENERIC_FR : GENERIC_EN).format(t);
        if (!aTime(name)) {
            name = (this == FR ? LONG_FR : LONG_EN).format(t);
        }
        if (!aTime(name)) {
            return utc(t.getOffset().getTotalSeconds() / 60);
        }
        if (this != FR || name.isEmpty()) {
            return name;
        }
        // Some of the JDK's French names have a straight apostrophe ("Heure d'Europe de l'Ouest"),
        // and some put "de" before a vowel ("heure de Omsk"), where French elides: "heure d’Omsk".
        String french = (Character.toLowerCase(name.charAt(0)) + name.substring(1)).replace('\'', '’');
        return ELIDED_DE.matcher(french).replaceAll("d’");
    }

    /**
     * A time of day as this language writes it: "18:30" in English; "18 h 30", "9 h", "9 h 05" in
     * French, with no-break spaces around the "h" so it never wraps.
     */
    public String time(LocalTime t) {
        if (this != FR) {
            return t.format(HH_MM);
        }
        return t.getHour() + "\u00A0h" + (t.getMinute() == 0 ? "" : String.format(Locale.ROOT, "\u00A0%02d", t.getMinute()));
    }

    /** A day and a time of day, as the mails write a meeting: "Wednesday 3 February 2027 at 18:30", "… à 18 h 30". */
    public String dayAndTime(ZonedDateTime t) {
        return day(t.toLocalDate()) + (this == FR ? " à " : " at ") + time(t.toLocalTime());
    }

    /** A zone's name in this language that is more than a place ("heure : Atyraou" is only one). */
    private boolean aTime(String name) {
        // A qualifier is not the name: "kanton (heure standard)" is CLDR's place-only fallback.
        String named = QUALIFIER.matcher(name).replaceAll("");
        return (this == FR ? A_TIME_FR : A_TIME_EN).matcher(named).find() && !name.contains(" : ");
    }

    /** An offset as people write it: "UTC+2", "UTC+5:30", "UTC−3" (a true minus sign). */
    public static String utc(int minutes) {
        int abs = Math.abs(minutes);
        return "UTC" + (minutes < 0 ? "\u2212" : "+") + abs / 60 + (abs % 60 == 0 ? "" : String.format(":%02d", abs % 60));
    }

    // A name in the reader's language: the JDK gives some French zones only an English generic name ("Kostanay Time").
    private static final Pattern A_TIME_EN = Pattern.compile("(?iu)\\btime\\b");
    private static final Pattern A_TIME_FR = Pattern.compile("(?iu)\\b(heure|temps)\\b");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)");
    // A mute h cannot be told from its letter ("de Hong Kong", "de Hovd" are right): vowels only.
    private static final Pattern ELIDED_DE = Pattern.compile("\\bde (?=[AEIOUÂÉÈÊÎÏÔaeiouâéèêîïô])");

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter FIRST_FR = DateTimeFormatter.ofPattern("EEEE '1er' MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter GENERIC_EN = DateTimeFormatter.ofPattern("vvvv", Locale.ENGLISH);
    private static final DateTimeFormatter GENERIC_FR = DateTimeFormatter.ofPattern("vvvv", Locale.FRENCH);
    private static final DateTimeFormatter LONG_EN = DateTimeFormatter.ofPattern("zzzz", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_FR = DateTimeFormatter.ofPattern("zzzz", Locale.FRENCH);

    public boolean isFrench() {
        return this == FR;
    }

    /** Whether {@code code} names a language the hub speaks. */
    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }

    /** The language a request names, or empty when {@code code} is not one the hub speaks. */
    public static Optional<Language> parse(String code) {
        return isSupported(code) ? Optional.of(valueOf(code.toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /** The language for a stored code; anything else (null included) is English, the default. */
    public static Language of(String code) {
        return parse(code).orElse(EN);
    }
}
