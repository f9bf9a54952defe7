package org.lcmhub.guides;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Recognises an uploaded image by its bytes (signature and header), never by its name or the
 * Content-Type a browser sent: a page served with a wrong type could run script. Only PNG, JPEG
 * and WebP are known; anything else, SVG included (it may carry script), is refused.
 */
public final class ImageType {
    /** What the header says: the type, its file extension and its pixel size. */
    public record Detected(String mediaType, String extension, int width, int height) {
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageType() {
    }

    /** The image's type and size, or null when the bytes are not a PNG, JPEG or WebP whose header reads. */
    public static Detected detect(byte[] b) {
        if (b == null) {
            return null;
        }
        if (starts(b, 0, PNG)) {
            return png(b);
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return jpeg(b);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return webp(b);
        }
        return null;
    }

    private static Detected png(byte[] b) {
        // The first chunk is always IHDR: width and height as big-endian 32-bit numbers.
        if (b.length < 24 || !ascii(b, 12, "IHDR")) {
            return null;
        }
        return sized("image/png", "png", be32(b, 16), be32(b, 20));
    }

    private static Detected jpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xff) != 0xff) {
                return null;
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xff) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                i += 2; // no length
                continue;
            }
            int length = be16(b, i + 2);
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                return i + 8 < b.length ? sized("image/jpeg", "jpg", be16(b, i + 7), be16(b, i + 5)) : null;
            }
            if (marker == 0xda || marker == 0xd9 || length < 2) {
                return null; // image data or end before any frame header
            }
            i += 2 + length;
        }
        return null;
    }

    private static Detected webp(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        if (ascii(b, 12, "VP8X")) {
            return sized("image/webp", "webp", 1 + le24(b, 24), 1 + le24(b, 27));
        }
        if (ascii(b, 12, "VP8L") && (b[20] & 0xff) == 0x2f) {
            int b1 = b[21] & 0xff, b2 = b[22] & 0xff, b3 = b[23] & 0xff, b4 = b[24] & 0xff;
            return sized("image/webp", "webp", 1 + (b1 | (b2 & 0x3f) << 8), 1 + ((b2 >> 6) | b3 << 2 | (b4 & 0x0f) << 10));
        }
        if (ascii(b, 12, "VP8 ") && (b[23] & 0xff) == 0x9d && (b[24] & 0xff) == 0x01 && (b[25] & 0xff) == 0x2a) {
            return sized("image/webp", "webp", le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
        }
        return null;
    }

    private static Detected sized(String type, String extension, int width, int height) {
        return width > 0 && height > 0 ? new Detected(type, extension, width, height) : null;
    }

    private static boolean starts(byte[] b, int at, byte[] prefix) {
        return b.length >= at + prefix.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean ascii(byte[] b, int at, String text) {
        return starts(b, at, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static int be32(byte[] b, int i) {
        long v = (b[i] & 0xffL) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private static int be16(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int le24(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16;
    }
}
