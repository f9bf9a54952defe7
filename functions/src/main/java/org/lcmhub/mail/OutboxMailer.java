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
 * that the folder lists in sending order. Nothing leaves the machine.
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
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(id + ".json.tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), json);
            Files.move(tmp, dir.resolve(id + ".json"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the outbox " + dir, e);
        }
    }
}
