package org.lcmhub.hub.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's French notes and messages are read on the pages as French: the same typography as the
 * functions' mails (FrenchApostropheTest) and the site's catalogue. A no-break space before ":" and
 * a narrow one before ";", "!" and "?", so the mark never starts a line; the typographic apostrophe,
 * which the English texts and the learners' names use too.
 */
class DemoFrenchTextsTest {

    static Stream<String> frenchTexts() {
        return Stream.of(DemoPlans.texts(true).stream(), DemoCheckIns.texts(true).stream(),
                Stream.of(DemoData.goal(org.lcmhub.domain.Language.FR))).flatMap(s -> s);
    }

    /** The English prose and every learner's name (Sam O’Connor) on the pages: the typographic apostrophe too. */
    static Stream<String> englishTextsAndNames() {
        DemoPeople people = new DemoPeople();
        return Stream.of(DemoPlans.texts(false).stream(), DemoCheckIns.texts(false).stream(), DemoCommunity.faq().stream(),
                Stream.of(DemoData.goal(org.lcmhub.domain.Language.EN)),
                Stream.generate(() -> people.next(org.lcmhub.domain.Language.EN).name()).limit(12 * 16),
                Stream.generate(() -> people.next(org.lcmhub.domain.Language.FR).name()).limit(12 * 16)).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("englishTextsAndNames")
    void englishTextsAndNamesUseTheTypographicApostrophe(String text) {
        assertThat(text).isNotBlank().doesNotContain("'");
    }

    @ParameterizedTest
    @MethodSource("frenchTexts")
    void frenchTextsKeepTheirHighPunctuationWithTheWordBefore(String text) {
        assertThat(text).isNotBlank().doesNotContain("'")
                .doesNotContainPattern("[^\u00A0]:(?=\\s|$)")
                .doesNotContainPattern("[^\u202F?!][;!?](?=\\s|$)");
    }
}
