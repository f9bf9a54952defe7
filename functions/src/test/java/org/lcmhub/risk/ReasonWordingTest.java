package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.SiteMessages;

/**
 * A reason in a mail or the CSV reads as the page reads it: the text risk.js picks from the site's
 * catalogue ({@code risk.reason.<code>}, {@code .one}/{@code .other} by the count, help-waiting's
 * {@code .today}), the figures written as the page writes numbers. Every code of
 * {@link Reason#PARAMS} has its texts in both languages.
 */
class ReasonWordingTest {
    private static final Map<String, Map<String, String>> SITE = SiteMessages.read();

    /** Figures and how the pages write them (Intl.NumberFormat, at most one decimal) in English and French. */
    private static final Map<Number, List<String>> PAGE_NUMBERS = Map.of(
            1, List.of("1", "1"),
            3, List.of("3", "3"),
            2.5, List.of("2.5", "2,5"),
            4.25, List.of("4.3", "4,3"),
            12_345, List.of("12,345", "12\u202f345"));

    static Stream<Arguments> codes() {
        return new TreeMap<>(Reason.PARAMS).keySet().stream()
                .flatMap(code -> Stream.of(Arguments.of(code, Language.EN), Arguments.of(code, Language.FR)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codes")
    void everyCodeHasItsTextsInTheSiteCatalogueWithItsFiguresOnly(String code, Language language) {
        Map<String, String> texts = SITE.get(language.code());
        Set<String> names = new HashSet<>(Reason.PARAMS.get(code));
        names.add("count");
        for (String key : keys(code)) {
            assertThat(texts).as("%s in %s", key, language).containsKey(key);
            assertThat(SiteMessages.placeholders(texts.get(key))).as(key).isSubsetOf(names);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codes")
    void aReasonReadsAsThePageWritesIt(String code, Language language) {
        int size = Reason.PARAMS.get(code).size();
        for (Number figure : PAGE_NUMBERS.keySet()) {
            List<Object> figures = new ArrayList<>(Collections.nCopies(size, figure));
            Reason r = new Reason(code, RiskLevel.WATCH, figures);
            assertThat(r.text(language)).as("%s %s %s", code, language, figures).isEqualTo(page(r, language));
        }
    }

    @Test
    void countedCodesAreTheOnesRiskJsCounts() throws IOException {
        String js = Files.readString(Path.of("..", "site", "assets", "js", "risk.js"));
        Matcher table = Pattern.compile("var COUNTED = \\{([^}]*)}").matcher(js);
        assertThat(table.find()).isTrue();
        Map<String, String> counted = new TreeMap<>();
        Matcher entry = Pattern.compile("'([a-z-]+)': '([a-z]+)'").matcher(table.group(1));
        while (entry.find()) {
            counted.put(entry.group(1), entry.group(2));
        }
        assertThat(counted).isEqualTo(new TreeMap<>(Reason.COUNTED));
    }

    @Test
    void helpWaitingAndOneToOnesReadAsOnThePage() {
        assertThat(new Reason(Reason.HELP_WAITING, RiskLevel.WATCH, List.of(0)).text(Language.FR))
                .isEqualTo("A demandé de l’aide aujourd’hui, pas encore contacté·e");
        // A request of yesterday is "yesterday", not "1 day ago".
        assertThat(new Reason(Reason.HELP_WAITING, RiskLevel.WATCH, List.of(1)).text(Language.EN))
                .isEqualTo("Asked for help yesterday, not contacted yet");
        assertThat(new Reason(Reason.HELP_WAITING, RiskLevel.WATCH, List.of(1)).text(Language.FR))
                .isEqualTo("A demandé de l’aide hier, pas encore contacté·e");
        assertThat(new Reason(Reason.HELP_WAITING, RiskLevel.WATCH, List.of(2)).text(Language.EN))
                .isEqualTo("Asked for help 2\u00A0days ago, not contacted yet");
        assertThat(new Reason(Reason.MISSED_ONE_TO_ONES, RiskLevel.WATCH, List.of(1, 6)).text(Language.FR))
                .isEqualTo("Absent·e à un rendez-\u2060vous individuel ces 6 dernières semaines");
        assertThat(new Reason(Reason.CANCELLED_ONE_TO_ONES, RiskLevel.WATCH, List.of(2, 6)).text(Language.EN))
                .isEqualTo("Called off 2 1:1s in the last 6\u00A0weeks");
        assertThat(new Reason(Reason.BEHIND_PLAN, RiskLevel.WATCH, List.of(21, 6, 54.5, 75)).text(Language.FR))
                .isEqualTo("21 points de retard sur le plan de la semaine 6 (54,5\u202f% fait, 75\u202f% prévu)");
    }

    @Test
    void aMissedOneToOneIsCountedNotReadAsNoneAtAll() {
        // "Did not come to a 1:1 in the last 6 weeks" read as "no 1:1 for 6 weeks": it means one missed.
        assertThat(new Reason(Reason.MISSED_ONE_TO_ONES, RiskLevel.WATCH, List.of(1, 6)).text(Language.EN))
                .isEqualTo("Missed one 1:1 in the last 6\u00A0weeks");
        assertThat(new Reason(Reason.MISSED_ONE_TO_ONES, RiskLevel.AT_RISK, List.of(2, 6)).text(Language.EN))
                .isEqualTo("Missed 2 1:1s in the last 6\u00A0weeks");
    }

    /** The texts a code needs, as risk.js looks them up. */
    private static List<String> keys(String code) {
        String key = "risk.reason." + code;
        if (!Reason.COUNTED.containsKey(code)) {
            return List.of(key);
        }
        return Reason.HELP_WAITING.equals(code) ? List.of(key + ".one", key + ".other", key + ".today")
                : List.of(key + ".one", key + ".other");
    }

    /** risk.js's reason: the key by the count (CLDR's "one": English 1, French below 2), then the figures filled in. */
    private static String page(Reason r, Language language) {
        String key = "risk.reason." + r.code();
        String counted = Reason.COUNTED.get(r.code());
        if (counted != null) {
            double n = ((Number) r.params().get(counted)).doubleValue();
            boolean one = language.isFrench() ? n < 2 : n == 1;
            key += Reason.HELP_WAITING.equals(r.code()) && n == 0 ? ".today" : one ? ".one" : ".other";
        }
        String text = SITE.get(language.code()).get(key);
        for (Map.Entry<String, Object> p : r.params().entrySet()) {
            text = text.replace("{" + p.getKey() + "}", shown(p.getValue(), language));
        }
        return counted == null ? text : text.replace("{count}", shown(r.params().get(counted), language));
    }

    private static String shown(Object figure, Language language) {
        return PAGE_NUMBERS.get(figure).get(language.isFrench() ? 1 : 0);
    }
}
