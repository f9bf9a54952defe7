package org.lcmhub.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.store.Keys;
import org.lcmhub.hub.testing.RunningCohorts;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The daily digest through the local hub, on moto: cohorts, learners and check-ins made through the
 * API, the schedule fired as EventBridge would ({@code POST /dev/schedules/DigestFunction}), the
 * mail read back from the outbox, each in one language with the dashboard's words; a second run
 * repeats nothing, a new at-risk learner is mailed alone, and an LCM off the team gets nothing.
 */
class DigestApiIT extends LocalHubTest {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-" + run + "@example.org";
    private final String bruno = "bruno-" + run + "@example.org";
    private final String chloe = "chloe-" + run + "@example.org";
    private final String dave = "dave-" + run + "@example.org";
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** Today as the digest names it, in words ("Saturday 5 December 2026"). */
    private String inWords(java.util.Locale locale) {
        return org.lcmhub.domain.Language.of(locale.getLanguage()).day(today);
    }

    /**
     * A cohort that started two weeks ago, for 8 weeks, run by {@code lcm}; returns its id. Written
     * to the store: the API creates no cohort whose first day has begun.
     */
    private String cohort(String lcm, String language) throws Exception {
        return RunningCohorts.create(moto, lcm, "digest-" + run, "Digest " + language + " " + run,
                org.lcmhub.domain.Language.parse(language).orElseThrow(), today.minusWeeks(2), 8, 10);
    }

