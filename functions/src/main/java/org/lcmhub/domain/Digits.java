package org.lcmhub.domain;

/**
 * Whole numbers zero-padded to a width, as {@code String.format("%0<width>d", n)} writes them
 * with the default locale's ASCII digits, for keys and ids that sort as text. Written out because
 * the first {@code String.format} of a fresh JVM loads the locale's number symbols, a cost a
 * request should not pay for a few zeros.
 */
public final class Digits {
    private Digits() {
    }

    public static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        String zeros = "0".repeat(width - digits.length());
        return value < 0 ? "-" + zeros + digits.substring(1) : zeros + digits;
    }
}
