package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.auth.StaffTokens;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * Staff routes through the local hub's emulation of API Gateway's JWT authorizer: 401 before the
 * function for a missing, expired, forged or foreign token; the function reads the caller from the
 * claims only.
 */
class CohortApiIT extends LocalHubTest {
    private static String newCohort(String pathId, int seats) {
        return "{\"pathId\":\"" + pathId + "\",\"startDate\":\"2031-01-06\",\"weeks\":8,\"seats\":" + seats
                + ",\"language\":\"fr\",\"title\":\"Python · janvier\",\"lcmId\":\"someone-else\"}";
    }

    private static String path() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<?> cohortsOf(String pathId) {
        return new DynamoCohortStore(moto.dynamo(), moto.table()).byPath(pathId);
    }

    @Test
    void anLcmCreatesACohortThatIsListedPubliclyWithSeatsLeft() throws Exception {
        String pathId = path();
        HttpResponse<String> created = client.json("POST", "/api/cohorts", token("alice@example.org", "lcm"),
                newCohort(pathId, 12));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode cohort = HubClient.parse(created);
        assertThat(cohort.get("cohortId").asText()).startsWith(pathId + "-20310106-");
        // The team comes from the token's sub, never from the body.
        assertThat(cohort.get("team")).hasSize(1);
        assertThat(cohort.get("team").get(0).asText()).isEqualTo(LocalIssuer.subFor("alice@example.org"));

        HttpResponse<String> listed = client.json("GET", "/api/cohorts?pathId=" + pathId, null, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode open = HubClient.parse(listed).get("cohorts");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("seatsLeft").asInt()).isEqualTo(12);
        assertThat(open.get(0).get("endDate").asText()).isEqualTo("2031-03-02");
        assertThat(open.get(0).has("team")).isFalse();
    }

