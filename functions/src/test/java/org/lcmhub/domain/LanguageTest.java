package org.lcmhub.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Time zones and times of day as mails write them: a zone by the name the site's zone lists give
 * it, never its id; a time as the reader's language writes it.
 */
class LanguageTest {
    private static final Instant WINTER = Instant.parse("2027-01-12T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2027-07-12T12:00:00Z");

    @Test
    void frenchWritesTheFirstOfAMonthAsAnOrdinalInPlainLetters() {
        assertThat(Language.FR.day(java.time.LocalDate.of(2027, 3, 1))).isEqualTo("lundi 1er mars 2027");
        assertThat(Language.FR.day(java.time.LocalDate.of(2027, 3, 2))).isEqualTo("mardi 2 mars 2027");
        assertThat(Language.EN.day(java.time.LocalDate.of(2027, 3, 1))).isEqualTo("Monday 1 March 2027");
        assertThat(Language.EN.day(java.time.LocalDate.of(2027, 3, 2))).isEqualTo("Tuesday 2 March 2027");
        // Only the first: the 11th and the 21st stay as they are.
        assertThat(Language.FR.day(java.time.LocalDate.of(2027, 3, 11))).isEqualTo("jeudi 11 mars 2027");
        assertThat(Language.FR.day(java.time.LocalDate.of(2027, 3, 21))).isEqualTo("dimanche 21 mars 2027");
    }

    @Test
    void aZoneIsNamedInTheReadersLanguage() {
        assertThat(Language.EN.zone(ZoneId.of("Europe/Paris"), WINTER)).isEqualTo("Central European Time");
        assertThat(Language.FR.zone(ZoneId.of("Europe/Paris"), WINTER)).isEqualTo("heure d’Europe centrale");
        assertThat(Language.EN.zone(ZoneId.of("America/Montreal"), WINTER)).isEqualTo("Eastern Time");
        assertThat(Language.FR.zone(ZoneId.of("Africa/Dakar"), WINTER)).isEqualTo("heure de Greenwich");
    }

    @Test
    void aZoneIsNamedAsTheZoneListsNameItNotAsTheJdkDoes() {
        // The JDK says "Brasilia Time" and "India Time"; the sign-up form's list says these.
        assertThat(Language.EN.zone(ZoneId.of("America/Sao_Paulo"), WINTER)).isEqualTo("Brasília Time");
        assertThat(Language.FR.zone(ZoneId.of("America/Sao_Paulo"), SUMMER)).isEqualTo("heure de Brasília");
        assertThat(Language.EN.zone(ZoneId.of("Asia/Kolkata"), WINTER)).isEqualTo("India Standard Time");
        assertThat(Language.FR.zone(ZoneId.of("America/New_York"), WINTER)).isEqualTo("heure de l’Est");
        assertThat(Language.EN.zone(ZoneId.of("UTC"), WINTER)).isEqualTo("Coordinated Universal Time");
        // The list's item starts with a capital; the name in a French sentence does not.
        assertThat(Language.FR.zone(ZoneId.of("UTC"), WINTER)).isEqualTo("temps universel coordonné");
    }

    @Test
    void everyZoneOfTheListsIsNamedAsItsLabelNamesIt() {
        for (Language language : Language.values()) {
            Map<String, String> labels = ZoneCatalogue.catalogue().get(language.code());
            labels.forEach((key, label) -> {
                if (key.startsWith("tz") && label.contains(" — ")) {
                    String id = key.substring(key.indexOf('.') + 1);
                    assertThat(label).as(language + " " + id)
                            .contains(" — " + language.zone(ZoneId.of(id), SUMMER) + " (");
                }
            });
        }
    }

    @Test
    void aZoneTheListsDoNotNameIsNamedByTheJdk() {
        // An old id kept in a profile; a label that gives only the city and the offset.
        assertThat(Language.EN.zone(ZoneId.of("Europe/Kiev"), WINTER)).isEqualTo("Eastern European Time");
        assertThat(Language.FR.zone(ZoneId.of("Asia/Famagusta"), SUMMER)).isEqualTo("UTC+3");
        assertThat(Language.FR.zone(ZoneId.of("Asia/Famagusta"), WINTER)).isEqualTo("UTC+2");
    }

    @Test
    void whereCldrGivesAPlaceRatherThanATimeTheJdksNameIsTheZonesOwn() {
        // The generic name of Asia/Kolkata in French is only "Inde".
        assertThat(Language.FR.jdkZone(ZoneId.of("Asia/Kolkata"), WINTER)).isEqualTo("heure de l’Inde");
        assertThat(Language.EN.jdkZone(ZoneId.of("Asia/Kolkata"), WINTER)).isEqualTo("India Time");
    }

    @Test
    void whereTheJdkHasNoFrenchNameAFrenchReaderGetsTheOffsetNotEnglish() {
        assertThat(Language.FR.jdkZone(ZoneId.of("Africa/Windhoek"), WINTER)).isEqualTo("UTC+2");
        assertThat(Language.FR.jdkZone(ZoneId.of("Asia/Qostanay"), WINTER)).isEqualTo("heure de l’Est du Kazakhstan");
        assertThat(Language.EN.jdkZone(ZoneId.of("Africa/Windhoek"), WINTER)).isEqualTo("Central African Time");
        assertThat(Language.FR.jdkZone(ZoneId.of("Asia/Atyrau"), WINTER)).startsWith("heure d").doesNotContain(" : ");
    }

    @Test
    void frenchNamesKeepTheTypographicApostrophe() {
        assertThat(Language.FR.jdkZone(ZoneId.of("Africa/Casablanca"), WINTER)).contains("’").doesNotContain("'");
    }

    @Test
    void frenchWritesATimeOfDayWithAnHNeverAColon() {
        assertThat(Language.FR.time(LocalTime.of(18, 30))).isEqualTo("18\u00A0h\u00A030");
        assertThat(Language.FR.time(LocalTime.of(9, 0))).isEqualTo("9\u00A0h");
        assertThat(Language.FR.time(LocalTime.of(9, 5))).isEqualTo("9\u00A0h\u00A005");
        assertThat(Language.FR.time(LocalTime.MIDNIGHT)).isEqualTo("0\u00A0h");
        assertThat(Language.EN.time(LocalTime.of(18, 30))).isEqualTo("18:30");
        assertThat(Language.EN.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        ZonedDateTime meeting = ZonedDateTime.of(2027, 3, 4, 3, 30, 0, 0, ZoneId.of("Asia/Tokyo"));
        assertThat(Language.FR.dayAndTime(meeting)).isEqualTo("jeudi 4 mars 2027 à 3\u00A0h\u00A030");
        assertThat(Language.EN.dayAndTime(meeting)).isEqualTo("Thursday 4 March 2027 at 03:30");
    }
}
