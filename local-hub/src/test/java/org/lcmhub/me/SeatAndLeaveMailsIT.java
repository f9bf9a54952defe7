package org.lcmhub.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * The mails of a seat and of a leave, through the local hub on moto: a seat the team adds from the
 * waitlist lists the cohort's places as the welcome mail does; a move to another cohort lists its
 * places, or says the team has not given them yet; leaving a seat or a waitlist is confirmed once.
 */
class SeatAndLeaveMailsIT extends LocalHubTest {
    private static final String ALICE = "alice@example.org";

    private Cohort cohort(String pathId, int seats) {
        String id = "mails-" + UUID.randomUUID().toString().substring(0, 8);
        Cohort cohort = new Cohort(id, pathId, "Python " + id, Language.FR, LocalDate.now().plusWeeks(2), 8, seats, true, 0, 0,
                Set.of(LocalIssuer.subFor(ALICE)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return cohort;
    }

    private record Placed(Learner learner, LearnerKey key) {
    }

    private Placed place(Cohort cohort, Language language) {
        String learnerId = UUID.randomUUID().toString();
        LearnerKey key = LearnerKey.issue(learnerId);
        Learner learner = new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(learnerId, "Awa",
                learnerId + "@example.org", cohort.pathId(), cohort.cohortId(), language, "Europe/Paris", null, null,
                LearnerStatus.ENROLLED, null, Instant.now()), key.hash(), Instant.now(), Duration.ZERO).learner();
        return new Placed(learner, key);
    }

    private void addChat(Cohort cohort) throws Exception {
        HttpResponse<String> added = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/channels", token(ALICE, "lcm"),
                "{\"kind\":\"slack\",\"label\":\"#python-spring\",\"url\":\"https://example.slack.com/archives/C123\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    /** The outbox's mails of {@code kind} to {@code to}, waiting a little for the mail function. */
    private List<JsonNode> mails(String to, String kind, int atLeast) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            found.clear();
            JsonNode messages = HubClient.parse(client.json("GET",
                    "/dev/outbox?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8), null, null)).get("messages");
            messages.forEach(m -> {
                if (kind.equals(m.get("kind").asText())) {
                    found.add(m);
                }
            });
            if (found.size() >= atLeast) {
                break;
            }
            Thread.sleep(100);
        }
        return found;
    }

    @Test
    void aSeatTheTeamAddsIsMailedWithTheCohortsPlaces() throws Exception {
        Cohort cohort = cohort("path-" + UUID.randomUUID(), 1);
        addChat(cohort);
        place(cohort, Language.FR);
        Placed waiting = place(cohort, Language.FR);
        assertThat(waiting.learner().status()).isEqualTo(LearnerStatus.WAITLISTED);

        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + cohort.cohortId(), token(ALICE, "lcm"),
                "{\"seats\":2}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        assertThat(mails(waiting.learner().email(), "promoted", 1)).singleElement().satisfies(m ->
                assertThat(m.get("text").asText()).contains("Là où la cohorte se retrouve\u00a0:",
                        "#python-spring", "https://example.slack.com/archives/C123", "avec les lieux de la cohorte"));
    }

    @Test
    void aMoveToACohortWithoutPlacesSaysTheTeamWillAddThemAndOneWithPlacesListsThem() throws Exception {
        String path = "path-" + UUID.randomUUID();
        Cohort full = cohort(path, 1);
        Cohort bare = cohort(path, 5);
        Cohort furnished = cohort(path, 5);
        addChat(furnished);
        place(full, Language.FR);
        Placed first = place(full, Language.FR);
        Placed second = place(full, Language.EN);

        assertThat(move(first, bare).statusCode()).isEqualTo(200);
        assertThat(mails(first.learner().email(), "moved", 1)).singleElement().satisfies(m ->
                assertThat(m.get("text").asText()).contains("Votre équipe LCM n’a pas encore indiqué la discussion")
                        .doesNotContain("avec les lieux de la cohorte"));

        assertThat(move(second, furnished).statusCode()).isEqualTo(200);
        assertThat(mails(second.learner().email(), "moved", 1)).singleElement().satisfies(m ->
                assertThat(m.get("text").asText()).contains("Where the cohort meets:", "#python-spring", "with the cohort’s places")
                        .doesNotContain("has not shared"));
    }

    private HttpResponse<String> move(Placed p, Cohort to) throws Exception {
        HttpResponse<String> moved = client.json("POST", "/api/me/move", "Bearer " + p.key().token(),
                "{\"cohortId\":\"" + to.cohortId() + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        return moved;
    }

    /**
     * Leaving a seat is confirmed in the learner's language, with the seat gone to the next person
     * (not named), and leaving again sends nothing; leaving a waitlist is confirmed too. An erasure
     * leaves no page to point to and is not confirmed as a leave.
     */
    @Test
    void leavingIsConfirmedOnceInTheLearnersLanguage() throws Exception {
        Cohort cohort = cohort("path-" + UUID.randomUUID(), 1);
        Placed seated = place(cohort, Language.FR);
        Placed next = place(cohort, Language.EN);
        Placed last = place(cohort, Language.EN);

        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + seated.key().token(), null).statusCode()).isEqualTo(200);
        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + seated.key().token(), null).statusCode()).isEqualTo(200);
        List<JsonNode> left = mails(seated.learner().email(), "left", 2);
        assertThat(left).as("left twice, told once").singleElement().satisfies(m -> {
            assertThat(m.get("subject").asText()).startsWith("Départ de la cohorte\u00a0: " + cohort.title());
            assertThat(m.get("text").asText()).contains("Votre place est allée à la personne suivante",
                    "il ne vous réinscrit pas").doesNotContain(next.learner().email());
        });

        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + last.key().token(), null).statusCode()).isEqualTo(200);
        assertThat(mails(last.learner().email(), "left", 1)).singleElement().satisfies(m ->
                assertThat(m.get("subject").asText()).startsWith("You left the waitlist: " + cohort.title()));

        assertThat(client.json("DELETE", "/api/me", "Bearer " + next.key().token(), null).statusCode()).isEqualTo(200);
        assertThat(mails(next.learner().email(), "left", 1)).as("erased, not told of a page").isEmpty();
    }
}
