package org.lcmhub.hub.guides;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./hub export-guides}: the guides published from the hub, as the hub bakes them (the
 * Markdown files it keeps beside its data), written into {@code content/} for a team that keeps
 * Git. A file of the same name in content/ is replaced, as the served site already shows the
 * hub's; an unpublished guide is exported with {@code status=draft}. Baking the result gives the
 * same pages as the hub served.
 */
public final class GuideExport {
    private GuideExport() {
    }

    /** Copies {@code <work>/guides/**.md} into {@code <root>/content/}; returns the files written. */
    public static List<Path> run(Path work, Path root) {
        Path from = work.resolve("guides");
        List<Path> written = new ArrayList<>();
        if (!Files.isDirectory(from)) {
            return written;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Path to = root.resolve("content").resolve(from.relativize(f).toString());
                byte[] bytes = Files.readAllBytes(f);
                if (Files.exists(to) && java.util.Arrays.equals(bytes, Files.readAllBytes(to))) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                Files.write(to, bytes);
                written.add(root.relativize(to));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
