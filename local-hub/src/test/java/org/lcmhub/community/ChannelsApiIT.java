package org.lcmhub.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;

/**
 * A cohort's channels through the local hub on moto: the team adds, edits and removes them, bad input is
 * refused field by field and writes nothing, only the team writes, an enrolled learner reads them
 * (one who withdrew and the public do not) and downloads the weekly group call.
 */
class ChannelsApiIT extends LocalHubTest {
    private static final String ALICE = "alice@example.org";

    private record Built(Cohort cohort, LearnerKey enrolled, LearnerKey waiting) {
        String path(String tail) {
            return "/api/cohorts/" + cohort.cohortId() + "/channels" + tail;
        }
    }

    private Built cohort() {
        String id = "community-" + UUID.randomUUID().toString().substring(0, 8);
        Cohort cohort = new Cohort(id, "path-" + id, "Python " + id, Language.EN, LocalDate.now().minusWeeks(1), 8, 10, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return new Built(cohort, learner(cohort, LearnerStatus.ENROLLED, null), learner(cohort, LearnerStatus.WAITLISTED, 1L));
    }

    private LearnerKey learner(Cohort cohort, LearnerStatus status, Long ticket) {
        String learnerId = UUID.randomUUID().toString();
        LearnerKey key = LearnerKey.issue(learnerId);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(learnerId, "Awa", learnerId + "@example.org",
                cohort.pathId(), cohort.cohortId(), Language.FR, "Europe/Paris", null, null, status, ticket, Instant.now()),
                key.hash(), Instant.now(), Duration.ZERO);
        return key;
    }

    private HttpResponse<String> add(Built b, String who, String body) throws Exception {
        return client.json("POST", b.path(""), token(who, "lcm"), body);
    }

