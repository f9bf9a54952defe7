package org.lcmhub.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's message catalogue ({@code site/messages/<area>.json}, copied into the functions by
 * the build) for what the server writes in the pages' words, so it says what the dashboard says:
 * the digest (its own area {@code digest.json} and the dashboard's {@code staff.json}) and the
 * reader's CSV export ({@code dash.csvCol.*}, the dashboard's status and outcome words).
 */
public final class Catalogue {
    private static final List<String> AREAS = List.of("staff", "digest");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Catalogue SITE = read();

    private final Map<String, Map<String, String>> byLanguage;

    private Catalogue(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static Catalogue site() {
        return SITE;
    }

    private static Catalogue read() {
        Map<String, Map<String, String>> merged = new HashMap<>();
        for (String area : AREAS) {
            try (InputStream in = Catalogue.class.getResourceAsStream("messages/" + area + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("The message area " + area + ".json is not on the class path.");
                }
                // A plain mapper: the kernel's domain imports nothing of the hub (http.Json would make a cycle).
                Map<String, Map<String, String>> parsed = new ObjectMapper().readValue(in, new TypeReference<>() { });
                parsed.forEach((lang, texts) -> merged.computeIfAbsent(lang, k -> new HashMap<>()).putAll(texts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Catalogue(merged);
    }

    /** The text of {@code key} in {@code language}, its {@code {name}} placeholders filled from {@code params}. */
    public String t(Language language, String key, Map<String, ?> params) {
        String text = byLanguage.getOrDefault(language.code(), Map.of()).get(key);
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

    /** A share (0–1) as the pages write it (i18n.js): "24%" in English, "24 %" in French (narrow no-break space). */
    public static String percent(Language language, double share) {
        NumberFormat nf = NumberFormat.getNumberInstance(language.locale());
        nf.setMaximumFractionDigits(0);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        return nf.format(share * 100) + (language.isFrench() ? "\u202f%" : "%");
    }
}
