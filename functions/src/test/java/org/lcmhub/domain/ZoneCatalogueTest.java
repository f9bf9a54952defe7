package org.lcmhub.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

/** The zones people choose from: current names only, cities in words, the common ones in order. */
class ZoneCatalogueTest {
    private static final Map<String, Map<String, String>> CATALOGUE = ZoneCatalogue.catalogue();

    @Test
    void theCheckedInCatalogueIsTheGeneratedOne() throws IOException {
        Path file = Checkout.root().resolve("site/messages/zones.json");
        if (Boolean.getBoolean("zones.write")) {
            Files.writeString(file, json(CATALOGUE), StandardCharsets.UTF_8);
        }
        Map<String, LinkedHashMap<String, String>> checkedIn = new ObjectMapper().readValue(file.toFile(),
                new TypeReference<LinkedHashMap<String, LinkedHashMap<String, String>>>() { });
        for (String lang : List.of("en", "fr")) {
            assertThat(new ArrayList<>(checkedIn.get(lang).entrySet()))
                    .as("site/messages/zones.json is written by ZoneCatalogueTest -Dzones.write=true")
                    .containsExactlyElementsOf(CATALOGUE.get(lang).entrySet());
        }
    }

    @Test
    void onlyCurrentNamesAreOfferedNeverTheOldSpellingsJavaAndBrowsersStillKnow() {
        List<String> ids = CATALOGUE.get("en").keySet().stream().filter(k -> k.startsWith("tz"))
                .map(k -> k.substring(k.indexOf('.') + 1)).toList();
        assertThat(ids).contains("Europe/Kyiv", "Asia/Kathmandu", "America/Nuuk", "Asia/Yangon", "Asia/Ho_Chi_Minh",
                "Pacific/Chuuk", "Pacific/Pohnpei", "Atlantic/Faroe", "Africa/Asmara", "Europe/Stockholm")
                .doesNotContain("Europe/Kiev", "Asia/Katmandu", "America/Godthab", "Asia/Rangoon", "Asia/Saigon",
                        "Pacific/Truk", "Pacific/Ponape", "Atlantic/Faeroe", "Africa/Asmera", "Asia/Calcutta", "US/Eastern")
                .noneMatch(id -> id.startsWith("Etc/"))
                .doesNotHaveDuplicates()
                .hasSizeGreaterThan(300);
    }

    @Test
    void citiesReadAsNamesAndEachZoneIsNamedAsEverywhereElse() {
        Map<String, String> en = CATALOGUE.get("en");
        Map<String, String> fr = CATALOGUE.get("fr");
        assertThat(en.get("tzall.Antarctica/DumontDUrville")).startsWith("Dumont d’Urville");
        assertThat(en.get("tzall.America/North_Dakota/Center")).isEqualTo("Center, North Dakota — Central Time (UTC−6)");
        assertThat(en.get("tzall.America/Indiana/Knox")).startsWith("Knox, Indiana — ");
        assertThat(en.get("tzall.America/North_Dakota/New_Salem")).startsWith("New Salem, North Dakota — ");
        assertThat(en.get("tz.Africa/Algiers")).isEqualTo("Algiers — Central European Time (UTC+1)");
        assertThat(en.get("tzall.Europe/Stockholm")).isEqualTo("Stockholm — Central European Time (UTC+1)");
        assertThat(en.values()).noneMatch(label -> label.contains("_") || label.contains("Standard Time")
                && !label.startsWith("Kolkata"));
        // French labels are French: no English zone name where the JDK lacks a French one.
        assertThat(fr.entrySet()).filteredOn(e -> e.getKey().startsWith("tz"))
                .noneMatch(e -> e.getValue().matches(".*\\b(Time|Standard)\\b.*") || e.getValue().contains("'")
                        || e.getValue().contains(" : "));
        assertThat(fr.get("tzall.Asia/Qostanay")).startsWith("Kostanaï — heure");
        // Cities as French names them, not as English does.
        assertThat(fr.get("tzall.Europe/Vienna")).startsWith("Vienne — ");
        assertThat(fr.get("tz.Europe/Moscow")).startsWith("Moscou — ");
        assertThat(fr.get("tzall.America/Mexico_City")).startsWith("Mexico — ");
        assertThat(fr.get("tzall.America/Indiana/Knox")).startsWith("Knox (Indiana) — ");
        assertThat(fr.get("tzall.Africa/Windhoek")).isEqualTo("Windhoek (UTC+2)");
        // French elides "de" before a vowel, as the JDK's names do not ("heure de Omsk").
        assertThat(fr.get("tzall.Asia/Omsk")).isEqualTo("Omsk — heure d’Omsk (UTC+6)");
        assertThat(fr.get("tzall.Asia/Yakutsk")).isEqualTo("Iakoutsk — heure d’Iakoutsk (UTC+9)");
        assertThat(fr.get("tzall.Asia/Hong_Kong")).isEqualTo("Hong Kong — heure de Hong Kong (UTC+8)");
        assertThat(fr.values()).noneMatch(label -> label.matches(".*\\bde [AEIOUÉaeiouéè].*"));
        // A JDK name that is only a place with a qualifier ("kanton (heure standard)") is no name: the offset.
        assertThat(fr.get("tzall.Pacific/Kanton")).isEqualTo("Kanton (UTC+13)");
        assertThat(fr.values()).noneMatch(label -> label.contains("(heure standard)"));
    }

