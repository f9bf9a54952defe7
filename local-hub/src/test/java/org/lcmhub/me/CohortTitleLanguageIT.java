package org.lcmhub.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * A French-speaking learner in an English cohort named after its path: My page names the cohort by
 * the path's French title, and by the English one once the learner reads in English.
 */
class CohortTitleLanguageIT extends LocalHubTest {
    private static final String EN = "Data analysis: from spreadsheets to Python in 10 weeks";
    private static final String FR = "Analyse de données\u00a0: du tableur à Python en 10\u00a0semaines";

    @Test
    void myPageNamesACohortNamedAfterItsPathInTheLearnersLanguage() throws Exception {
        String id = "da-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new Cohort(id, "data-analysis-10-weeks", EN, Language.EN,
                LocalDate.now(ZoneOffset.UTC).plusWeeks(2), 10, 20, true, 0, 0, Set.of("lcm-1"), Instant.now()));
        String email = "awa." + id + "@example.org";
        var signup = client.json("POST", "/api/signups", null, "{\"name\":\"Awa Diallo\",\"email\":\"" + email
                + "\",\"pathId\":\"data-analysis-10-weeks\",\"cohortId\":\"" + id
                + "\",\"language\":\"fr\",\"timezone\":\"Africa/Dakar\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        assertThat(HubClient.parse(signup).at("/cohort/title").asText()).isEqualTo(FR);
        String key = keyFromOutbox(email);

        JsonNode me = HubClient.parse(client.json("GET", "/api/me", "Bearer " + key, null));
        assertThat(me.at("/cohort/title").asText()).isEqualTo(FR);
        client.json("PATCH", "/api/me", "Bearer " + key, "{\"language\":\"en\"}");
        assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + key, null)).at("/cohort/title").asText())
                .isEqualTo(EN);
    }
}
