package org.lcmhub.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;
import org.lcmhub.testing.InMemoryCohorts;

/** The weekly group call's calendar file, worded from the catalogue in the learner's language. */
class GroupCallInviteTest {
    private static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");
    private static final Channel CALL = new Channel("c-1", "ch-1", ChannelKind.CALL, "Thursday call",
            "https://meet.example.org/python", new Channel.GroupCall("thu", "18:30", "Europe/Paris", 60), NOW);

    private static String ics(Language language) {
        // Long lines may be folded (RFC 5545 §3.1): read them whole.
        return GroupCallInvite.ics(CALL, InMemoryCohorts.running("c-1", "2027-01-04", 40), language, NOW)
                .replace("\r\n ", "").replace("\r\n", "\n");
    }

    /** The call's name and the cohort's, then the link and a line of what the call is for, in each language. */
    @Test
    void theEventReadsInTheLearnersLanguage() {
        assertThat(ics(Language.EN)).contains("SUMMARY:Thursday call · Cohort c-1\n",
                "DESCRIPTION:https://meet.example.org/python\\n\\nYour cohort’s weekly group call. "
                        + "Bring a question or something that went well this week.\n",
                "UID:ch-1.c-1@lcm-hub\n", "RRULE:FREQ=WEEKLY;COUNT=38;BYDAY=TH\n");
        assertThat(ics(Language.FR)).contains("SUMMARY:Thursday call · Cohort c-1\n",
                "DESCRIPTION:https://meet.example.org/python\\n\\nL’appel de groupe hebdomadaire de votre cohorte. "
                        + "Venez avec une question ou une réussite de la semaine.\n",
                "UID:ch-1.c-1@lcm-hub\n");
    }
}
