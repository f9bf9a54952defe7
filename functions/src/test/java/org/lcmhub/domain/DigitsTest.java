package org.lcmhub.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {
    @Test
    void numbersArePaddedAsFormatPadsThem() {
        long[] values = {0, 1, 7, 42, 999_999, 1_000_000, 1_795_860_000_000L, 12_345_678_901_234L, -1, -42, -123_456,
            Long.MAX_VALUE, Long.MIN_VALUE};
        for (int width : new int[] {1, 2, 4, 6, 12, 13, 20, 25}) {
            for (long value : values) {
                assertThat(Digits.zeroPadded(value, width)).as(value + " in " + width)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%0" + width + "d", value));
            }
        }
    }
}
