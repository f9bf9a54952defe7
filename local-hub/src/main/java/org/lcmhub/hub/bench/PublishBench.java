package org.lcmhub.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.publish.LocalSiteHosting;
import org.lcmhub.hub.publish.SiteDiff;
import org.lcmhub.hub.publish.SitePublisher;
import org.lcmhub.hub.site.BakeBench;
import org.lcmhub.hub.site.SearchIndex;
import org.lcmhub.hub.site.SiteBaker;
import org.lcmhub.hub.site.SiteFiles;

/**
 * {@code ./hub bench-publish [N]}: a generated site of N guides (default 2,000) published to a
 * site bucket and distribution on moto through the real SDK, as the publish function does: first
 * a full bake and upload into an empty bucket, then, in the same run, the publish of one changed
 * guide. Prints what each wrote, uploaded and deleted, the bytes, the time of each step, and the
 * ratios. The bake itself is whole in both (the bake is not incremental); the upload, the deletes
 * and the invalidation are.
 */
public final class PublishBench {
    private PublishBench() {
    }

    record Step(String name, int written, Duration bake, Duration index, SitePublisher.Report upload) {
        Duration total() {
            return bake.plus(index).plus(upload.duration());
        }
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path root = Path.of(System.getProperty("lcmhub.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("lcmhub-bench-publish");
        try (MotoEngine moto = MotoEngine.start(work.resolve("moto"))) {
            Path source = work.resolve("source");
            BakeBench.generate(root, source, n);
            Files.createSymbolicLink(source.resolve("node_modules"), root.resolve("node_modules"));
            SitePublisher publisher = LocalSiteHosting.create(moto.endpoint()).publisher(16);
            System.out.printf(Locale.ROOT, "Site of %d generated guides plus content/, published to moto's S3 and CloudFront.%n", n);

            step("warm-up", source, work.resolve("warm"), null);
            Step full = step("full publish", source, work.resolve("full"), publisher);
            Path changed = source.resolve("content/en/guides/bench-guide-00007.md");
            Files.writeString(changed, Files.readString(changed)
                    .replaceFirst("(?m)^summary=.*$", "summary=Changed for the bench: how the publish reacts.")
                    + "\nA paragraph added by the bench.\n");
            Step one = step("one guide changed", source, work.resolve("one"), publisher);

            System.out.printf(Locale.ROOT, "%n%-18s %8s %9s %11s %8s %12s %8s %8s %8s %8s%n", "", "written", "uploaded",
                    "bytes up", "deleted", "invalidated", "bake s", "index s", "upload s", "total s");
            for (Step s : List.of(full, one)) {
                SitePublisher.Report r = s.upload();
                System.out.printf(Locale.ROOT, "%-18s %8d %9d %11d %8d %12d %8.2f %8.2f %8.2f %8.2f%n", s.name(), s.written(),
                        r.uploaded().size(), r.bytesUploaded(), r.deleted().size(), r.invalidated().size(),
                        secs(s.bake()), secs(s.index()), secs(r.duration()), secs(s.total()));
            }
            System.out.printf(Locale.ROOT, "%nOne guide against the full publish: files uploaded %.4f, bytes uploaded %.4f,"
                            + " upload time %.3f, total time %.3f%n",
                    ratio(one.upload().uploaded().size(), full.upload().uploaded().size()),
                    ratio(one.upload().bytesUploaded(), full.upload().bytesUploaded()),
                    ratio(one.upload().duration().toNanos(), full.upload().duration().toNanos()),
                    ratio(one.total().toNanos(), full.total().toNanos()));
            System.out.println("Uploaded for the changed guide: " + one.upload().uploaded().stream()
                    .filter(k -> !k.startsWith("pagefind/")).toList() + " and "
                    + one.upload().uploaded().stream().filter(k -> k.startsWith("pagefind/")).count() + " files of the search index");
        } finally {
            SiteFiles.delete(work);
        }
    }

    /** Bakes {@code source} with its search index into {@code out}, then publishes it (unless {@code publisher} is null). */
    private static Step step(String name, Path source, Path out, SitePublisher publisher) {
        Duration bake = SiteBaker.bake(source, out).duration();
        Duration index = SearchIndex.build(source, out).duration();
        SitePublisher.Report report = publisher == null ? null : publisher.publish(out);
        return new Step(name, SiteDiff.hashes(out).size(), bake, index, report);
    }

    private static double secs(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
