package org.lcmhub.guides.store;

import java.util.List;
import org.lcmhub.guides.model.GuideImage;

/**
 * The images of change sets. Adding one is a condition on the set (it exists and its authors may
 * still change it), in the same write as the image: a refused upload leaves nothing behind.
 */
public interface GuideImageStore {
    /** Throws {@link GuideStore.NotFound} without the set, {@link GuideStore.Refused} ("state") when it is not editable. */
    void add(String setId, GuideImage image);

    /** The image, or null. */
    GuideImage find(String setId, String name);

    /** The set's images, by name; without their bytes (an empty array) when only listed. */
    List<GuideImage> all(String setId, boolean withBytes);
}
