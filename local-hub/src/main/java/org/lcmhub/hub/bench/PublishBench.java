package org.lcmhub.hub.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.publish.BakeRoot;
import org.lcmhub.hub.publish.LocalSiteHosting;
import org.lcmhub.hub.publish.SitePublisher;
import org.lcmhub.hub.site.BakeBench;
import org.lcmhub.hub.site.SiteFiles;
import org.lcmhub.hub.site.SiteModel;
import org.lcmhub.hub.site.StaticSite;

/**
 * {@code ./hub bench-publish [N]}: a generated site of N guides (default 2,000) baked as the local
 * hub and the publish function bake it ({@link BakeRoot}: content/ with the hub's guides over it,
 * then {@link SiteModel}), and uploaded to a site bucket and distribution on moto through the real
 * SDK. In one run: the whole bake and upload into an empty bucket, then a guide changed and a guide
 * added, each published incrementally by the same model. For each: the pages rendered, the files
 * written and deleted, uploaded, the time from the start of the publish to the page being served
 * and to the search index holding it (checked: the page read back with the new text, the new text
 * found in the index), the upload, and the ratios against the whole bake.
 */
public final class PublishBench {
    private PublishBench() {
    }

    record Step(String name, SiteModel.Report bake, Duration toPage, Duration toSearch, SitePublisher.Report upload) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path root = Path.of(System.getProperty("lcmhub.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("lcmhub-bench-publish");
        try (MotoEngine moto = MotoEngine.start(work.resolve("moto"))) {
            Path source = work.resolve("source");
            BakeBench.generate(root, source, n);
            Files.createSymbolicLink(source.resolve("node_modules"), root.resolve("node_modules"));
            Path hubGuides = work.resolve("hub-guides");
            Files.createDirectories(hubGuides);
            BakeRoot bakeRoot = new BakeRoot(work.resolve("bake"), source).overlay(hubGuides, "");
            SitePublisher publisher = LocalSiteHosting.create(moto.endpoint()).publisher(16);
            System.out.printf(Locale.ROOT, "Site of %d generated guides plus content/, load average %s; uploaded to moto's S3 and CloudFront.%n",
                    n, load());

            // The JVM's first bake is slower (classes loaded, code not yet compiled): warm up on another folder.
            bakeRoot.prepare(Map.of());
            new SiteModel(bakeRoot.path(), false).bake(work.resolve("warm"));

            SiteModel model = new SiteModel(bakeRoot.path(), true);
            Path served = work.resolve("served");
            Step full = step("whole bake", bakeRoot, model, served, publisher, null, null);

            // As the hub publishes them: files of the hub's guides over content/.
            String text = Files.readString(source.resolve("content/en/guides/bench-guide-00007.md"));
            Files.createDirectories(hubGuides.resolve("en/guides"));
            Files.writeString(hubGuides.resolve("en/guides/bench-guide-00007.md"), text
                    .replaceFirst("(?m)^summary=.*$", "summary=Changed for the bench: how the publish reacts.")
                    + "\nA paragraph added by the bench about quillworts.\n");
            Step one = step("one guide changed", bakeRoot, model, served, publisher, "en/guides/bench-guide-00007.html", "quillworts");

            Files.writeString(hubGuides.resolve("en/guides/bench-new-guide.md"), text
                    .replaceFirst("(?m)^title=.*$", "title=A new guide published by the bench")
                    .replaceFirst("(?m)^translationKey=.*$", "translationKey=bench-new-guide")
                    + "\nWhat the bench adds about hornworts.\n");
            Step added = step("one guide added", bakeRoot, model, served, publisher, "en/guides/bench-new-guide.html", "hornworts");

            System.out.printf(Locale.ROOT, "%n%-18s %6s %9s %8s %8s %9s %11s %12s %8s %9s %9s%n", "", "whole", "rendered",
                    "written", "deleted", "uploaded", "bytes up", "invalidated", "page s", "search s", "upload s");
            for (Step s : List.of(full, one, added)) {
                SitePublisher.Report r = s.upload();
                System.out.printf(Locale.ROOT, "%-18s %6s %9d %8d %8d %9d %11d %12d %8.2f %9.2f %9.2f%n", s.name(),
                        s.bake().full() ? "yes" : "no", s.bake().rendered(), s.bake().written().size(), s.bake().deleted().size(),
                        r.uploaded().size(), r.bytesUploaded(), r.invalidated().size(),
                        secs(s.toPage()), secs(s.toSearch()), secs(r.duration()));
            }
            for (Step s : List.of(one, added)) {
                System.out.printf(Locale.ROOT, "%n%s against the whole bake: pages rendered %.4f, files written %.4f,"
                                + " files uploaded %.4f, time to the served page %.3f, to the search hit %.3f, upload time %.3f%n",
                        s.name(), ratio(s.bake().rendered(), full.bake().rendered()),
                        ratio(s.bake().written().size(), full.bake().written().size()),
                        ratio(s.upload().uploaded().size(), full.upload().uploaded().size()),
                        ratio(s.toPage().toNanos(), full.toPage().toNanos()),
                        ratio(s.toSearch().toNanos(), full.toSearch().toNanos()),
                        ratio(s.upload().duration().toNanos(), full.upload().duration().toNanos()));
                System.out.println("  written: " + s.bake().written().stream().filter(k -> !k.startsWith(SiteModel.DELTA)).toList()
                        + " and " + s.bake().written().stream().filter(k -> k.startsWith(SiteModel.DELTA)).count()
                        + " files of the small search index");
            }

            ApprovedThroughTheApi.Figures api = ApprovedThroughTheApi.run(root, source, work.resolve("hub"), moto.endpoint());
            System.out.printf(Locale.ROOT, "%nThrough a local hub on the same site (started, whole bake included, in %.2f s):"
                            + " a second LCM approves a new guide; the approval answered in %.2f s; the page served over HTTP"
                            + " %.2f s and found in the search index %.2f s after the approval was sent;"
                            + " time to the search hit against the whole bake above: %.3f%n",
                    secs(api.start()), secs(api.approve()), secs(api.toPage()), secs(api.toSearch()),
                    ratio(api.toSearch().toNanos(), full.toSearch().toNanos()));
        } finally {
            SiteFiles.delete(work);
        }
    }

    /**
     * One publish as the hub runs it: the content brought up to date, the site baked (whole the first
     * time), checked (the page served with {@code word}, the word in the search index), then uploaded.
     */
    private static Step step(String name, BakeRoot bakeRoot, SiteModel model, Path served, SitePublisher publisher,
                             String page, String word) throws IOException {
        long start = System.nanoTime();
        bakeRoot.prepare(Map.of());
        SiteModel.Report report = model.bake(served);
        Duration all = Duration.ofNanos(System.nanoTime() - start);
        Duration toSearch = all;
        Duration toPage = all.minus(report.index());
        if (page != null) {
            StaticSite.Page got = new StaticSite(served).get("/" + page);
            if (got.status() != 200 || !new String(got.body(), StandardCharsets.UTF_8).contains(word)) {
                throw new IllegalStateException(name + ": /" + page + " is not served with \"" + word + "\"");
            }
            if (!indexHolds(served.resolve(SiteModel.DELTA), word)) {
                throw new IllegalStateException(name + ": the search index does not hold \"" + word + "\"");
            }
        }
        if (report.full()) {
            // A whole bake swaps the new site in with its index: page and search arrive together.
            toPage = all;
        }
        return new Step(name, report, toPage, toSearch, publisher.publish(served));
    }

    /** Whether one of Pagefind's fragments (gzipped JSON of a page's text) holds the word. */
    static boolean indexHolds(Path index, String word) throws IOException {
        try (Stream<Path> files = Files.walk(index)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pf_fragment")).toList()) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
                    if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String load() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", load);
    }

    static double secs(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
