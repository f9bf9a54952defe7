package org.lcmhub.domain;

/**
 * A time zone's name as the site's zone lists give it: the labels of {@code zones.json} ("tz.<id>",
 * "tzall.<id>"), the file the bake writes to {@code /js/zones.<lang>.js}, read through the
 * {@link Catalogue}. A label is "City — name (UTC+1)", or "name (UTC)" for UTC itself, or
 * "City (UTC+2)" where the zone has no name in that language; {@code i18n.js} reads the name out of
 * a label by the same rule, so the pages and the mails name a zone alike.
 */
final class ZoneNames {
    private static final String DASH = " — ";

    private ZoneNames() {
    }

    /** The zone's name in its label, or null when the lists have no label for it or the label gives no name. */
    static String name(Language language, String id) {
        Catalogue words = Catalogue.site();
        for (String key : new String[] {"tz." + id, "tzall." + id}) {
            if (words.has(language, key)) {
                String name = nameIn(words.t(language, key));
                // UTC's label starts a list item ("Temps universel coordonné (UTC)"); in a French
                // sentence the name is lower case, as every other French zone name is.
                return name != null && language.isFrench() ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
            }
        }
        return null;
    }

    static String nameIn(String label) {
        int offset = label.lastIndexOf(" (");
        if (offset < 0) {
            return null;
        }
        String words = label.substring(0, offset);
        int dash = words.indexOf(DASH);
        if (dash >= 0) {
            return words.substring(dash + DASH.length());
        }
        // Only UTC's own label is a name without a city; any other is a city and its offset.
        return label.endsWith("(UTC)") ? words : null;
    }
}
