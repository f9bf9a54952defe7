package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.auth.StaffTokens;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.MatchedPair;

/**
 * The team reads who wrote a note or a report, and who is on the team, by the name the author's
 * sign-in gave (the ID token's {@code name} claim); by address where it gave none.
 */
class StaffNamesApiIT extends LocalHubTest {

    private String named(String email, String name) {
        return "Bearer " + StaffTokens.mint(Checkout.root(), work, email, name, List.of("lcm"), Instant.now(),
                Duration.ofHours(1));
    }

    @Test
    void notesReportsAndTheTeamListNameTheLcmAsTheirSignInNamedThem() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        String lea = named(p.lcm(), "Léa Moreau");
        assertThat(client.json("POST", p.team() + "/notes", token(p.lcm(), "lcm"),
                "{\"text\":\"Mail envoyé\",\"contact\":true}").statusCode()).isEqualTo(201);
        HttpResponse<String> note = client.json("POST", p.team() + "/notes", lea, "{\"text\":\"Appel\",\"contact\":true}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        assertThat(HubClient.parse(note).get("authorName").asText()).isEqualTo("Léa Moreau");

        JsonNode notes = HubClient.parse(client.json("GET", p.team() + "/notes", token(p.lcm(), "lcm"), null)).get("notes");
        assertThat(notes.findValuesAsText("text")).containsExactly("Appel", "Mail envoyé");
        assertThat(notes.at("/0/authorName").asText()).isEqualTo("Léa Moreau");
        assertThat(notes.at("/0/authorEmail").asText()).isEqualTo(p.lcm());
        assertThat(notes.at("/1/authorName").isNull()).as("written without a name").isTrue();

        HttpResponse<String> report = client.json("POST", p.team() + "/reports", lea,
                "{\"date\":\"" + LocalDate.now() + "\",\"outcome\":\"held\",\"notes\":\"Loops.\"}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
        assertThat(HubClient.parse(report).at("/author/name").asText()).isEqualTo("Léa Moreau");

        String team = "/api/cohorts/" + p.cohort().cohortId() + "/team";
        assertThat(client.json("GET", "/api/cohorts/mine", lea, null).statusCode()).isEqualTo(200);
        JsonNode members = HubClient.parse(client.json("GET", team, token(p.lcm(), "lcm"), null)).get("members");
        assertThat(members.at("/0/name").asText()).isEqualTo("Léa Moreau");
        assertThat(members.at("/0/email").asText()).isEqualTo(p.lcm());
    }

    @Test
    void aFellowInvitedWithANameIsListedByItUntilTheirOwnSignInNamesThem() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        String team = "/api/cohorts/" + p.cohort().cohortId() + "/team";
        String marc = unique("marc") + "@example.org";
        HttpResponse<String> added = client.json("POST", team, named(p.lcm(), "Léa Moreau"),
                "{\"email\":\"" + marc + "\",\"name\":\"Marc Petit\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(HubClient.parse(added).get("members").findValuesAsText("name")).contains("Marc Petit");
        JsonNode outbox = HubClient.parse(client.json("GET", "/dev/outbox?to=" + marc, null, null)).get("messages");
        assertThat(outbox.get(0).get("text").asText()).contains("Léa Moreau (" + p.lcm() + ")");

        client.json("GET", "/api/cohorts/mine", named(marc, "Marc-Antoine Petit"), null);
        JsonNode members = HubClient.parse(client.json("GET", team, token(p.lcm(), "lcm"), null)).get("members");
        assertThat(members.findValuesAsText("name")).contains("Marc-Antoine Petit").doesNotContain("Marc Petit");
    }
}
