package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * Teams and invitations by email address through the local hub: an LCM adds a fellow LCM to a
 * cohort's team or invites a mentor, the invitation lands in the outbox with a sign-in link in the
 * right language, a member is removed but never the last LCM; only the team's LCMs may do it.
 */
class TeamInvitationsIT extends LocalHubTest {
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String cohort(String lcm, String language) throws Exception {
        HttpResponse<String> created = client.json("POST", "/api/cohorts", token(lcm, "lcm"), "{\"pathId\":\"team-" + run
                + "\",\"startDate\":\"2031-02-03\",\"weeks\":6,\"seats\":10,\"language\":\"" + language
                + "\",\"title\":\"Team " + run + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return HubClient.parse(created).get("cohortId").asText();
    }

    private JsonNode mails(String to) throws Exception {
        return HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8),
                null, null)).get("messages");
    }

    @Test
    void anLcmAddsAFellowByEmailWhoIsMailedASignInLinkAndCanBeRemovedButNotTheLast() throws Exception {
        String alice = "alice-" + run + "@example.org";
        String bruno = "bruno-" + run + "@example.org";
        String id = cohort(alice, "fr");

        HttpResponse<String> added = client.json("POST", "/api/cohorts/" + id + "/team", token(alice, "lcm"),
                "{\"email\":\"Bruno-" + run + "@Example.org\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonNode members = HubClient.parse(added).get("members");
        assertThat(members).hasSize(2);
        assertThat(members.findValuesAsText("email")).containsExactlyInAnyOrder(alice, bruno);
        JsonNode mail = mails(bruno);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("subject").asText()).isEqualTo("Vous rejoignez l’équipe LCM de « Team " + run + ", début le lundi 3 février 2031 »");
        assertThat(mail.get(0).get("text").asText()).contains(alice,
                "http://localhost:" + hub.port() + "/fr/connexion-equipe.html?return=/fr/staff/tableau-de-bord.html%3Fcohort%3D" + id);

        // Bruno signs in with that address: he is on the team.
        assertThat(client.json("GET", "/api/cohorts/" + id, token(bruno, "lcm"), null).statusCode()).isEqualTo(200);
        JsonNode team = HubClient.parse(client.json("GET", "/api/cohorts/" + id + "/team", token(bruno, "lcm"), null));
        assertThat(team.get("members")).hasSize(2);

        // Only the team's LCMs; a bad address is a field error; nobody is invited then.
        String stranger = "stranger-" + run + "@example.org";
        for (String caller : new String[] {token(stranger, "lcm"), token(stranger, "mentor")}) {
            assertThat(client.json("POST", "/api/cohorts/" + id + "/team", caller,
                    "{\"email\":\"carla-" + run + "@example.org\"}").statusCode()).isEqualTo(403);
        }
        assertThat(mails("carla-" + run + "@example.org")).isEmpty();
        HttpResponse<String> bad = client.json("POST", "/api/cohorts/" + id + "/team", token(alice, "lcm"),
                "{\"email\":\"not an address\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"email\"");

        // Bruno is removed; then Alice, the last one, may not leave.
        String brunoSub = LocalIssuer.subFor(bruno);
        assertThat(client.json("DELETE", "/api/cohorts/" + id + "/team/" + brunoSub, token(stranger, "lcm"), null)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> removed = client.json("DELETE", "/api/cohorts/" + id + "/team/" + brunoSub,
                token(alice, "lcm"), null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(HubClient.parse(removed).get("members").findValuesAsText("email")).containsExactly(alice);
        // Told once, by whom, in the cohort's language (the stranger's refused attempt told him nothing).
        JsonNode told = mails(bruno);
        assertThat(told).hasSize(2);
        JsonNode removal = told.findParents("subject").stream()
                .filter(m -> m.get("subject").asText().startsWith("Vous ne faites plus partie")).findFirst().orElseThrow();
        assertThat(removal.get("subject").asText()).isEqualTo("Vous ne faites plus partie de l’équipe LCM de « Team " + run + ", début le lundi 3 février 2031 »");
        assertThat(removal.get("text").asText()).contains(alice + " vous a retiré·e de l’équipe LCM");
        assertThat(client.json("GET", "/api/cohorts/" + id, token(bruno, "lcm"), null).statusCode()).isEqualTo(403);
        assertThat(client.json("DELETE", "/api/cohorts/" + id + "/team/" + brunoSub, token(alice, "lcm"), null)
                .statusCode()).isEqualTo(404);
        HttpResponse<String> last = client.json("DELETE", "/api/cohorts/" + id + "/team/" + LocalIssuer.subFor(alice),
                token(alice, "lcm"), null);
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(HubClient.parse(last).at("/error/code").asText()).isEqualTo("last_lcm");
        assertThat(client.json("GET", "/api/cohorts/" + id, token(alice, "lcm"), null).statusCode()).isEqualTo(200);
    }

    /**
     * A French LCM on an English cohort: added from the French pages, she is invited in French; her
     * own visit to the English pages then makes English her language, and her removal is in English.
     */
    @Test
    void aColleagueReadsHerTeamMailsInTheLanguageOfThePagesSheReads() throws Exception {
        String alice = "alice-" + run + "@example.org";
        String lea = "lea-" + run + "@example.org";
        String id = cohort(alice, "en");

        HttpResponse<String> added = client.json("POST", "/api/cohorts/" + id + "/team?lang=fr", token(alice, "lcm"),
                "{\"email\":\"" + lea + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(mails(lea).get(0).get("subject").asText())
                .isEqualTo("Vous rejoignez l’équipe LCM de « Team " + run + ", début le lundi 3 février 2031 »");

        assertThat(client.json("GET", "/api/cohorts/mine?lang=en", token(lea, "lcm"), null).statusCode()).isEqualTo(200);
        assertThat(client.json("DELETE", "/api/cohorts/" + id + "/team/" + LocalIssuer.subFor(lea), token(alice, "lcm"),
                null).statusCode()).isEqualTo(200);
        assertThat(mails(lea).findValuesAsText("subject")).contains(
                "You are no longer on the LCM team of “Team " + run + ", starting Monday 3 February 2031”");
    }

    /** The local directory keeps the name given with an invitation: added later by address alone, they are listed by it. */
    @Test
    void aMentorInvitedWithANameAndLaterAddedToATeamIsListedByThatName() throws Exception {
        String alice = "alice-" + run + "@example.org";
        String malik = "malik-" + run + "@example.org";
        String id = cohort(alice, "en");
        assertThat(client.json("POST", "/api/mentors/invitations", token(alice, "lcm"),
                "{\"email\":\"" + malik + "\",\"name\":\"Malik Haddad\"}").statusCode()).isEqualTo(201);

        JsonNode members = HubClient.parse(client.json("POST", "/api/cohorts/" + id + "/team", token(alice, "lcm"),
                "{\"email\":\"" + malik + "\"}")).get("members");

        assertThat(members.findParents("email").stream().filter(m -> m.get("email").asText().equals(malik))
                .map(m -> m.path("name").asText()).toList()).containsExactly("Malik Haddad");
    }

    @Test
    void anLcmInvitesAMentorWhoIsMailedInTheirLanguageAndAMentorInvitesNobody() throws Exception {
        String lcm = "lcm-" + run + "@example.org";
        String mentor = "mentor-" + run + "@example.org";
        HttpResponse<String> invited = client.json("POST", "/api/mentors/invitations", token(lcm, "lcm"),
                "{\"email\":\"" + mentor + "\",\"language\":\"fr\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(HubClient.parse(invited).get("sub").asText()).isEqualTo(LocalIssuer.subFor(mentor));
        JsonNode mail = mails(mentor);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("text").asText()).contains("mentor",
                "http://localhost:" + hub.port() + "/fr/connexion-equipe.html?return=/fr/staff/espace-mentor.html");

        String other = "other-" + run + "@example.org";
        assertThat(client.json("POST", "/api/mentors/invitations", token(mentor, "mentor"),
                "{\"email\":\"" + other + "\"}").statusCode()).isEqualTo(403);
        assertThat(client.json("POST", "/api/mentors/invitations", token(lcm, "lcm"),
                "{\"email\":\"" + other + "\",\"language\":\"de\"}").statusCode()).isEqualTo(400);
        assertThat(client.json("POST", "/api/mentors/invitations", token(lcm, "lcm"), "{\"email\":\"x@\"}")
                .statusCode()).isEqualTo(400);
        assertThat(mails(other)).isEmpty();
    }
}
