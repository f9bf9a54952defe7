package org.lcmhub.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * After the match, through the local hub against moto: a mentor's mentees, a release by the mentor,
 * a rematch asked by the learner, withdrawal and erasure giving the place back, and races that must
 * keep every mentor's {@code assigned} equal to the matches that name them.
 */
class MentoringApiIT extends LocalHubTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A learner signed up through the API: their id, address and personal key. */
    private record Learner(String id, String email, String key) {
        String bearer() {
            return "Bearer " + key;
        }
    }

    /** A cohort of its own path, started on the Monday two weeks ago (so check-ins are open). */
    private Cohort cohort(String lcmEmail) {
        return cohort(lcmEmail, Language.FR);
    }

    private Cohort cohort(String lcmEmail, Language language) {
        String id = unique("am");
        LocalDate start = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, language, start, 8, 50, true, 0, 0,
                Set.of(LocalIssuer.subFor(lcmEmail)), Instant.now());
        // The creator's team item records their address, as POST /api/cohorts does.
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort, lcmEmail);
        return cohort;
    }

    /** A mentor of the cohort's path, saved through the API; returns their id. */
    /** Another cohort of {@code cohort}'s path, run by the same LCM. */
    private Cohort twin(Cohort cohort, String lcmEmail) {
        String id = unique("am");
        Cohort twin = new Cohort(id, cohort.pathId(), "Cohort " + id, cohort.language(), cohort.startDate(), 8, 50, true,
                0, 0, Set.of(LocalIssuer.subFor(lcmEmail)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(twin, lcmEmail);
        return twin;
    }

    private String mentor(String email, String name, Cohort cohort, String language, int capacity) throws Exception {
        HttpResponse<String> saved = client.json("PUT", "/api/mentors/me", token(email, "mentor"), "{\"name\":\""
                + name + "\",\"paths\":[\"" + cohort.pathId() + "\"],\"languages\":[\"" + language + "\"],"
                + "\"timezone\":\"Europe/Paris\",\"capacity\":" + capacity + ","
                + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return LocalIssuer.subFor(email);
    }

    private Learner learner(Cohort cohort, String language) throws Exception {
        String email = unique("learner") + "@example.org";
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"Léa Martin\",\"email\":\""
                + email + "\",\"pathId\":\"" + cohort.pathId() + "\",\"cohortId\":\"" + cohort.cohortId()
                + "\",\"language\":\"" + language + "\",\"timezone\":\"Europe/Paris\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        return new Learner(HubClient.parse(signup).get("learnerId").asText(), email, keyFromOutbox(email));
    }

    /** Drafts and publishes the cohort's matching; returns the published pairs learnerId → mentorId. */
    private Map<String, String> matchAll(Cohort cohort, String lcm) throws Exception {
        String draftId = draft(cohort, lcm).get("draftId").asText();
        HttpResponse<String> published = publish(cohort, lcm, draftId);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        Map<String, String> pairs = new java.util.HashMap<>();
        HubClient.parse(published).get("published").forEach(p -> pairs.put(p.get("learnerId").asText(),
                p.get("mentorId").asText()));
        return pairs;
    }

    private JsonNode draft(Cohort cohort, String lcm) throws Exception {
        return draft(cohort, lcm, null);
    }

    private JsonNode draft(Cohort cohort, String lcm, String body) throws Exception {
        HttpResponse<String> draft = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching",
                token(lcm, "lcm"), body);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        return HubClient.parse(draft);
    }

    private HttpResponse<String> publish(Cohort cohort, String lcm, String draftId) throws Exception {
        return client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/" + draftId + "/publish",
                token(lcm, "lcm"), null);
    }

    private HttpResponse<String> release(String auth, String learnerId, String reason) throws Exception {
        return client.json("POST", "/api/mentors/me/mentees/" + learnerId + "/release", auth,
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
    }

    private HttpResponse<String> rematch(Learner learner, String reason) throws Exception {
        return client.json("POST", "/api/me/rematch", learner.bearer(),
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true).key(key)).item();
    }

    private int assigned(String mentorId) {
        return Integer.parseInt(item(Keys.mentor(mentorId)).get("assigned").n());
    }

    /** Matches naming the mentor, read learner by learner. */
    private int matchesOf(String mentorId, List<Learner> learners) {
        int n = 0;
        for (Learner l : learners) {
            Map<String, AttributeValue> match = item(Keys.match(l.id()));
            if (match != null && !match.isEmpty() && match.get("mentorId").s().equals(mentorId)) {
                n++;
            }
        }
        return n;
    }

    private int menteeItems(String mentorId) {
        return Fixtures.partition(moto.dynamo(), moto.table(), "MENTOR#" + mentorId, "MENTEE#").size();
    }

    /** The invariant every test ends on: the counter, the matches and the mentor's copies agree. */
    private void assertPlacesExact(String mentorId, List<Learner> learners) {
        int held = matchesOf(mentorId, learners);
        assertThat(assigned(mentorId)).as("assigned of " + mentorId).isEqualTo(held).isNotNegative();
        assertThat(menteeItems(mentorId)).as("mentee items of " + mentorId).isEqualTo(held);
    }

    private JsonNode mail(String to) throws Exception {
        return HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8),
                null, null)).get("messages");
    }

    private List<JsonNode> mailsOfKind(String to, String kind) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        mail(to).forEach(m -> {
            if (m.get("kind").asText().equals(kind)) {
                found.add(m);
            }
        });
        return found;
    }

    /** The text of the one message of that kind sent to {@code to}. */
    private String mailOfKind(String to, String kind) throws Exception {
        List<JsonNode> found = mailsOfKind(to, kind);
        assertThat(found).as(kind + " mails to " + to).isNotEmpty();
        return found.get(0).get("text").asText();
    }

    private List<String> kinds(String to) throws Exception {
        List<String> kinds = new ArrayList<>();
        mail(to).forEach(m -> kinds.add(m.get("kind").asText()));
        return kinds;
    }

    /** The mentor sets a weekly 1:1 series with the learner; returns its UID and sequence. */
    private Map.Entry<String, Integer> oneToOne(String mentorEmail, Learner learner) throws Exception {
        HttpResponse<String> set = client.json("PUT", "/api/mentors/me/mentees/" + learner.id() + "/one-to-one",
                token(mentorEmail, "mentor"), "{\"day\":\"tue\",\"time\":\"18:00\",\"durationMinutes\":30,"
                        + "\"weeks\":6}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        assertThat(item(Keys.oneToOne(learner.id()))).isNotEmpty();
        JsonNode series = HubClient.parse(set).get("oneToOne");
        return Map.entry(series.get("uid").asText(), series.get("sequence").asInt());
    }

    /**
     * The {@code .ics} of the one mail of that kind sent to {@code to}, parsed back with ical4j: it
     * cancels the series (METHOD:CANCEL, same UID) at a higher SEQUENCE than the last invite.
     */
    private void assertCancels(String to, String kind, Map.Entry<String, Integer> series) throws Exception {
        List<JsonNode> found = mailsOfKind(to, kind);
        assertThat(found).as(kind + " mails to " + to).hasSize(1);
        JsonNode attachment = found.get(0).at("/attachments/0");
        assertThat(attachment.get("fileName").asText()).matches("(1-1-with|rendez-vous-avec)-[a-z0-9-]+\\.ics");
        assertThat(attachment.get("contentType").asText()).startsWith("text/calendar; method=CANCEL");
        Calendar c = new CalendarBuilder().build(new StringReader(attachment.get("text").asText()));
        c.validate();
        assertThat(c.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent e = c.<VEvent>getComponents("VEVENT").get(0);
        assertThat(e.getUid().orElseThrow().getValue()).isEqualTo(series.getKey() + "@lcm-hub");
        assertThat(Integer.parseInt(e.getProperty("SEQUENCE").orElseThrow().getValue()))
                .isGreaterThan(series.getValue());
        assertThat(e.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    private boolean anyAttachment(String to) throws Exception {
        List<Boolean> with = new ArrayList<>();
        mail(to).forEach(m -> with.add(m.path("attachments").size() > 0));
        return with.contains(true);
    }

    /** A French cohort whose LCM has a recorded address, with Léa matched to Emma. */
    private record OnePair(String lcm, String emmaEmail, Learner lea) {
    }

    private OnePair onePair() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm);
        String emmaEmail = unique("emma") + "@example.org";
        mentor(emmaEmail, "Emma Leroy", cohort, "fr", 2);
        Learner lea = learner(cohort, "fr");
        assertThat(matchAll(cohort, lcm)).containsOnlyKeys(lea.id());
        return new OnePair(lcm, emmaEmail, lea);
    }

    @Test
    void aReleaseCancelsTheSeriesForBothSidesAndTellsTheTeamWhy() throws Exception {
        OnePair p = onePair();
        String lcm = p.lcm();
        String emmaEmail = p.emmaEmail();
        Learner lea = p.lea();
        Map.Entry<String, Integer> series = oneToOne(emmaEmail, lea);

        HttpResponse<String> released = release(token(emmaEmail, "mentor"), lea.id(), "We never find a common hour.");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);

        assertThat(item(Keys.oneToOne(lea.id()))).as("the series item").isEmpty();
        assertCancels(lea.email(), "mentor-released", series);
        assertCancels(emmaEmail, "one-to-one-cancelled", series);
        assertThat(mailOfKind(lea.email(), "mentor-released")).contains("Vos rendez-vous réguliers sont annulés")
                .doesNotContain("common hour");
        String team = mailOfKind(lcm, "pair-ended");
        assertThat(team).contains("Léa Martin", "Emma Leroy", "le ou la mentor y a mis fin",
                "We never find a common hour.");
        assertThat(kinds(lcm).stream().filter("pair-ended"::equals)).hasSize(1);
        assertThat(client.json("GET", "/api/me/one-to-one.ics", lea.bearer(), null).statusCode()).isEqualTo(404);
    }

    /**
     * A French LCM on an English cohort, added by a colleague from the French pages: the end of a
     * pair reaches her in French, the colleague who reads the English pages in English.
     */
    @Test
    void aFrenchLcmOnAnEnglishCohortReadsTheEndOfAPairInFrench() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm, Language.EN);
        String lea = unique("lea") + "@example.org";
        assertThat(client.json("GET", "/api/cohorts/mine?lang=en", token(lcm, "lcm"), null).statusCode()).isEqualTo(200);
        HttpResponse<String> added = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/team",
                token(lcm, "lcm"), "{\"email\":\"" + lea + "\",\"language\":\"fr\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        String emmaEmail = unique("emma") + "@example.org";
        mentor(emmaEmail, "Emma Leroy", cohort, "en", 2);
        Learner ada = learner(cohort, "en");
        assertThat(matchAll(cohort, lcm)).containsOnlyKeys(ada.id());

        HttpResponse<String> released = release(token(emmaEmail, "mentor"), ada.id(), "We never find a common hour.");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);

        assertThat(mailsOfKind(lea, "pair-ended")).singleElement().satisfies(m -> assertThat(m.get("subject").asText())
                .startsWith("Fin de mentorat dans « Cohort " + cohort.cohortId() + ", en cours depuis le "));
        assertThat(mailsOfKind(lcm, "pair-ended")).singleElement().satisfies(m -> assertThat(m.get("subject").asText())
                .startsWith("Mentoring ended in “Cohort " + cohort.cohortId() + ", under way since "));
    }

    @Test
    void aRematchTellsTheTeamWhoAskedAndWhy() throws Exception {
        OnePair p = onePair();
        String lcm = p.lcm();
        String emmaEmail = p.emmaEmail();
        Learner lea = p.lea();

        HttpResponse<String> asked = rematch(lea, "Our hours never fit.");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);

        assertThat(mailOfKind(lcm, "pair-ended")).contains("Le mentorat entre Léa Martin et Emma Leroy",
                "l’apprenant·e a demandé un·e autre mentor", "Our hours never fit.");
        assertThat(mailOfKind(emmaEmail, "rematch-asked")).doesNotContain("hours never fit");
        // No series was set: no cancellation anywhere.
        assertThat(kinds(lea.email())).doesNotContain("one-to-one-cancelled");
        assertThat(anyAttachment(emmaEmail)).isFalse();
    }

    @Test
    void aWithdrawalCancelsTheSeriesForBothAndAnErasureForTheMentorOnly() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm);
        String emmaEmail = unique("emma") + "@example.org";
        String emma = mentor(emmaEmail, "Emma Leroy", cohort, "fr", 2);
        Learner lea = learner(cohort, "fr");
        Learner noe = learner(cohort, "fr");
        assertThat(matchAll(cohort, lcm)).hasSize(2);
        Map.Entry<String, Integer> leaSeries = oneToOne(emmaEmail, lea);
        Map.Entry<String, Integer> noeSeries = oneToOne(emmaEmail, noe);

        assertThat(client.json("POST", "/api/me/withdraw", lea.bearer(), null).statusCode()).isEqualTo(200);
        assertThat(item(Keys.oneToOne(lea.id()))).isEmpty();
        assertCancels(lea.email(), "one-to-one-cancelled", leaSeries);
        assertThat(mailOfKind(lcm, "pair-ended")).contains("Léa Martin", "l’apprenant·e a quitté la cohorte")
                .doesNotContain("Raison");

        assertThat(client.json("DELETE", "/api/me", noe.bearer(), null).statusCode()).isEqualTo(200);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(noe.id()))).isEmpty();
        assertThat(kinds(noe.email())).doesNotContain("one-to-one-cancelled");
        // The mentor got one mentee-left per learner, each with its own series' cancellation.
        List<JsonNode> left = mailsOfKind(emmaEmail, "mentee-left");
        assertThat(left).hasSize(2);
        assertThat(left).extracting(m -> m.at("/attachments/0/text").asText())
                .anySatisfy(ics -> assertThat(ics).contains("UID:" + leaSeries.getKey() + "@lcm-hub"))
                .anySatisfy(ics -> assertThat(ics).contains("UID:" + noeSeries.getKey() + "@lcm-hub"));
        assertThat(kinds(lcm).stream().filter("pair-ended"::equals)).hasSize(2);
        assertThat(mail(lcm).findValuesAsText("text")).anySatisfy(t -> assertThat(t)
                .contains("un·e apprenant·e", "a effacé ses données"));
        assertPlacesExact(emma, List.of(lea, noe));
    }

    /** Cancellations (CANCEL attachments) the outbox holds for {@code to}, whatever mail carried them. */
    private int cancellationsTo(String to) throws Exception {
        int[] n = {0};
        mail(to).forEach(m -> m.path("attachments").forEach(a -> {
            if (a.path("contentType").asText().contains("method=CANCEL")) {
                n[0]++;
            }
        }));
        return n[0];
    }

    @Test
    void aReleaseRacingASeriesBeingSetOrCancelledLeavesNoSeriesAndCancelsItOnce() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm);
        String emmaEmail = unique("emma") + "@example.org";
        mentor(emmaEmail, "Emma Leroy", cohort, "fr", 10);
        List<Learner> setRace = new ArrayList<>();
        List<Learner> cancelRace = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            setRace.add(learner(cohort, "fr"));
            cancelRace.add(learner(cohort, "fr"));
        }
        assertThat(matchAll(cohort, lcm)).hasSize(8);
        for (Learner l : cancelRace) {
            oneToOne(emmaEmail, l);
        }
        String auth = token(emmaEmail, "mentor");
        String slot = "{\"day\":\"wed\",\"time\":\"09:00\",\"durationMinutes\":30,\"weeks\":4}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Learner l : setRace) {
                String path = "/api/mentors/me/mentees/" + l.id() + "/one-to-one";
                Future<HttpResponse<String>> set = pool.submit(() -> client.json("PUT", path, auth, slot));
                Future<HttpResponse<String>> released = pool.submit(() -> release(auth, l.id(), "Race."));
                assertThat(released.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                int setStatus = set.get(60, TimeUnit.SECONDS).statusCode();
                // Set first: the release deletes and cancels it. Released first: nothing was set.
                assertThat(setStatus).isIn(201, 404);
                assertThat(item(Keys.oneToOne(l.id()))).as("series of " + l.id()).isEmpty();
                assertThat(cancellationsTo(l.email())).isEqualTo(setStatus == 201 ? 1 : 0);
            }
            for (Learner l : cancelRace) {
                String path = "/api/mentors/me/mentees/" + l.id() + "/one-to-one";
                Future<HttpResponse<String>> cancel = pool.submit(() -> client.json("DELETE", path, auth, null));
                Future<HttpResponse<String>> released = pool.submit(() -> release(auth, l.id(), "Race."));
                assertThat(released.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                assertThat(cancel.get(60, TimeUnit.SECONDS).statusCode()).isIn(200, 404);
                assertThat(item(Keys.oneToOne(l.id()))).as("series of " + l.id()).isEmpty();
                // Whoever deleted the series sent its one cancellation to the learner.
                assertThat(cancellationsTo(l.email())).as("cancellations to " + l.id()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMentorSeesTheirMenteesWithLastCheckInAndRiskPageByPage() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm);
        String emmaEmail = unique("emma") + "@example.org";
        String emma = mentor(emmaEmail, "Emma Leroy", cohort, "fr", 3);
        Learner lea = learner(cohort, "fr");
        Learner noe = learner(cohort, "fr");
        String thisWeek = IsoWeek.of(LocalDate.now(PARIS)).toString();
        HttpResponse<String> checkIn = client.json("POST", "/api/checkins", lea.bearer(), "{\"progress\":30,"
                + "\"hoursSpent\":3,\"mood\":4,\"needHelp\":true}");
        assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);
        assertThat(matchAll(cohort, lcm)).containsOnlyKeys(lea.id(), noe.id()).containsValue(emma);
        // The mentor's one mail of the publish names both mentees, in French: emma mentors in French.
        assertThat(mailsOfKind(emmaEmail, "new-mentee")).hasSize(1);
        assertThat(mailOfKind(emmaEmail, "new-mentee")).contains("vous accompagnez désormais ces apprenant·es")
                .containsSubsequence("– Léa Martin", "– Léa Martin");

        HttpResponse<String> answer = client.json("GET", "/api/mentors/me/mentees", token(emmaEmail, "mentor"), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode mentees = HubClient.parse(answer).get("mentees");
        assertThat(mentees).hasSize(2);
        JsonNode first = mentees.get(0).get("learnerId").asText().equals(lea.id()) ? mentees.get(0) : mentees.get(1);
        JsonNode second = first == mentees.get(0) ? mentees.get(1) : mentees.get(0);
        assertThat(first.get("email").asText()).isEqualTo(lea.email());
        assertThat(first.get("cohortId").asText()).isEqualTo(cohort.cohortId());
        assertThat(first.get("pathId").asText()).isEqualTo(cohort.pathId());
        assertThat(first.get("matchedAt").asText()).isNotBlank();
        assertThat(first.at("/lastCheckIn/week").asText()).isEqualTo(thisWeek);
        assertThat(first.at("/lastCheckIn/progress").asInt()).isEqualTo(30);
        assertThat(first.at("/lastCheckIn/needHelp").asBoolean()).isTrue();
        // Asked for help just now: the reason, in the mentor's language, beside a score and no silence.
        assertThat(first.at("/risk/silentNow").asBoolean()).isFalse();
        assertThat(first.at("/risk/score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.at("/risk/reasons").findValuesAsText("code")).contains("help-waiting");
        assertThat(first.at("/risk/reasons").findValuesAsText("text")).contains("A demandé de l’aide aujourd’hui, pas encore contacté·e");
        assertThat(second.get("lastCheckIn").isNull()).isTrue();
        assertThat(second.at("/risk/level").asText()).isIn("ok", "watch", "at-risk");

        // Page by page: one at a time, then the end.
        JsonNode page1 = HubClient.parse(client.json("GET", "/api/mentors/me/mentees?limit=1",
                token(emmaEmail, "mentor"), null));
        assertThat(page1.get("mentees")).hasSize(1);
        JsonNode page2 = HubClient.parse(client.json("GET", "/api/mentors/me/mentees?limit=1&cursor="
                + page1.get("next").asText(), token(emmaEmail, "mentor"), null));
        assertThat(page2.get("mentees")).hasSize(1);
        assertThat(page2.at("/mentees/0/learnerId").asText()).isNotEqualTo(page1.at("/mentees/0/learnerId").asText());
        JsonNode page3 = HubClient.parse(client.json("GET", "/api/mentors/me/mentees?limit=1&cursor="
                + page2.get("next").asText(), token(emmaEmail, "mentor"), null));
        assertThat(page3.get("mentees")).isEmpty();
        assertThat(page3.get("next").isNull()).isTrue();
        assertThat(client.json("GET", "/api/mentors/me/mentees?limit=0", token(emmaEmail, "mentor"), null)
                .statusCode()).isEqualTo(400);
        assertThat(client.json("GET", "/api/mentors/me/mentees?cursor=%25%25", token(emmaEmail, "mentor"), null)
                .statusCode()).isEqualTo(400);

        // Another mentor sees none of them; an LCM or nobody may not ask.
        JsonNode other = HubClient.parse(client.json("GET", "/api/mentors/me/mentees",
                token(unique("farid") + "@example.org", "mentor"), null));
        assertThat(other.get("mentees")).isEmpty();
        assertThat(client.json("GET", "/api/mentors/me/mentees", token(lcm, "lcm"), null).statusCode()).isEqualTo(403);
        assertThat(client.json("GET", "/api/mentors/me/mentees", null, null).statusCode()).isEqualTo(401);

        // The learner sees their mentor on /api/me.
        JsonNode me = HubClient.parse(client.json("GET", "/api/me", lea.bearer(), null));
        assertThat(me.at("/mentor/mentorId").asText()).isEqualTo(emma);
        assertThat(me.at("/mentor/name").asText()).isEqualTo("Emma Leroy");
        assertThat(me.at("/mentor/email").asText()).isEqualTo(emmaEmail);
        assertThat(me.at("/mentor/languages/0").asText()).isEqualTo("fr");
        assertThat(me.at("/mentor/timezone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    void aReleaseGivesThePlaceBackAndThePairIsNeverProposedAgain() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm);
        String emmaEmail = unique("emma") + "@example.org";
        String emma = mentor(emmaEmail, "Emma Leroy", cohort, "fr", 2);
        Learner lea = learner(cohort, "fr");
        Learner noe = learner(cohort, "fr");
        List<Learner> all = List.of(lea, noe);
        assertThat(matchAll(cohort, lcm)).containsEntry(lea.id(), emma).containsEntry(noe.id(), emma);
        assertPlacesExact(emma, all);
        assertThat(assigned(emma)).isEqualTo(2);

        // Who may not: nobody signed in, an LCM, another mentor (404: not theirs), a bad reason.
        String farid = unique("farid") + "@example.org";
        assertThat(release(null, lea.id(), "x").statusCode()).isEqualTo(401);
        assertThat(release(token(lcm, "lcm"), lea.id(), "x").statusCode()).isEqualTo(403);
        HttpResponse<String> notTheirs = release(token(farid, "mentor"), lea.id(), "x");
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(404);
        assertThat(release(token(emmaEmail, "mentor"), "no-such-learner", "x").statusCode()).isEqualTo(404);
        HttpResponse<String> noReason = release(token(emmaEmail, "mentor"), lea.id(), null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(noReason).at("/error/fields/reason").asText()).isNotBlank();
        assertThat(release(token(emmaEmail, "mentor"), lea.id(), "x".repeat(501)).statusCode()).isEqualTo(400);
        assertThat(assigned(emma)).isEqualTo(2);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(lea.id()), "NEVER#")).isEmpty();

        HttpResponse<String> released = release(token(emmaEmail, "mentor"), lea.id(), "We never find a common hour.");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(HubClient.parse(released).get("released").asBoolean()).isTrue();
        assertThat(assigned(emma)).isEqualTo(1);
        assertPlacesExact(emma, all);
        Map<String, AttributeValue> never = item(Keys.neverAgain(lea.id(), emma));
        assertThat(never.get("by").s()).isEqualTo("mentor");
        assertThat(never.get("reason").s()).isEqualTo("We never find a common hour.");
        assertThat(never.get("GSI1PK").s()).isEqualTo("COHORT#" + cohort.cohortId());
        assertThat(mailOfKind(lea.email(), "mentor-released")).contains("ne peut plus vous accompagner")
                .doesNotContain("common hour");
        assertThat(HubClient.parse(client.json("GET", "/api/me", lea.bearer(), null)).get("mentor").isNull()).isTrue();
        assertThat(HubClient.parse(client.json("GET", "/api/mentors/me/mentees", token(emmaEmail, "mentor"), null))
                .get("mentees").findValuesAsText("learnerId")).containsExactly(noe.id());

        // Releasing again finds nothing and gives nothing back twice.
        assertThat(release(token(emmaEmail, "mentor"), lea.id(), "again").statusCode()).isEqualTo(404);
        assertThat(assigned(emma)).isEqualTo(1);

        // The next draft takes the learner again, never with emma (who has a free place): with farid.
        JsonNode next = draft(cohort, lcm);
        assertThat(next.get("matches")).isEmpty();
        assertThat(next.get("unmatched").findValuesAsText("learnerId")).containsExactly(lea.id());
        String faridId = mentor(farid, "Farid Haddad", cohort, "fr", 2);
        assertThat(matchAll(cohort, lcm)).containsExactly(Map.entry(lea.id(), faridId));
        assertPlacesExact(emma, all);
        assertPlacesExact(faridId, all);
    }

    @Test
    void aLearnerAsksForAnotherMentorOnlyWhenTheyHaveOne() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm);
        Learner lea = learner(cohort, "fr");
        HttpResponse<String> none = rematch(lea, "I would like someone else.");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(409);
        assertThat(HubClient.parse(none).at("/error/code").asText()).isEqualTo("conflict");

        String emmaEmail = unique("emma") + "@example.org";
        String emma = mentor(emmaEmail, "Emma Leroy", cohort, "en", 2);
        Learner noe = learner(cohort, "en");
        assertThat(matchAll(cohort, lcm)).containsExactly(Map.entry(noe.id(), emma));

        assertThat(client.json("POST", "/api/me/rematch", "Bearer " + noe.id() + ".forged", "{\"reason\":\"x\"}")
                .statusCode()).isEqualTo(401);
        assertThat(client.json("POST", "/api/me/rematch", null, "{\"reason\":\"x\"}").statusCode()).isEqualTo(401);
        // A mentor's token is not a learner's key.
        assertThat(client.json("POST", "/api/me/rematch", token(emmaEmail, "mentor"), "{\"reason\":\"x\"}")
                .statusCode()).isEqualTo(401);
        assertThat(rematch(noe, " ").statusCode()).isEqualTo(400);
        assertThat(assigned(emma)).isEqualTo(1);

        HttpResponse<String> asked = rematch(noe, "Our hours never fit.");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(HubClient.parse(asked).get("rematch").asBoolean()).isTrue();
        assertPlacesExact(emma, List.of(lea, noe));
        assertThat(assigned(emma)).isZero();
        assertThat(item(Keys.neverAgain(noe.id(), emma)).get("by").s()).isEqualTo("learner");
        assertThat(kinds(emmaEmail)).contains("rematch-asked");
        assertThat(rematch(noe, "again").statusCode()).isEqualTo(409);
        assertThat(assigned(emma)).isZero();
        // Unmatched again, and never with emma.
        JsonNode next = draft(cohort, lcm);
        assertThat(next.get("matches")).isEmpty();
        assertThat(next.get("unmatched").findValuesAsText("learnerId")).contains(noe.id());
    }

    @Test
    void withdrawalAndErasureGiveTheMentorsPlaceBack() throws Exception {
        String lcm = unique("lcm") + "@example.org";
        Cohort cohort = cohort(lcm);
        String emmaEmail = unique("emma") + "@example.org";
        String emma = mentor(emmaEmail, "Emma Leroy", cohort, "fr", 2);
        Learner lea = learner(cohort, "fr");
        Learner noe = learner(cohort, "fr");
        List<Learner> all = List.of(lea, noe);
        assertThat(matchAll(cohort, lcm)).hasSize(2);
        assertThat(assigned(emma)).isEqualTo(2);

        HttpResponse<String> withdrawn = client.json("POST", "/api/me/withdraw", lea.bearer(), null);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(HubClient.parse(withdrawn).get("mentor").isNull()).isTrue();
        assertThat(assigned(emma)).isEqualTo(1);
        assertPlacesExact(emma, all);
        assertThat(client.json("POST", "/api/me/withdraw", lea.bearer(), null).statusCode()).isEqualTo(200);
        assertThat(assigned(emma)).isEqualTo(1);

        assertThat(client.json("DELETE", "/api/me", noe.bearer(), null).statusCode()).isEqualTo(200);
        assertThat(assigned(emma)).isZero();
        assertPlacesExact(emma, all);
        assertThat(client.json("DELETE", "/api/me", lea.bearer(), null).statusCode()).isEqualTo(200);
        assertThat(assigned(emma)).isZero();
        // Told once per mentee who left (not again for a second withdrawal or the erasure after it).
        assertThat(kinds(emmaEmail).stream().filter("mentee-left"::equals)).hasSize(2);
        assertThat(mailOfKind(emmaEmail, "mentee-left")).contains("a quitté la cohorte");
    }

    @Test
    void releasesRacingPublishesAndWithdrawalsKeepEveryPlaceExact() throws Exception {
        int publishedFirst = 0;
        for (int round = 0; round < 4; round++) {
            String lcm = unique("lcm") + "@example.org";
            Cohort cohort = cohort(lcm);
            String emmaEmail = unique("emma") + "@example.org";
            String emma = mentor(emmaEmail, "Emma Leroy", cohort, "fr", 3);
            List<Learner> all = new ArrayList<>(List.of(learner(cohort, "fr"), learner(cohort, "fr")));
            assertThat(matchAll(cohort, lcm)).hasSize(2);
            // Two drafts each give emma's last place to another learner; the second one takes it. It is
            // a twin cohort's on the same path: a second draft of this cohort would supersede the first.
            all.add(learner(cohort, "fr"));
            String waiting = draft(cohort, lcm).get("draftId").asText();
            Cohort twin = twin(cohort, lcm);
            all.add(learner(twin, "fr"));
            JsonNode second = draft(twin, lcm);
            assertThat(second.get("matches").findValuesAsText("learnerId")).containsExactly(all.get(3).id());
            assertThat(HubClient.parse(publish(twin, lcm, second.get("draftId").asText())).get("published"))
                    .hasSize(1);
            assertThat(assigned(emma)).isEqualTo(3);

            // The waiting draft needs the place a release frees; the same match of another learner
            // is ended twice at once, by the mentor and by the learner's withdrawal.
            ExecutorService pool = Executors.newFixedThreadPool(4);
            Future<HttpResponse<String>> publish = pool.submit(() -> publish(cohort, lcm, waiting));
            Future<HttpResponse<String>> release = pool.submit(() -> release(token(emmaEmail, "mentor"),
                    all.get(0).id(), "race"));
            Future<HttpResponse<String>> releaseTwice = pool.submit(() -> release(token(emmaEmail, "mentor"),
                    all.get(1).id(), "race"));
            Future<HttpResponse<String>> withdraw = pool.submit(() -> client.json("POST", "/api/me/withdraw",
                    all.get(1).bearer(), null));
            HttpResponse<String> published = publish.get(60, TimeUnit.SECONDS);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            assertThat(release.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(releaseTwice.get(60, TimeUnit.SECONDS).statusCode()).isIn(200, 404);
            assertThat(withdraw.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            pool.shutdown();

            assertPlacesExact(emma, all);
            int took = HubClient.parse(published).get("published").size();
            // Published before both releases: skipped (full); after one of them: placed.
            assertThat(assigned(emma)).isEqualTo(1 + took);
            if (took == 0) {
                publishedFirst++;
                assertThat(HubClient.parse(published).findValuesAsText("reason")).containsExactly("mentor-full-or-paused");
            }
        }
        System.out.println("Release/publish races: publish first in " + publishedFirst + " of 4 rounds");
    }
}
