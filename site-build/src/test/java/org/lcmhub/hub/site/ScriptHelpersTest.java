package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.lcmhub.hub.testing.Checkout;

/**
 * The pages' scripts count the days between two calendar days with the one helper of i18n.js
 * ({@code LcmI18n.daysBetween}): a copy in a page's script reads its dates its own way (with or
 * without a UTC midnight), and one page would say "3 days" where another says 2.
 */
class ScriptHelpersTest {
    /** A difference of two times rounded to whole days: milliseconds divided by a day's. */
    private static final Pattern DAY_DIFFERENCE = Pattern.compile(
            "Math\\.round\\([^;]*\\)\\s*/\\s*(864e5|86400000|DAY_MS|24\\s*\\*\\s*3600\\s*\\*\\s*1000)\\s*\\)");

    @Test
    void aDayDifferenceIsCountedByTheOneHelperOfI18n() throws IOException {
        Path js = Checkout.root().resolve("site/assets/js");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(js)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                Matcher m = DAY_DIFFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).singleElement().asString().startsWith("i18n.js: ");
    }

    /** The pattern sees the ways a page's script wrote it, and not a difference in weeks. */
    @Test
    void thePatternSeesEachWayOfWritingIt() {
        for (String copy : new String[] {
                "Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);",
                "Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86400000);",
                "var days = Math.round((Date.parse(dueBy + 'T00:00:00Z') - Date.parse(window.LcmI18n.today() + 'T00:00:00Z')) / 864e5);"}) {
            assertThat(DAY_DIFFERENCE.matcher(copy).find()).as(copy).isTrue();
        }
        assertThat(DAY_DIFFERENCE.matcher("Math.round((monday(day) - monday(start)) / (7 * 864e5)) + 1;").find()).isFalse();
    }
}
