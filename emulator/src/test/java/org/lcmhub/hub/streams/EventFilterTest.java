package org.lcmhub.hub.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lambda's event filtering as the local hub applies it, with the template's own mail filter. */
class EventFilterTest {
    private static Map<String, Object> record(String eventName, String pk) {
        return Map.of("eventName", eventName, "dynamodb", Map.of("Keys", Map.of("PK", Map.of("S", pk),
                "SK", Map.of("S", "MAIL")), "SequenceNumber", "1"));
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
