package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * The cohort's waitlist as its LCM team reads it through the local hub (answers checked against
 * docs/openapi.yaml by the client): who waits, in their order, page by page, for the team only;
 * and a change of seats names whom it took off the waitlist, which the list then no longer holds.
 */
class WaitlistApiIT extends LocalHubTest {
    private static final String[] NAMES = {"Awa Diop", "Ben Li", "Chloé Martin", "Dario Rossi", "Emma Roy"};

    /** A one-seat cohort of alice's: the first sign-up takes the seat, the other four wait in order. */
    private String fullCohort(String alice) throws Exception {
        String pathId = "w-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode cohort = HubClient.parse(client.json("POST", "/api/cohorts", alice, "{\"pathId\":\"" + pathId
                + "\",\"startDate\":\"2031-01-06\",\"weeks\":8,\"seats\":1,\"language\":\"fr\"}"));
        String id = cohort.get("cohortId").asText();
        for (int i = 0; i < NAMES.length; i++) {
            HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + NAMES[i]
                    + "\",\"email\":\"w" + i + "." + id + "@example.org\",\"pathId\":\"" + pathId + "\",\"cohortId\":\""
                    + id + "\",\"language\":\"" + (i % 2 == 0 ? "fr" : "en") + "\",\"timezone\":\"Africa/Dakar\",\"consent\":true}");
            assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        }
        return id;
    }

    private List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("waiting").forEach(w -> names.add(w.get("name").asText()));
        return names;
    }

    @Test
    void theTeamReadsWhoWaitsInTheirOrderPageByPage() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        String alice = token("alice-wait@example.org", "lcm");
        String id = fullCohort(alice);

        HttpResponse<String> all = client.json("GET", "/api/cohorts/" + id + "/waitlist", alice, null);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        JsonNode list = HubClient.parse(all);
        assertThat(names(list)).containsExactly("Ben Li", "Chloé Martin", "Dario Rossi", "Emma Roy");
        assertThat(list.get("waiting").findValuesAsText("position")).containsExactly("1", "2", "3", "4");
        assertThat(list.get("next").isNull()).isTrue();
        JsonNode ben = list.get("waiting").get(0);
        assertThat(ben.get("email").asText()).isEqualTo("w1." + id + "@example.org");
        assertThat(ben.get("language").asText()).isEqualTo("en");
        assertThat(ben.get("timezone").asText()).isEqualTo("Africa/Dakar");
        assertThat(Instant.parse(ben.get("since").asText())).isAfter(before).isBeforeOrEqualTo(Instant.now());

        JsonNode first = HubClient.parse(client.json("GET", "/api/cohorts/" + id + "/waitlist?limit=3", alice, null));
        assertThat(names(first)).containsExactly("Ben Li", "Chloé Martin", "Dario Rossi");
        String next = first.get("next").asText();
        JsonNode second = HubClient.parse(client.json("GET", "/api/cohorts/" + id + "/waitlist?limit=3&cursor=" + next,
                alice, null));
        assertThat(names(second)).containsExactly("Emma Roy");
        assertThat(second.get("waiting").get(0).get("position").asInt()).isEqualTo(4);
        assertThat(second.get("next").isNull()).isTrue();

        for (String bad : new String[] {"limit=0", "limit=101", "limit=x", "cursor=abc"}) {
            HttpResponse<String> refused = client.json("GET", "/api/cohorts/" + id + "/waitlist?" + bad, alice, null);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void onlyTheCohortsTeamReadsItsWaitlist() throws Exception {
        String alice = token("alice-wait2@example.org", "lcm");
        String id = fullCohort(alice);

        assertThat(client.json("GET", "/api/cohorts/" + id + "/waitlist", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> other = client.json("GET", "/api/cohorts/" + id + "/waitlist",
                token("bruno-wait@example.org", "lcm"), null);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("Ben Li").doesNotContain("@example.org");
        assertThat(client.json("GET", "/api/cohorts/" + id + "/waitlist", token("dmitri-wait@example.org", "mentor"), null)
                .statusCode()).isEqualTo(403);
        assertThat(client.json("GET", "/api/cohorts/no-such-cohort/waitlist", alice, null).statusCode()).isEqualTo(404);
    }

    @Test
    void moreSeatsNameWhomTheyWentToAndTheWaitlistMovesUp() throws Exception {
        String alice = token("alice-wait3@example.org", "lcm");
        String id = fullCohort(alice);

        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + id, alice, "{\"seats\":3}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode cohort = HubClient.parse(patched);
        assertThat(cohort.get("promoted").findValuesAsText("name")).containsExactly("Ben Li", "Chloé Martin");
        assertThat(cohort.get("waitlisted").asInt()).isEqualTo(2);

        JsonNode list = HubClient.parse(client.json("GET", "/api/cohorts/" + id + "/waitlist", alice, null));
        assertThat(names(list)).containsExactly("Dario Rossi", "Emma Roy");
        assertThat(list.get("waiting").get(0).get("position").asInt()).isEqualTo(1);

        // A change that gives no seat names nobody.
        JsonNode renamed = HubClient.parse(client.json("PATCH", "/api/cohorts/" + id, alice, "{\"title\":\"Python\"}"));
        assertThat(renamed.get("promoted")).isEmpty();
    }
}
