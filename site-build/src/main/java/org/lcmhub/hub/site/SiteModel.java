package org.lcmhub.hub.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A served site kept up to date by incremental bakes. The first bake (and any bake after
 * {@code site/} changed: templates, assets, messages, configuration) is whole: the site is baked
 * into a fresh folder with its search index and swapped in. The model of the site it parsed is
 * kept; each later bake parses only the content files that changed, renders only the pages they
 * touch (see {@link FastOven}) into a scratch folder, and writes into the served site only the
 * files whose bytes differ, deleting those no longer baked.
 *
 * <p>The search index: rebuilding Pagefind's index of the whole site is most of an incremental
 * publish's time, so the whole index is built by whole bakes only. Every page an incremental bake
 * wrote or deleted since then is listed in {@code pagefind-delta/delta.json}, and those that are
 * still there are indexed into a small second index ({@code pagefind-delta/}), which the site's
 * search merges with the whole one, dropping the whole index's results for the listed pages. An
 * unpublished or changed guide is thus never found under its old text.
 */
public final class SiteModel {
    /** The folder (in the served site) of the index of pages changed since the last whole bake. */
    public static final String DELTA = "pagefind-delta";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([a-z]{2})\"");

    /** What one bake did: {@code written} and {@code deleted} are paths under the site. */
    public record Report(boolean full, int rendered, List<String> written, List<String> deleted, int files,
                         Duration bake, Duration index, List<ContentValidator.Problem> warnings) {
    }

    private final Path root;
    private final boolean search;
    private BakeState state;
    private String siteStamp;
    private Path served;
    private final Set<String> changedSinceIndex = new TreeSet<>();

    /** {@code root} holds site/, content/ and node_modules/ (Pagefind, used when {@code search}). */
    public SiteModel(Path root, boolean search) {
        this.root = root.toAbsolutePath().normalize();
        this.search = search;
    }

    /**
     * Validates the content, then brings {@code siteDir} up to date: whole or incremental, as
     * explained above. Content with errors is not baked: the site stays as it was.
     *
     * @throws ContentValidator.InvalidContent if the content has errors
     */
    public synchronized Report bake(Path siteDir) {
        Path live = siteDir.toAbsolutePath().normalize();
        ContentValidator.Result validation = ContentValidator.validate(root);
        if (!validation.ok()) {
            throw new ContentValidator.InvalidContent(validation);
        }
        validation.warnings().forEach(w -> System.err.println("warning: " + w));
        String stamp = siteStamp();
        if (state == null || !live.equals(served) || !stamp.equals(siteStamp) || !Files.isDirectory(live)) {
            return whole(live, stamp, validation.warnings());
        }
        try {
            return incremental(live, validation.warnings());
        } catch (RuntimeException e) {
            // The served site may be partly updated: a whole bake puts it right.
            System.err.println("The incremental bake failed, baking the whole site: " + e);
            return whole(live, stamp, validation.warnings());
        }
    }

    /** Forgets the model: the next bake is whole (as after a cold start). */
    public synchronized void forget() {
        state = null;
    }

    private Report whole(Path live, String stamp, List<ContentValidator.Problem> warnings) {
        state = null;
        Path next = live.resolveSibling(live.getFileName() + ".next");
        Path old = live.resolveSibling(live.getFileName() + ".old");
        SiteFiles.delete(next);
        long start = System.nanoTime();
        FastOven oven;
        Duration index = Duration.ZERO;
        try {
            oven = SiteBaker.bakeWith(root, next, null);
            if (search) {
                index = SearchIndex.build(root, next).duration();
            }
        } catch (RuntimeException e) {
            SiteFiles.delete(next);
            throw e;
        }
        Duration bake = Duration.ofNanos(System.nanoTime() - start).minus(index);
        try {
            SiteFiles.delete(old);
            if (Files.exists(live)) {
                Files.move(live, old);
            }
            Files.move(next, live);
            SiteFiles.delete(old);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put the new site in place at " + live, e);
        }
        state = oven.state();
        siteStamp = stamp;
        served = live;
        changedSinceIndex.clear();
        List<String> all = files(live);
        return new Report(true, oven.renderedCount(), all, List.of(), all.size(), bake, index, warnings);
    }

    private Report incremental(Path live, List<ContentValidator.Problem> warnings) {
        long start = System.nanoTime();
        Path stage = live.resolveSibling(live.getFileName() + ".stage");
        SiteFiles.delete(stage);
        BakeState before = state;
        state = null; // until the served site is consistent again
        FastOven oven = SiteBaker.bakeWith(root, stage, before);
        List<String> written = new ArrayList<>();
        for (String path : files(stage)) {
            try {
                if (SiteFiles.writeIfChanged(live.resolve(path), Files.readAllBytes(stage.resolve(path)))) {
                    written.add(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> gone = new ArrayList<>(oven.removedOutputs());
        // A guide's Markdown source is copied beside its page while it is published.
        oven.changedDocuments().stream().filter(d -> "guide".equals(d.getType()))
                .forEach(d -> gone.add(d.getSourceuri().replaceAll("\\.html$", ".md")));
        List<String> deleted = new ArrayList<>();
        for (String path : gone) {
            try {
                if (!Files.exists(stage.resolve(path)) && Files.deleteIfExists(live.resolve(path))) {
                    deleted.add(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SiteFiles.delete(stage);
        state = oven.state();
        Duration bake = Duration.ofNanos(System.nanoTime() - start);
        Duration index = Duration.ZERO;
        if (search) {
            long indexStart = System.nanoTime();
            List<String> pages = Stream.concat(written.stream(), deleted.stream()).filter(p -> p.endsWith(".html")).toList();
            if (!pages.isEmpty()) {
                changedSinceIndex.addAll(pages);
                indexChanged(live);
            }
            index = Duration.ofNanos(System.nanoTime() - indexStart);
            if (!pages.isEmpty()) {
                written = new ArrayList<>(written);
                for (String file : files(live.resolve(DELTA))) {
                    written.add(DELTA + "/" + file);
                }
            }
        }
        return new Report(false, oven.renderedCount(), written, deleted, -1, bake, index, warnings);
    }

    /**
     * Indexes the pages changed since the last whole index (copied with a marker, so that the
     * site's search tells their results from the whole index's) into {@link #DELTA}, with the list
     * of their addresses and the languages the small index holds.
     */
    private void indexChanged(Path live) {
        Path pages = live.resolveSibling(live.getFileName() + ".search");
        Path next = live.resolve(DELTA + ".next");
        SiteFiles.delete(pages);
        SiteFiles.delete(next);
        Set<String> languages = new TreeSet<>();
        List<String> urls = new ArrayList<>();
        try {
            for (String path : changedSinceIndex) {
                urls.add("/" + path.replaceAll("(^|/)index\\.html$", "$1"));
                Path page = live.resolve(path);
                if (!Files.isRegularFile(page)) {
                    continue;
                }
                String html = Files.readString(page);
                if (!html.contains("data-pagefind-body")) {
                    continue;
                }
                Matcher lang = LANG.matcher(html);
                if (lang.find()) {
                    languages.add(lang.group(1));
                }
                Path copy = pages.resolve(path);
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, html.replaceFirst("data-pagefind-body",
                        "data-pagefind-body data-pagefind-meta=\"delta:1\""));
            }
            if (!languages.isEmpty()) {
                SearchIndex.build(root, pages, next);
                // The site's search uses its own Pagefind script and only merges this index in.
                for (String file : files(next)) {
                    if (file.matches("pagefind-(ui|modular-ui|component-ui|highlight)\\.(js|css)")) {
                        Files.delete(next.resolve(file));
                    }
                }
            } else {
                Files.createDirectories(next);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("languages", List.copyOf(languages));
            manifest.put("pages", urls);
            JSON.writeValue(next.resolve("delta.json").toFile(), manifest);
            Path current = live.resolve(DELTA);
            SiteFiles.delete(current);
            Files.move(next, current);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index the changed pages of " + live, e);
        } finally {
            SiteFiles.delete(pages);
        }
    }

    /** The files under {@code dir}, as paths with '/'. */
    static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What site/ holds (each file's path, time and size): a change there needs a whole bake. */
    private String siteStamp() {
        try {
            Path site = root.resolve("site").toRealPath();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update((site.relativize(p) + "\t" + Files.getLastModifiedTime(p).toMillis() + "\t"
                            + Files.size(p) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + root.resolve("site"), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
