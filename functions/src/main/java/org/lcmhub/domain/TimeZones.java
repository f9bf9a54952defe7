package org.lcmhub.domain;

import java.time.ZoneId;
import java.util.Set;

/** Time zones as people choose them: IANA region zones such as {@code Europe/Paris}, or UTC. */
public final class TimeZones {
    /** What a refused time zone is told, in plain words. */
    public static final String ERROR = "This is not a time zone we know. Choose one such as Europe/Paris or UTC.";

    private static final Set<String> UTC_NAMES = Set.of("UTC", "Etc/UTC");

    private TimeZones() {
    }

    /**
     * A time zone a person can live in: a region zone ({@code Area/City}), or UTC itself
     * ({@code UTC}, {@code Etc/UTC}). Offsets, abbreviations ({@code CET}) and the fixed
     * {@code Etc/GMT+2} zones are refused: they do not follow daylight saving time.
     */
    public static boolean isRegionZone(String zone) {
        return UTC_NAMES.contains(zone) || zone.contains("/") && !zone.startsWith("Etc/")
                && ZoneId.getAvailableZoneIds().contains(zone);
    }
}
