package org.lcmhub.hub.guides;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.lcmhub.hub.site.SiteModel;
import org.lcmhub.hub.publish.BakeRoot;
import org.lcmhub.hub.publish.GuideFiles;
import org.lcmhub.hub.publish.PublishedGuides;

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
    private final PublishedGuides files;
    private volatile GuideStore store;
    private volatile GuideImageStore images;
    private final SiteModel model;
    /** The served site's bake root, kept so that each publish rewrites only the files that changed. */
    private final BakeRoot served;
    private volatile SiteModel.Report lastBake;

    /** {@code serving} false: a hub without a site (API tools and tests) keeps the files but bakes nothing. */
    public LocalGuideSite(Path root, Path work, Path siteDir, boolean serving) {
        this.root = root.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.siteDir = siteDir;
        this.serving = serving;
        this.files = new PublishedGuides(this.work.resolve("guides"), imagesDir(this.work));
        this.model = new SiteModel(bakeRoot(), true);
        this.served = new BakeRoot(bakeRoot(), this.root).overlay(files.guidesDir(), "")
                .overlay(files.imagesDir(), IMAGES_IN_CONTENT);
    }

    /** Where published guides are kept as files (and read from) once the store is up. */
    public void connect(GuideStore store, GuideImageStore images) {
        this.store = store;
        this.images = images;
    }

    /** Published images, kept beside the guides' files and baked as files of content/ at GuideImages.PATH. */
    static Path imagesDir(Path work) {
        return work.resolve("guide-images");
    }

    /** The root the site is baked from: site/ and node_modules of the checkout, and the merged content. */
    public Path bakeRoot() {
        return work.resolve("bake");
    }

    /**
     * Brings the served site up to date with content/ and the hub's guides: the first bake is
     * whole, later ones render only what changed (see {@link SiteModel}).
     */
    public synchronized SiteBaker.BakeReport bake() {
        long start = System.nanoTime();
        mirror(bakeRoot(), Map.of(), Map.of());
        SiteModel.Report report = model.bake(siteDir);
        lastBake = report;
        return new SiteBaker.BakeReport(siteDir.toAbsolutePath().normalize(), report.rendered(),
                java.time.Duration.ofNanos(System.nanoTime() - start), report.warnings());
    }

    /** What the last bake did (null before the first). */
    public SiteModel.Report lastBake() {
        return lastBake;
    }

    /** Writes the store's published guides as files; true when any file changed. */
    public synchronized boolean syncFromStore() {
        return store != null && files.syncFrom(store, images);
    }

    @Override
    public synchronized String publish(List<PublishedGuide> changed, List<GuideImage> images) {
        images.forEach(files::write);
        changed.forEach(files::write);
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
     * Makes {@code target/content} the checkout's content/ with the hub's guides and images over
     * it, plus {@code extra} files (path under content/), writing only files whose bytes changed.
     */
    private void mirror(Path target, Map<String, String> extra, Map<String, byte[]> extraFiles) {
        Map<String, byte[]> all = new java.util.LinkedHashMap<>(extraFiles);
        extra.forEach((k, v) -> all.put(k, v.getBytes(StandardCharsets.UTF_8)));
        BakeRoot bake = target.equals(bakeRoot()) ? served
                : new BakeRoot(target, root).overlay(files.guidesDir(), "").overlay(files.imagesDir(), IMAGES_IN_CONTENT);
        bake.prepare(all);
    }
}
