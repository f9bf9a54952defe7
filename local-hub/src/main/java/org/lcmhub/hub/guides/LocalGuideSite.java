package org.lcmhub.hub.guides;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lcmhub.guides.GuideImages;
import org.lcmhub.guides.GuideSite;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.GuideImageStore;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.hub.site.ContentValidator;
import org.lcmhub.hub.site.SiteBaker;

/**
 * The local hub's side of the guides: the site is baked from {@code content/} overlaid with the
 * guides published from the hub ({@code <work>/guides/}, one Markdown file each, rewritten from
 * the store at start and on each publish). A guide the hub publishes at the same address as a
 * file of {@code content/} replaces that file on the served site (the hub's is the newer
 * decision); {@code ./hub export-guides} writes them into {@code content/} for a team that
 * keeps Git. Previews are baked with the same templates, one page at a time.
 */
public final class LocalGuideSite implements GuideSite {
    /** JBake copies files of content/ that are not documents as they are: images land at GuideImages.PATH. */
    static final String IMAGES_IN_CONTENT = GuideImages.PATH.substring(1);
    private final Path root;
    private final Path work;
    private final Path siteDir;
    private final boolean serving;
    private volatile GuideStore store;
    private volatile GuideImageStore images;

    /** {@code serving} false: a hub without a site (API tools and tests) keeps the files but bakes nothing. */
    public LocalGuideSite(Path root, Path work, Path siteDir, boolean serving) {
        this.root = root.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.siteDir = siteDir;
        this.serving = serving;
    }

    /** Where published guides are kept as files (and read from) once the store is up. */
    public void connect(GuideStore store, GuideImageStore images) {
        this.store = store;
        this.images = images;
    }

    private Path guidesDir() {
        return work.resolve("guides");
    }

    /** The root the site is baked from: site/ and node_modules of the checkout, and the merged content. */
    public Path bakeRoot() {
        return work.resolve("bake");
    }

    /** Bakes the served site from content/ and the hub's guides. */
    public synchronized SiteBaker.BakeReport bake() {
        mirror(bakeRoot(), Map.of(), Map.of());
        return SiteBaker.bakeServed(bakeRoot(), siteDir);
    }

    /** Writes the store's published guides as files; true when any file changed. */
    public synchronized boolean syncFromStore() {
        if (store == null) {
            return false;
        }
        Set<Path> wanted = new HashSet<>();
        boolean changed = false;
        for (PublishedGuide p : store.published()) {
            Path file = guidesDir().resolve(GuideFiles.path(p.guide()));
            wanted.add(file);
            changed |= write(file, GuideFiles.markdown(p.guide(), p.live(), p.publishedAt()));
        }
        changed |= syncImages();
        if (Files.isDirectory(guidesDir())) {
            try (Stream<Path> files = Files.walk(guidesDir())) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !wanted.contains(f)).toList()) {
                    Files.delete(f);
                    changed = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return changed;
    }

    /** Published images, kept beside the guides' files and baked as files of content/ at GuideImages.PATH. */
    private Path imagesDir() {
        return imagesDir(work);
    }

    static Path imagesDir(Path work) {
        return work.resolve("guide-images");
    }

    /**
     * The images of every change set that published a version of a hub guide: a guide's body may
     * refer to an image of an earlier set (a restored version), and the bake refuses a missing one.
     */
    private boolean syncImages() {
        if (images == null) {
            return false;
        }
        Set<String> sets = new HashSet<>();
        for (PublishedGuide p : store.published()) {
            store.versions(p.guide().language(), p.guide().slug()).forEach(v -> sets.add(v.changeSetId()));
        }
        boolean changed = false;
        for (String set : sets) {
            for (GuideImage image : images.all(set, true)) {
                changed |= write(imagesDir().resolve(image.name()), image.bytes());
            }
        }
        return changed;
    }

    @Override
    public synchronized String publish(List<PublishedGuide> changed, List<GuideImage> images) {
        for (GuideImage image : images) {
            write(imagesDir().resolve(image.name()), image.bytes());
        }
        for (PublishedGuide p : changed) {
            write(guidesDir().resolve(GuideFiles.path(p.guide())), GuideFiles.markdown(p.guide(), p.live(), p.publishedAt()));
        }
        if (!serving) {
            return "written";
        }
        bake();
        return "baked";
    }

