package org.lcmhub.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The time zones people choose from, as {@code site/messages/zones.json}: the common zones
 * ({@code tz.<id>}, baked as options, by usual offset then name) and every other current zone
 * ({@code tzall.<id>}, added by {@code i18n.js}), each "City — zone name (UTC+1)" in English and
 * French. {@link ZoneCatalogueTest} holds the checked-in file to this; run it with
 * {@code -Dzones.write=true} to write the file again.
 *
 * <p>The zones are tzdb's {@code zone.tab} (a copy beside this class): one per country and region,
 * under current names only ("Europe/Kyiv", never "Europe/Kiev"). Java and the browsers still know
 * the old names, so their own lists offer both. Zone names are the JDK's ({@link Language#jdkZone}),
 * of a fixed day so the file does not depend on when it is written; the mails and the pages read
 * them back out of these labels ({@code ZoneNames}, {@code i18n.js}).
 */
final class ZoneCatalogue {
    static final Instant AT = Instant.parse("2026-01-15T12:00:00Z");

    /** The common zones, hand-worded (cities as each language names them; the zone as people say it). */
    private static final Map<String, List<String>> COMMON = new LinkedHashMap<>();

    static {
        common("Europe/Paris", "Paris — Central European Time", "Paris — heure d’Europe centrale");
        common("Europe/London", "London — British Time", "Londres — heure britannique");
        common("Europe/Brussels", "Brussels — Central European Time", "Bruxelles — heure d’Europe centrale");
        common("Europe/Zurich", "Zurich — Central European Time", "Zurich — heure d’Europe centrale");
        common("Africa/Abidjan", "Abidjan — Greenwich Mean Time", "Abidjan — heure de Greenwich");
        common("Africa/Dakar", "Dakar — Greenwich Mean Time", "Dakar — heure de Greenwich");
        common("Africa/Casablanca", "Casablanca — Morocco Time", "Casablanca — heure du Maroc");
        common("Africa/Tunis", "Tunis — Central European Time", "Tunis — heure d’Europe centrale");
        common("Africa/Algiers", "Algiers — Central European Time", "Alger — heure d’Europe centrale");
        common("Africa/Kinshasa", "Kinshasa — West Africa Time", "Kinshasa — heure d’Afrique de l’Ouest");
        common("Indian/Reunion", "Réunion — Réunion Time", "La Réunion — heure de La Réunion");
        common("America/Montreal", "Montreal — Eastern Time", "Montréal — heure de l’Est");
        common("America/Toronto", "Toronto — Eastern Time", "Toronto — heure de l’Est");
        common("America/New_York", "New York — Eastern Time", "New York — heure de l’Est");
        common("America/Chicago", "Chicago — Central Time", "Chicago — heure du Centre");
        common("America/Los_Angeles", "Los Angeles — Pacific Time", "Los Angeles — heure du Pacifique");
        common("America/Sao_Paulo", "São Paulo — Brasília Time", "São Paulo — heure de Brasília");
        common("Asia/Kolkata", "Kolkata — India Standard Time", "Calcutta — heure de l’Inde");
        common("Asia/Singapore", "Singapore — Singapore Time", "Singapour — heure de Singapour");
        common("Asia/Tokyo", "Tokyo — Japan Time", "Tokyo — heure du Japon");
        common("Australia/Sydney", "Sydney — Eastern Australia Time", "Sydney — heure de l’Est de l’Australie");
        common("UTC", "Coordinated Universal Time", "Temps universel coordonné");
        // One well-known city for every usual offset another zone of the list has, so a reader
        // whose page runs no script (who gets only these) finds their own clock among them.
        common("Pacific/Pago_Pago", "Pago Pago — Samoa Time", "Pago Pago — heure des Samoa");
        common("Pacific/Honolulu", "Honolulu — Hawaii Time", "Honolulu — heure d’Hawaï");
        common("Pacific/Tahiti", "Tahiti — Tahiti Time", "Tahiti — heure de Tahiti");
        common("Pacific/Marquesas", "Marquesas Islands — Marquesas Time", "Marquises — heure des Marquises");
        common("America/Anchorage", "Anchorage — Alaska Time", "Anchorage — heure de l’Alaska");
        common("America/Denver", "Denver — Mountain Time", "Denver — heure des Rocheuses");
        common("America/Martinique", "Martinique — Atlantic Time", "Martinique — heure de l’Atlantique");
        common("America/St_Johns", "St. John’s — Newfoundland Time", "Saint-Jean de Terre-Neuve — heure de Terre-Neuve");
        common("America/Cayenne", "Cayenne — French Guiana Time", "Cayenne — heure de Guyane française");
        common("America/Noronha", "Fernando de Noronha — Fernando de Noronha Time", "Fernando de Noronha — heure de Fernando de Noronha");
        common("Atlantic/Cape_Verde", "Cape Verde — Cape Verde Time", "Cap-Vert — heure du Cap-Vert");
        common("Africa/Cairo", "Cairo — Eastern European Time", "Le Caire — heure d’Europe de l’Est");
        common("Africa/Johannesburg", "Johannesburg — South Africa Time", "Johannesburg — heure d’Afrique du Sud");
        common("Africa/Nairobi", "Nairobi — Eastern Africa Time", "Nairobi — heure d’Afrique de l’Est");
        common("Europe/Moscow", "Moscow — Moscow Time", "Moscou — heure de Moscou");
        common("Asia/Tehran", "Tehran — Iran Time", "Téhéran — heure de l’Iran");
        common("Asia/Dubai", "Dubai — Gulf Time", "Dubaï — heure du Golfe");
        common("Asia/Kabul", "Kabul — Afghanistan Time", "Kaboul — heure d’Afghanistan");
        common("Asia/Karachi", "Karachi — Pakistan Time", "Karachi — heure du Pakistan");
        common("Asia/Kathmandu", "Kathmandu — Nepal Time", "Katmandou — heure du Népal");
        common("Asia/Dhaka", "Dhaka — Bangladesh Time", "Dacca — heure du Bangladesh");
        common("Asia/Yangon", "Yangon — Myanmar Time", "Rangoun — heure du Myanmar");
        common("Asia/Bangkok", "Bangkok — Indochina Time", "Bangkok — heure d’Indochine");
        common("Australia/Eucla", "Eucla — Australian Central Western Time", "Eucla — heure du centre-ouest de l’Australie");
        common("Australia/Adelaide", "Adelaide — Central Australia Time", "Adélaïde — heure du centre de l’Australie");
        common("Australia/Lord_Howe", "Lord Howe Island — Lord Howe Time", "Lord Howe — heure de Lord Howe");
        common("Pacific/Noumea", "Nouméa — New Caledonia Time", "Nouméa — heure de la Nouvelle-Calédonie");
        common("Pacific/Auckland", "Auckland — New Zealand Time", "Auckland — heure de la Nouvelle-Zélande");
        common("Pacific/Chatham", "Chatham Islands — Chatham Time", "Chatham — heure des îles Chatham");
        common("Pacific/Tongatapu", "Tongatapu — Tonga Time", "Tongatapu — heure des Tonga");
        common("Pacific/Kiritimati", "Kiritimati — Line Islands Time", "Kiritimati — heure des îles de la Ligne");
    }

