package org.lcmhub.hub.publish;

import java.nio.file.Path;
import java.util.Map;
import org.lcmhub.guides.store.GuideImageStore;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.hub.site.SiteModel;

/**
 * One publish of the site as the store holds it: the published guides written as files over
 * {@code content/}, the site baked with its search index (incrementally when this instance baked
 * it before, see {@link SiteModel}), then only what changed put in the bucket.
 * It reads the store's state rather than the event that started it, so a publish repeated, late or
 * out of order leaves the same site.
 */
public final class SitePublish {
    /** A publish: what the bake did (whole or incremental) and what the upload did. */
    public record Result(SiteModel.Report bake, SitePublisher.Report upload) {
        public Map<String, Object> summary() {
            Map<String, Object> all = new java.util.LinkedHashMap<>(upload.summary());
            all.put("wholeBake", bake.full());
            all.put("rendered", bake.rendered());
            all.put("written", bake.written().size());
            all.put("bakeMillis", bake.bake().toMillis());
            all.put("indexMillis", bake.index().toMillis());
            return all;
        }
    }

    private final GuideStore store;
    private final GuideImageStore images;
    private final SitePublisher publisher;
    private final Path work;
    /**
     * The site as last baked, kept while the process lives (a warm Lambda environment keeps it and
     * its /tmp), so that a publish bakes only what changed; a cold start bakes the whole site.
     */
    private final SiteModel model;
    private final PublishedGuides files;
    private final BakeRoot bakeRoot;

    /** {@code source} holds site/, content/ and node_modules/ (Pagefind); {@code work} is written. */
    public SitePublish(GuideStore store, GuideImageStore images, SitePublisher publisher, Path source, Path work) {
        this.store = store;
        this.images = images;
        this.publisher = publisher;
        this.work = work;
        this.files = new PublishedGuides(work.resolve("guides"), work.resolve("guide-images"));
        this.bakeRoot = files.bakeRoot(work.resolve("bake"), source);
        this.model = new SiteModel(bakeRoot.path(), true);
    }

    public synchronized Result run() {
        files.syncFrom(store, images);
        bakeRoot.prepare(Map.of());
        SiteModel.Report baked = model.bake(work.resolve("out"));
        return new Result(baked, publisher.publish(work.resolve("out")));
    }
}