    private int storedChannels(Built b) {
        return moto.dynamo().query(r -> r.tableName(moto.table()).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :c)")
                .expressionAttributeValues(java.util.Map.of(":pk", Keys.s(Keys.cohortPk(b.cohort().cohortId())),
                        ":c", Keys.s(Keys.CHANNEL)))).count();
    }

    @Test
    void theTeamAddsChannelsAnEnrolledLearnerSeesThemAndGetsTheGroupCall() throws Exception {
        Built b = cohort();
        HttpResponse<String> slack = add(b, ALICE, "{\"kind\":\"slack\",\"label\":\"#python-spring\","
                + "\"url\":\"https://example.slack.com/archives/C123\"}");
        assertThat(slack.statusCode()).as(slack.body()).isEqualTo(201);
        HttpResponse<String> call = add(b, ALICE, "{\"kind\":\"call\",\"label\":\"Thursday call\","
                + "\"url\":\"https://meet.jit.si/python-spring\",\"day\":\"thu\",\"time\":\"18:30\","
                + "\"timezone\":\"Europe/Paris\",\"durationMinutes\":45}");
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        String callId = HubClient.parse(call).get("channelId").asText();

        JsonNode mine = HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + b.enrolled().token(), null));
        assertThat(mine.get("channels")).extracting(c -> c.get("label").asText())
                .containsExactly("#python-spring", "Thursday call");
        assertThat(mine.at("/channels/1/call/time").asText()).isEqualTo("18:30");
        // The learner lives on the call's clock (Paris): nothing to give on theirs.
        assertThat(mine.at("/channels/1/call").has("yours")).isFalse();
        assertThat(mine.get("cohortTitle").asText()).isEqualTo(b.cohort().title());

        HttpResponse<String> ics = client.json("GET", "/api/me/channels/" + callId + "/call.ics",
                "Bearer " + b.enrolled().token(), null);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).contains("RRULE:FREQ=WEEKLY", "BYDAY=TH", "TZID=Europe/Paris", "T183000",
                "https://meet.jit.si/python-spring", "PT45M");
        // A chat channel is no call.
        String slackId = HubClient.parse(slack).get("channelId").asText();
        assertThat(client.json("GET", "/api/me/channels/" + slackId + "/call.ics", "Bearer " + b.enrolled().token(), null)
                .statusCode()).isEqualTo(404);

        // A learner who withdrew sees nothing any more; without a key nothing at all.
        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + b.waiting().token(), null).statusCode())
                .isEqualTo(200);
        assertThat(HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + b.waiting().token(), null))
                .get("channels")).isEmpty();
        assertThat(client.json("GET", "/api/me/channels", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> removed = client.json("DELETE", b.path("/" + slackId), token(ALICE, "lcm"), null);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(HubClient.parse(removed).get("channels")).hasSize(1);
        assertThat(client.json("DELETE", b.path("/" + slackId), token(ALICE, "lcm"), null).statusCode()).isEqualTo(404);
        assertThat(storedChannels(b)).isEqualTo(1);
    }

    @Test
    void badInputAndOutsidersWriteNothing() throws Exception {
        Built b = cohort();
        HttpResponse<String> bad = add(b, ALICE, "{\"kind\":\"call\",\"label\":\"\",\"url\":\"http://meet.example.org\","
                + "\"day\":\"someday\",\"time\":\"25:00\",\"timezone\":\"CET\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("label", "url", "day", "time", "timezone");
        assertThat(add(b, ALICE, "{\"kind\":\"fax\",\"label\":\"x\",\"url\":\"https://x.example.org\"}").statusCode())
                .isEqualTo(400);
        assertThat(add(b, ALICE, "{\"kind\":\"docs\",\"label\":\"x\",\"url\":\"javascript:alert(1)\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> outsider = add(b, "mallory@example.org", "{\"kind\":\"docs\",\"label\":\"Drive\","
                + "\"url\":\"https://drive.example.org\"}");
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(client.json("GET", b.path(""), token("mallory@example.org", "lcm"), null).statusCode()).isEqualTo(403);
        assertThat(storedChannels(b)).isZero();
    }

    /**
     * A place is edited whole, checked as a new one is: a chat may become the weekly call and the
     * call a chat again (its day and time gone), in its place in the list; bad input is refused
     * field by field and changes nothing, an unknown place is 404, someone off the team 403.
     */
    @Test
    void theTeamEditsAPlaceCheckedAsANewOne() throws Exception {
        Built b = cohort();
        String first = HubClient.parse(add(b, ALICE, "{\"kind\":\"slack\",\"label\":\"#python\","
                + "\"url\":\"https://example.slack.com/archives/C1\"}")).get("channelId").asText();
        add(b, ALICE, "{\"kind\":\"docs\",\"label\":\"Drive\",\"url\":\"https://drive.example.org\"}");
        String call = "{\"kind\":\"call\",\"label\":\"Thursday call\",\"url\":\"https://meet.jit.si/python\","
                + "\"day\":\"thu\",\"time\":\"18:30\",\"timezone\":\"Europe/Paris\",\"durationMinutes\":45}";
        HttpResponse<String> edited = client.json("PATCH", b.path("/" + first), token(ALICE, "lcm"), call);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(HubClient.parse(edited).get("channelId").asText()).isEqualTo(first);
        assertThat(HubClient.parse(edited).at("/call/durationMinutes").asInt()).isEqualTo(45);
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + b.enrolled().token(), null));
        assertThat(mine.get("channels")).extracting(c -> c.get("label").asText()).containsExactly("Thursday call", "Drive");
        assertThat(mine.at("/channels/0/call/time").asText()).isEqualTo("18:30");

        HttpResponse<String> bad = client.json("PATCH", b.path("/" + first), token(ALICE, "lcm"), "{\"kind\":\"call\","
                + "\"label\":\"\",\"url\":\"http://meet.example.org\",\"day\":\"someday\",\"time\":\"25:00\",\"timezone\":\"CET\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("label", "url", "day", "time", "timezone");
        assertThat(client.json("PATCH", b.path("/" + first), token(ALICE, "lcm"), "[]").statusCode()).isEqualTo(400);

        HttpResponse<String> chat = client.json("PATCH", b.path("/" + first), token(ALICE, "lcm"),
                "{\"kind\":\"discord\",\"label\":\" Discord \",\"url\":\"https://discord.gg/python\"}");
        assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
        JsonNode listed = HubClient.parse(client.json("GET", b.path(""), token(ALICE, "lcm"), null)).get("channels");
        assertThat(listed).extracting(c -> c.get("label").asText()).containsExactly("Discord", "Drive");
        assertThat(listed.get(0).has("call")).as("no call left on a chat").isFalse();

        assertThat(client.json("PATCH", b.path("/no-such-place"), token(ALICE, "lcm"), call).statusCode()).isEqualTo(404);
        assertThat(client.json("PATCH", b.path("/" + first), token("mallory@example.org", "lcm"), call).statusCode())
                .isEqualTo(403);
        assertThat(storedChannels(b)).isEqualTo(2);
        assertThat(HubClient.parse(client.json("GET", b.path(""), token(ALICE, "lcm"), null)).at("/channels/0/kind").asText())
                .isEqualTo("discord");
    }

    @Test
    void theTeamKeepsAnFaqThatEnrolledLearnersRead() throws Exception {
        Built b = cohort();
        String faq = "/api/cohorts/" + b.cohort().cohortId() + "/faq";
        HttpResponse<String> bad = client.json("POST", faq, token(ALICE, "lcm"), "{\"question\":\"\",\"answer\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields").fieldNames()).toIterable().containsExactlyInAnyOrder("question", "answer");
        assertThat(client.json("POST", faq, token("mallory@example.org", "lcm"),
                "{\"question\":\"Q\",\"answer\":\"A\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> saved = client.json("POST", faq, token(ALICE, "lcm"),
                "{\"question\":\"How do I run the tests?\",\"answer\":\"Awa: with pytest -q in the project folder.\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + b.enrolled().token(), null));
        assertThat(mine.at("/faq/0/question").asText()).isEqualTo("How do I run the tests?");
        assertThat(mine.get("channels")).isEmpty();
        String id = HubClient.parse(saved).get("entryId").asText();
        assertThat(HubClient.parse(client.json("DELETE", faq + "/" + id, token(ALICE, "lcm"), null)).get("faq")).isEmpty();
        assertThat(HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + b.enrolled().token(), null))
                .get("faq")).isEmpty();
    }

    @Test
    void theLocalHubKeepsTheWeeklyReminderAtDevWebhooksWithoutTheAddress() throws Exception {
        Built b = cohort();
        String hooks = "/api/cohorts/" + b.cohort().cohortId() + "/webhooks";
        String today = org.lcmhub.domain.Weekdays.code(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getDayOfWeek());
        assertThat(client.json("PUT", hooks + "/learners", token(ALICE, "lcm"),
                "{\"kind\":\"json\",\"url\":\"https://10.0.0.1/hook\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> set = client.json("PUT", hooks + "/learners", token(ALICE, "lcm"), "{\"kind\":\"slack\","
                + "\"url\":\"https://hooks.slack.com/services/T0/B0/secretABCD\",\"reminderDay\":\"" + today + "\","
                + "\"reminderTime\":\"00:00\",\"reminderZone\":\"Europe/Paris\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("\"endsWith\":\"ABCD\"").doesNotContain("secret");
        try {
            for (int run = 0; run < 2; run++) {
                assertThat(client.json("POST", "/dev/schedules/CommunityScheduleFunction", null, null).statusCode())
                        .isEqualTo(200);
            }
            String posts = client.json("GET", "/dev/webhooks", null, null).body();
            assertThat(posts).doesNotContain("secretABCD");
            List<JsonNode> ours = new java.util.ArrayList<>();
            HubClient.parse(client.json("GET", "/dev/webhooks", null, null)).get("messages").forEach(m -> {
                if (m.at("/body/blocks/0/text/text").asText().contains(b.cohort().title())) {
                    ours.add(m);
                }
            });
            // Two runs, one reminder and one welcome of each learner (the cohort had seats for both),
            // unnamed: neither agreed to be named.
            assertThat(ours).hasSize(3);
            assertThat(ours).allMatch(m -> m.get("to").asText().equals("…ABCD"));
            assertThat(ours).extracting(m -> m.at("/body/blocks/0/text/text").asText()).containsExactlyInAnyOrder(
                    "Someone new joined · " + b.cohort().title(), "Someone new joined · " + b.cohort().title(),
                    "Weekly check-in · " + b.cohort().title());
            assertThat(ours).anyMatch(m -> m.at("/body/blocks/2/elements/0/url").asText().endsWith("/en/check-in.html"));
            assertThat(posts).doesNotContain("Awa");
            JsonNode log = HubClient.parse(client.json("GET", "/api/cohorts/" + b.cohort().cohortId() + "/deliveries",
                    token(ALICE, "lcm"), null));
            assertThat(log.at("/deliveries/0/status").asText()).isEqualTo("sent");
        } finally {
            assertThat(client.json("DELETE", hooks + "/learners", token(ALICE, "lcm"), null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aCohortKeepsAtMostTwentyChannels() throws Exception {
        Built b = cohort();
        for (int i = 0; i < 20; i++) {
            assertThat(add(b, ALICE, "{\"kind\":\"docs\",\"label\":\"Folder " + i + "\",\"url\":\"https://drive.example.org/"
                    + i + "\"}").statusCode()).isEqualTo(201);
        }
        assertThat(add(b, ALICE, "{\"kind\":\"docs\",\"label\":\"One more\",\"url\":\"https://drive.example.org/x\"}")
                .statusCode()).isEqualTo(409);
        assertThat(storedChannels(b)).isEqualTo(20);
    }
}
