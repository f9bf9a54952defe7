package org.lcmhub.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lcmhub.domain.Language;

/**
 * The course paths' titles, read from the path pages the build packs with the functions
 * ({@code content/<lang>/paths/*.md}, their {@code pathId} and {@code title}), so that a cohort
 * created without a title is named in words: the path's title and its start date in the cohort's
 * language, never the path's id and an ISO date.
 */
public final class PathTitles {
    static final String FOLDER = "org/lcmhub/cohort/paths";
    private static final Map<Language, Map<String, String>> TITLES = load();

    private PathTitles() {
    }

    /** "Getting started with Python in 8 weeks, from Monday 1 March 2027" (French: "…, à partir du lundi 1 mars 2027"). */
    public static String cohortTitle(String pathId, Language language, LocalDate start) {
        boolean fr = language.isFrench();
        String path = pathTitle(pathId, language);
        String day = language.day(start);
        return path + (fr ? ", à partir du " : ", from ") + day;
    }

    /** The path's title in {@code language}, else in the other one, else its id in words. */
    public static String pathTitle(String pathId, Language language) {
        String title = TITLES.getOrDefault(language, Map.of()).get(pathId);
        if (title == null) {
            title = TITLES.getOrDefault(language.isFrench() ? Language.EN : Language.FR, Map.of())
                    .getOrDefault(pathId, words(pathId));
        }
        return title;
    }

    /** A path no page names (e.g. added since this build): its id read as words, "python-8-weeks" → "Python 8 weeks". */
    static String words(String pathId) {
        String spaced = pathId.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> all = new HashMap<>();
        URL folder = PathTitles.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return all;
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    read(jar.getPath(FOLDER), all);
                } catch (FileSystemAlreadyExistsException open) {
                    read(FileSystems.getFileSystem(uri).getPath(FOLDER), all);
                }
            } else {
                read(Path.of(uri), all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static void read(Path folder, Map<Language, Map<String, String>> all) throws IOException {
        for (Language language : List.of(Language.EN, Language.FR)) {
            Path dir = folder.resolve(language.code()).resolve("paths");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> pages = Files.list(dir)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                    Map<String, String> header = header(Files.readAllLines(page, StandardCharsets.UTF_8));
                    String id = header.getOrDefault("pathId", header.get("translationKey"));
                    if (id != null && header.containsKey("title")) {
                        all.computeIfAbsent(language, l -> new HashMap<>()).put(id, header.get("title"));
                    }
                }
            }
        }
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
