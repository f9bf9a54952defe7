package org.lcmhub.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.StringTables;

/**
 * The course paths' titles, from the table the build writes from the path pages
 * ({@link PathPages}: {@code content/<lang>/paths/*.md}, their {@code pathId} and {@code title}),
 * so that a cohort created without a title is named in words: the path's title in the cohort's
 * language, never the path's id.
 */
public final class PathTitles {
    static final String FILE = "path-titles.json";
    /** The table's entry for the paths' efforts (not a language code): path id → hours a week. */
    static final String EFFORT = "effort";
    private static final Map<String, Map<String, String>> TITLES = load();

    private PathTitles() {
    }

    /**
     * A cohort's title when the LCM gives none: the path's title in the cohort's language. Not its
     * start: every page and mail that names a cohort says its start beside the title, and a start
     * moved later would leave a title saying the old one.
     */
    public static String cohortTitle(String pathId, Language language) {
        return pathTitle(pathId, language);
    }

    /** The path's title in {@code language}, else in the other one, else its id in words. */
    public static String pathTitle(String pathId, Language language) {
        String title = TITLES.getOrDefault(language.code(), Map.of()).get(pathId);
        if (title == null) {
            title = TITLES.getOrDefault((language.isFrench() ? Language.EN : Language.FR).code(), Map.of())
                    .getOrDefault(pathId, words(pathId));
        }
        return title;
    }

    /** The ids of the course paths the site has a page for, in either language. */
    public static Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        TITLES.forEach((language, titles) -> {
            if (!EFFORT.equals(language)) {
                ids.addAll(titles.keySet());
            }
        });
        return ids;
    }

    /** The hours a week the path's page estimates ("effort"), or null when it gives none. */
    public static Integer effort(String pathId) {
        String hours = TITLES.getOrDefault(EFFORT, Map.of()).get(pathId);
        return hours == null ? null : Integer.valueOf(hours);
    }

    /** A path no page names (e.g. added since this build): its id read as words, "python-8-weeks" → "Python 8 weeks". */
    static String words(String pathId) {
        String spaced = pathId.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The build's table (language code → path id → title); none outside a build, where ids are read as words. */
    private static Map<String, Map<String, String>> load() {
        try (InputStream in = PathTitles.class.getResourceAsStream(FILE)) {
            // Streamed, not mapped: matching words a path's title on its first request (StringTables).
            return in == null ? Map.of() : StringTables.read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
