package org.lcmhub.hub.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local mail outbox ({@code .hub/outbox/}, one JSON file per message, written by the
 * functions' outbox mail adapter), listed newest first for {@code GET /dev/outbox}.
 * Local only: template.yaml has no such route.
 */
public final class Outbox {
    public static final String PATH = "/dev/outbox";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public Outbox(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** {@code {"messages":[...]}}, newest first; {@code to} narrows to one recipient. */
    public byte[] listJson(String to) throws IOException {
        ArrayNode messages = JSON.createArrayNode();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (int i = files.size() - 1; i >= 0; i--) {
                JsonNode message;
                try {
                    message = JSON.readTree(files.get(i).toFile());
                } catch (IOException e) {
                    continue; // being written or damaged: not a message yet
                }
                if (to == null || to.equalsIgnoreCase(message.path("to").asText())) {
                    messages.add(message);
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.createObjectNode().set("messages", messages));
    }
}
