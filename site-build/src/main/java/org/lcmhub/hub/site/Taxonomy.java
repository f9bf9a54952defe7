package org.lcmhub.hub.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The roles and tags a guide may name, with their English and French labels, from
 * {@code site/taxonomy.properties}. JBake reads only {@code jbake.properties}, so the bake adds
 * these keys to its configuration and templates read them as {@code config.role_help_en}.
 */
public record Taxonomy(Properties properties) {
    public static final String FILE = "taxonomy.properties";

    public static Taxonomy read(Path siteDir) {
        Properties properties = new Properties();
        Path file = siteDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new Taxonomy(properties);
    }

    public List<String> roles() {
        return list("taxonomy.roles");
    }

    public List<String> tags() {
        return list("taxonomy.tags");
    }

    /** The label of a role or tag ({@code kind} "role" or "tag") in a language, or null. */
    public String label(String kind, String key, String language) {
        return properties.getProperty(kind + "." + key + "." + language);
    }

    private List<String> list(String key) {
        return Arrays.stream(properties.getProperty(key, "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
