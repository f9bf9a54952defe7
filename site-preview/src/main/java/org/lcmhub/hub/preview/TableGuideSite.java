package org.lcmhub.hub.preview;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lcmhub.guides.GuideSite;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.store.GuideImageStore;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.hub.publish.BakeRoot;
import org.lcmhub.hub.publish.PublishedGuides;

/**
 * The preview on AWS: the artifact's site/ and content/ with the guides the table has published
 * (and their images) over them, as the publish function bakes them, so that lists, translations
 * and the site's link checks see the site as it is. The published guides are read again at most
 * every {@link #FRESH}: an editor previews every few seconds while typing.
 */
public final class TableGuideSite implements GuidePreviewHandler.Renderer {
    static final Duration FRESH = Duration.ofSeconds(30);
    private final GuideStore store;
    private final GuideImageStore images;
    private final Clock clock;
    private final PublishedGuides published;
    private final BakeRoot root;
    private final Path out;
    private Instant synced;

    /** {@code source} holds site/ and content/; {@code work} is written (Lambda: under /tmp). */
    public TableGuideSite(GuideStore store, GuideImageStore images, Path source, Path work, Clock clock) {
        this.store = store;
        this.images = images;
        this.clock = clock;
        this.published = new PublishedGuides(work.resolve("guides"), work.resolve("guide-images"));
        this.root = published.bakeRoot(work.resolve("bake"), source);
        this.out = work.resolve("out");
    }

    @Override
    public synchronized GuideSite.Preview preview(Guide guide, int index, List<Guide> set, List<GuideImage> setImages) {
        Instant now = clock.instant();
        if (synced == null || now.isAfter(synced.plus(FRESH))) {
            published.syncFrom(store, images);
            synced = now;
        }
        return PagePreview.render(root, out, guide, index, set, setImages);
    }
}