    /**
     * A common zone that changes its clocks is named by what holds all year ("Central European
     * Time", "British Time"), never by its winter or its summer name: the mails and pages use the
     * label's name on any day, and a London learner reading "Greenwich Mean Time" in June is an hour
     * out. (The other zones take the JDK's generic names.)
     */
    @Test
    void aZoneWithSummerTimeIsNamedForTheWholeYear() {
        for (Language language : List.of(Language.EN, Language.FR)) {
            java.util.Locale locale = language.isFrench() ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH;
            java.time.format.DateTimeFormatter seasonal = java.time.format.DateTimeFormatter.ofPattern("zzzz", locale);
            CATALOGUE.get(language.code()).forEach((key, label) -> {
                if (!key.startsWith("tz.")) {
                    return;
                }
                java.time.ZoneId zone = java.time.ZoneId.of(key.substring(key.indexOf('.') + 1));
                java.time.ZonedDateTime winter = java.time.ZonedDateTime.of(2027, 1, 15, 12, 0, 0, 0, zone);
                java.time.ZonedDateTime summer = winter.withMonth(7);
                String name = ZoneNames.nameIn(label);
                if (name == null || winter.getOffset().equals(summer.getOffset())) {
                    return;
                }
                for (java.time.ZonedDateTime day : List.of(winter, summer)) {
                    assertThat(name).as(key + " in " + language).isNotEqualToIgnoringCase(seasonal.format(day).replace('\'', '’'));
                }
            });
        }
        assertThat(CATALOGUE.get("en").get("tz.Europe/London")).isEqualTo("London — British Time (UTC+0)");
        assertThat(CATALOGUE.get("fr").get("tz.Europe/London")).isEqualTo("Londres — heure britannique (UTC+0)");
    }

    @Test
    void theCommonZonesComeByOffsetThenName() {
        for (String lang : List.of("en", "fr")) {
            List<String> common = CATALOGUE.get(lang).keySet().stream().filter(k -> k.startsWith("tz.")).toList();
            assertThat(common.get(0)).isEqualTo("tz.Pacific/Pago_Pago");
            // UTC itself heads the zones at its offset, in both languages, whatever its name's first letter.
            assertThat(common.get(common.indexOf("tz.UTC") - 1)).as(lang).isEqualTo("tz.Atlantic/Cape_Verde");
            for (int i = 1; i < common.size(); i++) {
                String before = common.get(i - 1).substring(3);
                String after = common.get(i).substring(3);
                int order = Integer.compare(ZoneCatalogue.usualOffset(before), ZoneCatalogue.usualOffset(after));
                if (order == 0 && (before.equals("UTC") || after.equals("UTC"))) {
                    continue;
                }
                assertThat(order == 0 ? CATALOGUE.get(lang).get("tz." + before).compareTo(CATALOGUE.get(lang).get("tz." + after))
                        : order).as(before + " before " + after + " in " + lang).isNegative();
            }
        }
        assertThat(CATALOGUE.get("en").get("tz.Asia/Kolkata")).isEqualTo("Kolkata — India Standard Time (UTC+5:30)");
        assertThat(CATALOGUE.get("fr").get("tz.America/Montreal")).isEqualTo("Montréal — heure de l’Est (UTC−5)");
    }

    /**
     * A reader whose page runs no script has only the common zones: every usual offset of any zone
     * offered (half hours and Eucla's 8:45 alike) has one of them, so Auckland, Nouméa or Tehran
     * finds its clock.
     */
    @Test
    void theCommonZonesHaveEveryOffsetOfTheWholeList() {
        for (String lang : List.of("en", "fr")) {
            java.util.Set<Integer> every = new java.util.TreeSet<>();
            java.util.Set<Integer> common = new java.util.TreeSet<>();
            CATALOGUE.get(lang).keySet().stream().filter(k -> k.startsWith("tz")).forEach(key -> {
                int offset = ZoneCatalogue.usualOffset(key.substring(key.indexOf('.') + 1));
                every.add(offset);
                if (key.startsWith("tz.")) {
                    common.add(offset);
                }
            });
            assertThat(common).as(lang).isEqualTo(every).contains(-10 * 60, 12 * 60, 13 * 60);
            assertThat(CATALOGUE.get(lang)).containsKeys("tz.Pacific/Auckland", "tz.Australia/Sydney", "tz.Pacific/Noumea");
        }
    }

    /** The server takes every zone the lists offer: a choice the form gives is never refused. */
    @Test
    void everyZoneOfferedIsOneTheServerTakes() {
        List<String> ids = CATALOGUE.get("en").keySet().stream().filter(k -> k.startsWith("tz"))
                .map(k -> k.substring(k.indexOf('.') + 1)).toList();
        assertThat(ids).hasSizeGreaterThan(300).allMatch(TimeZones::isRegionZone);
    }

    /** The file as the catalogue's others are written: two-space indent, one key a line, UTF-8 as is. */
    private static String json(Map<String, Map<String, String>> catalogue) {
        StringBuilder out = new StringBuilder("{\n");
        List<String> langs = new ArrayList<>(catalogue.keySet());
        for (String lang : langs) {
            out.append("  \"").append(lang).append("\": {\n");
            List<Map.Entry<String, String>> entries = new ArrayList<>(catalogue.get(lang).entrySet());
            for (int i = 0; i < entries.size(); i++) {
                out.append("    \"").append(entries.get(i).getKey()).append("\": \"")
                        .append(entries.get(i).getValue().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append(i + 1 < entries.size() ? "\",\n" : "\"\n");
            }
            out.append(lang.equals(langs.get(langs.size() - 1)) ? "  }\n" : "  },\n");
        }
        return out.append("}\n").toString();
    }
}
