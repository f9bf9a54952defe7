package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.matching.draft.Draft;
import org.lcmhub.matching.draft.MatchStore;
import org.lcmhub.matching.draft.dynamodb.DynamoMatchStore;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.risk.RiskPolicy;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The LCM dashboard through the local hub and its JWT authorizer, on moto: who may read it, the
 * figures and the watch list on a constructed cohort, the CSV export, notes and the help signal,
 * and the SDK calls one dashboard makes.
 */
class DashboardApiIT extends LocalHubTest {
    /**
     * The learners' zone. The chart names weeks by UTC's calendar and each learner's flag by their
     * own: on UTC, "this week" is one week for both at every hour (with Paris, the two disagreed
     * for the hour when Paris's Monday has begun and UTC's Sunday has not ended). Learners' own
     * weeks in other zones are tested where that rule lives.
     */
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final String ALICE = "alice@example.org";


    /** A cohort, run by alice, that started on the Monday four weeks before this one: today is week 5. */
    private record Built(Cohort cohort, Map<String, LearnerKey> keys) {
        String id(String name) {
            return keys.get(name).learnerId();
        }
    }

    private Built cohortWithHistories() {
        return cohortWithHistories(Language.FR, "Cohorte ");
    }

    private Built cohortWithHistories(Language language, String title) {
        String id = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate thisMonday = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = thisMonday.minusWeeks(4);
        Cohort cohort = new Cohort(id, "path-" + id, title + id, language, start, 8, 10, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        Map<String, LearnerKey> keys = new java.util.LinkedHashMap<>();
        // Ana is on plan and checked in this week; Bea stopped after week 2 far behind; Chloé asked
        // for help this week; Dan never checked in (silent 4 weeks); Eve finished; Fay withdrew.
        for (String name : List.of("Ana", "Bea", "Chloé", "Dan", "=SUM(1+1)", "Fay")) {
            keys.put(name, place(cohort, name));
        }
        checkIns(keys.get("Ana"), cohort, new int[] {12, 25, 37, 50, 60}, false);
        checkIns(keys.get("Bea"), cohort, new int[] {10, 20}, false);
        checkIns(keys.get("Chloé"), cohort, new int[] {12, 25, 37, 50, 55}, true);
        checkIns(keys.get("=SUM(1+1)"), cohort, new int[] {30, 60, 100}, false);
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(keys.get("Fay").learnerId(), java.time.Instant.now());
        // Bea's mentor is the only one for this cohort's path; the others wait for a draft.
        new DynamoMentorStore(moto.dynamo(), moto.table()).save(new Mentor(mentorOf(id), mentorOf(id) + "@example.org",
                "Dmitri " + id, List.of(cohort.pathId()), List.of(), List.of("fr"), ZONE.getId(), 5, 0, false,
                List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0))), Instant.now()));
        assertThat(new DynamoMatchStore(moto.dynamo(), moto.table(), Clock.systemUTC()).publish(id, "d-1",
                new Draft.Pair(keys.get("Bea").learnerId(), mentorOf(id), 80, List.of()))).isEqualTo(MatchStore.Outcome.PUBLISHED);
        return new Built(cohort, keys);
    }

    private static String mentorOf(String cohortId) {
        return "mentor-" + cohortId;
    }

    /** A learner who signed up before the cohort started, so their week 1 is the cohort's. */
    private LearnerKey place(Cohort cohort, String name) {
        String learnerId = UUID.randomUUID().toString();
        LearnerKey key = LearnerKey.issue(learnerId);
        Instant signedUp = cohort.startDate().minusDays(3).atStartOfDay(ZONE).toInstant();
        Learner learner = new Learner(learnerId, name, learnerId + "@example.org", cohort.pathId(), cohort.cohortId(),
                Language.FR, ZONE.getId(), null, null, LearnerStatus.ENROLLED, null, signedUp);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(learner, key.hash(), Instant.now(), Duration.ZERO);
        return key;
    }

    /** One check-in a week from week 1, the last one submitted now (in the current week if it is week 5). */
    private void checkIns(LearnerKey key, Cohort cohort, int[] progress, boolean lastNeedsHelp) {
        DynamoCheckInStore store = new DynamoCheckInStore(moto.dynamo(), moto.table());
        for (int w = 0; w < progress.length; w++) {
            LocalDate monday = cohort.startDate().plusWeeks(w);
            boolean last = w == progress.length - 1;
            Instant submitted = last && w == 4 ? Instant.now() : monday.plusDays(1).atTime(18, 0).atZone(ZONE).toInstant();
            store.put(new WeeklyCheckIn(key.learnerId(), cohort.cohortId(), IsoWeek.of(monday), progress[w], null, 5,
                    4, null, last && lastNeedsHelp, null, submitted));
        }
    }

    private JsonNode dashboard(Built b) throws Exception {
        HttpResponse<String> r = client.json("GET", "/api/cohorts/" + b.cohort().cohortId() + "/dashboard",
                token(ALICE, "lcm"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubClient.parse(r);
    }

    private HttpResponse<String> note(Built b, String learnerId, String body, String authorization) throws Exception {
        return client.json("POST", "/api/cohorts/" + b.cohort().cohortId() + "/learners/" + learnerId + "/notes",
                authorization, body);
    }

    @Test
    void aWeekInWhichNobodyWasExpectedHasNoRateOnTheChart() throws Exception {
        // The cohort began three weeks ago; its only learner joined this week, so its first weeks
        // expected no check-in: their rate is null (the page draws "–"), not 0 % or an error.
        String id = "dash-late-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohorte " + id, Language.FR, start, 8, 10, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String learnerId = UUID.randomUUID().toString();
        Learner learner = new Learner(learnerId, "Léa", learnerId + "@example.org", cohort.pathId(), id,
                Language.FR, ZONE.getId(), null, null, LearnerStatus.ENROLLED, null, Instant.now());
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(learner, LearnerKey.issue(learnerId).hash(), Instant.now(), Duration.ZERO);

        HttpResponse<String> r = client.json("GET", "/api/cohorts/" + id + "/dashboard", token(ALICE, "lcm"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode first = HubClient.parse(r).get("charts").get("checkInRate").get(0);
        assertThat(first.get("expected").asInt()).isZero();
        assertThat(first.get("rate").isNull()).as(first.toString()).isTrue();
    }

    @Test
    void aCohortNobodyHasJoinedYetHasNoRatesRatherThanAnError() throws Exception {
        // A cohort just created: nobody to divide by, so both rates are null (the page draws "–"),
        // as the API description allows; every answer here is checked against it.
        String id = "dash-empty-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new Cohort(id, "path-" + id, "Cohorte " + id,
                Language.FR, start, 8, 10, true, 0, 0, Set.of(LocalIssuer.subFor(ALICE)), Instant.now()));

        HttpResponse<String> r = client.json("GET", "/api/cohorts/" + id + "/dashboard", token(ALICE, "lcm"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode view = HubClient.parse(r);
        assertThat(view.get("enrolled").asInt()).isZero();
        assertThat(view.get("dropoutRate").isNull()).as(view.toString()).isTrue();
        assertThat(view.get("successRate").isNull()).as(view.toString()).isTrue();
    }

    @Test
    void onlyTheCohortsLcmTeamReadsItsDashboardExportAndNotes() throws Exception {
        Built b = cohortWithHistories();
        String base = "/api/cohorts/" + b.cohort().cohortId();
        String noteBody = "{\"text\":\"Appelée\",\"contact\":true}";
        String bea = b.id("Bea");
        for (String path : List.of(base + "/dashboard", base + "/dashboard?limit=2", base + "/export.csv")) {
            assertThat(client.json("GET", path, token(ALICE, "lcm"), null).statusCode()).as(path).isEqualTo(200);
            assertThat(client.json("GET", path, token("bruno@example.org", "lcm"), null).statusCode()).as(path).isEqualTo(403);
            assertThat(client.json("GET", path, token("dmitri@example.org", "mentor"), null).statusCode()).as(path).isEqualTo(403);
            assertThat(client.json("GET", path, token("someone@example.org"), null).statusCode()).as(path).isEqualTo(403);
            HttpResponse<String> anonymous = client.json("GET", path, null, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }
        assertThat(client.json("GET", "/api/cohorts/no-such-cohort/dashboard", token(ALICE, "lcm"), null).statusCode())
                .isEqualTo(404);
        assertThat(note(b, bea, noteBody, token("bruno@example.org", "lcm")).statusCode()).isEqualTo(403);
        assertThat(note(b, bea, noteBody, token("dmitri@example.org", "mentor")).statusCode()).isEqualTo(403);
        assertThat(note(b, bea, noteBody, null).statusCode()).isEqualTo(401);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(bea), Keys.NOTE)).isEmpty();
    }

    @Test
    void figuresAndTheWatchListMostUrgentFirstInTheCohortsLanguage() throws Exception {
        Built b = cohortWithHistories();
        JsonNode d = dashboard(b);

        assertThat(d.get("enrolled").asInt()).isEqualTo(5); // Fay withdrew
        assertThat(d.get("active").asInt()).isEqualTo(3);
        assertThat(d.get("droppedOut").asInt()).isEqualTo(1);
        assertThat(d.get("succeeded").asInt()).isEqualTo(1);
        assertThat(d.get("dropoutRate").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(d.get("successRate").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(d.get("checkInRateThisWeek").asDouble()).isCloseTo(2.0 / 3, within(1e-9)); // Ana, Chloé
        assertThat(d.get("checkedInThisWeek").asInt()).isEqualTo(2);
        assertThat(d.get("expectedThisWeek").asInt()).isEqualTo(3);
        // The count is of the learners' own flags: one rule for the figure and the rows.
        assertThat(java.util.stream.StreamSupport.stream(d.get("learners").spliterator(), false)
                .filter(l -> l.get("checkedInThisWeek").asBoolean()).count()).isEqualTo(2);
        // Expected by the end of week 4 of 8: 50 %. Ana 60, Bea 20, Chloé 55.
        assertThat(d.get("averagePace").asDouble()).isCloseTo((1.2 + 0.4 + 1.1) / 3, within(1e-9));

        // Dan is silent long enough to count as dropped out; Chloé's pace slowed and she waits for
        // help; Bea's signs before her silence were mild, but she missed the last two check-ins.
        JsonNode atRisk = d.get("atRisk");
        assertThat(names(atRisk)).containsExactly("Dan", "Chloé", "Bea");
        JsonNode dan = atRisk.get(0);
        assertThat(dan.get("outcome").asText()).isEqualTo("dropped-out");
        assertThat(dan.get("level").asText()).isEqualTo("at-risk");
        assertThat(dan.get("silentNow").asBoolean()).as("counted out, and still missing this week's check-in").isTrue();
        assertThat(dan.get("lastCheckInWeek").isNull()).isTrue();
        assertThat(dan.get("mentor").isNull()).isTrue();
        JsonNode chloe = atRisk.get(1);
        assertThat(chloe.get("level").asText()).isEqualTo("watch");
        assertThat(chloe.get("silentNow").asBoolean()).isFalse();
        assertThat(chloe.get("score").asDouble()).isBetween(RiskPolicy.DEFAULTS.watchScore(), RiskPolicy.DEFAULTS.atRiskScore());
        assertThat(chloe.get("reasons").findValuesAsText("text"))
                .contains("A demandé de l’aide aujourd’hui, pas encore contacté·e");
        // Her last week brought 5 points where the plan expects 12.5: the sign that weighs is that week's.
        assertThat(chloe.get("reasons").findValuesAsText("code")).contains("help-waiting", "progress-stalled");
        JsonNode bea = atRisk.get(2);
        assertThat(bea.get("learnerId").asText()).isEqualTo(b.id("Bea"));
        assertThat(bea.get("level").asText()).isEqualTo("ok");
        assertThat(bea.get("silentNow").asBoolean()).isTrue();
        // One word for each, which every page shows: silent now above a level that flags nothing.
        assertThat(bea.get("status").asText()).isEqualTo("silent");
        assertThat(chloe.get("status").asText()).isEqualTo("watch");
        assertThat(dan.get("status").asText()).isEqualTo("dropped-out");
        assertThat(bea.get("lastCheckInWeek").asText())
                .isEqualTo(IsoWeek.of(b.cohort().startDate().plusWeeks(1)).toString());
        assertThat(bea.get("mentor").get("mentorId").asText()).isEqualTo(mentorOf(b.cohort().cohortId()));
        assertThat(bea.get("mentor").get("name").asText()).isEqualTo("Dmitri " + b.cohort().cohortId());
        JsonNode missed = bea.get("reasons").get(0);
        assertThat(missed.get("code").asText()).isEqualTo("missed-check-ins");
        assertThat(missed.get("params").get("weeks").asInt()).isEqualTo(2);
        assertThat(missed.get("text").asText()).isEqualTo("N’a pas fait les 2 derniers points hebdomadaires");

        // Everyone enrolled but Bea has no mentor; her mentor still has room and covers the path.
        // Dan dropped out and "=SUM(1+1)" finished: neither waits for a mentor.
        JsonNode without = d.get("withoutMentor");
        assertThat(names(without)).containsExactlyInAnyOrder("Ana", "Chloé");
        assertThat(without).allSatisfy(w -> {
            assertThat(w.get("reasons").findValuesAsText("code")).containsExactly("awaiting-draft");
            assertThat(w.at("/reasons/0/params/count").asInt()).isEqualTo(1);
            assertThat(w.get("reasons").get(0).get("text").asText()).startsWith("Une personne mentor qui convient a de la place");
        });
        JsonNode groups = d.get("withoutMentorGroups");
        assertThat(groups).hasSize(1);
        assertThat(groups.at("/0/reason/code").asText()).isEqualTo("awaiting-draft");
        assertThat(names(groups.at("/0/learners"))).containsExactlyInAnyOrder("Ana", "Chloé");
        // Risk reasons carry their figures by name; every enrolled learner is listed for the team.
        assertThat(atRisk).allSatisfy(l -> l.get("reasons").forEach(r -> assertThat(r.get("params").isObject()).isTrue()));
        JsonNode beaRow = null;
        for (JsonNode l : atRisk) {
            beaRow = "Bea".equals(l.get("name").asText()) ? l : beaRow;
        }
        assertThat(beaRow).isNotNull();
        assertThat(beaRow.get("lastCheckIn").asText()).isEqualTo(b.cohort().startDate().plusWeeks(1).toString());
        assertThat(names(d.get("learners"))).containsExactlyInAnyOrder("Ana", "Bea", "Chloé", "Dan", "=SUM(1+1)");
        assertThat(d.get("learners")).allSatisfy(l -> assertThat(l.get("email").asText()).endsWith("@example.org"));
        // The list of everyone says what the watch list says, learner by learner.
        for (JsonNode l : d.get("learners")) {
            for (JsonNode w : atRisk) {
                if (w.get("learnerId").equals(l.get("learnerId"))) {
                    assertThat(l.get("status")).as(l.get("name").asText()).isEqualTo(w.get("status"));
                }
            }
            assertThat(l.get("status").asText()).as(l.get("name").asText())
                    .isNotEqualTo(l.get("reasons").isEmpty() ? "signs" : "ok");
        }
    }

    @Test
    void chartsFollowTheCohortWeekByWeek() throws Exception {
        Built b = cohortWithHistories();
        JsonNode charts = dashboard(b).get("charts");
        String firstWeek = IsoWeek.of(b.cohort().startDate()).toString();

        JsonNode progress = charts.get("progress");
        assertThat(progress.findValuesAsText("learnerId")).containsExactlyInAnyOrder(
                b.id("Ana"), b.id("Bea"), b.id("Chloé"), b.id("Dan"), b.id("=SUM(1+1)"));
        JsonNode bea = progress.get(progress.findValuesAsText("learnerId").indexOf(b.id("Bea")));
        assertThat(bea.get("week").asInt()).isEqualTo(5);
        assertThat(bea.get("progress").asInt()).isEqualTo(20);
        assertThat(bea.get("expected").asInt()).isEqualTo(50);

        // Weeks 1-3: Ana, Bea, Chloé, Dan and Eve (who finished in week 3) are expected, then four;
        // Dan, silent four weeks, is counted as dropped out in week 5 and no longer expected.
        JsonNode rate = charts.get("checkInRate");
        assertThat(rate.findValuesAsText("week")).hasSize(5).startsWith(firstWeek);
        assertThat(rate.findValuesAsText("submitted")).containsExactly("4", "4", "3", "2", "2");
        assertThat(rate.findValuesAsText("expected")).containsExactly("5", "5", "5", "4", "3");
        // The same learners as the figure "checked in this week": the two say the same.
        assertThat(rate.get(4).get("rate").asDouble()).isEqualTo(dashboard(b).get("checkInRateThisWeek").asDouble());
        assertThat(rate.get(0).get("rate").asDouble()).isCloseTo(0.8, within(1e-9));

        JsonNode mood = charts.get("mood");
        assertThat(mood.findValuesAsText("count")).containsExactly("4", "4", "3", "2", "2");
        assertThat(mood).allSatisfy(w -> assertThat(w.get("mean").asDouble()).isEqualTo(4.0));
    }

    @Test
    void theCsvHasOneRowPerEnrolledLearnerAndNoFormula() throws Exception {
        Built b = cohortWithHistories();
        HttpResponse<String> r = client.json("GET", "/api/cohorts/" + b.cohort().cohortId() + "/export.csv",
                token(ALICE, "lcm"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + b.cohort().cohortId() + ".csv\"");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body())).getRecords();
        assertThat(rows).extracting(row -> row.get("name"))
                .containsExactlyInAnyOrder("Ana", "Bea", "Chloé", "Dan", "'=SUM(1+1)");
        CSVRecord bea = rows.stream().filter(row -> row.get("name").equals("Bea")).findFirst().orElseThrow();
        assertThat(bea.get("learnerId")).isEqualTo(b.id("Bea"));
        assertThat(bea.get("risk")).isEqualTo("ok");
        assertThat(bea.get("silentNow")).isEqualTo("true");
        assertThat(bea.get("progress")).isEqualTo("20");
        assertThat(bea.get("reasons")).contains("derniers points hebdomadaires");
        assertThat(bea.get("lastCheckInWeek")).isEqualTo(IsoWeek.of(b.cohort().startDate().plusWeeks(1)).toString());
        assertThat(rows.stream().filter(row -> row.get("name").startsWith("'=")).findFirst().orElseThrow()
                .get("outcome")).isEqualTo("succeeded");

        // The dashboard's status word, as a code, in the column scripts find last.
        JsonNode learners = dashboard(b).get("learners");
        for (JsonNode l : learners) {
            CSVRecord row = rows.stream().filter(x -> x.get("learnerId").equals(l.get("learnerId").asText())).findFirst().orElseThrow();
            assertThat(row.get("status")).as(l.get("name").asText()).isEqualTo(l.get("status").asText());
            // The day their own weeks count from, the dashboard's.
            assertThat(row.get("startDate")).as(l.get("name").asText()).isEqualTo(l.get("startDate").asText());
            // The reasons' codes, the dashboard's own, last (the newest column).
            java.util.List<String> codes = new java.util.ArrayList<>();
            l.get("reasons").forEach(x -> codes.add(x.get("code").asText()));
            assertThat(row.get("reasonCodes")).as(l.get("name").asText()).isEqualTo(String.join(";", codes));
        }
        assertThat(bea.get("status")).isEqualTo("silent");
        assertThat(bea.get("startDate")).isEqualTo(b.cohort().startDate().toString());
        assertThat(r.body()).startsWith("learnerId,name,outcome,risk,week,progress,pace,lastCheckInWeek,mentor,reasons,"
                + "silentNow,score,status,startDate,reasonCodes\r\n");
    }

    /** The dashboard's status words as the French catalogue writes them. */
    private static final Map<String, String> STATUS_FR = Map.of("dropped-out", "Compté·e comme abandon",
            "succeeded", "Terminé", "silent", "Silencieux·se en ce moment", "at-risk", "En danger", "watch", "À surveiller",
            "help", "A demandé de l’aide, pas encore contacté·e", "signs", "Quelques signes, pas encore à surveiller",
            "ok", "Aucun signe d’alerte");

    @Test
    void aFrenchReaderOfAnEnglishCohortGetsTheWholeFileInFrench() throws Exception {
        Built b = cohortWithHistories(Language.EN, "Café Python ");
        String csv = "/api/cohorts/" + b.cohort().cohortId() + "/export.csv";
        HttpResponse<String> r = client.json("GET", csv + "?lang=fr", token(ALICE, "lcm"), null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Language")).hasValue("fr");
        String start = Language.FR.day(b.cohort().startDate());
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Cafe Python "
                + b.cohort().cohortId() + " - " + start.replace("é", "e").replace("û", "u") + ".csv\"; filename*=UTF-8''Caf%C3%A9%20Python%20"
                + b.cohort().cohortId() + "%20%E2%80%93%20" + java.net.URLEncoder.encode(start, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + ".csv");
        assertThat(r.body()).startsWith("\uFEFFNom;Situation;Alerte précoce;Silencieux·se en ce moment")
                .doesNotContain(b.id("Bea"), "weekly", "active", "-W");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body().substring(1))).getRecords();
        // Each learner's word is the one the dashboard shows them, in the reader's language.
        for (JsonNode l : dashboard(b).get("learners")) {
            String name = l.get("name").asText();
            CSVRecord row = rows.stream().filter(x -> x.get("Nom").equals(CohortCsv.safe(name))).findFirst().orElseThrow();
            assertThat(row.get("Alerte précoce")).as(name).isEqualTo(STATUS_FR.get(l.get("status").asText()));
        }
        CSVRecord bea = rows.stream().filter(row -> row.get("Nom").equals("Bea")).findFirst().orElseThrow();
        assertThat(bea.get("Situation")).isEqualTo("Actif·ve");
        assertThat(bea.get("Alerte précoce")).isEqualTo("Silencieux·se en ce moment");
        assertThat(bea.get("Raisons")).contains("derniers points hebdomadaires");
        assertThat(bea.get("Dernier point d’étape (semaine du)")).isEqualTo(Language.FR.day(b.cohort().startDate().plusWeeks(1)));

        // Scripts asking for no language get the cohort's, with the codes.
        assertThat(client.json("GET", csv, token(ALICE, "lcm"), null).body())
                .startsWith("learnerId,name,outcome,risk,").contains("weekly check-ins").doesNotContain("hebdomadaires");
        HttpResponse<String> bad = client.json("GET", csv + "?lang=de", token(ALICE, "lcm"), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).get("error").get("fields").get("lang").asText()).isEqualTo(Language.ERROR);
    }

    @Test
    void aContactNoteClearsTheHelpSignalOnTheDashboardAndOnApiMe() throws Exception {
        Built b = cohortWithHistories();
        String chloe = b.id("Chloé");
        String me = "Bearer " + b.keys().get("Chloé").token();
        assertThat(HubClient.parse(client.json("GET", "/api/me", me, null)).at("/standing/reasons")
                .findValuesAsText("code")).contains("help-waiting");

        assertThat(note(b, chloe, "{\"text\":\"\"}", token(ALICE, "lcm")).statusCode()).isEqualTo(400);
        assertThat(note(b, "no-such-learner", "{\"text\":\"Hello\",\"contact\":true}", token(ALICE, "lcm"))
                .statusCode()).isEqualTo(404);
        Built other = cohortWithHistories();
        assertThat(note(b, other.id("Ana"), "{\"text\":\"Hello\",\"contact\":true}", token(ALICE, "lcm"))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> plain = note(b, chloe, "{\"text\":\"Vu son message sur le forum\",\"contact\":false}",
                token(ALICE, "lcm"));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
        assertThat(names(dashboard(b).get("atRisk"))).contains("Chloé");

        HttpResponse<String> contact = note(b, chloe, "{\"text\":\"Appel : boucles revues ensemble\",\"contact\":true}",
                token(ALICE, "lcm"));
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        assertThat(HubClient.parse(contact).get("contact").asBoolean()).isTrue();
        JsonNode listed = dashboard(b).get("atRisk");
        JsonNode chloeRow = listed.get(names(listed).indexOf("Chloé"));
        assertThat(chloeRow.get("reasons").findValuesAsText("code")).doesNotContain("help-waiting");
        JsonNode standing = HubClient.parse(client.json("GET", "/api/me", me, null)).get("standing");
        assertThat(standing.get("status")).isEqualTo(chloeRow.get("status"));
        assertThat(standing.get("reasons").findValuesAsText("code")).doesNotContain("help-waiting")
                .isEqualTo(chloeRow.get("reasons").findValuesAsText("code"));
        assertThat(standing.get("score").asDouble()).isEqualTo(chloeRow.get("score").asDouble());

        // Notes live in the learner's partition (and under the cohort on GSI1): exported, then erased.
        JsonNode export = HubClient.parse(client.json("GET", "/api/me/export", me, null));
        assertThat(export.get("records")).filteredOn(r -> r.get("type").asText().equals("Note")).hasSize(2);
        assertThat(client.json("DELETE", "/api/me", me, null).statusCode()).isEqualTo(200);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(chloe))).isEmpty();
        assertThat(cohortIndex(b.cohort().cohortId())).noneMatch(i -> i.get("learnerId").s().equals(chloe));
        assertThat(note(b, chloe, "{\"text\":\"Encore\",\"contact\":true}", token(ALICE, "lcm")).statusCode())
                .isEqualTo(404);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(chloe))).isEmpty();
    }

    @Test
    void notesAreReadByTheWholeTeamNewestFirstPageByPage() throws Exception {
        Built b = cohortWithHistories();
        String base = "/api/cohorts/" + b.cohort().cohortId() + "/learners/";
        String ana = b.id("Ana");
        String bruno = "bruno-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        assertThat(client.json("POST", "/api/cohorts/" + b.cohort().cohortId() + "/team", token(ALICE, "lcm"),
                "{\"sub\":\"" + LocalIssuer.subFor(bruno) + "\"}").statusCode()).isEqualTo(200);
        for (String text : List.of("Premier appel", "Relance par mail", "Point sur les boucles")) {
            assertThat(note(b, ana, "{\"text\":\"" + text + "\",\"contact\":true}", token(ALICE, "lcm"))
                    .statusCode()).isEqualTo(201);
        }

        // A colleague reads what Alice wrote, two at a time, newest first, with author and date.
        HttpResponse<String> first = client.json("GET", base + ana + "/notes?limit=2", token(bruno, "lcm"), null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode page = HubClient.parse(first);
        assertThat(page.get("notes").findValuesAsText("text")).containsExactly("Point sur les boucles", "Relance par mail");
        assertThat(page.get("notes").findValuesAsText("authorEmail")).containsOnly(ALICE);
        assertThat(page.at("/notes/0/createdAt").asText()).isNotBlank();
        String next = page.get("next").asText();
        JsonNode second = HubClient.parse(client.json("GET", base + ana + "/notes?limit=2&cursor=" + next,
                token(bruno, "lcm"), null));
        assertThat(second.get("notes").findValuesAsText("text")).containsExactly("Premier appel");
        assertThat(second.get("next").isNull()).isTrue();

        // Outside the team, a learner of another cohort, bad paging: refused.
        assertThat(client.json("GET", base + ana + "/notes", token("zoe@example.org", "lcm"), null).statusCode())
                .isEqualTo(403);
        assertThat(client.json("GET", base + ana + "/notes", token("dmitri@example.org", "mentor"), null)
                .statusCode()).isEqualTo(403);
        assertThat(client.json("GET", base + ana + "/notes", null, null).statusCode()).isEqualTo(401);
        Built other = cohortWithHistories();
        assertThat(client.json("GET", base + other.id("Ana") + "/notes", token(ALICE, "lcm"), null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> badLimit = client.json("GET", base + ana + "/notes?limit=0", token(ALICE, "lcm"), null);
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(badLimit).at("/error/fields/limit").asText()).isNotBlank();
        HttpResponse<String> badCursor = client.json("GET", base + ana + "/notes?cursor=Q0hFQ0tJTiM", token(ALICE, "lcm"), null);
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(badCursor).at("/error/fields/cursor").asText()).isNotBlank();
    }

    /** The learners' names of a list (not the names nested in it, such as their mentor's). */
    private static List<String> names(JsonNode learners) {
        List<String> names = new ArrayList<>();
        learners.forEach(l -> names.add(l.get("name").asText()));
        return names;
    }

    private List<Map<String, AttributeValue>> cohortIndex(String cohortId) {
        return moto.dynamo().queryPaginator(r -> r.tableName(moto.table()).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("COHORT#" + cohortId))))
                .items().stream().toList();
    }

    @Test
    void theDashboardReadsWithQueriesAndGetItemOnlyAndPagesThroughTheCohort() throws Exception {
        Built b = cohortWithHistories();
        List<SdkRequest> calls = new ArrayList<>();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                calls.add(context.request());
            }
        };
        try (DynamoDbClient counted = DynamoDbClient.builder().endpointOverride(moto.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter)).build()) {
            int pageSize = 2;
            DashboardHandler handler = new DashboardHandler(counted, moto.table(), pageSize, Clock.system(ZoneOffset.UTC));
            var response = handler.handleRequest(event("/api/cohorts/" + b.cohort().cohortId() + "/dashboard",
                    LocalIssuer.subFor(ALICE)), null);
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(response.getBody()).get("enrolled").asInt()).isEqualTo(5);

            int items = cohortIndex(b.cohort().cohortId()).size(); // 6 learners, 15 check-ins, Bea's match
            assertThat(items).isEqualTo(22);
            assertThat(calls).allSatisfy(c -> assertThat(c)
                    .isInstanceOfAny(QueryRequest.class, GetItemRequest.class, BatchGetItemRequest.class));
            assertThat(calls).filteredOn(GetItemRequest.class::isInstance).hasSize(1); // the cohort and its team
            // Mentor names by key: one batch with Bea's mentor only.
            assertThat(calls).filteredOn(BatchGetItemRequest.class::isInstance).singleElement().satisfies(batch ->
                    assertThat(((BatchGetItemRequest) batch).requestItems().get(moto.table()).keys())
                            .containsExactly(Keys.mentor(mentorOf(b.cohort().cohortId()))));
            // Every mentor (others may have saved profiles too), page by page, to say why four have none.
            List<QueryRequest> mentorPages = calls.stream().filter(QueryRequest.class::isInstance)
                    .map(QueryRequest.class::cast).filter(q -> q.expressionAttributeValues().get(":pk").s().equals("MENTORS"))
                    .toList();
            assertThat(mentorPages).isNotEmpty().allSatisfy(q -> assertThat(q.indexName()).isEqualTo(Keys.GSI1));
            // The cohort's personal plans and 1:1 reports: their own GSI1 partition, page by page too.
            List<QueryRequest> planPages = calls.stream().filter(QueryRequest.class::isInstance)
                    .map(QueryRequest.class::cast).filter(q -> q.expressionAttributeValues().get(":pk").s()
                            .equals(Keys.plansPk(b.cohort().cohortId()))).toList();
            assertThat(planPages).isNotEmpty().allSatisfy(q -> assertThat(q.indexName()).isEqualTo(Keys.GSI1))
                    .allSatisfy(q -> assertThat(q.limit()).isEqualTo(pageSize));
            List<QueryRequest> queries = calls.stream().filter(QueryRequest.class::isInstance)
                    .map(QueryRequest.class::cast).filter(q -> !mentorPages.contains(q) && !planPages.contains(q)).toList();
            assertThat(queries).allSatisfy(q -> {
                assertThat(q.indexName()).isEqualTo(Keys.GSI1);
                assertThat(q.limit()).isEqualTo(pageSize);
            });
            // Two ranges, every page followed (2 items a page, plus an empty page that ends each at
            // most): the cohort's learners and the match (no check-in), then the 6 standings, each
            // begun at sign-up.
            List<QueryRequest> people = queries.stream()
                    .filter(q -> q.expressionAttributeValues().get(":pk").s().equals("COHORT#" + b.cohort().cohortId()))
                    .toList();
            List<QueryRequest> standings = queries.stream()
                    .filter(q -> q.expressionAttributeValues().get(":pk").s().equals("STANDINGS#" + b.cohort().cohortId()))
                    .toList();
            assertThat(people.size() + standings.size()).isEqualTo(queries.size());
            assertThat(people).allSatisfy(q -> assertThat(q.keyConditionExpression()).contains("BETWEEN"));
            assertThat(people.size()).isBetween(4, 5); // 7 items
            assertThat(standings.size()).isBetween(3, 4); // 6 items
            assertThat(people.subList(1, people.size())).allSatisfy(q -> assertThat(q.exclusiveStartKey()).isNotEmpty());
            assertThat(standings.subList(1, standings.size())).allSatisfy(q -> assertThat(q.exclusiveStartKey()).isNotEmpty());
        }
    }

    private JsonNode paged(Built b, String query) throws Exception {
        HttpResponse<String> r = client.json("GET", "/api/cohorts/" + b.cohort().cohortId() + "/dashboard?" + query,
                token(ALICE, "lcm"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubClient.parse(r);
    }

    /** The view without its learners and the paged view's own fields: the cohort's figures. */
    private static JsonNode figures(JsonNode view) {
        com.fasterxml.jackson.databind.node.ObjectNode f = view.deepCopy();
        f.remove(List.of("learners", "next", "figuresAt"));
        return f;
    }

    @Test
    void pagesGiveTheWholeViewsFiguresAndEachLearnerOnceAsTheWholeViewShowsThem() throws Exception {
        Built b = cohortWithHistories();
        JsonNode whole = dashboard(b);
        assertThat(whole.get("learners")).hasSize(5); // Fay withdrew

        // Pages of 2 follow one another in the whole view's order, each with the whole view's figures.
        List<JsonNode> seen = new ArrayList<>();
        JsonNode page = paged(b, "limit=2");
        int pages = 1;
        while (true) {
            assertThat(figures(page)).isEqualTo(figures(whole));
            assertThat(page.get("learners").size()).isLessThanOrEqualTo(2);
            page.get("learners").forEach(seen::add);
            if (page.get("next").isNull()) {
                break;
            }
            page = paged(b, "limit=2&cursor=" + page.get("next").asText());
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(whole.get("learners"));
        assertThat(pages).isBetween(3, 4); // 6 standings (Fay's too), 2 a page, perhaps an empty last one

        JsonNode ana = paged(b, "learner=" + b.id("Ana"));
        assertThat(ana.get("learners")).containsExactly(seen.stream()
                .filter(l -> l.get("learnerId").asText().equals(b.id("Ana"))).findFirst().orElseThrow());
        assertThat(ana.get("next").isNull()).isTrue();
        assertThat(paged(b, "learner=" + b.id("Fay")).get("learners")).isEmpty(); // withdrew
        assertThat(paged(b, "learner=someone-else").get("learners")).isEmpty();

        String base = "/api/cohorts/" + b.cohort().cohortId() + "/dashboard?";
        for (String bad : List.of("limit=0", "limit=101", "limit=two")) {
            HttpResponse<String> r = client.json("GET", base + bad, token(ALICE, "lcm"), null);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(HubClient.parse(r).at("/error/fields/limit").asText()).as(bad).isNotBlank();
        }
        HttpResponse<String> cursor = client.json("GET", base + "limit=2&cursor=%25%25", token(ALICE, "lcm"), null);
        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(cursor).at("/error/fields/cursor").asText()).isNotBlank();
    }

    @Test
    void aSnapshotOfTheFiguresServesUntilACheckInOrAContactMovesTheCohortsRevision() throws Exception {
        Built b = cohortWithHistories();
        String cohortId = b.cohort().cohortId();
        Thread.sleep(2_100); // a snapshot is not kept while an index may still lag behind the last write
        JsonNode first = paged(b, "limit=10");
        Map<String, AttributeValue> item = figuresItem(cohortId);
        assertThat(item.get("figuresRev")).isEqualTo(item.get(Standings.REVISION));
        assertThat(paged(b, "limit=10").get("figuresAt")).isEqualTo(first.get("figuresAt")); // served from it

        // Dan checks in for the first time this week: the next view counts him at once.
        LocalDate thisMonday = b.cohort().startDate().plusWeeks(4);
        new DynamoCheckInStore(moto.dynamo(), moto.table()).put(new WeeklyCheckIn(b.id("Dan"), cohortId,
                IsoWeek.of(thisMonday), 10, null, 4, 3, null, false, null, Instant.now()));
        assertThat(Long.parseLong(figuresItem(cohortId).get(Standings.REVISION).n()))
                .isEqualTo(Long.parseLong(item.get(Standings.REVISION).n()) + 1);
        JsonNode after = paged(b, "limit=10");
        assertThat(figures(after)).isNotEqualTo(figures(first)).isEqualTo(figures(dashboard(b)));
        assertThat(after.get("checkInRateThisWeek").asDouble()).isGreaterThan(first.get("checkInRateThisWeek").asDouble());

        // A contact note moves it too: Chloé's help request is answered on the very next view.
        assertThat(note(b, b.id("Chloé"), "{\"text\":\"Appel\",\"contact\":true}", token(ALICE, "lcm")).statusCode())
                .isEqualTo(201);
        JsonNode contacted = paged(b, "limit=10");
        assertThat(contacted.get("atRisk").findValuesAsText("code")).doesNotContain("help-waiting");
        assertThat(figures(contacted)).isEqualTo(figures(dashboard(b)));
    }

    private Map<String, AttributeValue> figuresItem(String cohortId) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Standings.figuresKey(cohortId))).item();
    }

    private static APIGatewayV2HTTPEvent event(String path, String sub) {
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                .withClaims(Map.of("sub", sub, "cognito:groups", "[lcm]")).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("r")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path).build())
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build());
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withRequestContext(context.build()).build();
    }
}
