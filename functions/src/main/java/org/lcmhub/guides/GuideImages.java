package org.lcmhub.guides;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.guides.store.GuideImageStore;

/**
 * Images of a change set: checked by their bytes, bounded in bytes and pixels, stored under a
 * generated name (the uploaded name is never used: it could hold a path or a misleading type).
 * Published with the set's guides at {@link #PATH}.
 */
public final class GuideImages {
    /** Under the API's body limit (a bigger body answers 413) and far under DynamoDB's item limit. */
    public static final int MAX_BYTES = 200 * 1024;
    public static final int MAX_SIDE = 4000;
    /** Where published images are served, and what a guide's Markdown refers to. */
    public static final String PATH = "/img/guides/";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final GuideImageStore store;
    private final Clock clock;

    public GuideImages(GuideImageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Adds the image to an editable set; the problems name field {@code image} with a code. */
    public GuideImage upload(String lcm, String setId, byte[] bytes) {
        if (bytes.length == 0) {
            throw refuse("guide.image.missing", Map.of(), "Choose an image file.");
        }
        if (bytes.length > MAX_BYTES) {
            throw refuse("guide.image.too-large", Map.of("max", MAX_BYTES / 1024),
                    "The image is larger than " + MAX_BYTES / 1024 + " KB.");
        }
        ImageType.Detected type = ImageType.detect(bytes);
        if (type == null) {
            throw refuse("guide.image.type", Map.of(), "The file is not a PNG, JPEG or WebP image.");
        }
        if (type.width() > MAX_SIDE || type.height() > MAX_SIDE) {
            throw refuse("guide.image.dimensions", Map.of("max", MAX_SIDE),
                    "The image is wider or taller than " + MAX_SIDE + " pixels.");
        }
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        GuideImage image = new GuideImage(HexFormat.of().formatHex(id) + "." + type.extension(), type.mediaType(),
                bytes, type.width(), type.height(), lcm, clock.instant());
        store.add(setId, image);
        return image;
    }

    public GuideImage find(String setId, String name) {
        return name != null && name.matches("[0-9a-f]{16}\\.(png|jpg|webp)") ? store.find(setId, name) : null;
    }

    /** The set's images with their bytes (to preview or publish them). */
    public List<GuideImage> of(String setId) {
        return store.all(setId, true);
    }

    /** The set's images without their bytes (to list them). */
    public List<GuideImage> listed(String setId) {
        return store.all(setId, false);
    }

    /**
     * The preview's HTML with the set's images inlined as data URLs: they are not on the site
     * before the set is published, and the site's policy allows {@code data:} images.
     */
    public static String inline(String html, List<GuideImage> images) {
        String out = html;
        for (GuideImage image : images) {
            out = out.replace("src=\"" + PATH + image.name() + "\"", "src=\"data:" + image.mediaType() + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(image.bytes()) + "\"");
        }
        return out;
    }

    private static GuideProblems refuse(String code, Map<String, Object> params, String message) {
        return new GuideProblems(List.of(new Problem(0, "image", 0, code, params, message)));
    }
}
