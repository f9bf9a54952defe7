package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;

/**
 * A learner who signed up before the start, waited, and got a seat six weeks into the cohort has
 * missed nothing: on the dashboard she is in her week 1, neither silent nor counted as dropped
 * out, whether the seat came from more seats or from a learner leaving. So too one who left and
 * signs up again into a free seat: her weeks start on her return, not on her first sign-up.
 */
class PromotedFromWaitlistIT extends LocalHubTest {
    private static final String ALICE = "alice@example.org";

    /**
     * A one-seat cohort of 14 weeks begun six weeks ago, so not past its half (a seat then goes to no
     * one waiting): Ana has its seat (and never checked in), Lan waits.
     */
    private Cohort fullCohort() {
        String id = "promo-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(6);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, start, 14, 1, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        assertThat(place(cohort, "Ana").learner().status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(place(cohort, "Lan").learner().status()).isEqualTo(LearnerStatus.WAITLISTED);
        return cohort;
    }

    /** Signed up two weeks before the cohort's start. */
    private SignupResult place(Cohort cohort, String name) {
        return place(cohort, name, LearnerKey.issue(UUID.randomUUID().toString()));
    }

    private SignupResult place(Cohort cohort, String name, LearnerKey key) {
        String learnerId = key.learnerId();
        Instant signedUp = cohort.startDate().minusWeeks(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Learner learner = new Learner(learnerId, name, learnerId + "@example.org", cohort.pathId(), cohort.cohortId(),
                Language.EN, "UTC", null, null, LearnerStatus.ENROLLED, null, signedUp);
        return new DynamoSignupStore(moto.dynamo(), moto.table()).place(learner, key.hash(),
                Instant.now(), Duration.ZERO);
    }

    private JsonNode dashboard(Cohort cohort) throws Exception {
        HttpResponse<String> r = client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/dashboard",
                token(ALICE, "lcm"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubClient.parse(r);
    }

    private static JsonNode row(JsonNode rows, String name) {
        for (JsonNode l : rows) {
            if (name.equals(l.get("name").asText())) {
                return l;
            }
        }
        return null;
    }

    private static void startsToday(JsonNode d) {
        JsonNode lan = row(d.get("learners"), "Lan");
        assertThat(lan).as(d.get("learners").toString()).isNotNull();
        assertThat(lan.get("status").asText()).as(lan.toString()).isNotIn("dropped-out", "silent");
        assertThat(row(d.get("atRisk"), "Lan")).as(d.get("atRisk").toString()).isNull();
    }

    @Test
    void moreSeatsGiveHerASeatAndHerWeeksStartThen() throws Exception {
        Cohort cohort = fullCohort();
        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + cohort.cohortId(), token(ALICE, "lcm"),
                "{\"seats\":2}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        JsonNode d = dashboard(cohort);
        assertThat(d.get("enrolled").asInt()).isEqualTo(2);
        // Ana, enrolled from the start and silent since, is counted out; Lan, enrolled today, is not.
        assertThat(d.get("droppedOut").asInt()).isEqualTo(1);
        assertThat(row(d.get("atRisk"), "Ana").get("outcome").asText()).isEqualTo("dropped-out");
        startsToday(d);
    }

    /**
     * Given a seat in the cohort's week 7 of 14, Lan is in her own week 1: the dashboard gives the
     * day her weeks count from and the cohort's week it falls in (the page words them), and so
     * does the export, in both its files; Ana, there from the start, counts from the cohort's first day.
     */
    @Test
    void theDashboardAndItsExportSayWhenHerWeeksStart() throws Exception {
        Cohort cohort = fullCohort();
        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + cohort.cohortId(), token(ALICE, "lcm"),
                "{\"seats\":2}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        JsonNode d = dashboard(cohort);
        JsonNode lan = row(d.get("learners"), "Lan");
        assertThat(lan.get("week").asInt()).as(lan.toString()).isEqualTo(1);
        assertThat(lan.get("firstWeek").asInt()).as("her week 1 is the cohort's week 7").isEqualTo(7);
        assertThat(lan.get("startDate").asText()).isEqualTo(today);
        JsonNode ana = row(d.get("atRisk"), "Ana");
        assertThat(ana.get("firstWeek").asInt()).as(ana.toString()).isEqualTo(1);
        assertThat(ana.get("startDate").asText()).isEqualTo(cohort.startDate().toString());

        HttpResponse<String> scripts = client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/export.csv",
                token(ALICE, "lcm"), null);
        assertThat(scripts.statusCode()).as(scripts.body()).isEqualTo(200);
        java.util.List<String> lines = scripts.body().lines().toList();
        assertThat(lines.get(0)).endsWith(",status,startDate,reasonCodes");
        assertThat(lines).filteredOn(l -> l.contains(",Lan,")).singleElement().asString().contains("," + today + ",");
        for (String lang : java.util.List.of("en", "fr")) {
            HttpResponse<String> reader = client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/export.csv?lang=" + lang,
                    token(ALICE, "lcm"), null);
            assertThat(reader.statusCode()).as(reader.body()).isEqualTo(200);
            String since = "fr".equals(lang) ? "Dans la cohorte depuis le (sa semaine 1)" : "In the cohort since (their week 1)";
            try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(reader.body().substring(1),
                    org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter("fr".equals(lang) ? ';' : ',')
                            .setHeader().setSkipHeaderRecord(true).get())) {
                assertThat(parser.getHeaderNames()).as(lang).contains(since);
                assertThat(parser.getRecords()).filteredOn(r -> r.get(0).equals("Lan")).singleElement()
                        .satisfies(r -> assertThat(r.get(since)).isEqualTo(today));
            }
        }
    }

    /**
     * Given a seat in the cohort's week 3 of 6 (before its half: later, no seat goes to its waitlist),
     * her own plan of 4 weeks starts there: My page is told the cohort's week her week 1 falls in,
     * so it draws 25 % at the end of week 3, not week 1.
     */
    @Test
    void myPageIsToldTheCohortsWeekHerPlanStartsIn() throws Exception {
        String id = "promo-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, start, 6, 1, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        place(cohort, "Ana");
        LearnerKey lan = LearnerKey.issue(UUID.randomUUID().toString());
        assertThat(place(cohort, "Lan", lan).learner().status()).isEqualTo(LearnerStatus.WAITLISTED);
        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + id, token(ALICE, "lcm"), "{\"seats\":2}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        HttpResponse<String> r = client.json("GET", "/api/me", "Bearer " + lan.token(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode standing = HubClient.parse(r).get("standing");
        assertThat(standing.get("week").asInt()).as(standing.toString()).isEqualTo(1);
        assertThat(standing.get("planWeeks").asInt()).isEqualTo(4);
        assertThat(standing.get("firstWeek").asInt()).as("her week 1 is the cohort's week 3").isEqualTo(3);
        assertThat(standing.get("startDate").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(standing.get("planByWeek")).extracting(JsonNode::asInt).containsExactly(25, 50, 75, 100);
    }

    @Test
    void aLearnerLeavingGivesHerTheSeatAndHerWeeksStartThen() throws Exception {
        Cohort cohort = fullCohort();
        String ana = row(dashboard(cohort).get("learners"), "Ana").get("learnerId").asText();
        assertThat(new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(ana, java.time.Instant.now()).promoted()).isNotNull();

        JsonNode d = dashboard(cohort);
        assertThat(d.get("enrolled").asInt()).isEqualTo(1);
        assertThat(d.get("droppedOut").asInt()).isZero();
        startsToday(d);
    }

    @Test
    void aLearnerWhoLeftAndSignsUpAgainToAFreeSeatStartsHerWeeksThen() throws Exception {
        String id = "back-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(6);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, start, 10, 2, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        place(cohort, "Ana"); // enrolled from the start, silent since: the cohort is never empty
        // Signed up two weeks before the start, with the key her link carries.
        String learnerId = UUID.randomUUID().toString();
        LearnerKey key = LearnerKey.issue(learnerId);
        Instant signedUp = start.minusWeeks(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        String email = learnerId + "@example.org";
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        signups.place(new Learner(learnerId, "Lan", email, cohort.pathId(), id, Language.EN, "UTC", null, null,
                LearnerStatus.ENROLLED, null, signedUp), key.hash(), signedUp, Duration.ZERO);
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(learnerId, Instant.now());
        dashboard(cohort); // the figures as they are without her, kept for the next read

        // She signs up again with the same address, six weeks in: the seat she left is free.
        Learner again = new Learner(UUID.randomUUID().toString(), "Lan", email, cohort.pathId(), id, Language.EN,
                "UTC", null, null, LearnerStatus.ENROLLED, null, Instant.now());
        SignupResult back = signups.place(again, LearnerKey.issue(again.learnerId()).hash(), Instant.now(),
                Duration.ZERO);
        assertThat(back.rejoined()).isTrue();
        assertThat(back.learner().learnerId()).isEqualTo(learnerId);
        assertThat(back.learner().status()).isEqualTo(LearnerStatus.ENROLLED);

        JsonNode d = dashboard(cohort);
        assertThat(d.get("enrolled").asInt()).isEqualTo(2);
        assertThat(d.get("droppedOut").asInt()).as("Ana only").isEqualTo(1);
        startsToday(d);

        JsonNode me = HubClient.parse(client.json("GET", "/api/me", "Bearer " + key.token(), null));
        assertThat(me.get("status").asText()).isEqualTo("enrolled");
        JsonNode standing = me.get("standing");
        assertThat(standing.get("week").asInt()).as(standing.toString()).isEqualTo(1);
        assertThat(standing.get("silentNow").asBoolean()).isFalse();
        assertThat(standing.get("outcome").asText()).isEqualTo("active");
        // Matching's rule: she may get a mentor, not left out as dropped out.
        assertThat(org.lcmhub.matching.Eligibility.excluded(cohort, signups.learnersOf(id), java.util.List.of(),
                Instant.now())).doesNotContainKey(learnerId);
    }
}
