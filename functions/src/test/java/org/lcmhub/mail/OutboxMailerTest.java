package org.lcmhub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {
    private static JsonNode only(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).toString()).endsWith(".json");
        return new ObjectMapper().readTree(files.get(0).toFile());
    }

    @Test
    void attachmentsAreKeptTextReadableAndOthersInBase64(@TempDir Path dir) throws Exception {
        OutboxMailer outbox = new OutboxMailer(dir, Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC));
        byte[] binary = {0, 1, 2, (byte) 0xff};
        outbox.send(new Mail("awa@example.org", "Vos rendez-vous", "Bonjour", "one-to-one-invite")
                .withAttachment(Mail.Attachment.text("one-to-one.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                        "BEGIN:VCALENDAR\r\nSUMMARY:Rendez-vous individuel\r\nEND:VCALENDAR\r\n"))
                .withAttachment(new Mail.Attachment("logo.png", "image/png", binary)));

        JsonNode mail = only(dir);
        assertThat(mail.get("sentAt").asText()).isEqualTo("2027-03-01T09:00:00Z");
        assertThat(mail.get("kind").asText()).isEqualTo("one-to-one-invite");
        JsonNode ics = mail.at("/attachments/0");
        assertThat(ics.get("fileName").asText()).isEqualTo("one-to-one.ics");
        assertThat(ics.get("text").asText()).isEqualTo("BEGIN:VCALENDAR\r\nSUMMARY:Rendez-vous individuel\r\nEND:VCALENDAR\r\n");
        JsonNode png = mail.at("/attachments/1");
        assertThat(png.has("text")).isFalse();
        assertThat(Base64.getDecoder().decode(png.get("base64").asText())).containsExactly(binary);
    }

    @Test
    void aMailWithoutAttachmentsHasNoSuchField(@TempDir Path dir) throws Exception {
        new OutboxMailer(dir, Clock.systemUTC()).send(new Mail("lea@example.org", "Hello", "Text", "test"));
        assertThat(only(dir).has("attachments")).isFalse();
    }
}
