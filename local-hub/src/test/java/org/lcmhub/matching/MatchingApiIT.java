package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Matching through the local hub (JWT authorizer, handler, real SDK) against moto: drafts with
 * reasons, who may ask, and publishes that never over-fill a mentor nor give a learner two mentors.
 */
class MatchingApiIT extends LocalHubTest {
    /** A fresh cohort of a path no other test uses, run by {@code lcmEmail}. */
    private Cohort cohort(String lcmEmail, String language) {
        String id = unique("c");
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.of(language), LocalDate.now().plusDays(14), 8, 50,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcmEmail)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return cohort;
    }

    /** A mentor saved through {@code PUT /api/mentors/me}; returns their id (sub). */
    private String mentor(String email, String name, Cohort cohort, String languages, int capacity) throws Exception {
        HttpResponse<String> saved = client.json("PUT", "/api/mentors/me", token(email, "mentor"),
                profile(name, cohort, languages, capacity));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return LocalIssuer.subFor(email);
    }

    private static String profile(String name, Cohort cohort, String languages, int capacity) {
        return "{\"name\":\"" + name + "\",\"paths\":[\"" + cohort.pathId() + "\"],\"skills\":[\"Python\"],"
                + "\"languages\":" + languages + ",\"timezone\":\"Europe/Paris\",\"capacity\":" + capacity + ","
                + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}";
    }

    /** A learner signed up (enrolled) through the sign-up API; returns the learner id. */
    private String learner(Cohort cohort, String email, String language) throws Exception {
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"Léa Martin\",\"email\":\""
                + email + "\",\"pathId\":\"" + cohort.pathId() + "\",\"cohortId\":\"" + cohort.cohortId()
                + "\",\"language\":\"" + language + "\",\"timezone\":\"Europe/Paris\",\"goals\":\"Python\","
                + "\"hoursPerWeek\":2,\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        return HubClient.parse(signup).get("learnerId").asText();
    }

    private String learner(Cohort cohort, String language) throws Exception {
        return learner(cohort, unique("learner") + "@example.org", language);
    }

    private HttpResponse<String> draft(Cohort cohort, String auth, String body) throws Exception {
        return client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", auth, body);
    }

    private HttpResponse<String> publish(Cohort cohort, String auth, String draftId) throws Exception {
        return client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/" + draftId + "/publish", auth, null);
    }

    private Map<String, AttributeValue> matchOf(String learnerId) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.match(learnerId))).item();
    }

    private int assigned(String mentorId) {
        return Integer.parseInt(moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.mentor(mentorId))).item().get("assigned").n());
    }

    private int capacity(String mentorId) {
        return Integer.parseInt(moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.mentor(mentorId))).item().get("capacity").n());
    }

    /** How many learners hold a match with each mentor, read item by item. */
    private Map<String, Integer> matchesPerMentor(List<String> learners) {
        Map<String, Integer> count = new HashMap<>();
        for (String l : learners) {
            Map<String, AttributeValue> match = matchOf(l);
            if (match != null && !match.isEmpty()) {
                count.merge(match.get("mentorId").s(), 1, Integer::sum);
            }
        }
        return count;
    }

    private List<Map<String, AttributeValue>> drafts(Cohort cohort) {
        return Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + cohort.cohortId(), "DRAFT#");
    }

    @Test
    void aDraftProposesPairsWithReasonsAsCodesFitsApartFromTradeOffs() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm, "fr");
        String emma = mentor(unique("emma") + "@example.org", "Emma Leroy", cohort, "[\"fr\"]", 2);
        String first = learner(cohort, "fr");
        String second = learner(cohort, "fr");
        String english = learner(cohort, "en");

        HttpResponse<String> answer = draft(cohort, token(lcm, "lcm"), "{\"pins\":[{\"learnerId\":\"" + english
                + "\",\"mentorId\":\"" + emma + "\"}]}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode draft = HubClient.parse(answer);
        assertThat(draft.get("draftId").asText()).isNotBlank();
        Map<String, JsonNode> matches = new HashMap<>();
        draft.get("matches").forEach(m -> matches.put(m.get("learnerId").asText(), m));
        assertThat(matches.keySet()).containsExactlyInAnyOrder(first, second);
        for (JsonNode m : matches.values()) {
            assertThat(m.get("mentorId").asText()).isEqualTo(emma);
            assertThat(m.get("score").asInt()).isBetween(1, 100);
            assertThat(m.get("fits").findValuesAsText("code")).contains("languages", "path", "overlap");
            assertThat(m.get("fits").toString()).contains("{\"languages\":[\"fr\"]}")
                    .contains("{\"path\":\"" + cohort.pathId() + "\"}");
            assertThat(m.get("tradeOffs")).isEmpty(); // same zone, three shared hours
        }
        assertThat(draft.get("unmatched")).hasSize(1);
        assertThat(draft.at("/unmatched/0/learnerId").asText()).isEqualTo(english);
        // Mentors of other tests speak en, none on this path.
        assertThat(draft.at("/unmatched/0/reasons/0/code").asText()).isEqualTo("no-language-on-path");
        assertThat(draft.at("/unmatched/0/reasons/0/params/path").asText()).isEqualTo(cohort.pathId());

        assertThat(draft.at("/refusedPins/0/learnerId").asText()).isEqualTo(english);
        assertThat(draft.at("/refusedPins/0/reasons").findValuesAsText("code")).contains("pair-language");

        List<Map<String, AttributeValue>> stored = drafts(cohort);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("SK").s()).isEqualTo("DRAFT#" + draft.get("draftId").asText());
        long ttl = Long.parseLong(stored.get(0).get("expiresAt").n());
        assertThat(ttl).isBetween(Instant.now().plus(Duration.ofDays(6)).getEpochSecond(),
                Instant.now().plus(Duration.ofDays(8)).getEpochSecond());
        assertThat(matchOf(first)).isNullOrEmpty();
        assertThat(assigned(emma)).isZero();
    }

    private String placedAtStart(Cohort cohort) {
        String id = UUID.randomUUID().toString();
        new org.lcmhub.signup.store.dynamodb.DynamoSignupStore(moto.dynamo(), moto.table()).place(
                new org.lcmhub.learner.Learner(id, "Léa Martin", id + "@example.org", cohort.pathId(), cohort.cohortId(),
                        Language.EN, "Europe/Paris", "Python", 2, org.lcmhub.learner.LearnerStatus.ENROLLED, null,
                        Instant.parse(cohort.startDate().minusDays(1) + "T12:00:00Z")),
                org.lcmhub.auth.LearnerKey.issue(id).hash(), Instant.now(), Duration.ZERO);
        return id;
    }

    /** Signs the learner up as from the cohort's start, so that their weeks so far count. */
    private void joinedAtStart(String learnerId, Cohort cohort) {
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.learner(learnerId))
                .updateExpression("SET createdAt = :at").expressionAttributeValues(Map.of(":at",
                        AttributeValue.fromS(cohort.startDate().minusDays(1) + "T12:00:00Z"))));
    }

    private void checkIn(String learnerId, Cohort cohort, LocalDate day, int progress) {
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(
                org.lcmhub.checkin.store.dynamodb.CheckInItems.toItem(new org.lcmhub.checkin.model.WeeklyCheckIn(
                        learnerId, cohort.cohortId(), org.lcmhub.checkin.model.IsoWeek.of(day), progress, null, 3, 4,
                        null, false, null, day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(36_000)))));
    }

    @Test
    void droppedOutAndFinishedLearnersAreNeverProposedNorPublished() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        String id = unique("c");
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, LocalDate.now().minusWeeks(8), 12, 50,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String farid = mentor(unique("farid") + "@example.org", "Farid Haddad", cohort, "[\"en\"]", 5);
        // Placed as from the cohort's start (sign-ups close once a cohort is this far along).
        String silent = placedAtStart(cohort);
        String done = placedAtStart(cohort);
        String going = placedAtStart(cohort);
        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
        checkIn(done, cohort, lastWeek, 100);
        checkIn(going, cohort, lastWeek, 55);

        JsonNode draft = HubClient.parse(draft(cohort, token(lcm, "lcm"), null));
        assertThat(draft.get("matches").findValuesAsText("learnerId")).containsExactly(going);
        Map<String, String> leftOut = new HashMap<>();
        draft.get("leftOut").forEach(l -> leftOut.put(l.get("learnerId").asText(), l.get("reason").asText()));
        assertThat(leftOut).isEqualTo(Map.of(silent, "dropped-out", done, "finished"));

        // The learner finishes before the LCM publishes: the pair is skipped, nothing written.
        checkIn(going, cohort, LocalDate.now(), 100);
        JsonNode result = HubClient.parse(publish(cohort, token(lcm, "lcm"), draft.get("draftId").asText()));
        assertThat(result.get("published")).isEmpty();
        assertThat(result.at("/skipped/0/learnerId").asText()).isEqualTo(going);
        assertThat(result.at("/skipped/0/reason").asText()).isEqualTo("finished");
        assertThat(matchOf(going)).isNullOrEmpty();
        assertThat(assigned(farid)).isZero();
    }

    @Test
    void onlyTheCohortsTeamMayMatchOrPublish() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm, "en");
        mentor(unique("farid") + "@example.org", "Farid Haddad", cohort, "[\"en\"]", 3);
        String learner = learner(cohort, "en");
        String draftId = HubClient.parse(draft(cohort, token(lcm, "lcm"), "{}")).get("draftId").asText();

        String otherLcm = token(unique("lcm") + "@example.org", "lcm");
        String aMentor = token(unique("mentor") + "@example.org", "mentor");
        for (String auth : List.of(otherLcm, aMentor)) {
            HttpResponse<String> refused = draft(cohort, auth, null);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(HubClient.parse(refused).at("/error/code").asText()).isEqualTo("forbidden");
            assertThat(publish(cohort, auth, draftId).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> anonymous = draft(cohort, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(publish(cohort, null, draftId).statusCode()).isEqualTo(401);

        HttpResponse<String> badPins = draft(cohort, token(lcm, "lcm"), "{\"pins\":[{\"learnerId\":1}]}");
        assertThat(badPins.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(badPins).at("/error/fields/pins").asText()).isNotBlank();
        assertThat(publish(cohort, token(lcm, "lcm"), "no-such-draft").statusCode()).isEqualTo(404);
        assertThat(client.json("POST", "/api/cohorts/no-such-cohort/matching", token(lcm, "lcm"), null)
                .statusCode()).isEqualTo(404);

        assertThat(drafts(cohort)).hasSize(1);
        assertThat(matchOf(learner)).isNullOrEmpty();
    }

    private HttpResponse<String> current(Cohort cohort, String auth) throws Exception {
        return client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/matching", auth, null);
    }

    private HttpResponse<String> choose(Cohort cohort, String auth, String draftId, String body) throws Exception {
        return client.json("PUT", "/api/cohorts/" + cohort.cohortId() + "/matching/" + draftId + "/choices", auth, body);
    }

    private static String pair(String learnerId, String mentorId) {
        return "{\"learnerId\":\"" + learnerId + "\",\"mentorId\":\"" + mentorId + "\"}";
    }

    @Test
    void theTeamFindsTheLatestDraftWithItsChoicesUntilItIsPublished() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        String colleague = unique("lcm") + "@example.org";
        String id = unique("c");
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, LocalDate.now().plusDays(14), 8, 50,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm), LocalIssuer.subFor(colleague)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String ines = mentor(unique("ines") + "@example.org", "Inès Roy", cohort, "[\"en\"]", 3);
        String omar = mentor(unique("omar") + "@example.org", "Omar Diallo", cohort, "[\"en\"]", 3);
        String first = learner(cohort, "en");
        String second = learner(cohort, "en");
        JsonNode none = HubClient.parse(current(cohort, token(colleague, "lcm")));
        assertThat(none.get("draft").isNull()).isTrue();
        assertThat(none.get("draftExpiredAt").isNull()).isTrue();

        draft(cohort, token(lcm, "lcm"), null);
        HttpResponse<String> computed = draft(cohort, token(lcm, "lcm"), "{\"pins\":[" + pair(first, ines)
                + "],\"exclusions\":[" + pair(second, ines) + "]}");
        assertThat(computed.statusCode()).as(computed.body()).isEqualTo(201);
        JsonNode latest = HubClient.parse(computed);
        assertThat(latest.at("/choices/pins/0/mentorId").asText()).isEqualTo(ines);
        assertThat(latest.at("/choices/exclusions/0/learnerId").asText()).isEqualTo(second);

        // The colleague opens the page: the latest draft, as computed, with the choices it was computed with.
        JsonNode open = HubClient.parse(current(cohort, token(colleague, "lcm"))).get("draft");
        assertThat(open.get("draftId").asText()).isEqualTo(latest.get("draftId").asText());
        assertThat(open.get("matches")).isEqualTo(latest.get("matches"));
        assertThat(open.get("choices")).isEqualTo(latest.get("choices"));
        assertThat(open.get("expiresAt").asText()).isEqualTo(latest.get("expiresAt").asText());
        assertThat(open.at("/names/" + omar).asText()).isEqualTo("Omar Diallo");

        // Pins and exclusions chosen on it since are kept with it, for whoever opens it next.
        String draftId = latest.get("draftId").asText();
        String chosen = "{\"pins\":[],\"exclusions\":[" + pair(first, omar) + "," + pair(second, ines) + "]}";
        HttpResponse<String> kept = choose(cohort, token(colleague, "lcm"), draftId, chosen);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        JsonNode reopened = HubClient.parse(current(cohort, token(lcm, "lcm"))).get("draft");
        assertThat(reopened.at("/choices/pins")).isEmpty();
        assertThat(reopened.at("/choices/exclusions").findValuesAsText("mentorId")).containsExactlyInAnyOrder(omar, ines);
        assertThat(reopened.get("applied")).isEqualTo(latest.get("choices"));

        String otherLcm = token(unique("lcm") + "@example.org", "lcm");
        assertThat(choose(cohort, otherLcm, draftId, chosen).statusCode()).isEqualTo(403);
        assertThat(current(cohort, otherLcm).statusCode()).isEqualTo(403);
        assertThat(choose(cohort, null, draftId, chosen).statusCode()).isEqualTo(401);
        assertThat(choose(cohort, token(lcm, "lcm"), "no-such-draft", chosen).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = choose(cohort, token(lcm, "lcm"), draftId, "{\"pins\":[{\"learnerId\":1}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields/pins").asText()).isNotBlank();

        // Back to the choices it was computed with, in another order: it publishes, and no longer opens the page.
        assertThat(choose(cohort, token(lcm, "lcm"), draftId, "{\"pins\":[" + pair(first, ines)
                + "],\"exclusions\":[" + pair(second, ines) + "," + pair(second, ines) + "]}").statusCode()).isEqualTo(200);
        assertThat(publish(cohort, token(colleague, "lcm"), draftId).statusCode()).isEqualTo(200);
        JsonNode after = HubClient.parse(current(cohort, token(lcm, "lcm")));
        assertThat(after.get("draft").isNull()).isTrue();
        assertThat(after.get("draftExpiredAt").isNull()).isTrue();
        assertThat(after.get("mentors")).isNotEmpty();
    }

    @Test
    void aDraftPastItsEndIsSaidExpiredNotOpenedForPublishing() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm, "en");
        mentor(unique("jade") + "@example.org", "Jade Petit", cohort, "[\"en\"]", 3);
        learner(cohort, "en");
        String draftId = HubClient.parse(draft(cohort, token(lcm, "lcm"), null)).get("draftId").asText();
        // A week on: the draft's end has passed, TTL has not removed it yet.
        long ended = Instant.now().minusSeconds(60).getEpochSecond();
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.draft(cohort.cohortId(), draftId))
                .updateExpression("SET expiresAt = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromN("" + ended))));
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.latestDraft(cohort.cohortId()))
                .updateExpression("SET draftExpiresAt = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromN("" + ended))));

        HttpResponse<String> answer = current(cohort, token(lcm, "lcm"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode page = HubClient.parse(answer);
        assertThat(page.get("draft").isNull()).isTrue();
        assertThat(Instant.parse(page.get("draftExpiredAt").asText())).isEqualTo(Instant.ofEpochSecond(ended));
        assertThat(choose(cohort, token(lcm, "lcm"), draftId, "{}").statusCode()).isEqualTo(404);
        assertThat(publish(cohort, token(lcm, "lcm"), draftId).statusCode()).isEqualTo(404);
    }

    @Test
    void aPairExcludedSinceTheDraftWasComputedIsNeverPublishedNorMailed() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm, "en");
        String mentorEmail = unique("farid") + "@example.org";
        String farid = mentor(mentorEmail, "Farid Benali", cohort, "[\"en\"]", 3);
        String zoeEmail = unique("zoe") + "@example.org";
        String zoe = learner(cohort, zoeEmail, "en");
        String other = learner(cohort, "en");
        JsonNode draft = HubClient.parse(draft(cohort, token(lcm, "lcm"), null));
        assertThat(draft.get("matches").findValuesAsText("learnerId")).containsExactlyInAnyOrder(zoe, other);
        String draftId = draft.get("draftId").asText();
        String excluded = "{\"exclusions\":[" + pair(zoe, farid) + "]}";
        assertThat(choose(cohort, token(lcm, "lcm"), draftId, excluded).statusCode()).isEqualTo(200);
        JsonNode open = HubClient.parse(current(cohort, token(lcm, "lcm"))).get("draft");
        assertThat(open.at("/applied/exclusions")).isEmpty();
        assertThat(open.at("/choices/exclusions/0/learnerId").asText()).isEqualTo(zoe);

        // Refused whole, saying what waits: nothing written, nobody mailed, the draft still open.
        HttpResponse<String> refused = publish(cohort, token(lcm, "lcm"), draftId);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(HubClient.parse(refused).at("/error/code").asText()).isEqualTo("choices_not_applied");
        assertThat(HubClient.parse(refused).at("/error/params/exclusions").asText()).isEqualTo("1");
        assertThat(HubClient.parse(refused).at("/error/params/pins").asText()).isEqualTo("0");
        assertThat(matchOf(zoe)).isNullOrEmpty();
        assertThat(matchOf(other)).isNullOrEmpty();
        assertThat(assigned(farid)).isZero();
        assertThat(HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(zoeEmail,
                StandardCharsets.UTF_8), null, null)).get("messages").findValuesAsText("kind"))
                .contains("confirmation").doesNotContain("mentor-found");
        assertThat(HubClient.parse(current(cohort, token(lcm, "lcm"))).at("/draft/draftId").asText()).isEqualTo(draftId);

        // Computed again with the exclusion: published without the excluded pair.
        JsonNode again = HubClient.parse(draft(cohort, token(lcm, "lcm"), excluded));
        assertThat(again.get("applied")).isEqualTo(again.get("choices"));
        HttpResponse<String> answer = publish(cohort, token(lcm, "lcm"), again.get("draftId").asText());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(HubClient.parse(answer).get("published").findValuesAsText("learnerId")).containsExactly(other);
        assertThat(matchOf(zoe)).isNullOrEmpty();
        assertThat(HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(zoeEmail,
                StandardCharsets.UTF_8), null, null)).get("messages").findValuesAsText("kind"))
                .contains("confirmation").doesNotContain("mentor-found");
    }

    /** A colleague's exclusion landing while the publish runs: each pair's transaction checks the choices. */
    @Test
    void aPairsTransactionRefusesADraftWhoseChoicesChangedSinceItWasRead() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm, "en");
        String mentor = mentor(unique("farid") + "@example.org", "Farid Benali", cohort, "[\"en\"]", 3);
        String learner = learner(cohort, "en");
        String draftId = HubClient.parse(draft(cohort, token(lcm, "lcm"), null)).get("draftId").asText();
        org.lcmhub.matching.draft.dynamodb.DynamoMatchStore store = new org.lcmhub.matching.draft.dynamodb.DynamoMatchStore(
                moto.dynamo(), moto.table(), java.time.Clock.systemUTC());
        org.lcmhub.matching.draft.Draft read = store.draft(cohort.cohortId(), draftId);
        assertThat(choose(cohort, token(lcm, "lcm"), draftId, "{\"exclusions\":[" + pair(learner, mentor) + "]}")
                .statusCode()).isEqualTo(200);

        assertThat(store.publish(cohort.cohortId(), draftId, read.pairs().get(0)))
                .isEqualTo(org.lcmhub.matching.draft.MatchStore.Outcome.CHOICES_CHANGED);
        assertThat(matchOf(learner)).isNullOrEmpty();
        assertThat(assigned(mentor)).isZero();
    }

    /** A staff token with the name the sign-in gives, as Cognito's does. */
    private String named(String email, String name) throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"lcm\",\"name\":\"" + name + "\"}");
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }

    /**
     * The same LCM computing again in another tab: the older tab's publish is refused as superseded,
     * its 409 saying the newer draft is the caller's own (no colleague named) and when it was saved.
     */
    @Test
    void anOlderDraftOfTheCallersOwnIsRefusedAsTheirOwnNewerOne() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        String id = unique("c");
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, LocalDate.now().plusDays(14), 8, 50,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        mentor(unique("ines") + "@example.org", "Inès Roy", cohort, "[\"en\"]", 3);
        learner(cohort, unique("awa") + "@example.org", "en");
        String older = HubClient.parse(draft(cohort, named(lcm, "Alice Martin"), null)).get("draftId").asText();
        JsonNode newer = HubClient.parse(draft(cohort, named(lcm, "Alice Martin"), null));

        HttpResponse<String> refused = publish(cohort, named(lcm, "Alice Martin"), older);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode error = HubClient.parse(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("draft_superseded");
        assertThat(error.get("params").get("own").asText()).isEqualTo("true");
        assertThat(error.get("params").has("by")).isFalse();
        assertThat(Instant.parse(error.get("params").get("savedAt").asText()))
                .isEqualTo(Instant.parse(newer.get("createdAt").asText()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    /** A tab left open on a draft a colleague has since computed again: its publish is refused whole. */
    @Test
    void anOlderDraftIsRefusedWholeOnceAColleagueComputedANewerOne() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        String colleague = unique("lcm") + "@example.org";
        String id = unique("c");
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, LocalDate.now().plusDays(14), 8, 50,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm), LocalIssuer.subFor(colleague)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String mentorEmail = unique("ines") + "@example.org";
        String ines = mentor(mentorEmail, "Inès Roy", cohort, "[\"en\"]", 3);
        String learnerEmail = unique("awa") + "@example.org";
        String awa = learner(cohort, learnerEmail, "en");
        String older = HubClient.parse(draft(cohort, token(lcm, "lcm"), null)).get("draftId").asText();
        JsonNode newerDraft = HubClient.parse(draft(cohort, named(colleague, "Awa Diop"), null));
        String newer = newerDraft.get("draftId").asText();

        HttpResponse<String> refused = publish(cohort, token(lcm, "lcm"), older);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(HubClient.parse(refused).at("/error/code").asText()).isEqualTo("draft_superseded");
        // The page names who saved the newer draft, and when: a colleague here, not the caller.
        JsonNode params = HubClient.parse(refused).at("/error/params");
        assertThat(params.get("own").asText()).isEqualTo("false");
        assertThat(params.get("by").asText()).isEqualTo("Awa Diop");
        assertThat(Instant.parse(params.get("savedAt").asText()))
                .isEqualTo(Instant.parse(newerDraft.get("createdAt").asText()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(matchOf(awa)).isNullOrEmpty();
        assertThat(assigned(ines)).isZero();
        assertThat(HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(mentorEmail,
                StandardCharsets.UTF_8), null, null)).get("messages")).isEmpty();
        assertThat(HubClient.parse(current(cohort, token(lcm, "lcm"))).at("/draft/draftId").asText()).isEqualTo(newer);

        HttpResponse<String> published = publish(cohort, token(lcm, "lcm"), newer);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(HubClient.parse(published).get("published").findValuesAsText("learnerId")).containsExactly(awa);
        assertThat(HubClient.parse(current(cohort, token(lcm, "lcm"))).get("draft").isNull()).isTrue();
        // Published since, the older draft is still refused, and changes nothing.
        assertThat(publish(cohort, token(colleague, "lcm"), older).statusCode()).isEqualTo(409);
        assertThat(assigned(ines)).isEqualTo(1);
    }

    @Test
    void publishingWritesThePairsCountsThePlacesAndMailsBothSides() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm, "en");
        String mentorEmail = unique("dmitri") + "@example.org";
        String dmitri = mentor(mentorEmail, "Dmitri Volkov", cohort, "[\"en\"]", 2);
        String learnerEmail = unique("awa") + "@example.org";
        List<String> learners = List.of(learner(cohort, learnerEmail, "en"), learner(cohort, "en"),
                learner(cohort, "en"));
        JsonNode draft = HubClient.parse(draft(cohort, token(lcm, "lcm"), null));
        assertThat(draft.get("matches")).hasSize(2);
        assertThat(draft.at("/unmatched/0/reasons/0/code").asText()).isEqualTo("places-taken");
        assertThat(draft.at("/unmatched/0/reasons/0/message").asText()).containsPattern("went to (another learner|other learners)");

        HttpResponse<String> answer = publish(cohort, token(lcm, "lcm"), draft.get("draftId").asText());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode result = HubClient.parse(answer);
        assertThat(result.get("published")).hasSize(2);
        assertThat(result.get("skipped")).isEmpty();
        assertThat(assigned(dmitri)).isEqualTo(2);
        assertThat(matchesPerMentor(learners)).isEqualTo(Map.of(dmitri, 2));
        for (JsonNode p : result.get("published")) {
            Map<String, AttributeValue> match = matchOf(p.get("learnerId").asText());
            assertThat(match.get("mentorId").s()).isEqualTo(dmitri);
            assertThat(match.get("GSI1PK").s()).isEqualTo("COHORT#" + cohort.cohortId());
        }
        JsonNode mentorMail = HubClient.parse(client.json("GET", "/dev/outbox?to="
                + URLEncoder.encode(mentorEmail, StandardCharsets.UTF_8), null, null)).get("messages");
        // The page reads the published pairs back, by mentor; another team does not.
        HttpResponse<String> current = client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/matching",
                token(lcm, "lcm"), null);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        JsonNode byMentor = HubClient.parse(current).get("mentors");
        assertThat(byMentor).hasSize(1);
        assertThat(byMentor.get(0).get("mentorId").asText()).isEqualTo(dmitri);
        assertThat(byMentor.get(0).get("learners").findValuesAsText("learnerId"))
                .containsExactlyInAnyOrderElementsOf(result.get("published").findValuesAsText("learnerId"));
        assertThat(client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/matching",
                token(unique("lcm") + "@example.org", "lcm"), null).statusCode()).isEqualTo(403);
        // One mail naming both new mentees, as the publish question counts one mentor to be told.
        assertThat(mentorMail).hasSize(1);
        assertThat(mentorMail.get(0).get("kind").asText()).isEqualTo("new-mentee");

        // The same draft again changes nothing, and published learners are not proposed again.
        JsonNode twice = HubClient.parse(publish(cohort, token(lcm, "lcm"), draft.get("draftId").asText()));
        assertThat(twice.get("published")).isEmpty();
        assertThat(twice.findValuesAsText("reason")).containsOnly("already-matched").hasSize(2);
        assertThat(assigned(dmitri)).isEqualTo(2);
        JsonNode again = HubClient.parse(draft(cohort, token(lcm, "lcm"), null));
        assertThat(again.get("matches")).isEmpty();
        assertThat(again.get("unmatched")).hasSize(1);
    }

    @Test
    void overlappingDraftsPublishedTogetherNeverOverfillNorDoubleMatch() throws Exception {
        // Only the latest of the two publishes; the same draft published twice at once writes each pair once.
        String lcm = unique("lcm") + "@example.org";
        String auth = token(lcm, "lcm");
        Cohort cohort = cohort(lcm, "en");
        String m1 = mentor(unique("m1") + "@example.org", "Mentor One", cohort, "[\"en\"]", 3);
        String m2 = mentor(unique("m2") + "@example.org", "Mentor Two", cohort, "[\"en\"]", 3);
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            learners.add(learner(cohort, "en"));
        }
        JsonNode d1 = HubClient.parse(draft(cohort, auth, null));
        assertThat(d1.get("matches")).hasSize(6);
        // The second draft excludes every pair of the first: each learner gets the other mentor.
        StringBuilder exclusions = new StringBuilder("{\"exclusions\":[");
        d1.get("matches").forEach(m -> exclusions.append("{\"learnerId\":\"").append(m.get("learnerId").asText())
                .append("\",\"mentorId\":\"").append(m.get("mentorId").asText()).append("\"},"));
        exclusions.setLength(exclusions.length() - 1);
        JsonNode d2 = HubClient.parse(draft(cohort, auth, exclusions + "]}"));
        assertThat(d2.get("matches")).hasSize(6);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> runs = new ArrayList<>();
        for (String id : List.of(d1.get("draftId").asText(), d2.get("draftId").asText(),
                d1.get("draftId").asText(), d2.get("draftId").asText())) {
            runs.add(pool.submit((Callable<HttpResponse<String>>) () -> publish(cohort, auth, id)));
        }
        int published = 0;
        for (int i = 0; i < runs.size(); i++) {
            HttpResponse<String> answer = runs.get(i).get(60, TimeUnit.SECONDS);
            if (i % 2 == 0) { // the first draft, replaced by the second: refused whole
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                assertThat(HubClient.parse(answer).at("/error/code").asText()).isEqualTo("draft_superseded");
                continue;
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            published += HubClient.parse(answer).get("published").size();
        }
        pool.shutdown();

        Map<String, Integer> perMentor = matchesPerMentor(learners);
        assertThat(published).isEqualTo(6);
        assertThat(perMentor.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        assertThat(assigned(m1)).isEqualTo(perMentor.getOrDefault(m1, 0)).isLessThanOrEqualTo(3);
        assertThat(assigned(m2)).isEqualTo(perMentor.getOrDefault(m2, 0)).isLessThanOrEqualTo(3);
    }

    @Test
    void aPublishRacingACapacityDecreaseNeverOverfills() throws Exception {
        for (int round = 0; round < 3; round++) {
            String lcm = unique("lcm") + "@example.org";
            Cohort cohort = cohort(lcm, "en");
            String email = unique("emma") + "@example.org";
            String emma = mentor(email, "Emma Leroy", cohort, "[\"en\"]", 5);
            List<String> learners = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                learners.add(learner(cohort, "en"));
            }
            String draftId = HubClient.parse(draft(cohort, token(lcm, "lcm"), null)).get("draftId").asText();

            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<HttpResponse<String>> publish = pool.submit(() -> publish(cohort, token(lcm, "lcm"), draftId));
            Future<HttpResponse<String>> shrink = pool.submit(() -> client.json("PUT", "/api/mentors/me",
                    token(email, "mentor"), profile("Emma Leroy", cohort, "[\"en\"]", 2)));
            HttpResponse<String> published = publish.get(60, TimeUnit.SECONDS);
            HttpResponse<String> shrunk = shrink.get(60, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            assertThat(shrunk.statusCode()).as(shrunk.body()).isIn(200, 409);
            int held = matchesPerMentor(learners).getOrDefault(emma, 0);
            assertThat(assigned(emma)).isEqualTo(held).isLessThanOrEqualTo(capacity(emma));
            assertThat(HubClient.parse(published).get("published")).hasSize(held);
            if (shrunk.statusCode() == 200) {
                assertThat(capacity(emma)).isEqualTo(2);
                assertThat(held).isLessThanOrEqualTo(2);
            } else {
                assertThat(capacity(emma)).isEqualTo(5);
                assertThat(held).isGreaterThan(2);
            }
        }
    }
}
