package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The browser tests' expected zone labels follow the season, as the pages do. */
class ZoneLabelsTest {
    private static final Instant DECEMBER = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant JULY = Instant.parse("2027-07-07T12:00:00Z");

    @Test
    void summerTimeAddsItsHourToTheBakedOffsetNorthAndSouth() {
        assertThat(ZoneLabels.at("Paris — Central European Time (UTC+1)", "Europe/Paris", DECEMBER))
                .isEqualTo("Paris — Central European Time (UTC+1)");
        assertThat(ZoneLabels.at("Paris — Central European Time (UTC+1)", "Europe/Paris", JULY))
                .isEqualTo("Paris — Central European Time (UTC+2)");
        assertThat(ZoneLabels.at("Los Angeles — Pacific Time (UTC−8)", "America/Los_Angeles", JULY))
                .isEqualTo("Los Angeles — Pacific Time (UTC−7)");
        assertThat(ZoneLabels.at("Auckland — New Zealand Time (UTC+12)", "Pacific/Auckland", DECEMBER))
                .isEqualTo("Auckland — New Zealand Time (UTC+13)");
        assertThat(ZoneLabels.at("Adelaide (UTC+9:30)", "Australia/Adelaide", DECEMBER)).isEqualTo("Adelaide (UTC+10:30)");
    }

    @Test
    void aZoneWithoutSummerTimeOrWithoutAnOffsetStaysAsBaked() {
        assertThat(ZoneLabels.at("Tokyo — Japan Time (UTC+9)", "Asia/Tokyo", JULY)).isEqualTo("Tokyo — Japan Time (UTC+9)");
        assertThat(ZoneLabels.at("UTC", "UTC", JULY)).isEqualTo("UTC");
    }
}
