package org.lcmhub.cohort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;

/**
 * The course paths' pages ({@code content/<lang>/paths/*.md}) as the functions need them. The
 * build runs {@link #main} to write their titles ({@code pathId}, else {@code translationKey}, and
 * {@code title}) and their {@code effort} (hours a week) into the file {@link PathTitles} reads, so that the functions carry a table of a
 * few lines rather than the pages themselves.
 */
public final class PathPages {
    private PathPages() {
    }

    /** {@code PathPages CONTENT_DIR OUT.json}: the titles of the paths under CONTENT_DIR, by language, as JSON. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.MAPPER.writeValueAsString(titles(Path.of(args[0]))), StandardCharsets.UTF_8);
    }

    /**
     * Language code → path id → title, sorted, and under {@link PathTitles#EFFORT} path id → the
     * hours a week its page estimates (no pages, e.g. outside the checkout: empty).
     */
    static Map<String, Map<String, String>> titles(Path content) throws IOException {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (Language language : List.of(Language.EN, Language.FR)) {
            Path dir = content.resolve(language.code()).resolve("paths");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> pages = Files.list(dir)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                    Map<String, String> header = header(Files.readAllLines(page, StandardCharsets.UTF_8));
                    String id = header.getOrDefault("pathId", header.get("translationKey"));
                    if (id != null && header.containsKey("title")) {
                        all.computeIfAbsent(language.code(), l -> new TreeMap<>()).put(id, header.get("title"));
                    }
                    String effort = header.getOrDefault("effort", "").strip();
                    if (id != null && effort.matches("[0-9]{1,2}") && Integer.parseInt(effort) > 0) {
                        all.computeIfAbsent(PathTitles.EFFORT, l -> new TreeMap<>()).putIfAbsent(id, effort);
                    }
                }
            }
        }
        return all;
    }

    /** A content page's JBake header: its {@code key=value} lines up to {@code ~~~~~~}. */
    public static Map<String, String> header(List<String> lines) {
        Map<String, String> header = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("~~~~~~")) {
                break;
            }
            int eq = line.indexOf('=');
            if (eq > 0) {
                header.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return header;
    }
}
