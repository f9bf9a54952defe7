package org.lcmhub.hub.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lcmhub.hub.site.SiteFiles;

/**
 * The folder a site is baked from when the hub's guides join {@code content/}: {@code site/} and
 * {@code node_modules/} linked to the source's, {@code content/} a copy of the source's with
 * overlay folders over it. Only files whose bytes changed are written, and each copy keeps its
 * source's modification time: JBake dates a page without {@code date} by its file, so a fresh
 * copy (a new Lambda environment) must bake the same pages as the last one.
 */
public final class BakeRoot {
    private final Path target;
    private final Path source;
    private final Map<Path, String> overlays = new LinkedHashMap<>();
    /**
     * Each copy this instance made, with the file it came from and that file's time and size then:
     * a copy whose source is the same file, unchanged, is not read again. Not reading every file
     * on each publish keeps the publish of one guide short on a site of thousands; a new instance
     * (a cold start) compares the bytes of every file once.
     */
    private final Map<Path, String> copied = new java.util.HashMap<>();

    /** {@code target} is written; {@code source} holds site/, content/ and node_modules/. */
    public BakeRoot(Path target, Path source) {
        this.target = target.toAbsolutePath().normalize();
        this.source = source.toAbsolutePath().normalize();
    }

    /** Files of {@code folder} go to {@code content/<under>}, over the source's (the first overlay wins). */
    public BakeRoot overlay(Path folder, String under) {
        overlays.put(folder, under);
        return this;
    }

    public Path path() {
        return target;
    }

    /** Brings the folder up to date, with {@code extra} files (path under content/ → bytes) over everything. */
    public synchronized Path prepare(Map<String, byte[]> extra) {
        try {
            Files.createDirectories(target);
            link(target.resolve("site"), source.resolve("site"));
            link(target.resolve("node_modules"), source.resolve("node_modules"));
            Path content = target.resolve("content");
            Set<Path> wanted = new HashSet<>();
            for (var e : extra.entrySet()) {
                Path file = content.resolve(e.getKey());
                wanted.add(file);
                write(file, e.getValue(), null);
                copied.remove(file);
            }
            for (var o : overlays.entrySet()) {
                copyTree(o.getKey(), content.resolve(o.getValue()), wanted);
            }
            copyTree(source.resolve("content"), content, wanted);
            try (Stream<Path> files = Files.walk(content)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !wanted.contains(f)).toList()) {
                    Files.delete(f);
                    copied.remove(f);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the content to bake in " + target, e);
        }
    }

    private void copyTree(Path from, Path to, Set<Path> wanted) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (!wanted.add(dest)) {
                    continue;
                }
                String origin = f + "\t" + Files.getLastModifiedTime(f).toMillis() + "\t" + Files.size(f);
                if (!origin.equals(copied.get(dest)) || !Files.isRegularFile(dest)) {
                    write(dest, Files.readAllBytes(f), Files.getLastModifiedTime(f));
                    copied.put(dest, origin);
                }
            }
        }
    }

    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    /** Writes the file when its bytes differ (then with {@code time}, if given); true when it did. */
    public static boolean write(Path file, byte[] bytes, FileTime time) {
        try {
            boolean changed = SiteFiles.writeIfChanged(file, bytes);
            if (time != null && !Files.getLastModifiedTime(file).equals(time)) {
                Files.setLastModifiedTime(file, time);
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
