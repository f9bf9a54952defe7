package org.lcmhub.hub.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a publish must change in the bucket: the baked files whose bytes differ from the stored
 * ones (by content hash), the stored files the bake no longer writes, and the addresses CloudFront
 * must forget. The hash is MD5 because it is what S3 reports as the ETag of an object put in one
 * part without a KMS key (the site bucket's SSE-S3), so one listing gives every stored hash.
 */
public final class SiteDiff {
    /** Keys uploaded, keys deleted, and the viewer paths to invalidate (both, as CloudFront sees them). */
    public record Plan(List<String> uploads, List<String> deletes, List<String> invalidations) {
        public boolean isEmpty() {
            return uploads.isEmpty() && deletes.isEmpty();
        }
    }

    private SiteDiff() {
    }

    /**
     * {@code local} and {@code remote} map keys (paths under the site's root, no leading slash) to
     * hashes; keys of {@code remote} in {@code keep} are never deleted (written by other means).
     */
    public static Plan plan(Map<String, String> local, Map<String, String> remote, Set<String> keep) {
        List<String> uploads = local.entrySet().stream()
                .filter(e -> !e.getValue().equalsIgnoreCase(remote.getOrDefault(e.getKey(), "")))
                .map(Map.Entry::getKey).sorted(UPLOAD_ORDER).toList();
        List<String> deletes = remote.keySet().stream()
                .filter(k -> !local.containsKey(k) && !keep.contains(k)).sorted().toList();
        Set<String> paths = new LinkedHashSet<>();
        for (String key : uploads) {
            paths.addAll(viewerPaths(key));
        }
        for (String key : deletes) {
            paths.addAll(viewerPaths(key));
        }
        return new Plan(uploads, deletes, List.copyOf(paths));
    }

    /**
     * Pages and the search entry point last: a reader who gets a new page or the new index finds
     * the files it refers to already there.
     */
    static boolean goesLast(String key) {
        return key.endsWith(".html") || key.endsWith("pagefind-entry.json") || key.endsWith("/delta.json");
    }

    static final Comparator<String> UPLOAD_ORDER = Comparator.comparing(SiteDiff::goesLast)
            .thenComparing(Comparator.naturalOrder());

    /**
     * The addresses a file is read at: {@code /x/index.html} also as {@code /x/} and {@code /x}
     * (the site's viewer-request function maps both to it, and CloudFront may have cached either).
     * A new file is invalidated too: CloudFront may hold a 404 for it.
     */
    static List<String> viewerPaths(String key) {
        String path = "/" + key;
        if (key.equals("index.html")) {
            return List.of(path, "/");
        }
        if (key.endsWith("/index.html")) {
            String folder = path.substring(0, path.length() - "index.html".length());
            return List.of(path, folder, folder.substring(0, folder.length() - 1));
        }
        return List.of(path);
    }

    /** Every file of a baked site, by key, with the MD5 of its bytes in hex. */
    public static Map<String, String> hashes(Path site) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(key(site, f), md5(Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    static String key(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
