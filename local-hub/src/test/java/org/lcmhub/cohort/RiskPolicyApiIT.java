package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.risk.RiskPolicy;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A cohort's early-warning thresholds through the local hub and its JWT authorizer, on moto: who
 * may read and change them, field errors that write nothing, the thresholds kept on the cohort
 * item, and the dashboard, its CSV and the learner's own standing judged with them.
 */
class RiskPolicyApiIT extends LocalHubTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String ALICE = "alice@example.org";

    private record Built(Cohort cohort, LearnerKey ben) {
        String path(String tail) {
            return "/api/cohorts/" + cohort.cohortId() + tail;
        }
    }

    /** Week 5 of a cohort run by alice; Ben checked in every week and is 15 points behind the plan. */
    private Built cohortWithBen() {
        String id = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(4);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, start, 8, 10, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String learnerId = UUID.randomUUID().toString();
        LearnerKey key = LearnerKey.issue(learnerId);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(learnerId, "Ben", learnerId + "@example.org",
                cohort.pathId(), id, Language.EN, PARIS.getId(), null, null, LearnerStatus.ENROLLED, null,
                start.minusDays(3).atStartOfDay(PARIS).toInstant()), key.hash(), Instant.now(), Duration.ZERO);
        int[] progress = {10, 20, 30, 35}; // 50 % expected by the end of week 4
        DynamoCheckInStore checkIns = new DynamoCheckInStore(moto.dynamo(), moto.table());
        for (int w = 0; w < progress.length; w++) {
            LocalDate monday = start.plusWeeks(w);
            checkIns.put(new WeeklyCheckIn(learnerId, id, IsoWeek.of(monday), progress[w], null, 4, 4, null, false, null,
                    monday.plusDays(1).atTime(18, 0).atZone(PARIS).toInstant()));
        }
        return new Built(cohort, key);
    }

    private Map<String, AttributeValue> meta(Built b) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.cohort(b.cohort().cohortId()))).item();
    }

    /** Ben's level on the dashboard's list (ok when he is not on it), in the CSV and on /api/me. */
    private List<String> bensLevels(Built b) throws Exception {
        JsonNode d = HubClient.parse(client.json("GET", b.path("/dashboard"), token(ALICE, "lcm"), null));
        String onDashboard = d.get("atRisk").isEmpty() ? "ok" : d.get("atRisk").get(0).get("level").asText();
        String csv = client.json("GET", b.path("/export.csv"), token(ALICE, "lcm"), null).body();
        String inCsv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().get(0).get("risk");
        String onMe = HubClient.parse(client.json("GET", "/api/me", "Bearer " + b.ben().token(), null))
                .at("/standing/level").asText();
        return List.of(onDashboard, inCsv, onMe);
    }

    @Test
    void theTeamSetsThresholdsOnTheCohortAndTheDashboardCsvAndApiMeUseThem() throws Exception {
        Built b = cohortWithBen();
        HttpResponse<String> read = client.json("GET", b.path("/risk-policy"), token(ALICE, "lcm"), null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode defaults = HubClient.parse(read);
        assertThat(defaults.get("custom").asBoolean()).isFalse();
        assertThat(defaults.get("atRiskScore").asDouble()).isEqualTo(RiskPolicy.DEFAULTS.atRiskScore());
        assertThat(meta(b)).doesNotContainKey("riskPolicy");
        // Ben's score, the same on the dashboard and on /api/me; the cohort's thresholds place it.
        JsonNode standing = HubClient.parse(client.json("GET", "/api/me", "Bearer " + b.ben().token(), null)).at("/standing");
        double score = standing.get("score").asDouble();
        assertThat(standing.get("silentNow").asBoolean()).isFalse();
        JsonNode row = HubClient.parse(client.json("GET", b.path("/dashboard"), token(ALICE, "lcm"), null)).at("/atRisk/0");
        if (!row.isMissingNode()) {
            assertThat(row.get("score").asDouble()).isEqualTo(score);
        }
        String byDefault = RiskPolicy.DEFAULTS.level(score).wire();
        assertThat(bensLevels(b)).containsExactly(byDefault, byDefault, byDefault);

        HttpResponse<String> strict = client.json("PUT", b.path("/risk-policy"), token(ALICE, "lcm"),
                String.format(java.util.Locale.ROOT, "{\"watchScore\":%.4f,\"atRiskScore\":%.4f}", score / 2, score - 0.001));
        assertThat(strict.statusCode()).as(strict.body()).isEqualTo(200);
        assertThat(HubClient.parse(strict).get("custom").asBoolean()).isTrue();
        Map<String, AttributeValue> stored = meta(b).get("riskPolicy").m();
        assertThat(Double.parseDouble(stored.get("atRiskScore").n())).isCloseTo(score - 0.001, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(stored.get("dropoutSilentWeeks").n()).isEqualTo("4");
        assertThat(bensLevels(b)).containsExactly("at-risk", "at-risk", "at-risk");

        assertThat(client.json("PUT", b.path("/risk-policy"), token(ALICE, "lcm"),
                String.format(java.util.Locale.ROOT, "{\"watchScore\":%.4f,\"atRiskScore\":0.95}", score + 0.001))
                .statusCode()).isEqualTo(200);
        assertThat(bensLevels(b)).containsExactly("ok", "ok", "ok");
        // Other changes to the cohort keep its thresholds.
        assertThat(client.json("PATCH", b.path(""), token(ALICE, "lcm"), "{\"title\":\"Renamed\"}").statusCode())
                .isEqualTo(200);
        assertThat(HubClient.parse(client.json("GET", b.path("/risk-policy"), token(ALICE, "lcm"), null))
                .get("atRiskScore").asDouble()).isEqualTo(0.95);
    }

    @Test
    void onlyTheTeamAndOnlyValidThresholdsAndNothingWrittenOtherwise() throws Exception {
        Built b = cohortWithBen();
        assertThat(client.json("PUT", b.path("/risk-policy"), token(ALICE, "lcm"), "{\"atRiskScore\":0.5,"
                + "\"dropoutSilentWeeks\":5}").statusCode()).isEqualTo(200);
        Map<String, AttributeValue> before = meta(b);

        HttpResponse<String> bad = client.json("PUT", b.path("/risk-policy"), token(ALICE, "lcm"),
                "{\"watchScore\":0.6,\"atRiskScore\":0.5,\"dropoutSilentWeeks\":\"low\",\"speed\":1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("dropoutSilentWeeks", "speed");
        HttpResponse<String> badRanges = client.json("PUT", b.path("/risk-policy"), token(ALICE, "lcm"),
                "{\"watchScore\":0.6,\"atRiskScore\":0.5,\"dropoutSilentWeeks\":30}");
        assertThat(badRanges.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(badRanges).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("atRiskScore", "dropoutSilentWeeks");

        String fine = "{\"watchScore\":0.3}";
        for (String method : List.of("GET", "PUT")) {
            String body = method.equals("PUT") ? fine : null;
            String path = b.path("/risk-policy");
            assertThat(client.json(method, path, token("bruno@example.org", "lcm"), body).statusCode()).as(method)
                    .isEqualTo(403);
            assertThat(client.json(method, path, token("dmitri@example.org", "mentor"), body).statusCode()).as(method)
                    .isEqualTo(403);
            assertThat(client.json(method, path, token(ALICE), body).statusCode()).as(method).isEqualTo(403);
            HttpResponse<String> anonymous = client.json(method, path, null, body);
            assertThat(anonymous.statusCode()).as(method).isEqualTo(401);
            assertThat(anonymous.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
            assertThat(client.json(method, "/api/cohorts/no-such-cohort/risk-policy", token(ALICE, "lcm"), body)
                    .statusCode()).as(method).isEqualTo(404);
        }
        assertThat(meta(b)).isEqualTo(before);
        assertThat(moto.dynamo().getItem(r -> r.tableName(moto.table())
                .key(Keys.cohort("no-such-cohort"))).hasItem()).isFalse();
    }
}
