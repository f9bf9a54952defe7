package org.lcmhub.hub.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lambda's event filtering as the local hub applies it, with the template's own stream filters. */
class EventFilterTest {
    private static Map<String, Object> record(String eventName, String pk) {
        return record(eventName, pk, "MAIL");
    }

    private static Map<String, Object> record(String eventName, String pk, String sk) {
        return Map.of("eventName", eventName, "dynamodb", Map.of("Keys", Map.of("PK", Map.of("S", pk),
                "SK", Map.of("S", sk)), "SequenceNumber", "1"));
    }

    private static java.util.List<StreamEvents.StreamEvent> templateEvents() {
        return StreamEvents.read(Path.of(System.getProperty("lcmhub.root", ".."), "template.yaml"));
    }

    /**
     * The table's stream has two readers, no more: a third process reading a shard at once is
     * throttled (ReadProvisionedThroughputExceeded) and slows every reader. The stream function
     * takes mail and moves' follow-ups on one mapping, the site publish function the guides.
     */
    @Test
    void theTablesStreamHasTwoReaders() {
        assertThat(templateEvents()).extracting(StreamEvents.StreamEvent::table).containsOnly("HubTable");
        assertThat(templateEvents()).extracting(e -> e.functionId() + "." + e.name())
                .containsExactlyInAnyOrder("StreamFunction.TableChanges", "SitePublishFunction.GuidePublished");
    }

    /** The stream function's two patterns, either of which lets a record through (Lambda ORs them). */
    private static boolean passes(StreamEvents.StreamEvent event, Map<String, Object> record) {
        return event.filters().stream().map(EventFilter::of).anyMatch(f -> f.matches(record));
    }

    private static StreamEvents.StreamEvent streamEvent() {
        return templateEvents().stream().filter(e -> e.functionId().equals("StreamFunction")).findFirst().orElseThrow();
    }

    /** A move's mark, put by a first move and rewritten by a later one; never its deletion, nor another item. */
    @Test
    void theStreamFunctionGetsMoveMarks() {
        StreamEvents.StreamEvent stream = streamEvent();
        assertThat(stream.table()).isEqualTo("HubTable");
        assertThat(stream.filters()).hasSize(2);

        assertThat(passes(stream, record("INSERT", "LEARNER#1f0c", "FOLLOWUP"))).isTrue();
        assertThat(passes(stream, record("MODIFY", "LEARNER#1f0c", "FOLLOWUP"))).as("a later move").isTrue();
        assertThat(passes(stream, record("REMOVE", "LEARNER#1f0c", "FOLLOWUP"))).as("its own deletion").isFalse();
        assertThat(passes(stream, record("INSERT", "LEARNER#1f0c", "PROFILE"))).isFalse();
        assertThat(passes(stream, record("INSERT", "LEARNER#1f0c", "NOTE#2027"))).isFalse();
        assertThat(passes(stream, record("MODIFY", "COHORT#1f0c", "FOLLOWUP"))).isFalse();
    }

    @Test
    void theStreamFunctionGetsNewMailItems() {
        StreamEvents.StreamEvent stream = streamEvent();
        assertThat(stream.batchSize()).isEqualTo(10);

        assertThat(passes(stream, record("INSERT", "MAIL#1f0c"))).isTrue();
        assertThat(passes(stream, record("INSERT", "MAIL#1f0c", "FOLLOWUP"))).as("a mail, whatever its sort key").isTrue();
        assertThat(passes(stream, record("MODIFY", "MAIL#1f0c"))).as("its own claim").isFalse();
        assertThat(passes(stream, record("REMOVE", "MAIL#1f0c"))).as("its own deletion").isFalse();
        assertThat(passes(stream, record("INSERT", "LEARNER#1f0c"))).isFalse();
        assertThat(passes(stream, record("INSERT", "XMAIL#1"))).isFalse();
        assertThat(passes(stream, record("INSERT", "GUIDE#en#intro", "CURRENT"))).as("the site publish's").isFalse();
        assertThat(passes(stream, Map.of("eventName", "INSERT"))).as("no keys").isFalse();
    }

    @Test
    void literalsExistsAndAnythingButMatchAsLambdaDoes() {
        EventFilter f = EventFilter.of("{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"Keys\":{\"SK\":"
                + "{\"S\":[{\"anything-but\":[\"META\"]}]},\"GSI1PK\":[{\"exists\":false}]}}}");
        assertThat(f.matches(record("MODIFY", "MAIL#1"))).isTrue();
        assertThat(f.matches(Map.of("eventName", "INSERT", "dynamodb", Map.of("Keys", Map.of("SK", Map.of("S", "META"))))))
                .isFalse();
        assertThat(f.matches(Map.of("eventName", "INSERT", "dynamodb", Map.of("Keys", Map.of("SK", Map.of("S", "A"),
                "GSI1PK", Map.of("S", "B")))))).isFalse();
    }

    @Test
    void anOperatorTheHubDoesNotKnowIsRefusedRatherThanLetThrough() {
        assertThatThrownBy(() -> EventFilter.of("{\"dynamodb\":{\"SizeBytes\":[{\"numeric\":[\">\",10]}]}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numeric");
        assertThatThrownBy(() -> EventFilter.of("{\"eventName\":\"INSERT\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
