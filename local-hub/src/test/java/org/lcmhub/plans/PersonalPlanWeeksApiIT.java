package org.lcmhub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.community.WebhookService;
import org.lcmhub.community.store.dynamodb.DynamoCheckInCounts;
import org.lcmhub.community.store.dynamodb.DynamoCohortNews;
import org.lcmhub.community.store.dynamodb.DynamoDeliveryStore;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import org.lcmhub.community.store.dynamodb.DynamoWebhookStore;
import org.lcmhub.community.webhook.AesGcmSecretBox;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.SecretBox;
import org.lcmhub.community.webhook.WebhookAddress;
import org.lcmhub.community.webhook.WebhookSender;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;

/**
 * A personal plan that runs past the cohort's end, through the local hub on moto: the check-in
 * takes the plan's weeks (and no later one, nor any from a learner without such a plan), and
 * silence in them shows on the dashboard and in the daily digest, whose cohort ended weeks ago.
 */
class PersonalPlanWeeksApiIT extends LocalHubTest {
    private final LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private final String lcm = unique("lcm") + "@example.org";

    /** One week, three weeks before this one: it ended on the Sunday of that week. */
    private Cohort endedCohort() {
        String id = unique("ended");
        Cohort cohort = new Cohort(id, "path-" + id, "Ended " + id, Language.EN, monday.minusWeeks(3), 1, 10, true, 0, 0,
                Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return cohort;
    }

    /** A learner enrolled before the cohort began (Reykjavik: UTC all year); returns their key. */
    private String learner(Cohort cohort, String name) {
        String id = unique("l");
        LearnerKey key = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, name, id + "@example.org", cohort.pathId(),
                cohort.cohortId(), Language.EN, "Atlantic/Reykjavik", null, 3, LearnerStatus.ENROLLED, null,
                cohort.startDate().minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()), key.hash(), Instant.now(),
                Duration.ZERO);
        return key.token();
    }

    private static String idOf(String key) {
        return key.substring(0, key.lastIndexOf('.'));
    }

    private HttpResponse<String> checkIn(String key, LocalDate week) throws Exception {
        return client.json("POST", "/api/checkins", "Bearer " + key, "{" + (week == null ? ""
                : "\"week\":\"" + IsoWeek.of(week) + "\",") + "\"progress\":40,\"hoursSpent\":2,\"mood\":3,\"needHelp\":false}");
    }

    private HttpResponse<String> plan(Cohort cohort, String key, int basedOn, LocalDate end) throws Exception {
        return client.json("PUT", "/api/cohorts/" + cohort.cohortId() + "/learners/" + idOf(key) + "/plan",
                token(lcm, "lcm"), "{\"basedOn\":" + basedOn + ",\"weeklyHours\":2,\"endDate\":\"" + end + "\"}");
    }

    /**
     * The plan as it stands once its end, {@code end}, has passed: the API moves an end no earlier
     * than this week's (it says so), so the next version is written as time would leave it.
     */
    private void endedOn(Cohort cohort, String key, LocalDate end) throws Exception {
        HttpResponse<String> refused = plan(cohort, key, 1, end);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(HubClient.parse(refused).at("/error/fields/endDate").isMissingNode()).isFalse();
        DynamoPlanStore plans = new DynamoPlanStore(moto.dynamo(), moto.table());
        PersonalPlan current = plans.current(idOf(key));
        plans.savePlan(new PlanStore.Author(PlanStore.Author.LCM, LocalIssuer.subFor(lcm), cohort.cohortId()),
                current.next(current.objectives(), current.weeklyHours(), end, "lcm", null, Instant.now()));
    }

    private JsonNode standing(Cohort cohort, String key) throws Exception {
        return HubClient.parse(client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/dashboard?learner=" + idOf(key),
                token(lcm, "lcm"), null)).at("/learners/0");
    }

    @Test
    void thePlansWeeksAfterTheCohortAreCheckedInForCountedAndReported() throws Exception {
        Cohort cohort = endedCohort();
        String ella = learner(cohort, "Ella Long");
        String sam = learner(cohort, "Sam Short");
        assertThat(checkIn(ella, cohort.startDate()).statusCode()).isEqualTo(201);
        assertThat(checkIn(sam, cohort.startDate()).statusCode()).isEqualTo(201);
        LocalDate ownEnd = cohort.endDate().plusWeeks(3); // the Sunday of this week
        HttpResponse<String> saved = plan(cohort, ella, 0, ownEnd);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        // Two weeks ago is after the cohort, in Ella's plan: taken. Sam has no such plan: refused, nothing written.
        assertThat(checkIn(ella, monday.minusWeeks(2)).statusCode()).isEqualTo(201);
        HttpResponse<String> refused = checkIn(sam, monday.minusWeeks(2));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(refused).at("/error/fields/week").asText()).startsWith("Your cohort ended on ");
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + sam, null)).get("checkIns")).hasSize(1);

        // My page learns until when, and why.
        JsonNode me = HubClient.parse(client.json("GET", "/api/me", "Bearer " + ella, null));
        assertThat(me.get("checkInsUntil").asText()).isEqualTo(ownEnd.toString());
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + sam, null)).get("checkInsUntil").asText())
                .isEqualTo(cohort.endDate().toString());

        // Last week's check-in is missing: Ella is silent now on the dashboard, weeks after the cohort's end;
        // Sam is not (no week after the cohort was his to send).
        JsonNode ellaNow = standing(cohort, ella);
        assertThat(ellaNow.get("silentNow").asBoolean()).as(ellaNow.toString()).isTrue();
        assertThat(standing(cohort, sam).get("silentNow").asBoolean()).isFalse();

        // The daily digest still reads the cohort for her, and tells the team.
        assertThat(client.json("GET", "/api/cohorts/mine", token(lcm, "lcm"), null).statusCode()).isEqualTo(200);
        HttpResponse<String> digest = client.json("POST", "/dev/schedules/DigestFunction", null, null);
        assertThat(digest.statusCode()).as(digest.body()).isEqualTo(200);
        JsonNode mails = HubClient.parse(client.json("GET",
                "/dev/outbox?to=" + URLEncoder.encode(lcm, StandardCharsets.UTF_8), null, null)).get("messages");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("text").asText()).contains("Ella Long").doesNotContain("Sam Short");

        // This week is still hers; once her plan has ended two weeks ago, last week no longer is.
        assertThat(checkIn(ella, null).statusCode()).isEqualTo(201);
        endedOn(cohort, ella, cohort.endDate().plusWeeks(1));
        assertThat(checkIn(ella, monday.minusWeeks(1)).statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + ella, null)).get("checkIns")).hasSize(3);
    }

    /**
     * A learner on a plan past the cohort's end asks for help in this week's check-in: the team's
     * channel hears of it (posts to the cohort otherwise stop at its end); a learner whose plan
     * ended last week, after asking, is past their own last day: no post for them.
     */
    @Test
    void aHelpRequestInThePlansWeeksAfterTheCohortReachesTheTeamsChannel(@TempDir Path dir) throws Exception {
        Cohort cohort = endedCohort();
        String ella = learner(cohort, "Ella Long");
        String sam = learner(cohort, "Sam Short");
        for (String key : List.of(ella, sam)) {
            assertThat(plan(cohort, key, 0, cohort.endDate().plusWeeks(3)).statusCode()).isEqualTo(200);
            assertThat(client.json("POST", "/api/checkins", "Bearer " + key,
                    "{\"progress\":40,\"hoursSpent\":2,\"mood\":2,\"needHelp\":true}").statusCode()).isEqualTo(201);
        }
        endedOn(cohort, sam, cohort.endDate().plusWeeks(2));

        List<String> received = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        Caller team = new Caller(LocalIssuer.subFor(lcm), lcm, Set.of(Caller.LCM));
        WebhookService hooks = webhooks(AesGcmSecretBox.inFile(dir.resolve("k")));
        try {
            hooks.set(team, cohort.cohortId(), "staff", new WebhookService.Input("json",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", null, null, null));
            hooks.remind(Instant.now());
        } finally {
            hooks.remove(team, cohort.cohortId(), "staff");
            receiver.stop(0);
        }
        assertThat(received).as(String.join("\n", received)).singleElement().satisfies(body -> assertThat(body)
                .contains("\"event\":\"asked-for-help\"", "Ella").doesNotContain("Sam"));
    }

    /**
     * A team's channel is asked about help requests after the cohort's end only while a learner's
     * plan could still run (at most {@link Cohort#PLAN_WEEKS_PAST_END_MAX} weeks): no query every
     * quarter of an hour for ever after an old cohort.
     */
    @Test
    void helpRequestsAreLookedForNoLaterThanAPlanMayRun(@TempDir Path dir) throws Exception {
        Cohort cohort = endedCohort();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        DynamoCheckInCounts counts = new DynamoCheckInCounts(moto.dynamo(), moto.table());
        org.lcmhub.community.store.CheckInCounts counted = new org.lcmhub.community.store.CheckInCounts() {
            @Override
            public int of(String cohortId, String isoWeek) {
                return counts.of(cohortId, isoWeek);
            }

            @Override
            public List<Help> askingForHelp(String cohortId, String isoWeek) {
                if (cohortId.equals(cohort.cohortId())) {
                    asked.incrementAndGet();
                }
                return counts.askingForHelp(cohortId, isoWeek);
            }
        };
        Caller team = new Caller(LocalIssuer.subFor(lcm), lcm, Set.of(Caller.LCM));
        WebhookService hooks = webhooks(AesGcmSecretBox.inFile(dir.resolve("k")), counted);
        hooks.set(team, cohort.cohortId(), "staff", new WebhookService.Input("json", "http://127.0.0.1:9/hook", null, null, null));
        try {
            Instant lastPossible = cohort.latestLastDay().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            hooks.remind(lastPossible.plusSeconds(3_600));
            assertThat(asked.get()).as("on the latest day a plan may reach").isEqualTo(1);
            hooks.remind(lastPossible.plus(Duration.ofDays(1)).plusSeconds(3_600));
            assertThat(asked.get()).as("the day after").isEqualTo(1);
        } finally {
            hooks.remove(team, cohort.cohortId(), "staff");
        }
    }

    private WebhookService webhooks(SecretBox box) {
        return webhooks(box, new DynamoCheckInCounts(moto.dynamo(), moto.table()));
    }

    private WebhookService webhooks(SecretBox box, org.lcmhub.community.store.CheckInCounts counts) {
        DynamoDeliveryStore deliveries = new DynamoDeliveryStore(moto.dynamo(), moto.table());
        return new WebhookService(new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoWebhookStore(moto.dynamo(), moto.table()), deliveries,
                counts, WebhookAddress.forTestsOnLoopback(), box,
                new Deliverer(deliveries, box, WebhookSender.jdk(), Clock.systemUTC(), Duration.ofMillis(200), w -> { }),
                "https://hub.example.org", new DynamoCohortNews(moto.dynamo(), moto.table()),
                new DynamoModerationStore(moto.dynamo(), moto.table()),
                new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(moto.dynamo(), moto.table()));
    }
}
