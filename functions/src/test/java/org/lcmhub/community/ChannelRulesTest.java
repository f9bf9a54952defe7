package org.lcmhub.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.places.Channel;

class ChannelRulesTest {
    private static Channel check(ChannelRules.Input in) {
        return ChannelRules.check("c1", "ch1", in, Instant.EPOCH);
    }

    @Test
    void aChatNeedsAKindANameAndAnHttpsAddress() {
        Channel ok = check(new ChannelRules.Input("discord", "  Our server ", "https://discord.gg/abc", null, null, null, null));
        assertThat(ok.label()).isEqualTo("Our server");
        assertThat(ok.call()).isNull();
        InvalidInput bad = catchThrowableOfType(InvalidInput.class, () -> check(new ChannelRules.Input("fax", "x".repeat(81),
                "ftp://files.example.org", null, null, null, null)));
        assertThat(bad.fields()).containsOnlyKeys("kind", "label", "url");
        for (String url : new String[] {"javascript:alert(1)", "https://", "https://u:p@example.org", "//example.org"}) {
            assertThat(catchThrowableOfType(InvalidInput.class, () -> check(new ChannelRules.Input("docs", "Docs", url, null,
                    null, null, null))).fields()).as(url).containsOnlyKeys("url");
        }
    }

    @Test
    void aCallNeedsADayATimeARegionZoneAndASensibleLength() {
        Channel call = check(new ChannelRules.Input("call", "Call", "https://meet.example.org/x", "thu", "18:30",
                "Europe/Paris", null));
        assertThat(call.call()).isEqualTo(new Channel.GroupCall("thu", "18:30", "Europe/Paris", 60));
        InvalidInput bad = catchThrowableOfType(InvalidInput.class, () -> check(new ChannelRules.Input("call", "Call",
                "https://meet.example.org/x", "thursday", "18:30:15", "CET", 5)));
        assertThat(bad.fields()).containsOnlyKeys("day", "time", "timezone", "durationMinutes");
        // Nothing is chosen for the LCM: a call sent with its day and time left empty, or without them, is refused.
        for (String none : new String[] {"", null}) {
            assertThat(catchThrowableOfType(InvalidInput.class, () -> check(new ChannelRules.Input("call", "Call",
                    "https://meet.example.org/x", none, none, none, 60))).fields()).containsOnlyKeys("day", "time", "timezone");
        }
    }
}
