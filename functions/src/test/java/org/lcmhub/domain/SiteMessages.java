package org.lcmhub.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site's catalogue as the pages get it: every area of {@code site/messages} merged by
 * language, read from the sources (not through {@link Catalogue}, whose areas are what is tested).
 */
public final class SiteMessages {
    public static final Path DIR = Path.of("..", "site", "messages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private SiteMessages() {
    }

    /**
     * Language code → key → text. A key written twice, in one area or in two, fails: JSON keeps the
     * last silently, so a stale copy (an English text left in the French part) would hide there.
     */
    public static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> merged = new HashMap<>();
        ObjectMapper strict = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Map<String, Map<String, String>> area = strict.readValue(file.toFile(), new TypeReference<>() { });
                area.forEach((lang, texts) -> texts.forEach((key, text) -> {
                    if (merged.computeIfAbsent(lang, k -> new HashMap<>()).putIfAbsent(key, text) != null) {
                        throw new IllegalStateException(key + " (" + lang + ") is written in two areas, the second in " + file);
                    }
                }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merged;
    }

    /** The names of a text's {@code {name}} placeholders. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
