package org.lcmhub.hub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The deployable artifact of each function, as {@code sam build} makes it: functions/Makefile
 * names, for each {@code build-<Function>} target, the zip Maven built for it
 * ({@code functions/target/lcm-hub-functions-<kind>.zip}).
 */
public final class FunctionArtifacts {
    private static final Pattern RULE = Pattern.compile("(?m)^((?:build-\\w+\\s*)+):\\s*\\n\\t\\$\\(call ship,(\\w+)\\)");

    /** Every function's zip but matching's stays within 12 MB (decimal: the stricter reading). */
    public static final long LIMIT_BYTES = 12_000_000L;

    /** Lambda's limit on a function's package once unzipped (stored jars are larger there). */
    public static final long UNZIPPED_LIMIT_BYTES = 250L * 1024 * 1024;

    private FunctionArtifacts() {
    }

    /**
     * The jars in a zip that compress any entry of their own. Maven stores every entry
     * (functions/src/build/StoredJars.java) so that the zip compresses a jar's classes together;
     * a jar listed here is a third larger in the zip than it needs to be.
     */
    public static Set<String> compressedJars(Path zip) throws IOException {
        Set<String> compressed = new TreeSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry jar : file.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
                try (ZipInputStream in = new ZipInputStream(file.getInputStream(jar))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        if (e.getMethod() != ZipEntry.STORED) {
                            compressed.add(jar.getName());
                            break;
                        }
                    }
                }
            }
        }
        return compressed;
    }

    /** Function logical id → artifact kind (base, mail, ...), from the Makefile. */
    public static Map<String, String> kinds(Path root) throws IOException {
        String makefile = Files.readString(root.resolve("functions/Makefile"));
        Map<String, String> kinds = new LinkedHashMap<>();
        Matcher m = RULE.matcher(makefile);
        while (m.find()) {
            for (String target : m.group(1).trim().split("\\s+")) {
                kinds.put(target.substring("build-".length()), m.group(2));
            }
        }
        return kinds;
    }

    /** The bytes the zip holds once unpacked, as Lambda counts them against its limit. */
    public static long unzippedBytes(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().mapToLong(ZipEntry::getSize).sum();
        }
    }

    public static Path zip(Path root, String kind) {
        return root.resolve("functions/target/lcm-hub-functions-" + kind + ".zip");
    }

    /** The artifact unpacked as Lambda lays it out in /var/task (once per build of the zip). */
    public static Path unpacked(Path root, String kind) throws IOException {
        Path zip = zip(root, kind);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Build first (mvn -DskipTests package): " + zip + " is missing");
        }
        return unpack(zip, root.resolve("functions/target/unpacked/" + kind));
    }

    /** {@code zip} unpacked into {@code dir}, as Lambda lays it out in /var/task, again whenever the zip is newer. */
    public static Path unpack(Path zip, Path dir) throws IOException {
        Path stamp = dir.resolve(".unpacked");
        if (Files.isRegularFile(stamp) && Files.getLastModifiedTime(stamp).compareTo(Files.getLastModifiedTime(zip)) >= 0) {
            return dir;
        }
        // A fresh copy: a file left from an older build would hide one the new zip lacks.
        if (Files.isDirectory(dir)) {
            try (var old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("Entry outside the artifact: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(e)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(stamp, zip.toString());
        return dir;
    }
}
