package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.matching.model.Reason;

class WordingViewsTest {
    @Test
    void aReasonIsACodeWithNamedFiguresAndAnEnglishDefault() {
        assertThat(Wording.view(Reason.of("overlap", "150", "TUESDAY,SATURDAY")))
                .containsEntry("code", "overlap")
                .containsEntry("params", Map.of("minutes", 150, "days", List.of("tue", "sat")))
                .containsEntry("message", "2.5\u202Fh in common on Tue, Sat");
        assertThat(Wording.view(Reason.of("no-language-on-path", "pt/es", "python-8-weeks")).get("params"))
                .isEqualTo(Map.of("languages", List.of("pt", "es"), "path", "python-8-weeks"));
        assertThat(Wording.view(Reason.of("places-taken", "1")).get("params")).isEqualTo(Map.of("count", 1));
        assertThat(Wording.view(Reason.of("pinned")).get("params")).isEqualTo(Map.of());
    }

    @Test
    void aFarTimeZoneOrAShortOverlapIsATradeOffTheRestAreFits() {
        assertThat(Wording.tradeOff(Reason.of("timezone", "360"))).isTrue();
        assertThat(Wording.tradeOff(Reason.of("timezone", "60"))).isFalse();
        assertThat(Wording.tradeOff(Reason.of("overlap", "30", "MONDAY"))).isTrue();
        assertThat(Wording.tradeOff(Reason.of("overlap", "180", "MONDAY"))).isFalse();
        assertThat(Wording.tradeOff(Reason.of("languages", "fr"))).isFalse();
        assertThat(Wording.tradeOff(Reason.of("timezone-same"))).isFalse();
    }
}
