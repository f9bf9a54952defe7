package org.lcmhub.domain;

import java.time.ZoneId;

/** Time zones as people choose them: IANA region zones such as {@code Europe/Paris}. */
public final class TimeZones {
    private TimeZones() {
    }

    /** A region zone ({@code Area/City}); offsets and abbreviations such as {@code CET} are refused. */
    public static boolean isRegionZone(String zone) {
        return zone.contains("/") && ZoneId.getAvailableZoneIds().contains(zone);
    }
}
