package org.lcmhub.hub.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts a baked site in the bucket: uploads only the files whose content hash differs from the
 * stored one, deletes the files the bake no longer writes, and has the CDN forget exactly those
 * addresses. Publishing the same site twice uploads nothing and invalidates nothing.
 */
public final class SitePublisher {
    /** Written next to the site by the deploy, not by the bake (README: the staff sign-in's configuration). */
    public static final Set<String> KEEP = Set.of("staff/config.json");

    /**
     * Above this many paths one wildcard replaces them: CloudFront takes at most 3,000 paths in
     * progress, and after a full re-upload forgetting everything is what is meant.
     */
    static final int MAX_PATHS = 1000;

    /** What one publish did. */
    public record Report(int files, List<String> uploaded, long bytesUploaded, List<String> deleted,
                         List<String> invalidated, String invalidationId, Duration duration) {
        public Map<String, Object> summary() {
            return Map.of("files", files, "uploaded", uploaded.size(), "bytesUploaded", bytesUploaded,
                    "deleted", deleted.size(), "invalidated", invalidated.size(),
                    "invalidationId", invalidationId == null ? "" : invalidationId,
                    "millis", duration.toMillis());
        }
    }

    private final SiteBucket bucket;
    private final Cdn cdn;
    private final int threads;

    public SitePublisher(SiteBucket bucket, Cdn cdn, int threads) {
        this.bucket = bucket;
        this.cdn = cdn;
        this.threads = threads;
    }

    public Report publish(Path site) {
        long start = System.nanoTime();
        Map<String, String> local = SiteDiff.hashes(site);
        SiteDiff.Plan plan = SiteDiff.plan(local, bucket.hashes(), KEEP);
        long bytes = upload(site, plan.uploads());
        if (!plan.deletes().isEmpty()) {
            bucket.delete(plan.deletes());
        }
        List<String> paths = plan.invalidations().size() > MAX_PATHS ? List.of("/*") : plan.invalidations();
        String id = paths.isEmpty() ? null : cdn.invalidate(paths);
        return new Report(local.size(), plan.uploads(), bytes, plan.deletes(), paths, id,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * In parallel, since each put waits on the network; pages and the search entry point only once
     * every file they may refer to is there (see {@link SiteDiff#UPLOAD_ORDER}).
     */
    private long upload(Path site, List<String> keys) {
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (List<String> part : List.of(
                    keys.stream().filter(k -> !SiteDiff.goesLast(k)).toList(),
                    keys.stream().filter(SiteDiff::goesLast).toList())) {
                List<Future<?>> puts = new ArrayList<>();
                for (String key : part) {
                    puts.add(pool.submit(() -> bytes.addAndGet(put(site, key))));
                }
                for (Future<?> put : puts) {
                    put.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while uploading the site", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return bytes.get();
    }

    private long put(Path site, String key) {
        try {
            byte[] data = Files.readAllBytes(site.resolve(key));
            bucket.put(key, data, contentType(key));
            return data.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By extension, as the site serves it with nosniff; Pagefind's own files are opaque bytes. */
    static String contentType(String key) {
        return org.lcmhub.hub.site.StaticSite.contentType(key.substring(key.lastIndexOf('/') + 1));
    }
}
