package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.lcmhub.hub.testing.Checkout;

/**
 * A count agrees with its noun: a page that fills in 1 says "1 week", "1 semaine", never "1 weeks".
 * A text with a count placeholder right before a plural noun must come as {@code key.one} and
 * {@code key.other}, chosen by the language's plural rule (LcmI18n.plural, S.plural, Catalogue.plural).
 */
class CountedTextsTest {

    /** A placeholder, a space, then a noun in the plural (both languages; invariable French nouns say nothing). */
    static final Pattern COUNT_THEN_PLURAL = Pattern.compile("\\{(\\w+)\\}[ \u00a0\u202f]"
            + "(weeks|days|hours|minutes|months|years|meetings|1:1s|learners|mentors|points|guides|seats|places"
            + "|check-ins|characters|pixels|semaines|jours|heures|apprenants|apprenant·es|inscrit·es|mentoré·es|caractères)\\b");

    /** Placeholders that are never 1: the hub's own limits, and a meeting's or a call's length (15 minutes at least: SlotRules, ChannelRules). */
    static final List<String> NEVER_ONE = List.of("max", "minutes");

    /** Texts whose count cannot be 1, and why. */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "risk.reason.silent-dropped-out", "the team's silence threshold, 2 weeks at least (RiskPolicy)",
            "risk.reason.cancelled-one-to-ones", "said from 2 cancellations on, over SessionSigns.WEEKS (6) weeks",
            "mentor.pastEnd", "{weeks} is more than the {kept} meetings kept, which are 1 at least (mentor.js)",
            "mentor.pastPlanEnd", "{weeks} is more than the {kept} meetings kept, which are 1 at least (mentor.js)");

    static List<String> uncounted(String key, String text) {
        List<String> found = new ArrayList<>();
        if (key.endsWith(".one") || key.endsWith(".other") || EXCEPTIONS.containsKey(key)) {
            return found;
        }
        Matcher m = COUNT_THEN_PLURAL.matcher(text);
        while (m.find()) {
            if (!NEVER_ONE.contains(m.group(1))) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void everyCountBeforeAPluralNounHasItsSingularForm() {
        Messages.read(Checkout.root().resolve("site")).byLanguage().forEach((lang, texts) -> texts.forEach((key, text) ->
                assertThat(uncounted(key, text)).as(lang + " " + key + ": use " + key + ".one and .other").isEmpty()));
    }

    @Test
    void theRuleSeesACountButNotANameNorALimitNorAPluralPair() {
        assertThat(uncounted("me.oneToOne.series", "Every {day}, 30\u00a0minutes, for {weeks}\u00a0weeks.")).containsExactly("{weeks}\u00a0weeks");
        assertThat(uncounted("x", "pendant {weeks}\u00a0semaines")).hasSize(1);
        assertThat(uncounted("x", "{weeks} meetings from {date}")).hasSize(1);
        assertThat(uncounted("x", "{total} learners: {b0} 30 or more")).hasSize(1);
        assertThat(uncounted("x.other", "for {count}\u00a0weeks")).isEmpty();
        assertThat(uncounted("x", "At most {max} characters, {minutes}\u00a0minutes")).isEmpty();
        assertThat(uncounted("x", "{name} week by week, {date} at {time}, {count} 1:1 reports")).isEmpty();
        assertThat(uncounted("risk.reason.silent-dropped-out", "Silent for {weeks}\u00a0weeks")).isEmpty();
    }
}
