package org.lcmhub.guides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.store.GuideImageStore;

/**
 * Images are recognised by their bytes: real files written by real encoders (ImageIO for PNG and
 * JPEG, Chromium for the WebP files), and lookalikes that must be refused.
 */
class ImageTypeTest {

    static byte[] encoded(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xcc0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = ImageTypeTest.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTypeAndSizeOfPngJpegAndWebp() throws Exception {
        assertEquals(new ImageType.Detected("image/png", "png", 7, 5), ImageType.detect(encoded("png", 7, 5)));
        assertEquals(new ImageType.Detected("image/jpeg", "jpg", 9, 4), ImageType.detect(encoded("jpg", 9, 4)));
        assertEquals(new ImageType.Detected("image/webp", "webp", 3, 2), ImageType.detect(resource("lossy.webp")));
        assertEquals(new ImageType.Detected("image/webp", "webp", 3, 2), ImageType.detect(resource("lossless.webp")));
    }

    @Test
    void readsTheSimpleWebpFormatsToo() throws Exception {
        // The lossless file's VP8L chunk alone, as a simple (non-extended) WebP file.
        byte[] extended = resource("lossless.webp");
        int at = indexOf(extended, "VP8L".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = Arrays.copyOfRange(extended, at, extended.length);
        ByteArrayOutputStream simple = new ByteArrayOutputStream();
        simple.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        int size = 4 + chunk.length;
        simple.writeBytes(new byte[] {(byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
        simple.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        simple.writeBytes(chunk);
        assertEquals(new ImageType.Detected("image/webp", "webp", 3, 2), ImageType.detect(simple.toByteArray()));
    }

    @Test
    void refusesWhatIsNotAKnownImage() throws Exception {
        byte[] html = "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\" height=\"2\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);
        assertNull(ImageType.detect(html));
        assertNull(ImageType.detect(svg));
        assertNull(ImageType.detect(encoded("gif", 3, 2)));
        assertNull(ImageType.detect(new byte[0]));
        // A signature alone, without a header to read, is not an image.
        assertNull(ImageType.detect(Arrays.copyOf(encoded("png", 3, 2), 12)));
        assertNull(ImageType.detect(Arrays.copyOf(resource("lossy.webp"), 20)));
    }

    /** Keeps what it is given, as the DynamoDB store does (that one runs against moto in GuideImagesApiIT). */
    static final class Kept implements GuideImageStore {
        final List<GuideImage> images = new ArrayList<>();

        public void add(String setId, GuideImage image) { images.add(image); }
        public GuideImage find(String setId, String name) { return null; }
        public List<GuideImage> all(String setId, boolean withBytes) { return images; }
    }

    @Test
    void uploadNamesTheFileByItsBytesAndRefusesWithCodes() throws Exception {
        Kept store = new Kept();
        GuideImages images = new GuideImages(store, Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC));
        GuideImage png = images.upload("lcm-1", "set-1", encoded("png", 40, 30));
        assertEquals("image/png", png.mediaType());
        assertEquals(true, png.name().matches("[0-9a-f]{16}\\.png"), png.name());
        assertEquals(List.of(png), store.images);

        byte[] tooLarge = Arrays.copyOf(encoded("png", 3, 2), GuideImages.MAX_BYTES + 1);
        byte[] tooWide = encoded("png", GuideImages.MAX_SIDE + 1, 1);
        assertEquals("guide.image.type", code(() -> images.upload("lcm-1", "set-1",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("guide.image.too-large", code(() -> images.upload("lcm-1", "set-1", tooLarge)));
        assertEquals("guide.image.dimensions", code(() -> images.upload("lcm-1", "set-1", tooWide)));
        assertEquals(1, store.images.size(), "nothing refused is stored");
    }

    @Test
    void previewShowsTheSetsImagesInline() {
        GuideImage image = new GuideImage("0123456789abcdef.png", "image/png", new byte[] {1, 2, 3}, 1, 1, "a", Instant.EPOCH);
        String html = GuideImages.inline("<p><img src=\"/img/guides/0123456789abcdef.png\" alt=\"x\"></p>", List.of(image));
        assertEquals("<p><img src=\"data:image/png;base64,AQID\" alt=\"x\"></p>", html);
    }

    private static String code(Runnable upload) {
        return assertThrows(GuideProblems.class, upload::run).problems().get(0).code();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
