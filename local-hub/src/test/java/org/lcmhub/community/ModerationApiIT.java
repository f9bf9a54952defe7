package org.lcmhub.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.GroupCalls;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.store.Keys;

/**
 * Moderation through the local hub on moto: a learner who signed up (agreeing to be named) gets
 * the cohort's places and code of conduct in the welcome mail, changes that consent, reports a
 * problem privately (bad input refused field by field, three a day); the team reads and handles
 * it, and every step lands in the cohort's moderation log; outsiders read and write nothing; an
 * FAQ entry becomes a guide draft.
 */
class ModerationApiIT extends LocalHubTest {
    private static final String ALICE = "alice@example.org";
    private static final String MALLORY = "mallory@example.org";

    private Cohort cohort() {
        return cohort(10);
    }

    private Cohort cohort(int seats) {
        String id = "moderation-" + UUID.randomUUID().toString().substring(0, 8);
        Cohort cohort = new Cohort(id, "path-" + id, "Data " + id, Language.FR, LocalDate.now().minusWeeks(1), 8, seats, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return cohort;
    }

    private String path(Cohort c, String tail) {
        return "/api/cohorts/" + c.cohortId() + tail;
    }

    /** Signs a learner up through the API and returns their key from the welcome mail. */
    private String signUp(Cohort c, String email, boolean share) throws Exception {
        return signUp(c, email, share, "fr");
    }

    private String signUp(Cohort c, String email, boolean share, String language) throws Exception {
        HttpResponse<String> signed = client.json("POST", "/api/signups", null, "{\"name\":\"Awa Diallo\",\"email\":\"" + email
                + "\",\"pathId\":\"" + c.pathId() + "\",\"cohortId\":\"" + c.cohortId() + "\",\"language\":\"" + language + "\","
                + "\"timezone\":\"Africa/Dakar\",\"consent\":true" + (share ? ",\"shareFirstName\":true" : "") + "}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        return keyFromOutbox(email);
    }

    private String welcomeMail(String email) throws Exception {
        return HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8), null, null)).at("/messages/0/text").asText();
    }

    /** The cohort's start as the mails write it ("Monday 30 November 2026", "lundi 30 novembre 2026"). */
    private static String day(Cohort c, String language) {
        return org.lcmhub.domain.Language.of(language).day(c.startDate());
    }

    /** The latest mail of {@code kind} (new-link, promoted…) to {@code email}. */
    private String mailOfKind(String email, String kind) throws Exception {
        for (JsonNode m : HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages")) {
            if (m.get("kind").asText().equals(kind)) {
                return m.get("text").asText();
            }
        }
        throw new AssertionError("no " + kind + " mail to " + email);
    }

    private static String keyFromNewLink(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#key=([A-Za-z0-9._-]+)").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theWelcomeMailListsThePlacesAndTheCodeAndTheConsentIsTheLearnersToChange() throws Exception {
        Cohort c = cohort();
        assertThat(client.json("POST", path(c, "/channels"), token(ALICE, "lcm"), "{\"kind\":\"discord\","
                + "\"label\":\"Salon de la cohorte\",\"url\":\"https://discord.gg/cohorte\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> code = client.json("PUT", path(c, "/code-of-conduct"), token(ALICE, "lcm"),
                "{\"text\":\"Bienveillance d'abord. Pas de publicité.\"}");
        assertThat(code.statusCode()).as(code.body()).isEqualTo(200);
        assertThat(client.json("PUT", path(c, "/code-of-conduct"), token(MALLORY, "lcm"), "{\"text\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(client.json("PUT", path(c, "/code-of-conduct"), token(ALICE, "lcm"), "{\"text\":\"" + "x".repeat(5001)
                + "\"}").statusCode()).isEqualTo(400);
        // Anyone may read it, as the sign-up form shows it before one joins; writing it needs the team.
        assertThat(HubClient.parse(client.json("GET", path(c, "/code-of-conduct"), null, null)).get("text").asText())
                .isEqualTo("Bienveillance d'abord. Pas de publicité.");
        assertThat(client.json("PUT", path(c, "/code-of-conduct"), null, "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
        assertThat(client.json("GET", "/api/cohorts/no-such-cohort/code-of-conduct", null, null).statusCode()).isEqualTo(404);

        String email = "awa-" + c.cohortId() + "@example.org";
        String key = signUp(c, email, true);
        assertThat(welcomeMail(email)).contains("Là où la cohorte se retrouve", "- Discord : Salon de la cohorte — https://discord.gg/cohorte",
                "code de conduite", "/fr/me.html#key=" + key + "&me-conduct");
        // A new link asked for (as My page without JavaScript offers) carries the places again.
        String learnerId = key.substring(0, key.lastIndexOf('.'));
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.learner(learnerId))
                .updateExpression("SET mailedAt = :then")
                .expressionAttributeValues(Map.of(":then", Keys.n(System.currentTimeMillis() - 20 * 60_000))));
        HttpResponse<String> asked = client.json("POST", "/api/links", null, "{\"email\":\"" + email + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isLessThan(300);
        String again = mailOfKind(email, "new-link");
        assertThat(again).contains("Voici votre nouveau lien personnel", "Là où la cohorte se retrouve",
                "- Discord : Salon de la cohorte — https://discord.gg/cohorte");
        key = keyFromNewLink(again);
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + key, null));
        assertThat(mine.get("shareFirstName").asBoolean()).isTrue();
        assertThat(mine.at("/codeOfConduct/text").asText()).isEqualTo("Bienveillance d'abord. Pas de publicité.");

        assertThat(client.json("PUT", "/api/me/community", "Bearer " + key, "{\"shareFirstName\":\"maybe\"}").statusCode())
                .isEqualTo(400);
        assertThat(client.json("PUT", "/api/me/community", "Bearer " + key, "{}").statusCode()).isEqualTo(400);
        assertThat(client.json("PUT", "/api/me/community", null, "{\"shareFirstName\":false}").statusCode()).isEqualTo(401);
        HttpResponse<String> off = client.json("PUT", "/api/me/community", "Bearer " + key, "{\"shareFirstName\":false}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + key, null)).get("shareFirstName")
                .asBoolean()).isFalse();

        // Without the box ticked, the learner is not named (the default).
        String other = "ben-" + c.cohortId() + "@example.org";
        String otherKey = signUp(c, other, false);
        assertThat(HubClient.parse(client.json("GET", "/api/me/channels", "Bearer " + otherKey, null)).get("shareFirstName")
                .asBoolean()).isFalse();

        JsonNode log = HubClient.parse(client.json("GET", path(c, "/moderation-log"), token(ALICE, "lcm"), null));
        assertThat(log.at("/entries/0/action").asText()).isEqualTo("conduct-updated");
        assertThat(log.at("/entries/0/by").asText()).isEqualTo(ALICE);
    }

    @Test
    void aLearnersReportReachesTheTeamWhichHandlesAndLogsIt() throws Exception {
        Cohort c = cohort();
        String key = signUp(c, "report-" + c.cohortId() + "@example.org", false);
        HttpResponse<String> bad = client.json("POST", "/api/me/problem-reports", "Bearer " + key,
                "{\"about\":\"weather\",\"text\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields").fieldNames()).toIterable().containsExactlyInAnyOrder("about", "text");
        assertThat(client.json("POST", "/api/me/problem-reports", null, "{\"about\":\"other\",\"text\":\"x\"}").statusCode())
                .isEqualTo(401);

        HttpResponse<String> sent = client.json("POST", "/api/me/problem-reports", "Bearer " + key,
                "{\"about\":\"message\",\"text\":\"Un message moqueur dans le salon hier soir.\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String reportId = HubClient.parse(sent).get("reportId").asText();
        for (int i = 0; i < 2; i++) {
            assertThat(client.json("POST", "/api/me/problem-reports", "Bearer " + key,
                    "{\"about\":\"behaviour\",\"text\":\"Encore " + i + "\"}").statusCode()).isEqualTo(201);
        }
        assertThat(client.json("POST", "/api/me/problem-reports", "Bearer " + key,
                "{\"about\":\"other\",\"text\":\"Une quatrième\"}").statusCode()).isEqualTo(429);

        JsonNode reports = HubClient.parse(client.json("GET", path(c, "/problem-reports"), token(ALICE, "lcm"), null));
        assertThat(reports.get("reports")).hasSize(3);
        JsonNode first = reports.at("/reports/2");
        assertThat(first.get("text").asText()).isEqualTo("Un message moqueur dans le salon hier soir.");
        assertThat(first.get("learnerName").asText()).isEqualTo("Awa Diallo");
        assertThat(first.get("status").asText()).isEqualTo("open");
        assertThat(client.json("GET", path(c, "/problem-reports"), token(MALLORY, "lcm"), null).statusCode()).isEqualTo(403);

        String one = path(c, "/problem-reports/" + reportId);
        assertThat(client.json("PATCH", one, token(ALICE, "lcm"), "{\"status\":\"closed\",\"action\":\"shouted\"}")
                .statusCode()).isEqualTo(400);
        assertThat(client.json("PATCH", one, token(MALLORY, "lcm"), "{\"status\":\"handled\"}").statusCode()).isEqualTo(403);
        assertThat(client.json("PATCH", path(c, "/problem-reports/0000000000000-nothere"), token(ALICE, "lcm"),
                "{\"status\":\"handled\"}").statusCode()).isEqualTo(404);
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me/problem-reports", "Bearer " + key, null)).get("reports");
        assertThat(mine).hasSize(3);
        assertThat(mine.get(2).get("reportId").asText()).isEqualTo(reportId);
        assertThat(mine.get(2).get("status").asText()).isEqualTo("open");
        assertThat(mine.get(2).get("outcome").isNull()).isTrue();
        assertThat(mine.get(2).has("learnerName")).as("no name echoed").isFalse();
        HttpResponse<String> handled = client.json("PATCH", one, token(ALICE, "lcm"),
                "{\"status\":\"handled\",\"action\":\"warned\",\"note\":\"Message retiré, auteur averti en privé.\"}");
        assertThat(handled.statusCode()).as(handled.body()).isEqualTo(200);
        assertThat(HubClient.parse(handled).get("status").asText()).isEqualTo("handled");
        assertThat(HubClient.parse(handled).get("handledAt").isNull()).isFalse();
        assertThat(HubClient.parse(handled).get("outcome").asText()).isEqualTo("warned");
        // The learner reads what became of their own report; nobody else's key reads it.
        JsonNode after = HubClient.parse(client.json("GET", "/api/me/problem-reports", "Bearer " + key, null)).at("/reports/2");
        assertThat(after.get("status").asText()).isEqualTo("handled");
        assertThat(after.get("outcome").asText()).isEqualTo("warned");
        assertThat(after.get("handledAt").isNull()).isFalse();
        String otherKey = signUp(c, "other-" + c.cohortId() + "@example.org", false);
        assertThat(HubClient.parse(client.json("GET", "/api/me/problem-reports", "Bearer " + otherKey, null)).get("reports"))
                .isEmpty();
        assertThat(client.json("GET", "/api/me/problem-reports", null, null).statusCode()).isEqualTo(401);
        assertThat(client.json("GET", "/api/me/problem-reports", "Bearer " + key + "x", null).statusCode()).isEqualTo(401);
        // Opened again, the outcome goes with it.
        assertThat(client.json("PATCH", one, token(ALICE, "lcm"), "{\"status\":\"open\"}").statusCode()).isEqualTo(200);
        JsonNode reopened = HubClient.parse(client.json("GET", "/api/me/problem-reports", "Bearer " + key, null)).at("/reports/2");
        assertThat(reopened.get("status").asText()).isEqualTo("open");
        assertThat(reopened.get("outcome").isNull()).isTrue();
        assertThat(client.json("PATCH", one, token(ALICE, "lcm"), "{\"status\":\"handled\",\"action\":\"warned\"}")
                .statusCode()).isEqualTo(200);

        // Signed in with a name (the ID token's `name`), the entry keeps it: the page names her as its header does.
        String named = "Bearer " + org.lcmhub.hub.auth.StaffTokens.mint(org.lcmhub.hub.testing.Checkout.root(), work, ALICE,
                "Alice Martin", java.util.List.of("lcm"), Instant.now(), java.time.Duration.ofHours(1));
        HttpResponse<String> byHand = client.json("POST", path(c, "/moderation-log"), named,
                "{\"action\":\"talked-to\",\"note\":\"Appel avec Ben sur le ton des messages.\"}");
        assertThat(byHand.statusCode()).as(byHand.body()).isEqualTo(201);
        assertThat(client.json("POST", path(c, "/moderation-log"), token(ALICE, "lcm"), "{\"action\":\"banned\"}")
                .statusCode()).isEqualTo(400);
        assertThat(client.json("POST", path(c, "/moderation-log"), token(MALLORY, "lcm"),
                "{\"action\":\"warned\",\"note\":\"x\"}").statusCode()).isEqualTo(403);

        JsonNode log = HubClient.parse(client.json("GET", path(c, "/moderation-log"), token(ALICE, "lcm"), null)).get("entries");
        assertThat(log).hasSize(4);
        assertThat(log.get(0).get("action").asText()).isEqualTo("talked-to");
        assertThat(log).extracting(e -> e.get("action").asText()).containsExactly("talked-to", "warned", "report-reopened", "warned");
        assertThat(log.get(1).get("reportId").asText()).isEqualTo(reportId);
        assertThat(log.get(1).get("by").asText()).isEqualTo(ALICE);
        assertThat(log.get(0).get("byName").asText()).isEqualTo("Alice Martin");
        assertThat(log.get(1).get("byName").isNull()).as("signed in without a name: the address names her").isTrue();
        assertThat(client.json("GET", path(c, "/moderation-log"), token(MALLORY, "lcm"), null).statusCode()).isEqualTo(403);
    }

    @Test
    void theLearnerWhoTakesAFreedSeatIsToldWhereTheCohortMeetsWhenItStartedAndHowToOpenTheirPage() throws Exception {
        Cohort c = cohort(1);
        assertThat(client.json("POST", path(c, "/channels"), token(ALICE, "lcm"), "{\"kind\":\"slack\","
                + "\"label\":\"Cohort chat\",\"url\":\"https://example-team.slack.com/archives/C0123\"}").statusCode())
                .isEqualTo(201);
        assertThat(client.json("POST", path(c, "/channels"), token(ALICE, "lcm"), "{\"kind\":\"call\",\"label\":\"Thursday call\","
                + "\"url\":\"https://meet.jit.si/cohort\",\"day\":\"thu\",\"time\":\"18:30\",\"timezone\":\"Europe/Paris\"}")
                .statusCode()).isEqualTo(201);
        String first = signUp(c, "first-" + c.cohortId() + "@example.org", false);
        String english = "waiting-" + c.cohortId() + "@example.org";
        String englishKey = signUp(c, english, false, "en");
        String french = "attente-" + c.cohortId() + "@example.org";
        String frenchKey = signUp(c, french, false, "fr");
        assertThat(welcomeMail(english)).as("waitlisted: no places yet").doesNotContain("Where the cohort meets");
        LocalTime dakarTime = GroupCalls.next(DayOfWeek.THURSDAY, LocalTime.of(18, 30), ZoneId.of("Europe/Paris"))
                .withZoneSameInstant(ZoneId.of("Africa/Dakar")).toLocalTime();
        String dakar = dakarTime.toString();
        // French writes a time "17 h 30".
        String dakarFr = dakarTime.getHour() + "\u00A0h\u00A0" + String.format("%02d", dakarTime.getMinute());

        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + first, null).statusCode()).isEqualTo(200);
        assertThat(mailOfKind(english, "promoted")).contains("A seat is yours", "The cohort started on " + day(c, "en"),
                "Where the cohort meets:", "- Slack: Cohort chat — https://example-team.slack.com/archives/C0123",
                // On the learner's clock too (Dakar's, an hour or two earlier than Paris's).
                "- Weekly group call: Thursday call (every Thursday at 18:30, Central European Time; in your time, every Thursday at "
                        + dakar + ", ",
                ") — https://meet.jit.si/cohort",
                "/en/me.html", "the one in your sign-up email");

        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + englishKey, null).statusCode()).isEqualTo(200);
        assertThat(mailOfKind(french, "promoted")).contains("Une place est à vous", "La cohorte a commencé le " + day(c, "fr"),
                "Là où la cohorte se retrouve :", "- Slack : Cohort chat — https://example-team.slack.com/archives/C0123",
                "- Appel de groupe hebdomadaire : Thursday call (chaque jeudi à 18\u00A0h\u00A030, heure d’Europe centrale\u202F; chez vous, chaque jeudi à " + dakarFr + ", ",
                ") — https://meet.jit.si/cohort",
                "/fr/me.html", "celui de votre e-mail d’inscription").doesNotContain("Where", "seat");
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + frenchKey, null)).get("status").asText())
                .isEqualTo("enrolled");
    }

    @Test
    void aLearnerNotEnrolledReportsNothing() throws Exception {
        Cohort c = cohort();
        String key = signUp(c, "gone-" + c.cohortId() + "@example.org", false);
        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + key, null).statusCode()).isEqualTo(200);
        assertThat(client.json("POST", "/api/me/problem-reports", "Bearer " + key,
                "{\"about\":\"other\",\"text\":\"Bonjour\"}").statusCode()).isEqualTo(403);
        assertThat(moto.dynamo().query(r -> r.tableName(moto.table()).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk").expressionAttributeValues(Map.of(":pk",
                        Keys.s(Keys.problemsPk(c.cohortId()))))).count()).isZero();
    }

    @Test
    void anFaqEntryBecomesAGuideDraftInTheCohortsLanguage() throws Exception {
        Cohort c = cohort();
        HttpResponse<String> saved = client.json("POST", path(c, "/faq"), token(ALICE, "lcm"),
                "{\"question\":\"Comment lancer les tests ?\",\"answer\":\"Avec pytest -q dans le dossier du projet. "
                        + "Il trouve chaque test.\"}");
        String entryId = HubClient.parse(saved).get("entryId").asText();
        assertThat(client.json("POST", "/api/guides/faq-drafts", token(ALICE, "lcm"), "{}").statusCode()).isEqualTo(400);
        assertThat(client.json("POST", "/api/guides/faq-drafts", token(MALLORY, "lcm"), "{\"cohortId\":\"" + c.cohortId()
                + "\",\"entryId\":\"" + entryId + "\"}").statusCode()).isEqualTo(403);
        assertThat(client.json("POST", "/api/guides/faq-drafts", token(ALICE, "lcm"), "{\"cohortId\":\"" + c.cohortId()
                + "\",\"entryId\":\"nothere\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> draft = client.json("POST", "/api/guides/faq-drafts", token(ALICE, "lcm"),
                "{\"cohortId\":\"" + c.cohortId() + "\",\"entryId\":\"" + entryId + "\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        JsonNode guide = HubClient.parse(draft).at("/guides/0");
        assertThat(guide.get("language").asText()).isEqualTo("fr");
        assertThat(guide.get("slug").asText()).isEqualTo("comment-lancer-les-tests");
        // Typed with a plain space before "?": the French guide sets it as French writes it.
        assertThat(guide.get("title").asText()).isEqualTo("Comment lancer les tests\u202f?");
        assertThat(guide.get("body").asText()).isEqualTo("Avec pytest -q dans le dossier du projet. Il trouve chaque test.");
        // The learners of the cohort's path asked it: a guide for them, its summary the answer's first sentence.
        assertThat(guide.get("summary").asText()).isEqualTo("Avec pytest -q dans le dossier du projet.");
        assertThat(guide.get("audience").asText()).isEqualTo("learner");
        // Its path is not one of the site's (a test cohort's): the draft names none rather than be refused.
        assertThat(guide.get("paths").size()).isZero();
        assertThat(guide.get("roles").size()).isZero();
        assertThat(HubClient.parse(draft).get("state").asText()).isEqualTo("draft");
        JsonNode log = HubClient.parse(client.json("GET", path(c, "/moderation-log"), token(ALICE, "lcm"), null));
        assertThat(log.at("/entries/0/action").asText()).isEqualTo("faq-to-guide");
    }
}
