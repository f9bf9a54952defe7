package org.lcmhub.hub.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lambda's event filtering as the local hub applies it, with the template's own mail filter. */
class EventFilterTest {
    private static Map<String, Object> record(String eventName, String pk) {
        return record(eventName, pk, "MAIL");
    }

    private static Map<String, Object> record(String eventName, String pk, String sk) {
        return Map.of("eventName", eventName, "dynamodb", Map.of("Keys", Map.of("PK", Map.of("S", pk),
                "SK", Map.of("S", sk)), "SequenceNumber", "1"));
    }

    /** A move's mark, put by a first move and rewritten by a later one; never its deletion, nor another item. */
    @Test
    void theFollowUpFunctionGetsMoveMarksOnly() {
        StreamEvents.StreamEvent followUp = StreamEvents.read(Path.of(System.getProperty("lcmhub.root", ".."), "template.yaml"))
                .stream().filter(e -> e.functionId().equals("FollowUpFunction")).findFirst().orElseThrow();
        assertThat(followUp.table()).isEqualTo("HubTable");
        assertThat(followUp.filters()).hasSize(1);
        EventFilter filter = EventFilter.of(followUp.filters().get(0));

        assertThat(filter.matches(record("INSERT", "LEARNER#1f0c", "FOLLOWUP"))).isTrue();
        assertThat(filter.matches(record("MODIFY", "LEARNER#1f0c", "FOLLOWUP"))).as("a later move").isTrue();
        assertThat(filter.matches(record("REMOVE", "LEARNER#1f0c", "FOLLOWUP"))).as("its own deletion").isFalse();
        assertThat(filter.matches(record("INSERT", "LEARNER#1f0c", "PROFILE"))).isFalse();
        assertThat(filter.matches(record("INSERT", "LEARNER#1f0c", "NOTE#2027"))).isFalse();
        assertThat(filter.matches(record("INSERT", "MAIL#1f0c", "FOLLOWUP"))).isFalse();
    }

    private static StreamEvents.StreamEvent mailEvent() {
        return StreamEvents.read(Path.of(System.getProperty("lcmhub.root", ".."), "template.yaml")).stream()
                .filter(e -> e.functionId().equals("MailFunction")).findFirst().orElseThrow();
    }

    @Test
    void theMailFunctionGetsNewMailItemsOnly() {
        StreamEvents.StreamEvent mail = mailEvent();
        assertThat(mail.table()).isEqualTo("HubTable");
        assertThat(mail.batchSize()).isEqualTo(10);
        assertThat(mail.filters()).hasSize(1);
        EventFilter filter = EventFilter.of(mail.filters().get(0));

        assertThat(filter.matches(record("INSERT", "MAIL#1f0c"))).isTrue();
        assertThat(filter.matches(record("MODIFY", "MAIL#1f0c"))).as("its own claim").isFalse();
        assertThat(filter.matches(record("REMOVE", "MAIL#1f0c"))).as("its own deletion").isFalse();
        assertThat(filter.matches(record("INSERT", "LEARNER#1f0c"))).isFalse();
        assertThat(filter.matches(record("INSERT", "XMAIL#1"))).isFalse();
        assertThat(filter.matches(Map.of("eventName", "INSERT"))).as("no keys").isFalse();
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