    /** Cities whose id does not read as a name once its underscores are spaces. */
    private static final Map<String, String> CITIES = Map.of(
            "DumontDUrville", "Dumont d’Urville",
            "St_Johns", "St. John’s");

    /** The parts of a region id that name a state or country, for the cities under them. */
    private static final Map<String, List<String>> REGIONS = Map.of(
            "Argentina", List.of("Argentina", "Argentine"), "Indiana", List.of("Indiana", "Indiana"),
            "Kentucky", List.of("Kentucky", "Kentucky"), "North_Dakota", List.of("North Dakota", "Dakota du Nord"));

    private ZoneCatalogue() {
    }

    private static void common(String id, String en, String fr) {
        COMMON.put(id, List.of(en, fr));
    }

    /** {"en": {key: text}, "fr": {key: text}}, in the order the file has them. */
    static Map<String, Map<String, String>> catalogue() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Language language : List.of(Language.EN, Language.FR)) {
            boolean fr = language.isFrench();
            Map<String, String> table = new LinkedHashMap<>();
            table.put("zone.choose", fr ? "Choisissez votre fuseau horaire" : "Choose your time zone");
            table.put("zone.common", fr ? "Fuseaux horaires courants" : "Common time zones");
            table.put("zone.all", fr ? "Tous les fuseaux horaires" : "All time zones");
            List<String[]> common = new ArrayList<>();
            COMMON.forEach((id, words) -> common.add(new String[] {id, words.get(fr ? 1 : 0)}));
            // UTC first among the zones at its offset: the French list would put "Temps universel" last.
            common.sort(Comparator.<String[]>comparingInt(z -> usualOffset(z[0]))
                    .thenComparing(z -> !"UTC".equals(z[0])).thenComparing(z -> z[1]));
            common.forEach(z -> table.put("tz." + z[0], z[1] + " (" + offsetText(z[0]) + ")"));
            for (String id : currentZones()) {
                if (!COMMON.containsKey(id)) {
                    // Where the JDK has no name in this language, Language gives an offset: said once.
                    String name = language.jdkZone(ZoneId.of(id), AT).replace('\'', '’');
                    table.put("tzall." + id, city(id, language) + (name.startsWith("UTC") ? "" : " — " + name)
                            + " (" + offsetText(id) + ")");
                }
            }
            out.put(language.code(), table);
        }
        return out;
    }

    /** zone.tab's zones Java knows, sorted by id. */
    static Set<String> currentZones() {
        Map<String, Boolean> ids = new TreeMap<>();
        try (InputStream in = ZoneCatalogue.class.getResourceAsStream("zone.tab")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length >= 3 && ZoneId.getAvailableZoneIds().contains(columns[2])) {
                    ids.put(columns[2], true);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ids.keySet();
    }

    /**
     * The city as the reader's language names it: CLDR's exemplar city ("Vienna", French
     * "Vienne"; "Center, North Dakota"), else read from the id ("Dumont d’Urville", "Center, Dakota du Nord").
     */
    static String city(String id, Language language) {
        String cldr = com.ibm.icu.text.TimeZoneNames.getInstance(language.isFrench()
                ? com.ibm.icu.util.ULocale.FRENCH : com.ibm.icu.util.ULocale.ENGLISH).getExemplarLocationName(id);
        if (cldr != null && !cldr.isBlank()) {
            // "Knox [Indiana]" reads as the other regions do: "Knox (Indiana)".
            return cldr.replace('\'', '’').replace('[', '(').replace(']', ')');
        }
        String[] parts = id.split("/");
        String last = parts[parts.length - 1];
        String name = CITIES.getOrDefault(last, last.replace('_', ' '));
        List<String> region = parts.length > 2 ? REGIONS.get(parts[1]) : null;
        return region == null ? name : name + ", " + region.get(language.isFrench() ? 1 : 0);
    }

    /** The smaller of the zone's January and July offsets, in minutes: summer time adds to it. */
    static int usualOffset(String id) {
        ZoneId zone = ZoneId.of(id);
        int year = AT.atZone(ZoneOffset.UTC).getYear();
        return Math.min(ZonedDateTime.of(year, 1, 15, 12, 0, 0, 0, zone).getOffset().getTotalSeconds(),
                ZonedDateTime.of(year, 7, 15, 12, 0, 0, 0, zone).getOffset().getTotalSeconds()) / 60;
    }

    /** "UTC+1", "UTC+5:30", "UTC−5" (a true minus sign), "UTC" for UTC itself. */
    static String offsetText(String id) {
        if ("UTC".equals(id)) {
            return "UTC";
        }
        return Language.utc(usualOffset(id));
    }
}
