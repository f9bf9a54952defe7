package org.lcmhub.hub.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A zone list's label as a page with JavaScript shows it today: the catalogue bakes each zone's
 * usual offset, and the page adds summer time's hour while it is on (i18n.js's {@code labelToday}).
 * So a test written in December still reads the right label in July. Without JavaScript the baked
 * label stays as it is.
 */
final class ZoneLabels {
    private static final Pattern BAKED_OFFSET = Pattern.compile(" \\(UTC([+\\-\u2212])(\\d{1,2})(?::(\\d{2}))?\\)$");

    private ZoneLabels() {
    }

    static String today(String baked, String zoneId) {
        return at(baked, zoneId, Instant.now());
    }

    /** The label as a page shows it at {@code now}. */
    static String at(String baked, String zoneId, Instant now) {
        Matcher m = BAKED_OFFSET.matcher(baked);
        if (!m.find()) {
            return baked;
        }
        ZoneRules rules = ZoneId.of(zoneId).getRules();
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        int january = minutes(rules, LocalDate.of(year, 1, 1));
        int july = minutes(rules, LocalDate.of(year, 7, 1));
        int summer = rules.getOffset(now).getTotalSeconds() / 60 - Math.min(january, july);
        if (summer <= 0) {
            return baked;
        }
        int usual = (m.group(1).equals("+") ? 1 : -1) * (Integer.parseInt(m.group(2)) * 60
                + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        return baked.substring(0, m.start()) + " (" + utc(usual + summer) + ")";
    }

    private static int minutes(ZoneRules rules, LocalDate day) {
        return rules.getOffset(day.atStartOfDay().toInstant(ZoneOffset.UTC)).getTotalSeconds() / 60;
    }

    /** "UTC+13", "UTC+5:30", "UTC−5", as the pages write it. */
    private static String utc(int minutes) {
        int abs = Math.abs(minutes);
        return "UTC" + (minutes < 0 ? "\u2212" : "+") + abs / 60 + (abs % 60 == 0 ? "" : String.format(":%02d", abs % 60));
    }
}
