package org.lcmhub.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.auth.StaffTokens;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * A local hub of its own for a test class: started once on the run's moto, with its own local
 * issuer and outbox under a temporary folder; staff tokens minted by that issuer, learner keys
 * read from that outbox.
 */
@ExtendWith(MotoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LocalHubTest {
    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9._-]+)");

    protected HubServer hub;
    protected HubClient client;
    protected Path work;
    protected Moto moto;

    @BeforeAll
    void startHub(Moto moto, @TempDir Path work) throws Exception {
        this.moto = moto;
        this.work = work;
        hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, false, moto.endpoint(), work));
        client = new HubClient(hub);
    }

    @AfterAll
    void stopHub() {
        hub.close();
    }

    /** The personal key in the first confirmation mail the outbox holds for {@code email}. */
    protected String keyFromOutbox(String email) throws Exception {
        JsonNode messages = HubClient.parse(client.json("GET",
                "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null)).get("messages");
        assertThat(messages).isNotEmpty();
        Matcher m = KEY.matcher(messages.get(0).get("text").asText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** An Authorization header value for a staff member of {@code groups}, valid for an hour. */
    protected String token(String email, String... groups) {
        return "Bearer " + StaffTokens.mint(Checkout.root(), work, email, List.of(groups), Duration.ofHours(1));
    }

    /**
     * A French cohort starting on {@code start} with its LCM, a mentor's profile, one learner signed
     * up (with goals) and their match drafted and published, all through the API but the cohort.
     */
    protected MatchedPair matchedPair(LocalDate start) throws Exception {
        return matchedPair(start, "fr");
    }

    /** The same, the learner signing up in {@code learnerLanguage} in the French cohort (the mentor writes French first). */
    protected MatchedPair matchedPair(LocalDate start, String learnerLanguage) throws Exception {
        String lcm = unique("lcm") + "@example.org";
        String id = unique("c");
        Cohort cohort = new Cohort(id, "path-" + id, "Python " + id, Language.FR, start, 8, 20, true,
                0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String mentorEmail = unique("ines") + "@example.org";
        String languages = learnerLanguage.equals("fr") ? "\"fr\"" : "\"fr\",\"" + learnerLanguage + "\"";
        HttpResponse<String> profile = client.json("PUT", "/api/mentors/me", token(mentorEmail, "mentor"),
                "{\"name\":\"Inès Moreau\",\"paths\":[\"" + cohort.pathId() + "\"],\"languages\":[" + languages + "],"
                        + "\"timezone\":\"Europe/Paris\",\"capacity\":3,"
                        + "\"availability\":[{\"day\":\"tue\",\"from\":\"17:00\",\"to\":\"21:00\"}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        String learnerEmail = unique("awa") + "@example.org";
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"Awa Diallo\",\"email\":\""
                + learnerEmail + "\",\"pathId\":\"" + cohort.pathId() + "\",\"cohortId\":\"" + id
                + "\",\"language\":\"" + learnerLanguage + "\",\"timezone\":\"Africa/Dakar\",\"hoursPerWeek\":3,"
                + "\"goals\":\"Build a small web app\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        String learnerId = HubClient.parse(signup).get("learnerId").asText();
        String key = keyFromOutbox(learnerEmail);
        String draftId = HubClient.parse(client.json("POST", "/api/cohorts/" + id + "/matching", token(lcm, "lcm"), "{}"))
                .get("draftId").asText();
        JsonNode published = HubClient.parse(client.json("POST", "/api/cohorts/" + id + "/matching/" + draftId
                + "/publish", token(lcm, "lcm"), null));
        assertThat(published.get("published")).as(published.toString()).hasSize(1);
        return new MatchedPair(cohort, lcm, mentorEmail, LocalIssuer.subFor(mentorEmail), learnerId, learnerEmail, key);
    }

    /** {@code prefix} and a random suffix, so that tests sharing the run's table never meet. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
