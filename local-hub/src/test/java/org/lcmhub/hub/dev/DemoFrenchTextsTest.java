package org.lcmhub.hub.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's French notes and messages are read on the pages as French: the same typography as the
 * functions' mails (FrenchApostropheTest) and the site's catalogue. A no-break space before ":" and
 * a narrow one before ";", "!" and "?", so the mark never starts a line; the typographic apostrophe.
 */
class DemoFrenchTextsTest {

    static Stream<String> frenchTexts() {
        return Stream.of(DemoPlans.texts(true).stream(), DemoCheckIns.texts(true).stream(),
                Stream.of(DemoData.goal(org.lcmhub.domain.Language.FR))).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("frenchTexts")
    void frenchTextsKeepTheirHighPunctuationWithTheWordBefore(String text) {
        assertThat(text).isNotBlank().doesNotContain("'")
                .doesNotContainPattern("[^\u00A0]:(?=\\s|$)")
                .doesNotContainPattern("[^\u202F?!][;!?](?=\\s|$)");
    }
}
