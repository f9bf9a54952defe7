package org.lcmhub.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.store.Keys;

/**
 * A learner's whole journey in the local hub: the site's form, the confirmation in the outbox,
 * the personal link's key, self-service, withdrawal with promotion, export and erasure.
 */
class LearnerJourneyIT extends LocalHubTest {


    private String signUpByForm(Cohort cohort, String name, String email) throws Exception {
        String form = "name=" + enc(name) + "&email=" + enc(email) + "&pathId=" + cohort.pathId() + "&cohortId="
                + cohort.cohortId() + "&language=fr&timezone=Europe%2FParis&goals=" + enc("Automatiser mon travail")
                + "&hoursPerWeek=4&consent=on&next=%2Ffr%2Fmerci.html&errorPage=%2Ffr%2Ferreur.html";
        HttpResponse<String> answer = client.send("POST", "/api/signups", null, "application/x-www-form-urlencoded", form);
        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 303);
        return keyFromOutbox(email);
    }

    /** The key of the confirmation mail, whose personal link opens the learner page of this hub. */
    @Override
    protected String keyFromOutbox(String email) throws Exception {
        JsonNode messages = HubClient.parse(client.json("GET", "/dev/outbox?to=" + enc(email), null, null)).get("messages");
        assertThat(messages.get(0).get("text").asText()).contains(hub.url().resolve("/fr/me.html").toString());
        return super.keyFromOutbox(email);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void fromTheFormToThePersonalLinkToTheLearnersOwnData() throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        String email = email("lea");
        String key = signUpByForm(cohort, "Léa Martin", email);

        for (String page : new String[] {"/fr/me.html", "/en/me.html"}) {
            HttpResponse<String> html = client.json("GET", page, null, null);
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            assertThat(html.body()).contains("<script src=\"/js/learner.js\" defer></script>",
                    "<meta name=\"referrer\" content=\"no-referrer\">");
        }
        assertThat(client.json("GET", "/js/learner.js", null, null).body()).contains("'/api/me'");
        assertThat(client.json("GET", "/js/learner-key.js", null, null).body()).contains("localStorage", "replaceState");

        HttpResponse<String> me = client.json("GET", "/api/me", "Bearer " + key, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode profile = HubClient.parse(me);
        assertThat(profile.get("name").asText()).isEqualTo("Léa Martin");
        assertThat(profile.get("status").asText()).isEqualTo("enrolled");
        assertThat(profile.get("goals").asText()).isEqualTo("Automatiser mon travail");
        assertThat(profile.at("/cohort/cohortId").asText()).isEqualTo(cohort.cohortId());

        HttpResponse<String> patched = client.json("PATCH", "/api/me", "Bearer " + key,
                "{\"language\":\"en\",\"timezone\":\"America/Montreal\",\"hoursPerWeek\":6,\"goals\":\"\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(HubClient.parse(patched).get("timezone").asText()).isEqualTo("America/Montreal");
        assertThat(HubClient.parse(patched).get("goals").isNull()).isTrue();
        HttpResponse<String> bad = client.json("PATCH", "/api/me", "Bearer " + key, "{\"timezone\":\"Moon/Base\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(bad).at("/error/fields/timezone").asText()).contains("time zone");

        JsonNode export = HubClient.parse(client.json("GET", "/api/me/export", "Bearer " + key, null));
        assertThat(export.at("/profile/email").asText()).isEqualTo(email);
        assertThat(export.get("records").toString()).contains("EmailClaim").doesNotContain("keyHash");
    }

    @Test
    void aKeyReachesOnlyItsOwnLearner() throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        String mine = signUpByForm(cohort, "Awa Diallo", email("awa"));
        String theirs = signUpByForm(cohort, "Kenji Sato", email("kenji"));
        String myId = mine.substring(0, mine.lastIndexOf('.'));
        String theirSecret = theirs.substring(theirs.lastIndexOf('.') + 1);
        char last = mine.charAt(mine.length() - 1);

        for (String authorization : new String[] {null, "Bearer ", "Bearer " + myId, "Basic " + mine,
                "Bearer " + myId + "." + theirSecret,
                "Bearer " + mine.substring(0, mine.length() - 1) + (last == 'A' ? 'B' : 'A'),
                "Bearer " + UUID.randomUUID() + "." + theirSecret}) {
            HttpResponse<String> refused = client.json("GET", "/api/me", authorization, null);
            assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(refused.body()).doesNotContain("@example.org");
        }
        assertThat(client.json("DELETE", "/api/me", "Bearer " + myId + "." + theirSecret, null).statusCode())
                .isEqualTo(401);
        assertThat(client.json("GET", "/api/me", "Bearer " + mine, null).statusCode()).isEqualTo(200);
    }

    @Test
    void withdrawingFreesTheSeatForTheFirstOnTheWaitlistWhoIsTold() throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        String first = signUpByForm(cohort, "Awa Diallo", email("awa"));
        String secondEmail = email("kenji");
        String second = signUpByForm(cohort, "Kenji Sato", secondEmail);
        String third = signUpByForm(cohort, "Maria Oliveira", email("maria"));
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + third, null)).get("waitlistPosition").asInt())
                .isEqualTo(2);

        HttpResponse<String> withdrawn = client.json("POST", "/api/me/withdraw", "Bearer " + first, null);

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(HubClient.parse(withdrawn).get("status").asText()).isEqualTo("withdrawn");
        JsonNode promoted = HubClient.parse(client.json("GET", "/api/me", "Bearer " + second, null));
        assertThat(promoted.get("status").asText()).isEqualTo("enrolled");
        assertThat(promoted.has("waitlistPosition")).isFalse();
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + third, null)).get("waitlistPosition").asInt())
                .isEqualTo(1);
        Cohort after = new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort.cohortId());
        assertThat(after.enrolled()).isEqualTo(1);
        assertThat(after.waitlisted()).isEqualTo(1);
        JsonNode mail = HubClient.parse(client.json("GET", "/dev/outbox?to=" + enc(secondEmail), null, null))
                .get("messages").get(0);
        assertThat(mail.get("kind").asText()).isEqualTo("promoted");
        assertThat(mail.get("text").asText()).contains(cohort.title());

        // Withdrawing again changes nothing.
        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + first, null).statusCode()).isEqualTo(200);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort.cohortId()).enrolled()).isEqualTo(1);
    }

    @Test
    void erasureRemovesPersonalDataEverywhereAndKeepsOnlyCounts() throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        String email = email("camille");
        String name = "Camille " + UUID.randomUUID().toString().substring(0, 8);
        String key = signUpByForm(cohort, name, email);
        String next = signUpByForm(cohort, "Hugo Lefebvre", email("hugo"));

        HttpResponse<String> erased = client.json("DELETE", "/api/me", "Bearer " + key, null);

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(Fixtures.itemsMentioning(moto.dynamo(), moto.table(), email)).isEmpty();
        assertThat(Fixtures.itemsMentioning(moto.dynamo(), moto.table(), name)).isEmpty();
        String learnerId = key.substring(0, key.lastIndexOf('.'));
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(learnerId))).isEmpty();
        assertThat(moto.dynamo().getItem(r -> r.tableName(moto.table()).key(Keys.emailClaim(cohort.cohortId(), email)))
                .item()).isEmpty();
        assertThat(moto.dynamo().getItem(r -> r.tableName(moto.table()).key(Keys.cooldown(email))).item()).isEmpty();
        var meta = moto.dynamo().getItem(r -> r.tableName(moto.table()).key(Keys.cohort(cohort.cohortId()))).item();
        assertThat(meta.get("erased").n()).isEqualTo("1");
        assertThat(meta.get("enrolled").n()).isEqualTo("1");
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + next, null)).get("status").asText())
                .isEqualTo("enrolled");
        assertThat(client.json("GET", "/api/me", "Bearer " + key, null).statusCode()).isEqualTo(401);
        // The address may sign up again as a new learner.
        assertThat(signUpByForm(cohort, name, email)).isNotEqualTo(key);
    }

    @Test
    void theSitesOwnFormSignsUpAndTheOutboxHoldsTheWorkingLink() throws Exception {
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(client.json("GET", "/fr/index.html", null, null).body());
        String pathPage = home.select("a[href^=/fr/paths/]").first().attr("href");
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(client.json("GET", pathPage, null, null).body())
                .selectFirst("form.signup-form");
        String pathId = form.selectFirst("input[name=pathId]").attr("value");
        Cohort cohort = Fixtures.cohort(moto.dynamo(), moto.table(), "form-" + UUID.randomUUID().toString().substring(0, 8),
                pathId, 10);
        String email = email("ines");
        StringBuilder body = new StringBuilder();
        for (org.jsoup.nodes.Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String value = switch (name) {
                case "name" -> "Inès Benali";
                case "email" -> email;
                case "timezone" -> "Africa/Algiers";
                case "website" -> "";
                default -> input.attr("value");
            };
            body.append(body.length() == 0 ? "" : "&").append(enc(name)).append('=').append(enc(value));
        }

        HttpResponse<String> answer = client.send("POST", form.attr("action"), null,
                "application/x-www-form-urlencoded", body.toString());

        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 303);
        String key = keyFromOutbox(email);
        JsonNode me = HubClient.parse(client.json("GET", "/api/me", "Bearer " + key, null));
        assertThat(me.get("name").asText()).isEqualTo("Inès Benali");
        // Without JavaScript the form names no cohort: the learner joins one of this path in the
        // page's language with a seat left (the fixture's, or one another test opened beside it).
        assertThat(me.get("pathId").asText()).isEqualTo(cohort.pathId());
        assertThat(me.at("/cohort/language").asText()).isEqualTo("fr");
        assertThat(me.get("status").asText()).isEqualTo("enrolled");
    }
    /**
     * Leaving with My page's form without JavaScript lands on the page of what was left: a learner
     * who only waited reads that they gave up their place on the waitlist, not that a seat is freed
     * or that no check-in is expected; one with a seat, that their seat is given up. Leaving again
     * (the form sent twice, the button in two tabs) says they had already left, never that their key
     * is unknown.
     */
    @Test
    void leavingLandsOnThePageOfWhatWasLeftAndAgainOnOneSayingTheLearnerHadLeft() throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        String amaEmail = email("ama");
        String kofiEmail = email("kofi");
        String seated = signUpByForm(cohort, "Ama Mensah", amaEmail);
        String waiting = signUpByForm(cohort, "Kofi Boateng", kofiEmail);
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(client.json("GET", "/fr/me.html", null, null).body())
                .selectFirst("form.leave-form");
        assertThat(form).as("My page's form without JavaScript").isNotNull();

        assertThat(leaveByForm(form, waiting)).startsWith("/fr/depart/waitlist.html");
        String page = client.json("GET", "/fr/depart/waitlist.html", null, null).body();
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("h1").text()).isEqualTo("Vous avez quitté la liste d’attente");
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("main").text())
                .contains("Vous avez laissé votre place sur la liste d’attente de la cohorte.")
                .doesNotContain("point d’étape", "libérée", "ni dans la cohorte");
        assertThat(leaveByForm(form, waiting)).as("sent again").startsWith("/fr/depart/already.html");
        HttpResponse<String> again = client.json("POST", "/api/me/withdraw", "Bearer " + waiting, null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(HubClient.parse(again).get("status").asText()).isEqualTo("withdrawn");
        assertThat(HubClient.parse(again).get("left").asText()).isEqualTo("already");
        assertThat(org.jsoup.Jsoup.parse(client.json("GET", "/fr/depart/already.html", null, null).body())
                .selectFirst("h1").text()).isEqualTo("Vous aviez déjà quitté la cohorte");

        assertThat(leaveByForm(form, seated)).startsWith("/fr/depart/seat.html");
        assertThat(org.jsoup.Jsoup.parse(client.json("GET", "/fr/depart/seat.html", null, null).body()).selectFirst("main").text())
                .contains("Vous avez quitté la cohorte", "Votre place est libérée", "Aucun point d’étape n’est plus attendu de vous.");
        // Each leave is confirmed by mail, once however often the form was sent, in the learner's language.
        assertThat(leftMails(kofiEmail)).as("left the waitlist, then twice more").singleElement()
                .satisfies(m -> assertThat(m.get("text").asText()).contains("vous avez quitté la liste d’attente de la cohorte"));
        assertThat(leftMails(amaEmail)).singleElement()
                .satisfies(m -> assertThat(m.get("text").asText()).contains("et laissé votre place"));
    }

    /**
     * My page baked before there was a page for each thing left, still in a browser's cache, posts
     * its leave form with the page it landed on then ({@code /en/left.html}, {@code /fr/depart.html}),
     * which no longer exists: leaving lands on the page of what was left all the same, in the form's
     * language, and that page is there.
     */
    @Test
    void aLeaveFormOfTheOlderSiteLandsOnThePageOfWhatWasLeft() throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        String seated = signUpByForm(cohort, "Ama Mensah", email("ama"));
        String waiting = signUpByForm(cohort, "Kofi Boateng", email("kofi"));
        for (String[] old : new String[][] {{"/en/me.html", "/en/left.html", "/en/left/waitlist.html"},
                {"/fr/me.html", "/fr/depart.html", "/fr/depart/seat.html"}}) {
            assertThat(client.json("GET", old[1], null, null).statusCode()).as("the old page is gone").isEqualTo(404);
            org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(client.json("GET", old[0], null, null).body())
                    .selectFirst("form.leave-form");
            form.selectFirst("input[name=next]").val(old[1]);

            String landed = leaveByForm(form, old[2].contains("waitlist") ? waiting : seated);

            assertThat(landed).as(old[1]).startsWith(old[2] + "?");
            assertThat(client.json("GET", landed, null, null).statusCode()).as(landed).isEqualTo(200);
        }
    }

    /** The leave confirmations the outbox holds for {@code email}. */
    private java.util.List<JsonNode> leftMails(String email) throws Exception {
        java.util.List<JsonNode> left = new java.util.ArrayList<>();
        HubClient.parse(client.json("GET", "/dev/outbox?to=" + enc(email), null, null)).get("messages").forEach(m -> {
            if ("left".equals(m.get("kind").asText())) {
                left.add(m);
            }
        });
        return left;
    }

    /** My page's leave form, as a browser without JavaScript posts it with the key pasted and the box ticked: where it lands. */
    private String leaveByForm(org.jsoup.nodes.Element form, String key) throws Exception {
        StringBuilder body = new StringBuilder();
        for (org.jsoup.nodes.Element input : form.select("input[name]")) {
            String name = input.attr("name");
            String value = switch (name) {
                case "key" -> key;
                case "confirm" -> "true";
                default -> input.attr("value");
            };
            body.append(body.length() == 0 ? "" : "&").append(enc(name)).append('=').append(enc(value));
        }
        HttpResponse<String> left = client.send("POST", form.attr("action"), null, "application/x-www-form-urlencoded",
                body.toString());
        assertThat(left.statusCode()).as(left.body()).isEqualTo(303);
        return left.headers().firstValue("location").orElse("");
    }
}