    @Override
    public synchronized Preview preview(Guide guide, int index, List<Guide> set, List<GuideImage> images) {
        Path previewRoot = work.resolve("preview");
        Map<String, String> drafts = new java.util.LinkedHashMap<>();
        Instant now = Instant.now();
        for (Guide g : set) {
            if (g.language() != null && g.slug() != null && List.of("en", "fr").contains(g.language())
                    && g.slug().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                drafts.put(GuideFiles.path(g), GuideFiles.markdown(clean(g), true, now));
            }
        }
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        images.forEach(i -> files.put(IMAGES_IN_CONTENT + i.name(), i.bytes()));
        mirror(previewRoot, drafts, files);
        String path = GuideFiles.path(guide);
        List<Problem> problems = new ArrayList<>();
        ContentValidator.Result result = ContentValidator.validate(previewRoot);
        result.errors().stream().filter(p -> p.file().equals("content/" + path))
                .forEach(p -> problems.add(problem(index, p)));
        Path out = work.resolve("preview-out");
        try {
            org.lcmhub.hub.site.SiteFiles.delete(out);
            String html = SiteBaker.renderPage(previewRoot, out, path);
            return new Preview(mainOf(html), problems);
        } catch (RuntimeException e) {
            problems.add(new Problem(index, "body", 0, "guide.preview.failed", Map.of(), "The page could not be rendered."));
            return new Preview(null, problems);
        }
    }

    /** A draft with blanks filled, so that an unfinished form still renders. */
    private static Guide clean(Guide g) {
        return new Guide(g.language(), g.slug(), blank(g.title(), g.slug()), blank(g.summary(), "-"),
                g.roles(), g.tags(), blank(g.author(), "-"), g.translationOf(), g.body() == null ? "" : g.body());
    }

    private static String blank(String v, String orElse) {
        return v == null || v.isBlank() ? orElse : v.replaceAll("[\\r\\n]+", " ");
    }

    private static final Pattern MAIN = Pattern.compile("(?s)<main[^>]*>(.*)</main>");

    /** The page's main element: the editor shows it inside its own page, which has the site's styles. */
    private static String mainOf(String html) {
        Matcher m = MAIN.matcher(html);
        return m.find() ? m.group(1) : html;
    }

    /** A problem of the site's validation, placed beside the field or body line it concerns. */
    private static Problem problem(int index, ContentValidator.Problem p) {
        int line = p.line();
        if (line > GuideFiles.HEADER_LINES) {
            return new Problem(index, "body", line - GuideFiles.HEADER_LINES, "guide.site.problem",
                    Map.of("detail", p.message()), p.message());
        }
        String field = line >= 1 && line <= GuideFiles.FIELDS.size() ? GuideFiles.FIELDS.get(line - 1) : "body";
        field = field.equals("translationKey") ? "translationOf" : field;
        return new Problem(index, field, 0, "guide.site.problem", Map.of("detail", p.message()), p.message());
    }

    /**
     * Makes {@code target/content} the checkout's content/ with the hub's guides over it, plus
     * {@code extra} files (path under content/ → text), writing only files whose text changed;
     * {@code target/site} and {@code target/node_modules} point at the checkout's.
     */
    private void mirror(Path target, Map<String, String> extra, Map<String, byte[]> extraFiles) {
        try {
            Files.createDirectories(target);
            link(target.resolve("site"), root.resolve("site"));
            link(target.resolve("node_modules"), root.resolve("node_modules"));
            Path content = target.resolve("content");
            Set<Path> wanted = new HashSet<>();
            // The hub's guides first: a file of content/ at the same address is then left out.
            copyTree(guidesDir(), content, wanted);
            copyTree(imagesDir(), content.resolve(IMAGES_IN_CONTENT), wanted);
            copyTree(root.resolve("content"), content, wanted);
            for (var e : extra.entrySet()) {
                Path file = content.resolve(e.getKey());
                wanted.add(file);
                write(file, e.getValue());
            }
            for (var e : extraFiles.entrySet()) {
                Path file = content.resolve(e.getKey());
                wanted.add(file);
                write(file, e.getValue());
            }
            try (Stream<Path> files = Files.walk(content)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !wanted.contains(f)).toList()) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the content to bake in " + target, e);
        }
    }

    private static void copyTree(Path from, Path to, Set<Path> wanted) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (!wanted.add(dest)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                if (!Files.exists(dest) || !java.util.Arrays.equals(bytes, Files.readAllBytes(dest))) {
                    Files.createDirectories(dest.getParent());
                    Files.write(dest, bytes);
                }
            }
        }
    }

    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    /** Writes the file when its text differs; true when it did. */
    private static boolean write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean write(Path file, byte[] bytes) {
        try {
            if (Files.exists(file) && java.util.Arrays.equals(bytes, Files.readAllBytes(file))) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
