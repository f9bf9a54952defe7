package org.lcmhub.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcmhub.http.Json;

/**
 * The local hub's mail: each message is a JSON file in a folder ({@code .hub/outbox/}), named so
 * that the folder lists in sending order, attachments included. Nothing leaves the machine.
 */
public final class OutboxMailer implements Mailer {
    private final Path dir;
    private final Clock clock;

    public OutboxMailer(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        var now = clock.instant();
        String id = now.toEpochMilli() + "-" + UUID.randomUUID();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("sentAt", now.toString());
        json.put("kind", mail.kind());
        json.put("to", mail.to());
        json.put("subject", mail.subject());
        json.put("text", mail.text());
        if (!mail.attachments().isEmpty()) {
            json.put("attachments", mail.attachments().stream().map(OutboxMailer::attachment).toList());
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(id + ".json.tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), json);
            Files.move(tmp, dir.resolve(id + ".json"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the outbox " + dir, e);
        }
    }

    /** Text attachments stay readable (an invite can be read or parsed back as it is); others in base64. */
    private static Map<String, Object> attachment(Mail.Attachment a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fileName", a.fileName());
        json.put("contentType", a.contentType());
        if (a.isText()) {
            json.put("text", new String(a.content(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            json.put("base64", java.util.Base64.getEncoder().encodeToString(a.content()));
        }
        return json;
    }
}
