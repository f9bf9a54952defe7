package org.lcmhub.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's message catalogue ({@code site/messages/<area>.json}, copied into the functions by
 * the build) for what the server writes in the pages' words, so it says what the dashboard says:
 * the digest (its own area {@code digest.json} and the dashboard's {@code staff.json}), the
 * reader's CSV export ({@code dash.csvCol.*}, the dashboard's status and outcome words), the
 * early-warning reasons ({@code risk.json}) and the matching reasons ({@code staff.json}'s
 * {@code match.*}, languages named from {@code learner.json}'s {@code lang.*}) and the kinds of a
 * cohort's places in the welcome mail ({@code community.json}'s {@code community.kind.*}), the names
 * of time zones ({@code zones.json}'s labels, {@link ZoneNames}), the learners' and staff's mails
 * ({@code mail.json}) and the posts to a cohort's channels ({@code posts.json}), which no page's
 * script carries, and what a plan's change was ({@code plans.json}'s {@code plans.change.*}), as the
 * pages say it under a report. There is no
 * second catalogue: a sentence a mail or a CSV gives is the one the page shows.
 */
public final class Catalogue {
    private static final List<String> AREAS = List.of("staff", "digest", "risk", "learner", "community", "mail", "posts", "plans");
    /**
     * Where a key's first segment is found. Areas are read when a key of theirs is first asked for:
     * the dashboard and matching word reasons on their first request, and reading every area there
     * cost a cold start about 50 ms. A key of another segment is looked up in every area.
     */
    private static final Map<String, String> AREA_OF = Map.ofEntries(
            Map.entry("risk", "risk"), Map.entry("digest", "digest"), Map.entry("lang", "learner"),
            Map.entry("community", "community"), Map.entry("match", "staff"), Map.entry("dash", "staff"),
            Map.entry("staff", "staff"), Map.entry("mentor", "staff"), Map.entry("cohorts", "staff"),
            Map.entry("matching", "staff"), Map.entry("mail", "mail"), Map.entry("post", "posts"),
            Map.entry("tz", "zones"), Map.entry("tzall", "zones"), Map.entry("plans", "plans"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Catalogue SITE = new Catalogue();

    /** By area, then language, then key: each area as it was read. */
    private final Map<String, Map<String, Map<String, String>>> areas = new ConcurrentHashMap<>();

    private Catalogue() {
    }

    public static Catalogue site() {
        return SITE;
    }

    /**
     * Reads every area and writes a number, a plural, a share, a day, a zone's name and a time in
     * each language, before
     * a snapshot: the reasons, mails and CSV a restored environment words are then read and its
     * languages' number and date formats loaded, instead of on a learner's or an LCM's first request.
     */
    public void prime() {
        if (Catalogue.class.getResource("messages/" + AREAS.get(0) + ".json") == null) {
            return; // a function that words none of it (the guide preview) does not ship the catalogue
        }
        AREAS.forEach(this::area);
        for (Language language : Language.values()) {
            plural(language, "risk.reason.missed-check-ins", 2.5, Map.of());
            percent(language, 0.25);
            language.day(java.time.LocalDate.of(2027, 2, 3));
            language.zone(java.time.ZoneId.of("Europe/Paris"), java.time.Instant.EPOCH);
            language.time(java.time.LocalTime.of(18, 30));
        }
    }

    /** The text of {@code key} in {@code language}, or null: from its own area, else from every area. */
    private String text(Language language, String key) {
        int dot = key.indexOf('.');
        String area = AREA_OF.get(dot < 0 ? key : key.substring(0, dot));
        if (area != null) {
            return area(area).getOrDefault(language.code(), Map.of()).get(key);
        }
        for (String each : AREAS) {
            String found = area(each).getOrDefault(language.code(), Map.of()).get(key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Map<String, Map<String, String>> area(String area) {
        return areas.computeIfAbsent(area, Catalogue::read);
    }

    private static Map<String, Map<String, String>> read(String area) {
        try (InputStream in = Catalogue.class.getResourceAsStream("messages/" + area + ".json")) {
            if (in == null) {
                throw new IllegalStateException("The message area " + area + ".json is not on the class path.");
            }
            return StringTables.read(in, "The message area " + area + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code key} in {@code language}, its {@code {name}} placeholders filled from {@code params}. */
    public String t(Language language, String key, Map<String, ?> params) {
        String text = text(language, key);
        if (text == null) {
            throw new IllegalStateException("No message " + key + " in " + language.code());
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        return m.appendTail(out).toString();
    }

    public String t(Language language, String key) {
        return t(language, key, Map.of());
    }

    /**
     * A page's text made plain for what leaves the site (a mail, a spreadsheet): without the word
     * joiners that keep "e-mail" and "rendez-vous" on one line of a page, which a mail reader
     * re-wraps anyway and which would make a search or a filter for the plain word miss it.
     */
    public static String plain(String text) {
        return text == null ? null : text.replace("\u2060", "");
    }

    public boolean has(Language language, String key) {
        return text(language, key) != null;
    }

    /**
     * {@code key.one} or {@code key.other} as the pages choose (i18n.js, staff.js: Intl.PluralRules),
     * {@code key.other} where the form has no text; {@code {count}} is the count as a number in words
     * unless {@code params} names it.
     */
    public String plural(Language language, String key, Number count, Map<String, ?> params) {
        String chosen = key + "." + pluralForm(language, count.doubleValue());
        Map<String, Object> all = new HashMap<>();
        all.put("count", number(language, count));
        all.putAll(params);
        return t(language, has(language, chosen) ? chosen : key + ".other", all);
    }

    /** CLDR's rule: English "one" is exactly 1; French "one" is any number whose whole part is 0 or 1. */
    static String pluralForm(Language language, double n) {
        boolean one = language.isFrench() ? n >= 0 && n < 2 : n == 1;
        return one ? "one" : "other";
    }

    /** A number as the pages write it (Intl.NumberFormat, at most one decimal): "2.5", "2,5", "12 345" (narrow no-break space). */
    public static String number(Language language, Number n) {
        NumberFormat nf = NumberFormat.getNumberInstance(language.locale());
        nf.setMaximumFractionDigits(1);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        return nf.format(n);
    }

    /** A language (its code) in the reader's words: the catalogue's {@code lang.<code>}, else the JDK's name for it, as the pages do. */
    public String languageName(Language reader, String code) {
        String key = "lang." + code;
        if (has(reader, key)) {
            return t(reader, key);
        }
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(reader.locale());
        return name.isEmpty() ? code : name;
    }

    /** A share (0–1) as the pages write it (i18n.js): "24%" in English, "24 %" in French (narrow no-break space). */
    public static String percent(Language language, double share) {
        NumberFormat nf = NumberFormat.getNumberInstance(language.locale());
        nf.setMaximumFractionDigits(0);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        return nf.format(share * 100) + (language.isFrench() ? "\u202f%" : "%");
    }
}