    /**
     * Signs a learner up (Reykjavik: UTC all year) and returns their personal key. Their sign-up is
     * then dated on the cohort's first day, as for a learner who joined with it: nobody is judged on
     * their pace in their own first week, and a sign-up through the API is always today's.
     */
    private String learner(String cohortId, String name) throws Exception {
        String email = name.toLowerCase().replace(' ', '.') + "-" + run + "@example.org";
        HttpResponse<String> r = client.json("POST", "/api/signups", null, "{\"name\":\"" + name + "\",\"email\":\""
                + email + "\",\"pathId\":\"digest-" + run + "\",\"cohortId\":\"" + cohortId
                + "\",\"language\":\"en\",\"timezone\":\"Atlantic/Reykjavik\",\"consent\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String key = keyFromOutbox(email);
        String joined = today.minusWeeks(2).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
        moto.dynamo().updateItem(u -> u.tableName(moto.table()).key(Keys.learner(key.substring(0, key.lastIndexOf('.'))))
                .updateExpression("SET createdAt = :joined").expressionAttributeValues(Map.of(":joined", AttributeValue.fromS(joined))));
        return key;
    }

    private void checkIn(String key, String week, int mood) throws Exception {
        checkIn(key, week, 10, mood, false);
    }

    private void checkIn(String key, String week, int progress, int mood, boolean needHelp) throws Exception {
        HttpResponse<String> r = client.json("POST", "/api/checkins", "Bearer " + key,
                "{" + (week == null ? "" : "\"week\":\"" + week + "\",") + "\"progress\":" + progress
                        + ",\"hoursSpent\":2,\"mood\":" + mood + ",\"needHelp\":" + needHelp + "}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    }

    /**
     * Two check-ins (last week's and this week's) at mood 1, nothing done and asking for help:
     * converging signs, at risk.
     */
    private void lowMood(String key) throws Exception {
        checkIn(key, IsoWeek.of(today.minusWeeks(1)).toString(), 0, 1, true);
        checkIn(key, null, 0, 1, true);
    }

    private JsonNode digest() throws Exception {
        HttpResponse<String> r = client.json("POST", "/dev/schedules/DigestFunction", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubClient.parse(r);
    }

    private List<JsonNode> outbox(String to) throws Exception {
        JsonNode messages = HubClient.parse(client.json("GET",
                "/dev/outbox?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8), null, null)).get("messages");
        List<JsonNode> list = new ArrayList<>();
        messages.forEach(list::add);
        return list;
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).key(key).consistentRead(true)).item();
    }

    @Test
    void eachTeamLcmIsMailedTheNewlyLikelyToDropOutOnceInTheMailsLanguage() throws Exception {
        String english = cohort(alice, "en");
        String french = cohort(alice, "fr");
        String chloes = cohort(chloe, "en");
        for (String fellow : List.of(bruno, dave)) {
            HttpResponse<String> team = client.json("POST", "/api/cohorts/" + french + "/team", token(alice, "lcm"),
                    "{\"sub\":\"" + LocalIssuer.subFor(fellow) + "\"}");
            assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
        }
        // Bruno signs in and opens his cohorts: his address is recorded on his team item. Dave never does.
        assertThat(client.json("GET", "/api/cohorts/mine", token(bruno, "lcm"), null).statusCode()).isEqualTo(200);
        assertThat(item(Keys.teamMember(french, LocalIssuer.subFor(bruno))).get("email").s()).isEqualTo(bruno);
        assertThat(item(Keys.teamMember(french, LocalIssuer.subFor(dave)))).doesNotContainKey("email");

        String awa = learner(english, "Awa Diallo");
        String ben = learner(english, "Ben Stone");
        String cleo = learner(french, "Cleo Roy");
        String dan = learner(chloes, "Dan Wu");
        lowMood(awa);
        checkIn(ben, null, 4);
        lowMood(cleo);
        checkIn(dan, null, 4);

        JsonNode first = digest();
        assertThat(first.path("result").path("date").asText()).isEqualTo(today.toString());
        assertThat(first.path("event").path("detail-type").asText()).isEqualTo("Scheduled Event");

        List<JsonNode> toAlice = outbox(alice);
        assertThat(toAlice).hasSize(1);
        String text = toAlice.get(0).get("text").asText();
        assertThat(toAlice.get(0).get("subject").asText())
                .isEqualTo("To contact today: 0 · Likely to drop out: 2 (" + inWords(java.util.Locale.ENGLISH) + ")");
        // Alice runs an English cohort too: her mail is English throughout, the French cohort's part included.
        assertThat(text).contains("Cohort “Digest en " + run + "”", "Likely to drop out\n- Awa Diallo (At risk)",
                        "Mood low lately: 1\u202Fout of\u202F5", "Cohort “Digest fr " + run + "”", "- Cleo Roy (At risk)",
                        "Chance of dropping out within two weeks: ",
                        hub.url().resolve("/en/staff/dashboard.html?cohort=" + english).toString(),
                        hub.url().resolve("/en/staff/dashboard.html?cohort=" + french).toString())
                .doesNotContain("Ben Stone", "Dan Wu", "Silent now", "Moral", "Cohorte");
        List<JsonNode> toBruno = outbox(bruno);
        assertThat(toBruno).hasSize(1);
        assertThat(toBruno.get(0).get("subject").asText())
                .isEqualTo("À contacter aujourd’hui : 0 · Risque d’abandon : 1 (" + inWords(java.util.Locale.FRENCH) + ")");
        assertThat(toBruno.get(0).get("text").asText()).startsWith("Bonjour,")
                .contains("Risque d’abandon\n- Cleo Roy (En danger)", "Moral bas ces derniers temps : 1\u202Fsur\u202F5",
                        "Probabilité d’abandon dans les deux semaines : ",
                        hub.url().resolve("/fr/staff/tableau-de-bord.html?cohort=" + french).toString())
                .doesNotContain("Awa Diallo", "Digest en", "Likely", "Mood");
        // An LCM off the team, with nothing new in her own cohort, hears of no learner; guides that
        // visitors suggested meanwhile (other tests on this hub) may still reach her, as every LCM.
        assertThat(outbox(chloe)).as("an LCM off the team, with nothing new in her own cohort")
                .allSatisfy(m -> assertThat(m.get("text").asText()).doesNotContain("Dan Wu", "Cohort", "Likely", "Silent"));
        assertThat(outbox(dave)).isEmpty();
        assertThat(item(Keys.digest(english)).get("learnerIds").ss()).containsExactly(awa.substring(0, awa.lastIndexOf('.')));
        assertThat(item(Keys.digest(english)).get("date").s()).isEqualTo(today.toString());
        assertThat(item(Keys.digest(english)).get("silentApart").bool()).isTrue();
        assertThat(item(Keys.digest(english))).as("nobody silent now").doesNotContainKey("silentIds");

        digest();
        assertThat(outbox(alice)).as("nothing new: no repeat").hasSize(1);
        assertThat(outbox(bruno)).hasSize(1);

        lowMood(ben);
        JsonNode third = digest();
        List<JsonNode> again = outbox(alice);
        assertThat(again).hasSize(2);
        assertThat(again.get(0).get("text").asText()).contains("- Ben Stone").doesNotContain("Awa Diallo", "Cleo Roy");
        assertThat(outbox(bruno)).hasSize(1);
        assertThat(third.path("mails").findValuesAsText("to")).contains(alice).doesNotContain(bruno, chloe);
        assertThat(outbox(chloe)).isEmpty();
    }

    /**
     * A learner who fell silent and whom the team called before the digest ran is no call to make:
     * nothing new, so no mail speaks of her (the digest's rule for a day with nothing new), and she
     * is recorded as known silent.
     */
    @Test
    void aSilentLearnerTheTeamAlreadyContactedIsNotNewToTheDigest() throws Exception {
        String cohort = cohort(alice, "en");
        String eve = learner(cohort, "Eve Quiet");
        String eveId = eve.substring(0, eve.lastIndexOf('.'));
        HttpResponse<String> note = client.json("POST", "/api/cohorts/" + cohort + "/learners/" + eveId + "/notes",
                token(alice, "lcm"), "{\"text\":\"Called: back next week\",\"contact\":true}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);

        digest();

        // Guides visitors suggested meanwhile (other tests on this hub) may still reach her, as every LCM.
        assertThat(outbox(alice)).as("nobody new to contact: no mail about the cohort")
                .allSatisfy(m -> assertThat(m.get("text").asText()).doesNotContain("Eve Quiet", "Cohort “"));
        assertThat(item(Keys.digest(cohort)).get("silentIds").ss()).as("silent, and known to the team").containsExactly(eveId);
    }

    /**
     * An LCM whose only cohort starts in four weeks hears of a guide a visitor suggested from the
     * site (in the cohort's language, hers being unknown), and of none of its learners (none can check in yet).
     */
    @Test
    void anLcmWhoseCohortsAreAllToComeHearsOfVisitorsGuideSuggestionsOnly() throws Exception {
        String erin = "erin-" + run + "@example.org";
        HttpResponse<String> created = client.json("POST", "/api/cohorts", token(erin, "lcm"),
                "{\"pathId\":\"digest-" + run + "\",\"startDate\":\"" + today.plusWeeks(4) + "\",\"weeks\":8,"
                        + "\"seats\":10,\"language\":\"fr\",\"title\":\"Later " + run + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        learner(HubClient.parse(created).get("cohortId").asText(), "Fay Lane");
        HttpRequest suggestion = HttpRequest.newBuilder(hub.url().resolve("/api/guide-suggestions"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Forwarded-For", "198.51.100." + (int) (Math.random() * 200 + 1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\",\"title\":\"Suggested " + run
                        + "\",\"summary\":\"From a reader\",\"author\":\"A reader\",\"body\":\"Try this.\"}")).build();
        assertThat(HubClient.checked("POST", "/api/guide-suggestions",
                HttpClient.newHttpClient().send(suggestion, HttpResponse.BodyHandlers.ofString())).statusCode()).isEqualTo(202);
        // The scheduled event's time is to the second: fired in the same second, the run would end before it.
        Thread.sleep(1_100);

        digest();

        List<JsonNode> toErin = outbox(erin);
        assertThat(toErin).hasSize(1);
        assertThat(toErin.get(0).get("text").asText()).startsWith("Bonjour,")
                .contains(hub.url().resolve("/fr/staff/guides.html").toString())
                .doesNotContain("Fay Lane", "Later " + run, "Risque d’abandon");
    }

    @Test
    void runningCohortsAreIndexedByEndDateAndMoveWhenTheirDatesChange() throws Exception {
        String id = cohort(alice, "en");
        Map<String, AttributeValue> index = item(Keys.cohortIndex(id));
        assertThat(index.get(Keys.GSI1PK).s()).isEqualTo(Keys.COHORTS);
        assertThat(index.get(Keys.GSI1SK).s()).isEqualTo(Keys.cohortEnd(today.minusWeeks(2).plusWeeks(8).minusDays(1), id));

        // A running cohort can be lengthened (not shortened below the weeks it has begun): the index follows.
        HttpResponse<String> patch = client.json("PATCH", "/api/cohorts/" + id, token(alice, "lcm"), "{\"weeks\":10}");
        assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
        LocalDate ended = today.minusWeeks(2).plusWeeks(10).minusDays(1);
        assertThat(HubClient.parse(patch).get("endDate").asText()).isEqualTo(ended.toString());
        assertThat(item(Keys.cohortIndex(id)).get(Keys.GSI1SK).s()).isEqualTo(Keys.cohortEnd(ended, id));

        // Another LCM cannot move it: 403, and the index stays where it was.
        HttpResponse<String> foreign = client.json("PATCH", "/api/cohorts/" + id, token(chloe, "lcm"), "{\"weeks\":8}");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(item(Keys.cohortIndex(id)).get(Keys.GSI1SK).s()).isEqualTo(Keys.cohortEnd(ended, id));

        JsonNode schedules = HubClient.parse(client.json("GET", "/dev/schedules", null, null)).get("schedules");
        assertThat(schedules.findValuesAsText("function")).contains("DigestFunction");
        assertThat(schedules.findValuesAsText("expression")).contains("cron(0 7 * * ? *)");
    }
}
