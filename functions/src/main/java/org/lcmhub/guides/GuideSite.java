package org.lcmhub.guides;

import java.util.List;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.guides.model.PublishedGuide;

/**
 * The site's pipeline as the guides need it: render a draft as the page it will be, and put
 * published guides on the site. The bake (JBake, the site's templates, Pagefind) is not part of
 * the functions' artifacts: on AWS the preview function and the publish function carry it; where
 * the site is baked and served in the same process (the local hub), it registers itself here
 * ({@link #use}). Without it publishing only records the versions.
 */
public interface GuideSite {
    /** The page's main content as the site renders it, and the site's own content problems. */
    record Preview(String html, List<Problem> problems) {
    }

    /** Renders one draft guide with the site's templates; {@code others} are the rest of its set, {@code images} its images. */
    Preview preview(Guide guide, int index, List<Guide> others, List<GuideImage> images);

    /**
     * Puts the changed guides (live or unpublished) and the images of their set on the site
     * (at {@link GuideImages#PATH}). Returns what it did, for the answer.
     */
    String publish(List<PublishedGuide> changed, List<GuideImage> images);

    /** The site pipeline of this process (the latest registered still in use), or null. */
    static GuideSite current() {
        return Holder.sites.peekFirst();
    }

    /** Called by the process that bakes the site (the local hub) before it serves requests. */
    static void use(GuideSite site) {
        Holder.sites.addFirst(site);
    }

    /** Called when that process stops serving: an earlier one, if still running, is current again. */
    static void release(GuideSite site) {
        Holder.sites.remove(site);
    }

    /**
     * A static because Lambda builds handlers with no arguments; the local hub runs them in its own
     * JVM, where tests may start one hub after another.
     */
    final class Holder {
        private static final java.util.concurrent.ConcurrentLinkedDeque<GuideSite> sites =
                new java.util.concurrent.ConcurrentLinkedDeque<>();

        private Holder() {
        }
    }
}
