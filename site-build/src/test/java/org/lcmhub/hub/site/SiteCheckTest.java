package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

/** The guide editor words every problem of the site's check from the catalogue, in both languages. */
class SiteCheckTest {

    @Test
    void everySiteCheckCodeHasEnglishAndFrenchWordsUsingOnlyItsParameters() {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        for (SiteCheck check : SiteCheck.values()) {
            String key = "guide.site." + check.code();
            for (String lang : Messages.LANGUAGES) {
                String words = all.get(lang).get(key);
                assertThat(words).as(lang + " " + key).isNotBlank();
                assertThat(check.params()).as(lang + " " + key).containsAll(Messages.placeholders(words));
            }
        }
    }

}
