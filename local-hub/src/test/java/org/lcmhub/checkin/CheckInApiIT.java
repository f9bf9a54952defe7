package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Weekly check-ins through the local hub, on moto through the real SDK: the learner's key, one item
 * per learner and week, field errors and refusals that write nothing, {@code /api/me}, export, erasure.
 */
class CheckInApiIT extends LocalHubTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");


    /** A cohort that started on the Monday two weeks before this one (learner's time), for 8 weeks. */
    private Cohort runningCohort() {
        String id = "run-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.FR, start, 8, 10, true, 0, 0,
                Set.of(Fixtures.LCM_SUB), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return cohort;
    }

    /** Signs a learner up to the cohort and returns their personal key, from the confirmation mail. */
    private String signUp(Cohort cohort) throws Exception {
        String email = "learner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"Léa Martin\",\"email\":\""
                + email + "\",\"pathId\":\"" + cohort.pathId() + "\",\"cohortId\":\"" + cohort.cohortId()
                + "\",\"language\":\"fr\",\"timezone\":\"Europe/Paris\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        return keyFromOutbox(email);
    }

    private static String idOf(String key) {
        return key.substring(0, key.lastIndexOf('.'));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> checkIn(String key, String week, int progress, boolean needHelp) throws Exception {
        return client.json("POST", "/api/checkins", key == null ? null : "Bearer " + key,
                "{" + (week == null ? "" : "\"week\":\"" + week + "\",") + "\"progress\":" + progress
                        + ",\"hoursSpent\":3.5,\"mood\":3,\"needHelp\":" + needHelp
                        + ",\"message\":\"<b>Boucles</b> & listes\"}");
    }

    private List<Map<String, AttributeValue>> checkInItems(String learnerId) {
        return Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(learnerId), Keys.CHECKIN);
    }

    /** The cohort's check-ins as the dashboard will read them: one GSI1 query, paginated. */
    private List<Map<String, AttributeValue>> cohortCheckIns(String cohortId) {
        return moto.dynamo().queryPaginator(r -> r.tableName(moto.table()).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :sk)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("COHORT#" + cohortId),
                        ":sk", AttributeValue.fromS(Keys.CHECKIN)))).items().stream().toList();
    }

    @Test
    void tenIdenticalCheckInsSentAtOnceGetExactlyOne201() throws Exception {
        String key = signUp(runningCohort());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(pool.submit(() -> {
                go.await();
                return checkIn(key, null, 25, false);
            }));
        }
        go.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : sent) {
            statuses.add(answer.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(checkInItems(idOf(key))).hasSize(1);
    }

    @Test
    void oneCheckInPerWeekUpdatedInPlaceAndShownOnApiMe() throws Exception {
        Cohort cohort = runningCohort();
        String key = signUp(cohort);
        IsoWeek current = IsoWeek.of(LocalDate.now(PARIS));
        IsoWeek previous = IsoWeek.of(current.monday().minusWeeks(1));

        HttpResponse<String> first = checkIn(key, null, 20, false);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(HubClient.parse(first).at("/checkIn/week").asText()).isEqualTo(current.toString());
        HttpResponse<String> again = checkIn(key, current.toString(), 35, true);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(HubClient.parse(again).get("status").asText()).isEqualTo("updated");
        assertThat(checkInItems(idOf(key))).singleElement()
                .satisfies(i -> assertThat(i.get("progress").n()).isEqualTo("35"));

        HttpResponse<String> earlier = checkIn(key, previous.toString(), 10, false);
        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(201);
        assertThat(checkInItems(idOf(key))).hasSize(2);
        assertThat(cohortCheckIns(cohort.cohortId())).extracting(i -> i.get("GSI1SK").s())
                .containsExactly(Keys.CHECKIN + previous + "#" + idOf(key), Keys.CHECKIN + current + "#" + idOf(key));

        JsonNode me = HubClient.parse(client.json("GET", "/api/me", "Bearer " + key, null));
        assertThat(me.get("checkIns")).extracting(c -> c.get("week").asText())
                .containsExactly(current.toString(), previous.toString());
        assertThat(me.at("/checkIns/0/message").asText()).isEqualTo("<b>Boucles</b> & listes");
        assertThat(me.at("/standing/progress").asInt()).isEqualTo(35);
        // Joined in the cohort's third week: their plan runs to its end, six weeks, and the cohort's spans eight.
        assertThat(me.at("/standing/planWeeks").asInt()).isEqualTo(6);
        assertThat(me.at("/cohort/planWeeks").asInt()).isEqualTo(8);
        // Asked for help in this week's check-in and nobody has been in touch yet: said in French.
        assertThat(me.at("/standing/silentNow").asBoolean()).isFalse();
        assertThat(me.at("/standing/score").asDouble()).isBetween(0.0, 1.0);
        assertThat(me.get("standing").get("reasons")).anySatisfy(r -> {
            assertThat(r.get("code").asText()).isEqualTo("help-waiting");
            assertThat(r.get("text").asText()).contains("aide");
        });
    }

    @Test
    void badFieldsAndWeeksOutsideTheCohortAre400AndWriteNothing() throws Exception {
        Cohort cohort = runningCohort();
        String key = signUp(cohort);
        IsoWeek beforeStart = IsoWeek.of(cohort.startDate().minusWeeks(1));
        IsoWeek next = IsoWeek.of(LocalDate.now(PARIS).plusWeeks(1));

        HttpResponse<String> bad = client.json("POST", "/api/checkins", "Bearer " + key,
                "{\"progress\":101,\"hoursSpent\":2,\"mood\":6,\"stepReached\":9}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("progress", "mood", "stepReached", "needHelp");
        for (IsoWeek week : List.of(beforeStart, next)) {
            HttpResponse<String> refused = checkIn(key, week.toString(), 10, false);
            assertThat(refused.statusCode()).as(week.toString()).isEqualTo(400);
            assertThat(HubClient.parse(refused).at("/error/fields/week").asText()).isNotBlank();
        }
        assertThat(checkInItems(idOf(key))).isEmpty();
        assertThat(cohortCheckIns(cohort.cohortId())).isEmpty();
    }

    @Test
    void noKeyOrAWrongKeyIs401AndWritesNothing() throws Exception {
        Cohort cohort = runningCohort();
        String key = signUp(cohort);
        String other = signUp(cohort);
        String forged = idOf(key) + "." + other.substring(other.lastIndexOf('.') + 1);

        for (String presented : new String[] {null, idOf(key), forged}) {
            HttpResponse<String> refused = checkIn(presented, null, 10, false);
            assertThat(refused.statusCode()).as(String.valueOf(presented)).isEqualTo(401);
        }
        assertThat(checkInItems(idOf(key))).isEmpty();
        assertThat(cohortCheckIns(cohort.cohortId())).isEmpty();
    }

    @Test
    void theSitesFormWithoutJavaScriptSendsTheKeyAsAField() throws Exception {
        Cohort cohort = runningCohort();
        String key = signUp(cohort);
        String form = "key=" + enc(key) + "&week=&progress=15&hoursSpent=2.5&mood=4&blockers=&message="
                + "&website=&next=%2Ffr%2Fmerci.html&errorPage=%2Ffr%2Ferreur.html";

        HttpResponse<String> done = client.send("POST", "/api/checkins", null, "application/x-www-form-urlencoded", form);
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/fr/merci.html?status=created");
        HttpResponse<String> refused = client.send("POST", "/api/checkins", null, "application/x-www-form-urlencoded",
                form.replace(enc(key), enc(idOf(key) + ".x")));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).startsWith("/fr/erreur.html?code=unauthorized");

        assertThat(checkInItems(idOf(key))).singleElement().satisfies(i -> {
            assertThat(i.get("needHelp").bool()).isFalse();
            assertThat(i.get("hoursSpent").n()).isEqualTo("2.5");
        });
    }

    @Test
    void theExportHoldsTheCheckInsAndErasureRemovesThem() throws Exception {
        Cohort cohort = runningCohort();
        String key = signUp(cohort);
        assertThat(checkIn(key, null, 40, false).statusCode()).isEqualTo(201);

        JsonNode export = HubClient.parse(client.json("GET", "/api/me/export", "Bearer " + key, null));
        assertThat(export.get("records")).anySatisfy(r -> {
            assertThat(r.get("type").asText()).isEqualTo("CheckIn");
            assertThat(r.get("progress").asInt()).isEqualTo(40);
            assertThat(r.has("GSI1PK")).isFalse();
        });

        assertThat(client.json("DELETE", "/api/me", "Bearer " + key, null).statusCode()).isEqualTo(200);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(idOf(key)))).isEmpty();
        assertThat(cohortCheckIns(cohort.cohortId())).isEmpty();
        assertThat(checkIn(key, null, 50, false).statusCode()).isEqualTo(401);
        assertThat(checkInItems(idOf(key))).isEmpty();
    }
}
