package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.Problem;

class GuideJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode set(String guide) throws Exception {
        return JSON.readTree("{\"guides\":[" + guide + "]}");
    }

    @Test
    void aValueOfTheWrongKindIsAProblemOfItsFieldNotAFailure() throws Exception {
        JsonNode body = set("{\"language\":[\"en\"],\"slug\":true,\"title\":5,\"summary\":{},\"author\":1.5,"
                + "\"audience\":[],\"translationOf\":{\"a\":1},\"body\":7,"
                + "\"roles\":[1],\"tags\":[null],\"paths\":{\"x\":\"y\"}}");
        assertThatThrownBy(() -> GuideJson.guides(body)).isInstanceOfSatisfying(GuideProblems.class, e ->
                assertThat(e.problems()).extracting(Problem::guide, Problem::field, Problem::code).containsExactlyInAnyOrder(
                        tuple(0, "language", "guide.field.text"), tuple(0, "slug", "guide.field.text"),
                        tuple(0, "title", "guide.field.text"), tuple(0, "summary", "guide.field.text"),
                        tuple(0, "author", "guide.field.text"), tuple(0, "audience", "guide.field.text"),
                        tuple(0, "translationOf", "guide.field.text"), tuple(0, "body", "guide.field.text"),
                        tuple(0, "roles", "guide.field.list"), tuple(0, "tags", "guide.field.list"),
                        tuple(0, "paths", "guide.field.list")));
    }

    @Test
    void textNullAndAbsentFieldsAreLeftToTheRules() throws Exception {
        List<Guide> guides = GuideJson.guides(set("{\"language\":\"en\",\"title\":null,\"roles\":\"team, mentors\",\"tags\":null}"));
        assertThat(guides.get(0).title()).isNull();
        assertThat(guides.get(0).roles()).containsExactly("team", "mentors");
        assertThat(guides.get(0).tags()).isEmpty();
    }

    @Test
    void aGuideHoldingANullInAListIsRefusedByTheRules() {
        Guide g = new Guide("en", "a", "A title", "A summary", Arrays.asList("team", null), Arrays.asList((String) null),
                "Ana", null, "x");
        assertThat(GuideRules.check(List.of(g))).extracting(Problem::field, Problem::code).containsExactly(
                tuple("roles", "guide.field.slug"), tuple("tags", "guide.field.slug"));
    }
}
