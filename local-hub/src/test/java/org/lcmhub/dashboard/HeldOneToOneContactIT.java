package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.MatchedPair;

/**
 * A learner asks for help and their mentor then reports a 1:1 held: the request is answered, on the
 * LCM dashboard, the mentor's mentee list and the learner's own page alike, with no contact note.
 */
class HeldOneToOneContactIT extends LocalHubTest {
    private static final ZoneId DAKAR = ZoneId.of("Africa/Dakar");
    /** The mentor's zone (their profile's): a report's date is a day on its author's clock. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aHeldOneToOneOnTheDayOfTheRequestTakesTheLearnerOffTheListToContact() throws Exception {
        // The cohort of this week: the learner joins today, so earlier weeks would expect no check-in.
        MatchedPair p = matchedPair(LocalDate.now(DAKAR).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        // The mentor's today, which is the learner's tomorrow from 23:00 UTC in winter.
        LocalDate today = LocalDate.now(PARIS);
        String mentor = token(p.mentorEmail(), "mentor");
        HttpResponse<String> checkIn = client.json("POST", "/api/checkins", "Bearer " + p.key(),
                "{\"progress\":25,\"hoursSpent\":3,\"mood\":4,\"needHelp\":true}");
        assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);
        assertWaiting(p, mentor, true);

        // A 1:1 held before the request does not answer it.
        file(p, mentor, today.minusDays(1), "held");
        assertWaiting(p, mentor, true);

        file(p, mentor, today, "held");
        assertWaiting(p, mentor, false);
        // The mentor's card says when and how: the 1:1 held today, not only that it was answered.
        JsonNode answer = HubClient.parse(client.json("GET", "/api/mentors/me/mentees", mentor, null))
                .at("/mentees/0/lastCheckIn/helpAnswer");
        assertThat(answer.get("date").asText()).as(answer.toString()).isEqualTo(today.toString());
        assertThat(answer.get("kind").asText()).isEqualTo("oneToOne");
    }

    private void file(MatchedPair p, String mentor, LocalDate date, String outcome) throws Exception {
        HttpResponse<String> filed = client.json("POST", p.mentee() + "/reports", mentor, "{\"date\":\"" + date
                + "\",\"outcome\":\"" + outcome + "\",\"notes\":\"We went through loops together.\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    }

    private void assertWaiting(MatchedPair p, String mentor, boolean waiting) throws Exception {
        JsonNode dashboard = HubClient.parse(client.json("GET", "/api/cohorts/" + p.cohort().cohortId() + "/dashboard",
                token(p.lcm(), "lcm"), null));
        List<String> toContact = new ArrayList<>();
        dashboard.get("atRisk").forEach(l -> {
            if (l.get("status").asText().equals("help")) {
                toContact.add(l.get("learnerId").asText());
            }
        });
        JsonNode row = null;
        for (JsonNode l : dashboard.get("learners")) {
            row = l.get("learnerId").asText().equals(p.learnerId()) ? l : row;
        }
        assertThat(row).as(dashboard.toString()).isNotNull();
        JsonNode mentee = HubClient.parse(client.json("GET", "/api/mentors/me/mentees", mentor, null)).at("/mentees/0");
        JsonNode standing = HubClient.parse(client.json("GET", "/api/me", "Bearer " + p.key(), null)).at("/standing");
        if (waiting) {
            assertThat(toContact).containsExactly(p.learnerId());
            assertThat(row.get("status").asText()).isEqualTo("help");
            assertThat(mentee.at("/risk/status").asText()).isEqualTo("help");
            assertThat(mentee.at("/lastCheckIn/helpAnswered").asBoolean()).isFalse();
            assertThat(mentee.at("/lastCheckIn/helpAnswer").isNull()).as(mentee.toString()).isTrue();
            assertThat(standing.get("reasons").findValuesAsText("code")).contains("help-waiting");
        } else {
            assertThat(toContact).as(dashboard.toString()).isEmpty();
            assertThat(row.get("status").asText()).isNotEqualTo("help");
            assertThat(row.get("reasons").findValuesAsText("code")).doesNotContain("help-waiting");
            assertThat(mentee.at("/risk/status").asText()).isNotEqualTo("help");
            assertThat(mentee.at("/risk/reasons").findValuesAsText("code")).doesNotContain("help-waiting");
            assertThat(mentee.at("/lastCheckIn/helpAnswered").asBoolean()).isTrue();
            assertThat(standing.get("reasons").findValuesAsText("code")).doesNotContain("help-waiting");
            assertThat(standing.get("status").asText()).isNotEqualTo("help");
        }
    }
}
