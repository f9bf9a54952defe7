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
    private final Runnable catchUp;

    public Outbox(Path dir) {
        this(dir, () -> { });
    }

    /**
     * {@code catchUp} runs before each reading: the hub lets its stream triggers hand over every
     * mail queued so far, so a message a request queued is listed once that request has answered.
     */
    public Outbox(Path dir, Runnable catchUp) {
        this.dir = dir;
        this.catchUp = catchUp;
    }

    public Path dir() {
        return dir;
    }

    /** Removes the messages kept in {@code dir} (a hub started with empty tables). */
    public static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path message : s.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                Files.deleteIfExists(message);
            }
        }
    }

    /** The file names of the messages there now. */
    public java.util.Set<String> names() throws IOException {
        catchUp.run();
        if (!Files.isDirectory(dir)) {
            return java.util.Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The messages written since {@code before} was taken (see {@link #names()}), in sending order. */
    public ArrayNode since(java.util.Set<String> before) throws IOException {
        ArrayNode messages = JSON.createArrayNode();
        for (String name : names().stream().filter(n -> !before.contains(n)).sorted().toList()) {
            try {
                messages.add(JSON.readTree(dir.resolve(name).toFile()));
            } catch (IOException e) {
                // damaged: not a message
            }
        }
        return messages;
    }

    /** {@code {"messages":[...]}}, newest first; {@code to} narrows to one recipient. */
    public byte[] listJson(String to) throws IOException {
        catchUp.run();
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
