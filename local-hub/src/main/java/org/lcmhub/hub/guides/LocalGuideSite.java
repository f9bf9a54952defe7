package org.lcmhub.hub.guides;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lcmhub.guides.GuideSite;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.GuideImageStore;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.hub.site.SiteBaker;
import org.lcmhub.hub.site.SiteModel;
import org.lcmhub.hub.publish.BakeRoot;
import org.lcmhub.hub.publish.PublishedGuides;
import org.lcmhub.hub.preview.PagePreview;

/**
 * The local hub's side of the guides: the site is baked from {@code content/} overlaid with the
 * guides published from the hub ({@code <work>/guides/}, one Markdown file each, rewritten from
 * the store at start and on each publish). A guide the hub publishes at the same address as a
 * file of {@code content/} replaces that file on the served site (the hub's is the newer
 * decision); {@code ./hub export-guides} writes them into {@code content/} for a team that
 * keeps Git. Previews are baked with the same templates, one page at a time.
 */
public final class LocalGuideSite implements GuideSite {
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
    /** The previews' bake root, kept for the same reason: an editor previews every few seconds. */
    private final BakeRoot previewed;

    /** {@code serving} false: a hub without a site (API tools and tests) keeps the files but bakes nothing. */
    public LocalGuideSite(Path root, Path work, Path siteDir, boolean serving) {
        this.root = root.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.siteDir = siteDir;
        this.serving = serving;
        this.files = new PublishedGuides(this.work.resolve("guides"), imagesDir(this.work));
        this.model = new SiteModel(bakeRoot(), true);
        this.served = bakeRootAt(bakeRoot());
        this.previewed = bakeRootAt(this.work.resolve("preview"));
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
        served.prepare(Map.of());
        SiteModel.Report report = model.bake(siteDir);
        return new SiteBaker.BakeReport(siteDir.toAbsolutePath().normalize(), report.rendered(),
                java.time.Duration.ofNanos(System.nanoTime() - start), report.warnings());
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

    /** Renders a draft over the served site's content (content/ with the hub's guides), in its own folder. */
    @Override
    public synchronized Preview preview(Guide guide, int index, List<Guide> set, List<GuideImage> images) {
        return PagePreview.render(previewed, work.resolve("preview-out"), guide, index, set, images);
    }

    /** {@code target} baked from the checkout's content/ with the hub's guides and images over it. */
    private BakeRoot bakeRootAt(Path target) {
        return files.bakeRoot(target, root);
    }
}
