package org.lcmhub.hub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The site's one message catalogue: every {@code site/messages/<area>.json}, each
 * {@code {"en": {key: text}, "fr": {key: text}}}, merged into one table per language.
 *
 * <p>Templates read it as {@code config.messages} (through {@code i18n.ftl}); scripts read
 * {@code /js/messages.<lang>.js}, written next to the baked site, through {@code i18n.js}. Both
 * come from the same files, so a page and its script never disagree on a word. The time zones'
 * words ({@link #ZONES}, some 400 labels) go to {@code /js/zones.<lang>.js} instead, which only
 * pages with a zone list load: the others need none of them.
 */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("en", "fr");

    /** The area whose keys scripts get from their own file, {@code zones.<lang>.js}. */
    public static final String ZONES = "zones.json";

    /**
     * The areas of what the functions alone write, mails and channel posts: checked with the rest,
     * in no page's script.
     */
    public static final Set<String> SERVER_ONLY = Set.of("mail.json", "posts.json");

    /** A catalogue that cannot be used: every problem at once, one per line. */
    public static final class InvalidMessages extends RuntimeException {
        InvalidMessages(List<String> problems) {
            super("The message catalogue has " + problems.size() + " problem(s):\n - "
                    + String.join("\n - ", problems));
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    // Escaping non-ASCII keeps the script file's meaning whatever charset a proxy claims for it.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Map<String, Map<String, String>> byLanguage;
    private final Set<String> zoneKeys;
    private final Set<String> mailKeys;

    private Messages(Map<String, Map<String, String>> byLanguage, Set<String> zoneKeys, Set<String> mailKeys) {
        this.byLanguage = byLanguage;
        this.zoneKeys = zoneKeys;
        this.mailKeys = mailKeys;
    }

    /**
     * Reads and checks {@code siteDir/messages/*.json}: each file has exactly the languages
     * {@link #LANGUAGES}, the same keys in each, the same placeholders in each translation of a
     * key, and no key is defined by two files.
     *
     * @throws InvalidMessages listing every problem
     */
    public static Messages read(Path siteDir) {
        Path folder = siteDir.resolve("messages");
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        LANGUAGES.forEach(lang -> merged.put(lang, new LinkedHashMap<>()));
        Map<String, String> owner = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files(folder)) {
            String area = file.getFileName().toString();
            Map<String, Map<String, String>> parsed;
            try {
                parsed = JSON.readValue(file.toFile(), new TypeReference<>() { });
            } catch (JsonProcessingException e) {
                problems.add(area + ": not a JSON object of {\"en\": {...}, \"fr\": {...}} with text values ("
                        + e.getOriginalMessage() + ")");
                continue;
            } catch (IOException e) {
                problems.add(area + ": could not be read (" + e.getMessage() + ")");
                continue;
            }
            if (parsed == null || !parsed.keySet().equals(Set.copyOf(LANGUAGES))) {
                problems.add(area + ": must have exactly the languages " + LANGUAGES);
                continue;
            }
            check(area, parsed, problems);
            for (String key : parsed.get("en").keySet()) {
                String first = owner.putIfAbsent(key, area);
                if (first != null) {
                    problems.add(area + ": key \"" + key + "\" is already defined in " + first);
                }
            }
            LANGUAGES.forEach(lang -> merged.get(lang).putAll(parsed.get(lang)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMessages(problems);
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        merged.forEach((lang, table) -> frozen.put(lang, new Table(table)));
        Set<String> zoneKeys = new TreeSet<>();
        Set<String> mailKeys = new TreeSet<>();
        owner.forEach((key, area) -> {
            if (area.equals(ZONES)) {
                zoneKeys.add(key);
            } else if (SERVER_ONLY.contains(area)) {
                mailKeys.add(key);
            }
        });
        return new Messages(Collections.unmodifiableMap(frozen), Collections.unmodifiableSet(zoneKeys),
                Collections.unmodifiableSet(mailKeys));
    }

    private static void check(String area, Map<String, Map<String, String>> parsed, List<String> problems) {
        Map<String, String> en = parsed.get("en");
        Map<String, String> fr = parsed.get("fr");
        for (String key : union(en.keySet(), fr.keySet())) {
            String english = en.get(key);
            String french = fr.get(key);
            if (english == null || french == null) {
                problems.add(area + ": key \"" + key + "\" has no " + (english == null ? "en" : "fr") + " text");
            } else if (!placeholders(english).equals(placeholders(french))) {
                problems.add(area + ": key \"" + key + "\" has placeholders " + placeholders(english)
                        + " in en but " + placeholders(french) + " in fr");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }

    /**
     * A language's table, read-only and in the files' order. Templates keep that order (the common
     * time zones are listed as {@code zones.json} has them) because FreeMarker copies a
     * {@code HashMap} by cloning it, where it copies any other map, an unmodifiable one too, into an
     * unordered {@code HashMap}.
     */
    private static final class Table extends LinkedHashMap<String, String> {
        private static final long serialVersionUID = 1L;

        Table(Map<String, String> entries) {
            super(entries);
        }

        @Override
        public String put(String key, String value) {
            throw new UnsupportedOperationException("the message catalogue is read-only");
        }

        @Override
        public void putAll(Map<? extends String, ? extends String> entries) {
            throw new UnsupportedOperationException("the message catalogue is read-only");
        }

        @Override
        public String remove(Object key) {
            throw new UnsupportedOperationException("the message catalogue is read-only");
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("the message catalogue is read-only");
        }
    }

    /** language → key → text, for templates. */
    public Map<String, Map<String, String>> byLanguage() {
        return byLanguage;
    }

    /** The text of a key in a language, or null. */
    public String text(String lang, String key) {
        Map<String, String> table = byLanguage.get(lang);
        return table == null ? null : table.get(key);
    }

    /**
     * Writes {@code js/messages.<lang>.js} (every key but the zones' and the functions' own) and {@code js/zones.<lang>.js}
     * (the {@link #ZONES} keys) under {@code outputDir} for each language: plain scripts (no inline
     * script is allowed by the site's CSP) that add their table to {@code window.LcmMessages} and
     * {@code window.LcmZones}.
     */
    public void writeScripts(Path outputDir) {
        Path js = outputDir.resolve("js");
        try {
            Files.createDirectories(js);
            for (String lang : LANGUAGES) {
                Map<String, String> words = new LinkedHashMap<>();
                Map<String, String> zones = new LinkedHashMap<>();
                byLanguage.get(lang).forEach((key, text) -> {
                    if (!mailKeys.contains(key)) {
                        (zoneKeys.contains(key) ? zones : words).put(key, text);
                    }
                });
                Files.writeString(js.resolve("messages." + lang + ".js"), script("LcmMessages", lang, words), StandardCharsets.UTF_8);
                Files.writeString(js.resolve("zones." + lang + ".js"), script("LcmZones", lang, zones), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the message scripts into " + js, e);
        }
    }

    private static String script(String global, String lang, Map<String, String> table) {
        return "window." + global + " = window." + global + " || {};\nwindow." + global + "."
                + lang + " = " + json(table) + ";\n";
    }

    private static String json(Map<String, String> table) {
        try {
            // "</" would end a script element if the file were ever inlined; escape it regardless.
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(table).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
