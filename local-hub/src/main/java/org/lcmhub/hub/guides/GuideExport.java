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
 * same pages as the hub served. Their published images go along, into content/ at the path the
 * bake serves them from, or an exported guide would point at a missing picture.
 */
public final class GuideExport {
    private GuideExport() {
    }

    /**
     * Copies {@code <work>/guides/**.md} into {@code <root>/content/} and the published images into
     * {@code <root>/content/img/guides/}; returns the files written.
     */
    public static List<Path> run(Path work, Path root) {
        List<Path> written = new ArrayList<>();
        copy(work.resolve("guides"), ".md", root.resolve("content"), root, written);
        copy(LocalGuideSite.imagesDir(work), "", root.resolve("content").resolve(org.lcmhub.hub.publish.PublishedGuides.IMAGES_IN_CONTENT), root, written);
        return written;
    }

    private static void copy(Path from, String suffix, Path into, Path root, List<Path> written) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(suffix)).sorted().toList()) {
                Path to = into.resolve(from.relativize(f).toString());
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
    }
}
