package org.lcmhub.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Time zones as mails write them: by a name in the reader's language, never by their id. */
class LanguageTest {
    private static final Instant WINTER = Instant.parse("2027-01-12T12:00:00Z");

    @Test
    void aZoneIsNamedInTheReadersLanguage() {
        assertThat(Language.EN.zone(ZoneId.of("Europe/Paris"), WINTER)).isEqualTo("Central European Time");
        assertThat(Language.FR.zone(ZoneId.of("Europe/Paris"), WINTER)).isEqualTo("heure d’Europe centrale");
        assertThat(Language.EN.zone(ZoneId.of("America/Montreal"), WINTER)).isEqualTo("Eastern Time");
        assertThat(Language.FR.zone(ZoneId.of("Africa/Dakar"), WINTER)).isEqualTo("heure de Greenwich");
    }

    @Test
    void whereCldrGivesAPlaceRatherThanATimeTheZonesOwnNameIsUsed() {
        // The generic name of Asia/Kolkata in French is only "Inde".
        assertThat(Language.FR.zone(ZoneId.of("Asia/Kolkata"), WINTER)).isEqualTo("heure de l’Inde");
        assertThat(Language.EN.zone(ZoneId.of("Asia/Kolkata"), WINTER)).isEqualTo("India Time");
    }

    @Test
    void whereTheJdkHasNoFrenchNameAFrenchReaderGetsTheOffsetNotEnglish() {
        assertThat(Language.FR.zone(ZoneId.of("Africa/Windhoek"), WINTER)).isEqualTo("UTC+2");
        assertThat(Language.FR.zone(ZoneId.of("Asia/Qostanay"), WINTER)).isEqualTo("heure de l’Est du Kazakhstan");
        assertThat(Language.EN.zone(ZoneId.of("Africa/Windhoek"), WINTER)).isEqualTo("Central African Time");
        assertThat(Language.FR.zone(ZoneId.of("Asia/Atyrau"), WINTER)).startsWith("heure d").doesNotContain(" : ");
    }

    @Test
    void frenchNamesKeepTheTypographicApostrophe() {
        assertThat(Language.FR.zone(ZoneId.of("Africa/Casablanca"), WINTER)).contains("’").doesNotContain("'");
    }
}
