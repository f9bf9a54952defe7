package org.lcmhub.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@code /api/mentors/me} through the local hub (its JWT authorizer, the handler, the real SDK)
 * against moto: what a mentor saves is what the table holds, and refusals leave it untouched.
 */
class MentorApiIT extends LocalHubTest {
    private static String someone() {
        return "mentor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String profile(int capacity) {
        return "{\"name\":\"Emma Leroy\",\"paths\":[\"python-8-weeks\"],\"skills\":[\"Python\",\"Git\"],"
                + "\"languages\":[\"fr\",\"en\"],\"timezone\":\"America/Montreal\",\"capacity\":" + capacity + ","
                + "\"availability\":[{\"day\":\"wed\",\"from\":\"19:00\",\"to\":\"21:00\"}],"
                + "\"sub\":\"intruder\",\"assigned\":0}";
    }

    private Map<String, AttributeValue> item(String email) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.mentor(LocalIssuer.subFor(email)))).item();
    }

    /** What matching's publish does: one more mentee, on condition that a place is free. */
    private boolean placeOne(String sub) {
        try {
            moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.mentor(sub))
                    .updateExpression("SET assigned = assigned + :one")
                    .conditionExpression("assigned < #capacity")
                    .expressionAttributeNames(Map.of("#capacity", "capacity"))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Test
    void aMentorCreatesUpdatesAndReadsTheirProfile() throws Exception {
        String email = someone();
        String sub = LocalIssuer.subFor(email);
        String mentor = token(email, "mentor");
        HttpResponse<String> none = client.json("GET", "/api/mentors/me", mentor, null);
        assertThat(none.statusCode()).as("no profile yet: an empty state").isEqualTo(200);
        assertThat(HubClient.parse(none).get("saved").asBoolean()).isFalse();
        assertThat(HubClient.parse(none).get("mentorId").asText()).isEqualTo(sub);

        HttpResponse<String> created = client.json("PUT", "/api/mentors/me", mentor, profile(4));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Map<String, AttributeValue> first = item(email);
        assertThat(first.get("mentorId").s()).isEqualTo(sub);
        assertThat(first.get("email").s()).isEqualTo(email);
        assertThat(first.get("assigned").n()).isEqualTo("0");
        assertThat(first.get("GSI1PK").s()).isEqualTo("MENTORS");
        assertThat(item("intruder")).isNullOrEmpty();

        HttpResponse<String> updated = client.json("PUT", "/api/mentors/me", mentor, "{\"name\":\"Emma Leroy\","
                + "\"paths\":[\"python-8-weeks\",\"web-basics\"],\"languages\":[\"fr\"],\"timezone\":\"Europe/Paris\","
                + "\"capacity\":6,\"paused\":true,\"availability\":[{\"day\":\"sun\",\"from\":\"22:00\",\"to\":\"00:30\"},"
                + "{\"day\":\"mon\",\"from\":\"08:00\",\"to\":\"09:15\"}]}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        JsonNode read = HubClient.parse(client.json("GET", "/api/mentors/me", mentor, null));
        assertThat(read).isEqualTo(HubClient.parse(updated));
        assertThat(read.get("mentorId").asText()).isEqualTo(sub);
        assertThat(read.get("paths").toString()).isEqualTo("[\"python-8-weeks\",\"web-basics\"]");
        assertThat(read.get("skills")).isEmpty();
        assertThat(read.get("languages").toString()).isEqualTo("[\"fr\"]");
        assertThat(read.get("timezone").asText()).isEqualTo("Europe/Paris");
        assertThat(read.get("capacity").asInt()).isEqualTo(6);
        assertThat(read.get("paused").asBoolean()).isTrue();
        assertThat(read.get("availability").toString())
                .isEqualTo("[{\"day\":\"sun\",\"from\":\"22:00\",\"to\":\"00:30\"},{\"day\":\"mon\",\"from\":\"08:00\",\"to\":\"09:15\"}]");
        assertThat(item(email).get("createdAt")).isEqualTo(first.get("createdAt"));
        assertThat(new DynamoMentorStore(moto.dynamo(), moto.table()).all())
                .anySatisfy(m -> assertThat(m.sub()).isEqualTo(sub));
    }

    @Test
    void theChosenMailLanguageIsStoredAndASaveWithoutOneRemovesIt() throws Exception {
        String email = someone();
        String mentor = token(email, "mentor");
        DynamoMentorStore store = new DynamoMentorStore(moto.dynamo(), moto.table());
        // Mentors in French first, reads the hub's mails in English.
        HttpResponse<String> chose = client.json("PUT", "/api/mentors/me", mentor,
                profile(4).replace("\"capacity\":4", "\"capacity\":4,\"mailLanguage\":\"en\""));
        assertThat(chose.statusCode()).as(chose.body()).isEqualTo(200);
        assertThat(item(email).get("mailLanguage").s()).isEqualTo("en");
        assertThat(HubClient.parse(client.json("GET", "/api/mentors/me", mentor, null)).get("mailLanguage").asText())
                .isEqualTo("en");
        assertThat(store.find(LocalIssuer.subFor(email)).mailLanguage()).isEqualTo(Language.EN);

        HttpResponse<String> none = client.json("PUT", "/api/mentors/me", mentor, profile(4));
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(item(email)).doesNotContainKey("mailLanguage");
        assertThat(HubClient.parse(none).get("mailLanguage").asText()).as("the language its mails are in").isEqualTo("fr");
        assertThat(store.find(LocalIssuer.subFor(email)).mailLanguage()).as("the first language again").isEqualTo(Language.FR);

        Map<String, AttributeValue> before = item(email);
        HttpResponse<String> refused = client.json("PUT", "/api/mentors/me", mentor,
                profile(4).replace("\"capacity\":4", "\"capacity\":4,\"mailLanguage\":\"de\""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(HubClient.parse(refused).at("/error/fields").fieldNames()).toIterable().containsExactly("mailLanguage");
        assertThat(item(email)).isEqualTo(before);
    }

    @Test
    void aProfileStoredBeforeMentorsChoseTheirMailLanguageReadsAsBefore() throws Exception {
        String email = someone();
        String sub = LocalIssuer.subFor(email);
        // The item as saves wrote it until then: no mailLanguage.
        Map<String, AttributeValue> old = new HashMap<>(Keys.mentor(sub));
        old.put("mentorId", AttributeValue.fromS(sub));
        old.put("email", AttributeValue.fromS(email));
        old.put("name", AttributeValue.fromS("Rui Alves"));
        old.put("paths", AttributeValue.fromL(List.of(AttributeValue.fromS("python-8-weeks"))));
        old.put("skills", AttributeValue.fromL(List.of()));
        old.put("languages", AttributeValue.fromL(List.of(AttributeValue.fromS("pt"), AttributeValue.fromS("fr"))));
        old.put("timezone", AttributeValue.fromS("Europe/Lisbon"));
        old.put("capacity", AttributeValue.fromN("3"));
        old.put("assigned", AttributeValue.fromN("1"));
        old.put("paused", AttributeValue.fromBool(false));
        old.put("availability", AttributeValue.fromL(List.of()));
        old.put("createdAt", AttributeValue.fromS("2026-01-05T09:00:00Z"));
        old.put("updatedAt", AttributeValue.fromS("2026-01-05T09:00:00Z"));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(old));

        assertThat(new DynamoMentorStore(moto.dynamo(), moto.table()).find(sub).mailLanguage())
                .as("the first of its languages the hub writes").isEqualTo(Language.FR);
        HttpResponse<String> read = client.json("GET", "/api/mentors/me", token(email, "mentor"), null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        // The page shows the language the mails are in now, so a save keeps it.
        assertThat(HubClient.parse(read).get("mailLanguage").asText()).isEqualTo("fr");
        assertThat(HubClient.parse(read).get("assigned").asInt()).isEqualTo(1);
    }

    @Test
    void anLcmGets403AndNoTokenGets401AndNothingIsWritten() throws Exception {
        String email = someone();
        HttpResponse<String> lcm = client.json("PUT", "/api/mentors/me", token(email, "lcm"), profile(3));
        assertThat(lcm.statusCode()).isEqualTo(403);
        assertThat(HubClient.parse(lcm).at("/error/code").asText()).isEqualTo("forbidden");
        assertThat(client.json("GET", "/api/mentors/me", token(email, "lcm"), null).statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = client.json("PUT", "/api/mentors/me", null, profile(3));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(client.json("GET", "/api/mentors/me", null, null).statusCode()).isEqualTo(401);
        assertThat(item(email)).isNullOrEmpty();
    }

    @Test
    void capacityBelowAssignedMenteesIs409AndLeavesTheItemAsItWas() throws Exception {
        String email = someone();
        String mentor = token(email, "mentor");
        client.json("PUT", "/api/mentors/me", mentor, profile(5));
        for (int i = 0; i < 4; i++) {
            assertThat(placeOne(LocalIssuer.subFor(email))).isTrue();
        }
        Map<String, AttributeValue> before = item(email);

        HttpResponse<String> refused = client.json("PUT", "/api/mentors/me", mentor,
                profile(3).replace("Emma Leroy", "Emma L."));

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode error = HubClient.parse(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("below_placed");
        assertThat(error.at("/fields/capacity").asText()).isEqualTo("below_placed");
        assertThat(error.at("/params/placed").asText()).isEqualTo("4");
        assertThat(error.get("message").asText()).startsWith("4 mentees are placed with you");
        assertThat(item(email)).isEqualTo(before);

        HttpResponse<String> exact = client.json("PUT", "/api/mentors/me", mentor, profile(4));
        assertThat(exact.statusCode()).isEqualTo(200);
        assertThat(HubClient.parse(exact).get("assigned").asInt()).isEqualTo(4);
        assertThat(placeOne(LocalIssuer.subFor(email))).isFalse();
    }

    @Test
    void badFieldsAre400WithEveryFieldAndWriteNothing() throws Exception {
        String email = someone();
        String mentor = token(email, "mentor");
        HttpResponse<String> refused = client.json("PUT", "/api/mentors/me", mentor, "{\"name\":\"Farid\","
                + "\"paths\":[\"Python 101\"],\"skills\":\"Python\",\"languages\":[\"fra\"],\"timezone\":\"Paris\","
                + "\"capacity\":0,\"availability\":[{\"day\":\"mon\",\"from\":\"10:00\",\"to\":\"10:00\"}]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode fields = HubClient.parse(refused).at("/error/fields");
        assertThat(fields.fieldNames()).toIterable()
                .containsExactly("paths", "languages", "timezone", "capacity", "availability");
        assertThat(fields.get("availability").asText()).startsWith("Slot 1");
        assertThat(item(email)).isNullOrEmpty();

        client.json("PUT", "/api/mentors/me", mentor, profile(5));
        Map<String, AttributeValue> saved = item(email);
        assertThat(client.json("PUT", "/api/mentors/me", mentor, profile(31)).statusCode()).isEqualTo(400);
        assertThat(client.json("PUT", "/api/mentors/me", mentor, "{\"capacity\":\"many\",\"paths\":[1]}").statusCode())
                .isEqualTo(400);
        assertThat(client.json("PUT", "/api/mentors/me", mentor, "not json").statusCode()).isEqualTo(400);
        assertThat(item(email)).isEqualTo(saved);
    }

    @Test
    void placesAndCapacityCutsRacingNeverOverFillAMentor() throws Exception {
        String email = someone();
        String sub = LocalIssuer.subFor(email);
        String mentor = token(email, "mentor");
        client.json("PUT", "/api/mentors/me", mentor, profile(10));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> saves = new ArrayList<>();
        List<Future<Boolean>> places = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            places.add(pool.submit(() -> placeOne(sub)));
            int capacity = 3 + i % 4;
            saves.add(pool.submit(() -> client.json("PUT", "/api/mentors/me", mentor, profile(capacity))));
        }
        // Let every call finish (never interrupt one mid-request) before judging.
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        int placed = 0;
        for (Future<Boolean> place : places) {
            placed += place.get() ? 1 : 0;
        }
        for (Future<HttpResponse<String>> save : saves) {
            HttpResponse<String> response = save.get();
            assertThat(response.statusCode()).isIn(200, 409);
            if (response.statusCode() == 200) {
                // Each accepted save, as stored at that moment, holds every mentee already placed.
                JsonNode stored = HubClient.parse(response);
                assertThat(stored.get("assigned").asInt()).isLessThanOrEqualTo(stored.get("capacity").asInt());
            }
        }
        Map<String, AttributeValue> last = item(email);
        int assigned = Integer.parseInt(last.get("assigned").n());
        assertThat(assigned).isEqualTo(placed).isLessThanOrEqualTo(Integer.parseInt(last.get("capacity").n()));
    }
}
