package org.lcmhub.matching.draft.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.matching.draft.Draft;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.Reason;

/** A draft's lists are stored as Jackson's record mapping writes them, and read back whole. */
class DraftJsonTest {
    private static final ObjectMapper MAPPING = new ObjectMapper();

    @Test
    void theListsAreWrittenAsTheRecordMappingWritesThem() throws Exception {
        List<Reason> reasons = Arrays.asList(Reason.of("shared-hours", "3", "caf\u00e9 \"x\""), Reason.of("same-language"), null);
        List<Draft.Pair> pairs = List.of(new Draft.Pair("l-1", "m-1", 87, reasons), new Draft.Pair("l-2", null, 0, null),
                new Draft.Pair("l-3", "m-2", -1, List.of()));
        List<Draft.Unmatched> unmatched = List.of(new Draft.Unmatched("l-4", List.of(Reason.of("no-shared-hour"))),
                new Draft.Unmatched(null, null));
        List<Draft.RefusedPin> pins = List.of(new Draft.RefusedPin("l-5", "m-3", List.of(Reason.of("mentor-full", "2"))));
        List<Draft.LeftOut> leftOut = List.of(new Draft.LeftOut("l-6", "dropped-out"), new Draft.LeftOut("l-7", null));

        assertThat(DraftJson.pairs(pairs)).isEqualTo(MAPPING.writeValueAsString(pairs));
        assertThat(DraftJson.unmatched(unmatched)).isEqualTo(MAPPING.writeValueAsString(unmatched));
        assertThat(DraftJson.refusedPins(pins)).isEqualTo(MAPPING.writeValueAsString(pins));
        assertThat(DraftJson.leftOut(leftOut)).isEqualTo(MAPPING.writeValueAsString(leftOut));
        assertThat(DraftJson.pairs(List.of())).isEqualTo("[]");
        Draft.Choices choices = new Draft.Choices(List.of(new PairRef("l-1", "m-1")),
                List.of(new PairRef("l-2", "m-\u00e9 \"2\""), new PairRef("l-3", "m-1")));
        assertThat(DraftJson.choices(choices)).isEqualTo(MAPPING.writeValueAsString(choices));
        assertThat(DraftJson.read(DraftJson.choices(choices), new TypeReference<Draft.Choices>() { })).isEqualTo(choices);
        assertThat(DraftJson.read(DraftJson.choices(Draft.Choices.NONE), new TypeReference<Draft.Choices>() { }))
                .isEqualTo(Draft.Choices.NONE);

        assertThat(DraftJson.read(DraftJson.pairs(pairs), new TypeReference<List<Draft.Pair>>() { })).isEqualTo(pairs);
        assertThat(DraftJson.read(DraftJson.leftOut(leftOut), new TypeReference<List<Draft.LeftOut>>() { }))
                .isEqualTo(leftOut);
    }
}