    @Test
    void missingExpiredForgedOrForeignTokensAre401BeforeTheFunctionAndWriteNothing(@TempDir Path elsewhere)
            throws Exception {
        String pathId = path();
        String body = newCohort(pathId, 10);
        String expired = "Bearer " + StaffTokens.mint(Checkout.root(), work, "alice@example.org", List.of("lcm"),
                Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        String forged = "Bearer " + StaffTokens.mint(Checkout.root(), elsewhere, "alice@example.org", List.of("lcm"),
                Duration.ofHours(1));
        LocalIssuer keys = LocalIssuer.load(work);
        String wrongAudience = "Bearer " + keys.mint("https://cognito-idp.us-east-1.amazonaws.com/local-StaffUserPool",
                "another-client", "alice@example.org", List.of("lcm"), Instant.now(), Duration.ofHours(1));
        String wrongIssuer = "Bearer " + keys.mint("https://issuer.example.org", "local-StaffSiteClient",
                "alice@example.org", List.of("lcm"), Instant.now(), Duration.ofHours(1));
        String valid = token("alice@example.org", "lcm");
        String tampered = valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (String authorization : new String[] {null, "", "Bearer", "Bearer not.a.jwt", expired, forged,
                wrongAudience, wrongIssuer, tampered}) {
            HttpResponse<String> refused = client.json("POST", "/api/cohorts", authorization, body);
            assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }
        assertThat(client.json("PATCH", "/api/cohorts/any", null, "{\"seats\":3}").statusCode()).isEqualTo(401);
        assertThat(cohortsOf(pathId)).isEmpty();
        // Without "Bearer " the token is accepted too, as API Gateway does.
        assertThat(client.json("POST", "/api/cohorts", valid.substring(7), body).statusCode()).isEqualTo(201);
    }

    @Test
    void aMentorIsSignedInButMayNotRunCohorts() throws Exception {
        String pathId = path();
        HttpResponse<String> refused = client.json("POST", "/api/cohorts", token("dmitri@example.org", "mentor"),
                newCohort(pathId, 10));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(cohortsOf(pathId)).isEmpty();
    }

    @Test
    void onlyTheCohortsTeamChangesItAndSeatsNeverGoBelowEnrolment() throws Exception {
        String alice = token("alice@example.org", "lcm");
        String bruno = token("bruno@example.org", "lcm");
        JsonNode cohort = HubClient.parse(client.json("POST", "/api/cohorts", alice, newCohort(path(), 2)));
        String id = cohort.get("cohortId").asText();

        assertThat(client.json("PATCH", "/api/cohorts/" + id, bruno, "{\"seats\":5}").statusCode()).isEqualTo(403);
        assertThat(client.json("GET", "/api/cohorts/" + id, bruno, null).statusCode()).isEqualTo(403);
        assertThat(client.json("PATCH", "/api/cohorts/no-such-cohort", alice, "{\"seats\":5}").statusCode()).isEqualTo(404);
        assertThat(client.json("PATCH", "/api/cohorts/" + id, alice, "{\"seats\":0,\"startDate\":\"soon\"}")
                .statusCode()).isEqualTo(400);

        for (String notAnId : new String[] {"{\"sub\":\"x\"}", "{\"sub\":12345}", "{\"sub\":\"bruno@example.org\"}"}) {
            HttpResponse<String> refused = client.json("POST", "/api/cohorts/" + id + "/team", alice, notAnId);
            assertThat(refused.statusCode()).as(notAnId).isEqualTo(400);
            assertThat(HubClient.parse(refused).get("error").get("fields").has("sub")).isTrue();
        }
        assertThat(HubClient.parse(client.json("GET", "/api/cohorts/" + id, alice, null)).get("team")).hasSize(1);
        HttpResponse<String> added = client.json("POST", "/api/cohorts/" + id + "/team", alice,
                "{\"sub\":\"" + LocalIssuer.subFor("bruno@example.org") + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + id, bruno,
                "{\"seats\":5,\"title\":\"Python · groupe de janvier\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(HubClient.parse(patched).get("seats").asInt()).isEqualTo(5);
        assertThat(cohortsRunBy(new DynamoCohortStore(moto.dynamo(), moto.table()), LocalIssuer.subFor("bruno@example.org")))
                .contains(id);
        JsonNode brunos = HubClient.parse(client.json("GET", "/api/cohorts/mine", bruno, null)).get("cohorts");
        assertThat(brunos.findValuesAsText("cohortId")).contains(id);
        assertThat(HubClient.parse(client.json("GET", "/api/cohorts/mine", token("zoe@example.org", "lcm"), null))
                .get("cohorts")).isEmpty();
        assertThat(client.json("GET", "/api/cohorts/mine", null, null).statusCode()).isEqualTo(401);

        for (int i = 0; i < 3; i++) {
            client.json("POST", "/api/signups", null, "{\"name\":\"L" + i + "\",\"email\":\"l" + i + "." + id
                    + "@example.org\",\"pathId\":\"" + cohort.get("pathId").asText() + "\",\"cohortId\":\"" + id
                    + "\",\"language\":\"fr\",\"timezone\":\"Europe/Paris\",\"consent\":true}");
        }
        HttpResponse<String> tooFew = client.json("PATCH", "/api/cohorts/" + id, alice, "{\"seats\":2}");
        assertThat(tooFew.statusCode()).isEqualTo(409);
        assertThat(HubClient.parse(tooFew).at("/error/message").asText()).startsWith("3 learners are enrolled");

        HttpResponse<String> closed = client.json("PATCH", "/api/cohorts/" + id, alice, "{\"open\":false}");
        assertThat(HubClient.parse(closed).get("open").asBoolean()).isFalse();
        assertThat(HubClient.parse(client.json("GET", "/api/cohorts?pathId=" + cohort.get("pathId").asText(), null,
                null)).get("cohorts")).isEmpty();
    }

    /** The mails of {@code kind} sent to {@code email}, newest first. */
    private List<JsonNode> mails(String email, String kind) throws Exception {
        List<JsonNode> found = new java.util.ArrayList<>();
        for (JsonNode m : HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages")) {
            if (m.get("kind").asText().equals(kind)) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void newDatesBeforeTheFirstDayAreMailedToEveryLearnerEnrolledOrWaitingInTheirLanguage() throws Exception {
        String alice = token("alice@example.org", "lcm");
        JsonNode cohort = HubClient.parse(client.json("POST", "/api/cohorts", alice, newCohort(path(), 1)));
        String id = cohort.get("cohortId").asText();
        String awa = "awa." + id + "@example.org";
        String ben = "ben." + id + "@example.org";
        for (String[] learner : new String[][] {{"Awa", awa, "fr"}, {"Ben", ben, "en"}}) {
            assertThat(client.json("POST", "/api/signups", null, "{\"name\":\"" + learner[0] + "\",\"email\":\""
                    + learner[1] + "\",\"pathId\":\"" + cohort.get("pathId").asText() + "\",\"cohortId\":\"" + id
                    + "\",\"language\":\"" + learner[2] + "\",\"timezone\":\"Europe/Paris\",\"consent\":true}")
                    .statusCode()).isIn(200, 201);
        }

        HttpResponse<String> moved = client.json("PATCH", "/api/cohorts/" + id, alice,
                "{\"startDate\":\"2031-02-03\",\"weeks\":6}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        List<JsonNode> french = mails(awa, "dates-changed");
        assertThat(french).hasSize(1);
        // The old dates beside the new: what the learner had planned around.
        java.time.LocalDate oldStart = java.time.LocalDate.parse(cohort.get("startDate").asText());
        java.time.LocalDate oldEnd = oldStart.plusWeeks(cohort.get("weeks").asInt()).minusDays(1);
        assertThat(french.get(0).get("text").asText()).contains("Bonjour Awa")
                .contains("du lundi 3 février 2031 au dimanche 16 mars 2031").doesNotContain("liste d’attente")
                .contains("Elle devait auparavant avoir lieu du " + org.lcmhub.domain.Language.FR.day(oldStart) + " au "
                        + org.lcmhub.domain.Language.FR.day(oldEnd) + ".");
        List<JsonNode> english = mails(ben, "dates-changed");
        assertThat(english).hasSize(1);
        assertThat(english.get(0).get("subject").asText()).contains("Monday 3 February 2031");
        assertThat(english.get(0).get("text").asText()).contains("Hello Ben")
                .contains("from Monday 3 February 2031 to Sunday 16 March 2031").contains("waitlist")
                .contains("Before, it was to run from " + org.lcmhub.domain.Language.EN.day(oldStart) + " to "
                        + org.lcmhub.domain.Language.EN.day(oldEnd) + ".");

        // The seats alone, or the same dates sent again, tell no one anything.
        client.json("PATCH", "/api/cohorts/" + id, alice, "{\"seats\":3,\"startDate\":\"2031-02-03\"}");
        assertThat(mails(awa, "dates-changed")).hasSize(1);
        assertThat(mails(ben, "dates-changed")).hasSize(1);
    }

    /**
     * A cohort under way keeps its first day: a longer run is its new end date, and the mail says
     * so, naming the cohort under way since its first day, never "starting" on a day gone by. A
     * learner who left it is not told.
     */
    @Test
    void aLongerCohortUnderWayMailsItsNewEndDateToTheLearnersStillInIt() throws Exception {
        java.time.LocalDate start = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(14);
        org.lcmhub.cohort.model.Cohort cohort = cohortUnderWay("-run", "Python · run", start, 10);
        String awa = "awa." + cohort.cohortId() + "@example.org";
        String ben = "ben." + cohort.cohortId() + "@example.org";
        String cleo = "cleo." + cohort.cohortId() + "@example.org";
        String cleosKey = null;
        for (String[] l : new String[][] {{"Awa", awa, "FR"}, {"Ben", ben, "EN"}, {"Cléo", cleo, "EN"}}) {
            cleosKey = place(cohort, l);
        }
        HttpResponse<String> left = client.json("POST", "/api/me/withdraw", "Bearer " + cleosKey, null);
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);

        HttpResponse<String> longer = client.json("PATCH", "/api/cohorts/" + cohort.cohortId(),
                token("alice@example.org", "lcm"), "{\"weeks\":8}");
        assertThat(longer.statusCode()).as(longer.body()).isEqualTo(200);
        assertThat(HubClient.parse(longer).get("newDatesMailed").asInt()).isEqualTo(2);

        String oldEnd = org.lcmhub.domain.Language.EN.day(start.plusWeeks(6).minusDays(1));
        String newEnd = org.lcmhub.domain.Language.EN.day(start.plusWeeks(8).minusDays(1));
        List<JsonNode> english = mails(ben, "dates-changed");
        assertThat(english).hasSize(1);
        assertThat(english.get(0).get("subject").asText()).isEqualTo("New end date: Python · run, under way since "
                + org.lcmhub.domain.Language.EN.day(start));
        assertThat(english.get(0).get("text").asText()).contains("Hello Ben")
                .contains("changed the end date of the cohort “Python · run”: under way since "
                        + org.lcmhub.domain.Language.EN.day(start) + ", it now ends on " + newEnd + ".")
                .contains("Before, it was to end on " + oldEnd + ".").doesNotContain("starting");
        List<JsonNode> french = mails(awa, "dates-changed");
        assertThat(french).hasSize(1);
        assertThat(french.get(0).get("subject").asText()).isEqualTo("Nouvelle date de fin\u00a0: Python · run, en cours depuis le "
                + org.lcmhub.domain.Language.FR.day(start));
        assertThat(french.get(0).get("text").asText()).contains("se termine désormais le "
                + org.lcmhub.domain.Language.FR.day(start.plusWeeks(8).minusDays(1)) + ".");
        assertThat(mails(cleo, "dates-changed")).as("Cléo left the cohort").isEmpty();
    }

    /**
     * Past its half, a cohort gives its waitlist no more seats: a learner still waiting is told so
     * with the new end date, and where to look for a seat, never promised a mail when one frees up.
     */
    @Test
    void aWaitingLearnerOfACohortPastItsHalfIsNotPromisedASeatWhenItsDatesChange() throws Exception {
        java.time.LocalDate start = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30);
        org.lcmhub.cohort.model.Cohort cohort = cohortUnderWay("-late", "Python · late", start, 1);
        String[][] people = {{"Awa", "awa." + cohort.cohortId() + "@example.org", "EN"},
                {"Dan", "dan." + cohort.cohortId() + "@example.org", "EN"}, {"Élise", "elise." + cohort.cohortId() + "@example.org", "FR"}};
        for (String[] l : people) {
            place(cohort, l);
        }

        // Seven weeks: still past its half (day 30 of 49).
        HttpResponse<String> longer = client.json("PATCH", "/api/cohorts/" + cohort.cohortId(),
                token("alice@example.org", "lcm"), "{\"weeks\":7}");
        assertThat(longer.statusCode()).as(longer.body()).isEqualTo(200);
        assertThat(mails(people[0][1], "dates-changed").get(0).get("text").asText()).as("Awa has the seat")
                .doesNotContain("waitlist");
        assertThat(mails(people[1][1], "dates-changed")).singleElement().satisfies(m -> assertThat(m.get("text").asText())
                .contains("it gives no more seats to its waitlist", "offers you a seat in another cohort of the course path")
                .doesNotContain("we will write as soon as a seat frees up"));
        assertThat(mails(people[2][1], "dates-changed")).singleElement().satisfies(m -> assertThat(m.get("text").asText())
                .contains("elle ne donne donc plus de place à sa liste d’attente").doesNotContain("dès qu’une place se libère"));
    }

    /** A 6-week English cohort of a new path begun on {@code start}, run by Alice, with {@code seats}. */
    private org.lcmhub.cohort.model.Cohort cohortUnderWay(String suffix, String title, java.time.LocalDate start, int seats) {
        String pathId = path();
        org.lcmhub.cohort.model.Cohort cohort = new org.lcmhub.cohort.model.Cohort(pathId + suffix, pathId, title,
                org.lcmhub.domain.Language.EN, start, 6, seats, true, 0, 0,
                java.util.Set.of(LocalIssuer.subFor("alice@example.org")), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return cohort;
    }

    /**
     * Signs {@code person} ({name, email, language code}) up to {@code cohort} in the store (a seat
     * while one is left, else its waitlist); returns their personal key.
     */
    private String place(org.lcmhub.cohort.model.Cohort cohort, String[] person) {
        String id = UUID.randomUUID().toString();
        org.lcmhub.auth.LearnerKey key = org.lcmhub.auth.LearnerKey.issue(id);
        new org.lcmhub.signup.store.dynamodb.DynamoSignupStore(moto.dynamo(), moto.table()).place(
                new org.lcmhub.learner.Learner(id, person[0], person[1], cohort.pathId(), cohort.cohortId(),
                        org.lcmhub.domain.Language.valueOf(person[2]), "Europe/Paris", "Python", 3,
                        org.lcmhub.learner.LearnerStatus.ENROLLED, null, Instant.now()),
                key.hash(), Instant.now(), Duration.ZERO);
        return key.token();
    }

    @Test
    void theLocalIssuerGivesCurlATokenForAnAddressAndARole() throws Exception {
        HttpResponse<String> issued = client.json("POST", "/dev/token", null,
                "{\"email\":\"chloe@example.org\",\"role\":\"lcm\"}");
        assertThat(issued.statusCode()).isEqualTo(200);
        JsonNode answer = HubClient.parse(issued);
        assertThat(answer.get("sub").asText()).isEqualTo(LocalIssuer.subFor("chloe@example.org"));
        assertThat(client.json("POST", "/api/cohorts", "Bearer " + answer.get("token").asText(),
                newCohort(path(), 5)).statusCode()).isEqualTo(201);
        assertThat(client.json("POST", "/dev/token", null, "{\"email\":\"chloe\",\"role\":\"admin\"}").statusCode())
                .isEqualTo(400);
    }

    /** The cohorts whose LCM team includes {@code sub}. */
    private static List<String> cohortsRunBy(CohortStore cohorts, String sub) {
        return cohorts.teamSeatsOf(sub).stream().map(CohortStore.TeamSeat::cohortId).toList();
    }
}
