package org.lcmhub.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.guides.model.Guide;

/** Two versions compared as a reader sees them: every field they show, not the text alone. */
class GuideComparisonTest {
    private static Guide guide(String title, String summary, List<String> tags, String audience, String body) {
        return new Guide("en", "retro", title, summary, List.of("team"), tags, "Ana", null, body, audience, List.of());
    }

    private final Guide v1 = guide("Retrospectives", "How to run one.", List.of("community"), "lcm", "Intro\nSteps\n");

    @Test
    void aChangedSummaryIsTheOnlyChangeNamedWithItsLinesMarked() {
        Guide v2 = guide("Retrospectives", "How to run one mid-cohort.", List.of("community"), "lcm", "Intro\nSteps\n");
        List<GuideComparison.Change> changes = GuideComparison.of(v1, v2);
        assertThat(changes).extracting(GuideComparison.Change::field).containsExactly("summary");
        assertThat(changes.get(0).lines()).extracting(LineDiff.Line::kind, LineDiff.Line::text).containsExactly(
                tuple("removed", "How to run one."), tuple("added", "How to run one mid-cohort."));
    }

    @Test
    void eachChangedFieldInTheEditorsOrderListsOneValueALine() {
        Guide v2 = guide("Mid-cohort retrospectives", "How to run one.", List.of("community", "feedback"), "learner",
                "Intro\nSteps\n");
        List<GuideComparison.Change> changes = GuideComparison.of(v1, v2);
        assertThat(changes).extracting(GuideComparison.Change::field).containsExactly("title", "audience", "tags");
        assertThat(changes.get(2).lines()).extracting(LineDiff.Line::kind, LineDiff.Line::text).containsExactly(
                tuple("same", "community"), tuple("added", "feedback"));
    }

    @Test
    void aFieldLeftEmptyBeforeIsAllAddedAndTheSameVersionsHaveNoChange() {
        Guide v2 = new Guide("en", "retro", "Retrospectives", "How to run one.", List.of("team"), List.of("community"), "Ana",
                null, "Intro\nSteps\n", "learner", List.of("web-development"));
        assertThat(GuideComparison.of(v1, v2)).filteredOn(c -> c.field().equals("paths")).singleElement()
                .satisfies(c -> assertThat(c.lines()).extracting(LineDiff.Line::kind, LineDiff.Line::text)
                        .containsExactly(tuple("added", "web-development")));
        assertThat(GuideComparison.of(v1, v1)).isEmpty();
    }
}
