package org.lcmhub.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.RecordingMailer;

/** The scheduled event dates the digest; anything else falls back to the clock. */
class DigestHandlerTest {
    private final DigestHandler handler = new DigestHandler(new DigestService(new InMemoryCohorts(),
            id -> new CohortRecords.Records(List.of(), List.of(), List.of()), new DigestServiceTest.MemoryDigests(),
            new RecordingMailer(), new DigestMail("")), Clock.fixed(Instant.parse("2027-03-10T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void anEventBridgeScheduledEventDatesTheRunWithItsTime() {
        Map<String, Object> event = Map.of("version", "0", "detail-type", "Scheduled Event", "source", "aws.events",
                "time", "2027-02-03T07:00:00Z", "detail", Map.of());

        Map<String, Object> out = handler.handleRequest(event, null);

        assertThat(out).containsEntry("date", "2027-02-03").containsEntry("cohorts", 0)
                .containsEntry("mails", List.of()).containsEntry("failed", List.of());
    }

    @Test
    void withoutAReadableTimeTheClockDatesIt() {
        assertThat(handler.handleRequest(Map.of(), null)).containsEntry("date", "2027-03-10");
        assertThat(handler.handleRequest(Map.of("time", "yesterday"), null)).containsEntry("date", "2027-03-10");
        assertThat(handler.handleRequest(null, null)).containsEntry("date", "2027-03-10");
    }
}
