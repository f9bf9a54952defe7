package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * A matching reason reads in the API as on the staff pages: the site catalogue's {@code match.<code>}
 * (its {@code .one}/{@code .other} by the count, as staff.js picks it), every placeholder filled.
 * Every code the matcher gives has its texts in both languages.
 */
class WordingCatalogueTest {
    private static final Map<String, Map<String, String>> SITE = SiteMessages.read();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    static Stream<Arguments> codes() {
        return Wording.CODES.stream()
                .flatMap(code -> Stream.of(Arguments.of(code, Language.EN), Arguments.of(code, Language.FR)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codes")
    void everyCodeReadsAsTheCatalogueTextThePageChooses(String code, Language language) {
        Map<String, String> texts = SITE.get(language.code());
        String key = "match." + code;
        boolean counted = texts.containsKey(key + ".other");
        assertThat(counted || texts.containsKey(key)).as("%s in %s", key, language).isTrue();
        for (int count : new int[] {1, 3}) {
            String form = !counted ? key : count == 1 ? key + ".one" : key + ".other";
            String text = Wording.text(WordingSamples.of(code, count), language);
            assertThat(text).as("%s %s %d", code, language, count).doesNotContain("{").matches(shape(texts.get(form)));
        }
    }

    /** A code the matcher or the dashboard gives has a wording; without it the API's sentence would throw. */
    @Test
    void everyCodeGivenInTheSourcesIsWorded() throws IOException {
        Set<String> given = new TreeSet<>();
        Pattern of = Pattern.compile("Reason\\.of\\(\"([a-z-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "org", "lcmhub"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = of.matcher(Files.readString(file));
                while (m.find()) {
                    given.add(m.group(1));
                }
            }
        }
        assertThat(given).isNotEmpty();
        assertThat(Wording.CODES).containsAll(given);
    }

    @Test
    void figuresAreWordedAsTheStaffPagesWordThem() {
        assertThat(Wording.text(WordingSamples.of("overlap", 1), Language.FR)).isEqualTo("1,5\u202fh en commun (mar., jeu.)");
        assertThat(Wording.text(WordingSamples.of("languages", 1), Language.EN)).isEqualTo("Both speak French and English");
        assertThat(Wording.text(WordingSamples.of("no-language", 1), Language.FR)).isEqualTo("Aucun·e mentor ne parle français ou anglais");
        assertThat(Wording.text(WordingSamples.of("places", 1), Language.FR)).isEqualTo("1 place occupée sur 5");
        assertThat(Wording.text(WordingSamples.of("awaiting-draft", 3), Language.EN))
                .isEqualTo("3 suitable mentors have room: run a matching draft");
    }

    /** The text as a pattern: its words as they are, each placeholder any words. */
    private static String shape(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(Pattern.quote(text.substring(at, m.start()))).append(".+");
            at = m.end();
        }
        return out.append(Pattern.quote(text.substring(at))).toString();
    }
}
