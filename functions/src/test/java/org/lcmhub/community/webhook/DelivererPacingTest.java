package org.lcmhub.community.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.community.store.DeliveryStore;
import org.lcmhub.testing.MovableClock;

/** Posts to one channel go at most one a second; other channels are not held up by it. */
class DelivererPacingTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2027-03-04T08:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private final AesGcmSecretBox box = new AesGcmSecretBox(new byte[32]);

    private final DeliveryStore deliveries = new DeliveryStore() {
        @Override
        public boolean claim(String cohortId, String audience, String eventId, String event, Instant now, Instant leaseUntil) {
            return true;
        }

        @Override
        public List<Logged> recent(String cohortId, int limit) {
            return List.of();
        }

        @Override
        public void finish(String cohortId, String audience, String eventId, String status, int attempts, String error,
                           Instant at) {
        }
    };

    private final Deliverer deliverer = new Deliverer(deliveries, box, (url, json) -> {
        sent.add(url);
        return new WebhookSender.Answer(200, -1);
    }, clock, Duration.ofMillis(200), d -> {
        waits.add(d);
        clock.advance(d);
    });

    private Deliverer.Hook hook(String cohortId, String audience) {
        return Deliverer.Hook.sealed(cohortId, audience, WebhookKind.JSON, "https://hooks.example.org/" + cohortId
                + "/" + audience, box);
    }

    private static Post post(String id) {
        return new Post(id, "kudos", "Title", "Text", null, null);
    }

    @Test
    void aSecondPostToTheSameChannelWithinASecondWaitsForIt() {
        Deliverer.Hook team = hook("c1", "staff");
        Deliverer.Hook learners = hook("c1", "learners");

        deliverer.deliver(team, post("a"));
        deliverer.deliver(learners, post("b")); // another channel: no wait
        assertThat(waits).isEmpty();
        deliverer.deliver(team, post("c"));
        assertThat(waits).containsExactly(Deliverer.PACE);

        clock.advance(Duration.ofSeconds(5)); // a quiet channel posts at once
        deliverer.deliver(team, post("d"));
        assertThat(waits).containsExactly(Deliverer.PACE);
        assertThat(sent).containsExactly("https://hooks.example.org/c1/staff", "https://hooks.example.org/c1/learners",
                "https://hooks.example.org/c1/staff", "https://hooks.example.org/c1/staff");
    }
}
