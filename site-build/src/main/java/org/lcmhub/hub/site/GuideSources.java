package org.lcmhub.hub.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown of every published guide beside its page ({@code en/guides/x.md} next to
 * {@code en/guides/x.html}) and a list of them ({@link #LIST}): what the guide editor opens when an
 * LCM changes a guide that was written in {@code content/}, so nobody needs Git to improve one.
 * These guides are public pages already; drafts are never written.
 */
public final class GuideSources {
    /** Where the list is written in the site, and read by the editor. */
    public static final String LIST = "guides/sources.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GuideSources() {
    }

    /**
     * Writes the sources of the guides under {@code root/content} into {@code output}, read with the
     * content validation's reader (for JBake's stock Oven); returns how many.
     */
    public static int write(Path root, Path output) {
        List<Entry> guides = new ArrayList<>();
        for (ContentDoc doc : new ContentReader(root, new ContentProblems()).documents()) {
            if ("guide".equals(doc.get("type")) && doc.published()) {
                String source = doc.uri().replaceAll("\\.html$", ".md");
                guides.add(new Entry(doc.file(), doc.get("title"), doc.get("translationKey"), source));
            }
        }
        return write(guides, output, source -> true);
    }

    /** A published guide's source: its file, and its path in the site (e.g. {@code en/guides/x.md}). */
    record Entry(Path file, String title, String translationKey, String source) {
        /** The first folder of its path: {@code en}. */
        String language() {
            return source.substring(0, source.indexOf('/'));
        }

        /** Its file name without {@code .md}: {@code x}. */
        String slug() {
            return source.substring(source.lastIndexOf('/') + 1, source.length() - ".md".length());
        }
    }

    /**
     * Writes the list of {@code guides} and copies the sources that {@code copy} accepts: what a
     * bake does with the guides it parsed (an incremental bake copies those of the changed guides).
     */
    static int write(List<Entry> guides, Path output, java.util.function.Predicate<String> copy) {
        List<Map<String, String>> list = new ArrayList<>();
        try {
            for (Entry guide : guides) {
                if (copy.test(guide.source())) {
                    Path to = output.resolve(guide.source());
                    Files.createDirectories(to.getParent());
                    Files.copy(guide.file(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("language", guide.language());
                entry.put("slug", guide.slug());
                entry.put("title", guide.title());
                entry.put("translationKey", guide.translationKey());
                entry.put("source", "/" + guide.source());
                list.add(entry);
            }
            Path to = output.resolve(LIST);
            Files.createDirectories(to.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(to.toFile(), Map.of("guides", list));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the guides' sources into " + output, e);
        }
        return list.size();
    }
}
