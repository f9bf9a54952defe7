package org.lcmhub.hub.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/} as JBake will: every Markdown file under a language folder, its
 * {@code key=value} header up to the separator line, and the page it bakes to. A file JBake would
 * skip (no header, not UTF-8, outside a language folder) is reported instead of read.
 */
final class ContentReader {
    static final String SEPARATOR = "~~~~~~";
    static final List<String> LANGUAGES = List.of("en", "fr");
    /** The document types with rules of their own; the site may add more in jbake.properties. */
    static final List<String> TYPES = List.of("path", "guide", "home", "page");
    /** JBake's own templates, which site/jbake.properties may name but which are no document types. */
    private static final Set<String> NOT_DOCUMENT_TYPES = Set.of("masterindex", "error404", "sitemap", "archive",
            "tag", "tagsindex");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("template\\.([a-z0-9_-]+)\\.file");

    private final Path root;
    private final Path content;
    private final Properties jbake;
    private final ContentProblems problems;

    ContentReader(Path root, ContentProblems problems) {
        this.root = root.toAbsolutePath().normalize();
        this.content = this.root.resolve("content");
        this.jbake = jbakeProperties(this.root);
        this.problems = problems;
    }

    Path root() {
        return root;
    }

    Path content() {
        return content;
    }

    /** site/jbake.properties, or no properties when there is none. */
    Properties jbake() {
        return jbake;
    }

    /** The shared types, then those the site adds in jbake.properties (e.g. feed), which need the common fields only. */
    List<String> types() {
        List<String> all = new ArrayList<>(TYPES);
        jbake.stringPropertyNames().stream().sorted().map(TEMPLATE_KEY::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).filter(t -> !all.contains(t) && !NOT_DOCUMENT_TYPES.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }

    /** Every document that could be read, in path order. */
    List<ContentDoc> documents() {
        List<ContentDoc> docs = new ArrayList<>();
        for (Path file : contentFiles()) {
            ContentDoc doc = read(file);
            if (doc != null) {
                docs.add(doc);
            }
        }
        return docs;
    }

    private List<Path> contentFiles() {
        if (!Files.isDirectory(content)) {
            problems.error("content", 1, "missing: the folder of Markdown documents", SiteCheck.SITE_SETUP);
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.equals(content.resolve("README.md")))
                    .filter(f -> !isHidden(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isHidden(Path file) {
        for (Path part : content.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private ContentDoc read(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String underContent = content.relativize(file).toString().replace('\\', '/');
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            problems.error(relative, 1, "not UTF-8 text", SiteCheck.UNREADABLE);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!underContent.contains("/") || !LANGUAGES.contains(underContent.substring(0, underContent.indexOf('/')))) {
            problems.error(relative, 1, "not in a language folder: put it under content/en/ or content/fr/", SiteCheck.UNREADABLE);
            return null;
        }
        int separator = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(SEPARATOR)) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            problems.error(relative, 1, "no header: start the file with key=value lines and end them with a line " + SEPARATOR, SiteCheck.UNREADABLE);
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.error(relative, i + 1, "header line is not key=value: '" + line.strip() + "'", SiteCheck.UNREADABLE);
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (fields.containsKey(key)) {
                problems.error(relative, i + 1, "duplicate field '" + key + "' (first on line " + fieldLines.get(key) + ")", SiteCheck.UNREADABLE);
                continue;
            }
            fields.put(key, line.substring(eq + 1).strip());
            fieldLines.put(key, i + 1);
        }
        String uri = underContent.substring(0, underContent.length() - ".md".length()) + ".html";
        return new ContentDoc(file, relative, lines, fields, fieldLines, separator + 1, uri);
    }

    private static Properties jbakeProperties(Path root) {
        Properties properties = new Properties();
        Path file = root.resolve("site/jbake.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
