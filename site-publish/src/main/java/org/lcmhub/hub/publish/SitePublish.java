package org.lcmhub.hub.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.lcmhub.guides.GuideImages;
import org.lcmhub.guides.store.GuideImageStore;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.hub.site.SearchIndex;
import org.lcmhub.hub.site.SiteBaker;
import org.lcmhub.hub.site.SiteFiles;

/**
 * One publish of the whole site as the store holds it: the published guides written as files over
 * {@code content/}, the site baked with its search index, then only what changed put in the bucket.
 * It reads the store's state rather than the event that started it, so a publish repeated, late or
 * out of order leaves the same site.
 */
public final class SitePublish {
    /** A publish: how long the bake and the index took, and what the upload did. */
    public record Result(Duration bake, Duration index, SitePublisher.Report upload) {
        public Map<String, Object> summary() {
            Map<String, Object> all = new java.util.LinkedHashMap<>(upload.summary());
            all.put("bakeMillis", bake.toMillis());
            all.put("indexMillis", index.toMillis());
            return all;
        }
    }

    private final GuideStore store;
    private final GuideImageStore images;
    private final SitePublisher publisher;
    private final Path source;
    private final Path work;

    /** {@code source} holds site/, content/ and node_modules/ (Pagefind); {@code work} is written. */
    public SitePublish(GuideStore store, GuideImageStore images, SitePublisher publisher, Path source, Path work) {
        this.store = store;
        this.images = images;
        this.publisher = publisher;
        this.source = source;
        this.work = work;
    }

    public synchronized Result run() {
        PublishedGuides files = new PublishedGuides(work.resolve("guides"), work.resolve("guide-images"));
        files.syncFrom(store, images);
        Path root = new BakeRoot(work.resolve("bake"), source)
                .overlay(files.guidesDir(), "")
                .overlay(files.imagesDir(), GuideImages.PATH.substring(1))
                .prepare(Map.of());
        Path out = work.resolve("out");
        SiteFiles.delete(out);
        Duration bake = SiteBaker.bake(root, out).duration();
        Duration index = SearchIndex.build(root, out).duration();
        return new Result(bake, index, publisher.publish(out));
    }
}
