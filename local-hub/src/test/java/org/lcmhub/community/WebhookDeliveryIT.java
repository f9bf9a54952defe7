package org.lcmhub.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
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
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Webhooks of a cohort on moto: the API refuses addresses off the provider's hosts or inside the
 * network and never shows a stored address; the weekly reminder reaches a receiver in this test
 * once, after retries on 503 and 429 with growing waits, and a second run sends nothing again;
 * newcomers are welcomed once, named only with their consent; the team's channel hears the digest,
 * each learner newly at risk once per change, ended pairs and private reports (never their words).
 */
class WebhookDeliveryIT extends LocalHubTest {
    private static final String ALICE = "alice@example.org";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private HttpServer receiver;
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> waits = new ArrayList<>();
    private Cohort cohort;

    @BeforeEach
    void receiverAndCohort() throws Exception {
        answers.clear();
        received.clear();
        waits.clear();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status;
            synchronized (answers) {
                status = answers.isEmpty() ? 200 : answers.removeFirst();
            }
            if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        String id = "hooks-" + UUID.randomUUID().toString().substring(0, 8);
        cohort = new Cohort(id, "path-" + id, "Python " + id, Language.FR, LocalDate.now(PARIS).minusWeeks(1), 8, 10, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
    }

    /** The scheduled run reads every cohort's webhooks: none of this test's outlives it. */
    @AfterEach
    void stopReceiverAndRemoveWebhooks() {
        receiver.stop(0);
        items(Keys.WEBHOOK).forEach(i -> moto.dynamo().deleteItem(r -> r.tableName(moto.table())
                .key(Map.of(Keys.PK, i.get(Keys.PK), Keys.SK, i.get(Keys.SK)))));
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private WebhookService service(WebhookAddress addresses, SecretBox box) {
        return service(addresses, box, Clock.systemUTC());
    }

    private WebhookService service(WebhookAddress addresses, SecretBox box, Clock clock) {
        return service(addresses, box, clock, new org.lcmhub.community.store.dynamodb.DynamoCheckInCounts(moto.dynamo(), moto.table()),
                new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(moto.dynamo(), moto.table()));
    }

    private WebhookService service(WebhookAddress addresses, SecretBox box, Clock clock,
                                   org.lcmhub.community.store.CheckInCounts checkIns, org.lcmhub.plans.store.PlanStore plans) {
        DynamoDeliveryStore deliveries = new DynamoDeliveryStore(moto.dynamo(), moto.table());
        Deliverer deliverer = new Deliverer(deliveries, box, WebhookSender.jdk(), clock, Duration.ofMillis(200),
                waits::add);
        return new WebhookService(new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoWebhookStore(moto.dynamo(), moto.table()), deliveries,
                checkIns, addresses, box,
                deliverer, "https://hub.example.org", new DynamoCohortNews(moto.dynamo(), moto.table()),
                new DynamoModerationStore(moto.dynamo(), moto.table()), plans);
    }

    /** A service that may post to this test's receiver, with the cohort's webhook for {@code audience} set. */
    private WebhookService hooked(Path dir, String audience, String kind, String day, String time, String zone) {
        return hooked(dir, audience, kind, day, time, zone,
                new org.lcmhub.community.store.dynamodb.DynamoCheckInCounts(moto.dynamo(), moto.table()),
                new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(moto.dynamo(), moto.table()));
    }

    /** As above, reading the check-ins and the 1:1s through the given stores. */
    private WebhookService hooked(Path dir, String audience, String kind, String day, String time, String zone,
                                  org.lcmhub.community.store.CheckInCounts checkIns, org.lcmhub.plans.store.PlanStore plans) {
        WebhookService service = service(WebhookAddress.forTestsOnLoopback(), AesGcmSecretBox.inFile(dir.resolve("k")),
                Clock.systemUTC(), checkIns, plans);
        service.set(alice(), cohort.cohortId(), audience, new WebhookService.Input(kind, receiverUrl(), day, time, zone));
        return service;
    }

    private Caller alice() {
        return new Caller(LocalIssuer.subFor(ALICE), ALICE, Set.of(Caller.LCM));
    }

    private List<Map<String, AttributeValue>> items(String prefix) {
        return moto.dynamo().query(r -> r.tableName(moto.table()).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                .expressionAttributeValues(Map.of(":pk", Keys.s(Keys.cohortPk(cohort.cohortId())), ":p", Keys.s(prefix))))
                .items();
    }

    private HttpResponse<String> put(String audience, String who, String body) throws Exception {
        return client.json("PUT", "/api/cohorts/" + cohort.cohortId() + "/webhooks/" + audience, token(who, "lcm"), body);
    }

    @Test
    void theApiRefusesAddressesOffTheProvidersHostsOrInsideTheNetwork() throws Exception {
        for (String body : List.of(
                "{\"kind\":\"slack\",\"url\":\"https://hooks.example.org/services/T0/B0/x\"}",
                "{\"kind\":\"discord\",\"url\":\"http://discord.com/api/webhooks/1/x\"}",
                "{\"kind\":\"json\",\"url\":\"https://127.0.0.1:8399/hook\"}",
                "{\"kind\":\"json\",\"url\":\"" + receiverUrl() + "\"}",
                "{\"kind\":\"json\",\"url\":\"https://[::1]/hook\"}",
                "{\"kind\":\"json\",\"url\":\"https://169.254.169.254/latest/meta-data\"}")) {
            HttpResponse<String> refused = put("learners", ALICE, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(HubClient.parse(refused).at("/error/fields").fieldNames()).toIterable().as(body).containsExactly("url");
        }
        // Another service's address is named as such, for the page to say so: a Discord one with Slack chosen.
        HttpResponse<String> discord = put("learners", ALICE,
                "{\"kind\":\"slack\",\"url\":\"https://discord.com/api/webhooks/1/abc\"}");
        assertThat(discord.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(discord).at("/error/params/url").asText()).isEqualTo("other-service");
        assertThat(HubClient.parse(discord).at("/error/params/urlService").asText()).isEqualTo("discord");
        assertThat(HubClient.parse(put("learners", ALICE, "{\"kind\":\"slack\",\"url\":\"https://hooks.example.org/services/T0/B0/x\"}"))
                .at("/error/params").isMissingNode()).isTrue();
        assertThat(put("everyone", ALICE, "{\"kind\":\"json\",\"url\":\"https://hooks.example.org/x\"}").statusCode())
                .isEqualTo(400);
        assertThat(put("learners", "mallory@example.org", "{\"kind\":\"json\",\"url\":\"https://hooks.example.org/x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(items(Keys.WEBHOOK)).isEmpty();
    }

    @Test
    void aStoredAddressIsSealedAndShownByItsLastCharactersOnly(@TempDir Path dir) throws Exception {
        WebhookAddress publicDns = WebhookAddress.strict(host -> {
            if (!host.equals("hooks.slack.com")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName("52.1.2.3"));
        });
        service(publicDns, AesGcmSecretBox.inFile(dir.resolve("k"))).set(alice(), cohort.cohortId(), "learners",
                new WebhookService.Input("slack", "https://hooks.slack.com/services/T0/B0/secretXYZ9", "thu", "09:00",
                        "Europe/Paris"));
        Map<String, AttributeValue> item = items(Keys.WEBHOOK).get(0);
        assertThat(item.toString()).doesNotContain("secret").doesNotContain("hooks.slack.com");
        HttpResponse<String> listed = client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/webhooks", token(ALICE, "lcm"),
                null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain("secret").doesNotContain("hooks.slack.com");
        JsonNode w = HubClient.parse(listed).at("/webhooks/0");
        assertThat(w.get("endsWith").asText()).isEqualTo("XYZ9");
        assertThat(w.get("kind").asText()).isEqualTo("slack");
        assertThat(w.at("/reminder/time").asText()).isEqualTo("09:00");
    }

    @Test
    void theReminderArrivesOnceAfterRetriesOn503And429(@TempDir Path dir) throws Exception {
        WebhookService service = hooked(dir, "learners", "json", "thu", "09:00", "Europe/Paris");
        // This week's Thursday at 09:05 in Paris (or next week's, still within the cohort).
        LocalDate thursday = LocalDate.now(PARIS).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        Instant due = thursday.atTime(9, 5).atZone(PARIS).toInstant();
        assertThat(service.remind(due.minus(Duration.ofMinutes(10))).due()).isZero(); // 08:55: not yet

        answers.addAll(List.of(503, 429, 200));
        WebhookService.Run first = service.remind(due);
        assertThat(first).isEqualTo(new WebhookService.Run(1, 1, 0, 0));
        assertThat(received).as(String.join("\n", received)).hasSize(3);
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(received.get(0));
        assertThat(body.get("event").asText()).isEqualTo("checkin-reminder");
        assertThat(body.get("link").asText()).isEqualTo("https://hub.example.org/fr/point-d-etape.html");
        assertThat(body.get("title").asText()).startsWith("Point d’étape de la semaine");
        assertThat(received).allMatch(b -> b.equals(received.get(0))); // the same event each try
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofSeconds(1)); // doubled, then Retry-After

        // A later run of the same week, or a repeated one, sends nothing again.
        assertThat(service.remind(due.plus(Duration.ofMinutes(15)))).isEqualTo(new WebhookService.Run(1, 0, 1, 0));
        assertThat(received).hasSize(3);
        Map<String, AttributeValue> delivery = items(Keys.DELIVERY).get(0);
        assertThat(delivery.get("status").s()).isEqualTo("sent");
        assertThat(delivery.get("attempts").n()).isEqualTo("3");
    }

    @Test
    void theGroupKudosCountLastWeeksCheckInsWithoutANameOnce(@TempDir Path dir) throws Exception {
        WebhookService service = hooked(dir, "learners", "discord", "tue", "18:00", "Europe/Paris");
        LocalDate tuesday = LocalDate.now(PARIS).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        for (String name : List.of("Awa", "Ben")) {
            LocalDate day = tuesday.minusWeeks(1);
            moto.dynamo().putItem(r -> r.tableName(moto.table()).item(org.lcmhub.checkin.store.dynamodb.CheckInItems.toItem(
                    new org.lcmhub.checkin.model.WeeklyCheckIn(name + "-" + cohort.cohortId(), cohort.cohortId(),
                            org.lcmhub.checkin.model.IsoWeek.of(day), 40, null, 3, 4, null, false, null,
                            day.atStartOfDay(PARIS).toInstant()))));
        }
        Instant due = tuesday.atTime(18, 1).atZone(PARIS).toInstant();
        assertThat(service.remind(due)).isEqualTo(new WebhookService.Run(2, 2, 0, 0));
        assertThat(service.remind(due.plus(Duration.ofHours(1)))).isEqualTo(new WebhookService.Run(2, 0, 2, 0));
        assertThat(received).hasSize(2);
        JsonNode kudos = new com.fasterxml.jackson.databind.ObjectMapper().readTree(received.get(0));
        assertThat(kudos.at("/embeds/0/description").asText()).startsWith("2 d’entre vous ont fait leur point d’étape")
                .doesNotContain("Awa").doesNotContain("Ben");
        assertThat(kudos.at("/allowed_mentions/parse")).isEmpty();
    }

    @Test
    void theTeamsChannelHearsOfALearnerAskingForHelpOnceByFirstName(@TempDir Path dir) throws Exception {
        WebhookService service = hooked(dir, "staff", "teams", null, null, null);
        String id = UUID.randomUUID().toString();
        new org.lcmhub.signup.store.dynamodb.DynamoSignupStore(moto.dynamo(), moto.table()).place(new org.lcmhub.learner.Learner(
                id, "Gaspard Aide", id + "@example.org", cohort.pathId(), cohort.cohortId(), Language.FR, "Europe/Paris", null, null,
                org.lcmhub.learner.LearnerStatus.ENROLLED, null, Instant.now()),
                org.lcmhub.auth.LearnerKey.issue(id).hash(), Instant.now(), Duration.ZERO);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(org.lcmhub.checkin.store.dynamodb.CheckInItems.toItem(
                new org.lcmhub.checkin.model.WeeklyCheckIn(id, cohort.cohortId(), org.lcmhub.checkin.model.IsoWeek.of(today),
                        30, null, 2, 2, "Les boucles", true, null, Instant.now()))));
        assertThat(service.remind(Instant.now())).isEqualTo(new WebhookService.Run(1, 1, 0, 0));
        assertThat(service.remind(Instant.now())).isEqualTo(new WebhookService.Run(1, 0, 1, 0));
        assertThat(received).hasSize(1);
        JsonNode card = new com.fasterxml.jackson.databind.ObjectMapper().readTree(received.get(0)).at("/attachments/0/content");
        assertThat(card.at("/body/0/text").asText()).startsWith("Gaspard demande de l’aide").doesNotContain("Gaspard Aide");
        assertThat(card.at("/actions/0/url").asText()).endsWith("/fr/staff/tableau-de-bord.html?cohort=" + cohort.cohortId());
    }

    /**
     * The run comes every quarter of an hour: a learner whose request a contact note has answered in
     * between (the dashboard no longer lists it) is not announced; one noted days before asking still is.
     */
    @Test
    void aHelpRequestAnsweredByAContactNoteBeforeTheRunIsNotAnnounced(@TempDir Path dir) throws Exception {
        WebhookService service = hooked(dir, "staff", "teams", null, null, null);
        Instant asked = Instant.now().minusSeconds(600);
        String answered = placeLearner("Agathe Répondue", false);
        String waiting = placeLearner("Bastien Attente", false);
        var notes = new org.lcmhub.notes.store.dynamodb.DynamoNoteStore(moto.dynamo(), moto.table());
        notes.add(new org.lcmhub.notes.Note(waiting, cohort.cohortId(), "Appelé lundi", true, LocalIssuer.subFor(ALICE),
                asked.minus(Duration.ofDays(3))));
        for (String id : List.of(answered, waiting)) {
            moto.dynamo().putItem(r -> r.tableName(moto.table()).item(org.lcmhub.checkin.store.dynamodb.CheckInItems.toItem(
                    new org.lcmhub.checkin.model.WeeklyCheckIn(id, cohort.cohortId(),
                            org.lcmhub.checkin.model.IsoWeek.of(LocalDate.now(java.time.ZoneOffset.UTC)),
                            30, null, 2, 2, "Les boucles", true, null, asked))));
        }
        notes.add(new org.lcmhub.notes.Note(answered, cohort.cohortId(), "Rappelée, c'est réglé", true,
                LocalIssuer.subFor(ALICE), asked.plusSeconds(300)));
        assertThat(service.remind(Instant.now())).isEqualTo(new WebhookService.Run(1, 1, 0, 0));
        assertThat(received).hasSize(1);
        JsonNode card = new com.fasterxml.jackson.databind.ObjectMapper().readTree(received.get(0)).at("/attachments/0/content");
        assertThat(card.at("/body/0/text").asText()).startsWith("Bastien demande de l’aide");
    }

    /**
     * As on the dashboard, a 1:1 the mentor reported held on or after the day of the request (on the
     * learner's clock) answers it as a contact note does: that learner is not announced; one whose
     * last 1:1 was before the request still is. The cohort's 1:1s are read with one query, not one
     * per learner.
     */
    @Test
    void aHelpRequestAnsweredByAHeldOneToOneIsNotAnnounced(@TempDir Path dir) throws Exception {
        Instant asked = Instant.now().minusSeconds(600);
        LocalDate askedOn = LocalDate.ofInstant(asked, PARIS);
        String met = placeLearner("Chloé Vue", false);
        String metBefore = placeLearner("Driss Avant", false);
        String neverMet = placeLearner("Emma Seule", false);
        for (String id : List.of(met, metBefore, neverMet)) {
            moto.dynamo().putItem(r -> r.tableName(moto.table()).item(org.lcmhub.checkin.store.dynamodb.CheckInItems.toItem(
                    new org.lcmhub.checkin.model.WeeklyCheckIn(id, cohort.cohortId(),
                            org.lcmhub.checkin.model.IsoWeek.of(LocalDate.now(java.time.ZoneOffset.UTC)),
                            30, null, 2, 2, "Les boucles", true, null, asked))));
        }
        var plans = new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(moto.dynamo(), moto.table());
        held(plans, met, askedOn);
        held(plans, metBefore, askedOn.minusDays(3));

        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        software.amazon.awssdk.core.interceptor.ExecutionInterceptor watch = new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
            @Override
            public void afterExecution(software.amazon.awssdk.core.interceptor.Context.AfterExecution context,
                                       software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                calls.add(attributes.getAttribute(software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.OPERATION_NAME));
            }
        };
        WebhookService service;
        WebhookService.Run run;
        try (software.amazon.awssdk.services.dynamodb.DynamoDbClient client = moto.newClient(watch)) {
            service = hooked(dir, "staff", "teams", null, null, null,
                    new org.lcmhub.community.store.dynamodb.DynamoCheckInCounts(client, moto.table()),
                    new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(client, moto.table()));
            calls.clear();
            run = service.remind(Instant.now());
        }

        assertThat(run).isEqualTo(new WebhookService.Run(2, 2, 0, 0));
        List<String> announced = new ArrayList<>();
        for (String body : received) {
            announced.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(body)
                    .at("/attachments/0/content/body/0/text").asText());
        }
        assertThat(announced).hasSize(2).noneMatch(t -> t.contains("Chloé"))
                .anyMatch(t -> t.startsWith("Driss demande de l’aide")).anyMatch(t -> t.startsWith("Emma demande de l’aide"));
        // The week's requests, and the cohort's 1:1s: one query each, whatever the number of learners.
        assertThat(calls.stream().filter("Query"::equals).count()).isEqualTo(2);
    }

    /** A 1:1 reported held on {@code day} by the cohort's LCM. */
    private void held(org.lcmhub.plans.store.PlanStore plans, String learnerId, LocalDate day) {
        String sub = LocalIssuer.subFor(ALICE);
        plans.saveReport(new org.lcmhub.plans.store.PlanStore.Author("lcm", sub, cohort.cohortId()),
                new org.lcmhub.plans.SessionReport(System.currentTimeMillis() + "-" + UUID.randomUUID(), learnerId,
                        cohort.cohortId(), "lcm", sub, "Alice", day, org.lcmhub.plans.SessionReport.Outcome.HELD,
                        "Les boucles, pas à pas", null, List.of(), null, null, null, Instant.now()), null);
    }

    private String placeLearner(String name, boolean share) {
        String id = UUID.randomUUID().toString();
        new org.lcmhub.signup.store.dynamodb.DynamoSignupStore(moto.dynamo(), moto.table()).place(new org.lcmhub.learner.Learner(
                id, name, id + "@example.org", cohort.pathId(), cohort.cohortId(), Language.FR, "Europe/Paris", null, null,
                org.lcmhub.learner.LearnerStatus.ENROLLED, null, Instant.now()),
                org.lcmhub.auth.LearnerKey.issue(id).hash(), Instant.now(), Duration.ZERO, share);
        return id;
    }

    private List<JsonNode> bodies() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (String b : received) {
            bodies.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(b));
        }
        return bodies;
    }

    @Test
    void aNewcomerIsWelcomedOnceAndNamedOnlyWithTheirConsent(@TempDir Path dir) throws Exception {
        WebhookService service = hooked(dir, "learners", "json", null, null, null);
        placeLearner("Awa Diallo", true);
        placeLearner("Ben Martin", false);
        assertThat(service.remind(Instant.now())).isEqualTo(new WebhookService.Run(2, 2, 0, 0));
        assertThat(service.remind(Instant.now().plusSeconds(900))).isEqualTo(new WebhookService.Run(2, 0, 2, 0));
        List<String> titles = bodies().stream().map(b -> b.get("title").asText()).toList();
        assertThat(titles).hasSize(2).allMatch(t -> t.endsWith(cohort.title()));
        assertThat(titles).anyMatch(t -> t.startsWith("Bienvenue à Awa ·"))
                .anyMatch(t -> t.startsWith("Une nouvelle personne dans la cohorte"));
        assertThat(String.join("\n", received)).doesNotContain("Diallo").doesNotContain("Ben").doesNotContain("Martin");
        assertThat(bodies()).allMatch(b -> b.get("event").asText().equals("welcome"));
    }

    @Test
    void theTeamsChannelHearsTheDigestNewlyAtRiskPairsEndedAndReportsOnce(@TempDir Path dir) throws Exception {
        WebhookService service = hooked(dir, "staff", "json", null, null, null);
        String awa = placeLearner("Awa Diallo", false);
        String ben = placeLearner("Ben Martin", false);
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        digest(today, Set.of(awa, ben), 1);
        Map<String, AttributeValue> never = new java.util.HashMap<>(Keys.neverAgain(awa, "mentor-sub"));
        never.putAll(Map.of("type", Keys.s("NeverAgain"), "learnerId", Keys.s(awa), "mentorId", Keys.s("mentor-sub"),
                "cohortId", Keys.s(cohort.cohortId()), "by", Keys.s("mentor"), "reason", Keys.s("Pas de réponse depuis trois semaines"),
                "createdAt", Keys.s(Instant.now().toString()), Keys.GSI1PK, Keys.s(Keys.cohortPk(cohort.cohortId())),
                Keys.GSI1SK, Keys.s(Keys.NEVER + awa + "#mentor-sub")));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(never));
        new ModerationService(new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoModerationStore(moto.dynamo(), moto.table()), Clock.systemUTC())
                .report(new org.lcmhub.learner.store.dynamodb.DynamoLearnerStore(moto.dynamo(), moto.table()).find(ben).learner(),
                        "behaviour", "Des remarques blessantes en privé");

        // The channel's first digest names everyone at risk; no post per learner repeats it.
        assertThat(service.remind(Instant.now())).isEqualTo(new WebhookService.Run(3, 3, 0, 0));
        assertThat(service.remind(Instant.now())).isEqualTo(new WebhookService.Run(3, 0, 3, 0));
        List<String> events = bodies().stream().map(b -> b.get("event").asText()).toList();
        assertThat(events).containsExactlyInAnyOrder("digest", "pair-ended", "problem-report");
        String all = String.join("\n", received);
        assertThat(all).contains("2 personnes à risque ou sans nouvelles : Awa, Ben",
                "Le binôme de mentorat avec Awa a pris fin à la demande de la personne mentor")
                .doesNotContain("blessantes").doesNotContain("Pas de réponse").doesNotContain("Diallo");

        // The next day's digest: only the learner new to it is newly at risk, with the new digest.
        received.clear();
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        String cleo = placeLearner("Cléo Durand", false);
        digest(tomorrow, Set.of(awa, ben, cleo), 2);
        service.remind(Instant.now().plus(Duration.ofDays(1)));
        assertThat(bodies().stream().map(b -> b.get("event").asText()).toList()).containsExactlyInAnyOrder("at-risk", "digest");
        assertThat(bodies().stream().map(b -> b.get("title").asText()).toList()).anyMatch(t -> t.startsWith("Cléo a besoin"))
                .noneMatch(t -> t.startsWith("Awa") || t.startsWith("Ben"));
        assertThat(String.join("\n", received)).contains("3 personnes à risque ou sans nouvelles : Awa, Ben, Cléo");
    }

    /** The digest's record as DigestFunction leaves it: the date and who is at risk or silent. */
    private void digest(String date, Set<String> ids, int version) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(Keys.digest(cohort.cohortId()));
        item.putAll(Map.of("type", Keys.s("Digest"), "cohortId", Keys.s(cohort.cohortId()), "date", Keys.s(date),
                "learnerIds", AttributeValue.fromSs(List.copyOf(ids)), "version", Keys.n(version)));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(item));
    }

    @Test
    void aRefusalOtherThan429IsFinalAndLogged(@TempDir Path dir) throws Exception {
        WebhookService service = hooked(dir, "learners", "slack", "mon", "08:30", "Europe/Paris");
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        answers.add(404);
        assertThat(service.remind(monday.atTime(8, 45).atZone(PARIS).toInstant()).failed()).isEqualTo(1);
        assertThat(received).hasSize(1);
        assertThat(waits).isEmpty();
        Map<String, AttributeValue> delivery = items(Keys.DELIVERY).get(0);
        assertThat(delivery.get("status").s()).isEqualTo("failed");
        assertThat(delivery.get("lastError").s()).isEqualTo("HTTP 404");
        assertThat(delivery.toString()).doesNotContain("127.0.0.1");
        // The team reads it in the cohort's delivery log.
        JsonNode log = HubClient.parse(client.json("GET", "/api/cohorts/" + cohort.cohortId() + "/deliveries",
                token(ALICE, "lcm"), null));
        assertThat(log.at("/deliveries/0/status").asText()).isEqualTo("failed");
        assertThat(log.at("/deliveries/0/event").asText()).isEqualTo("checkin-reminder");
        assertThat(log.at("/deliveries/0/error").asText()).isEqualTo("HTTP 404");
    }

    @Test
    void aKeyServiceThatDoesNotAnswerLeavesTheDeliveryToALaterRun(@TempDir Path dir) throws Exception {
        hooked(dir, "learners", "slack", "mon", "08:30", "Europe/Paris");
        SecretBox sealed = AesGcmSecretBox.inFile(dir.resolve("k"));
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        SecretBox flaky = new SecretBox() {
            @Override
            public String seal(String plain, String context) {
                return sealed.seal(plain, context);
            }

            @Override
            public String open(String value, String context) {
                if (down.get()) {
                    throw new RuntimeException("the key service timed out");
                }
                return sealed.open(value, context);
            }
        };
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Instant due = monday.atTime(8, 45).atZone(PARIS).toInstant();

        WebhookService.Run first = service(WebhookAddress.forTestsOnLoopback(), flaky).remind(due);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(received).isEmpty();
        assertThat(items(Keys.DELIVERY)).singleElement().satisfies(d -> assertThat(d.get("status").s()).isEqualTo("sending"));

        down.set(false);
        assertThat(service(WebhookAddress.forTestsOnLoopback(), flaky).remind(due.plusSeconds(60)).already())
                .as("within the lease the claim holds").isEqualTo(1);
        Clock afterLease = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6));
        assertThat(service(WebhookAddress.forTestsOnLoopback(), flaky, afterLease).remind(due.plusSeconds(900)).sent())
                .isEqualTo(1);
        assertThat(received).hasSize(1);
        assertThat(items(Keys.DELIVERY).get(0).get("status").s()).isEqualTo("sent");
    }
}
