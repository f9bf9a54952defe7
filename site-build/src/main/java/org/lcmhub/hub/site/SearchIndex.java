package org.lcmhub.hub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Builds the site's search index with Pagefind, from the npm package installed at the checkout
 * root ({@code npm ci}), over a baked site: one index per language, found from {@code <html lang>},
 * written to {@code <site>/pagefind/}. Only what a page marks {@code data-pagefind-body} (paths
 * and guides) is indexed.
 */
public final class SearchIndex {

    /** What one indexing run did. */
    public record Report(Path siteDir, Duration duration, String output) {
    }

    private SearchIndex() {
    }

    public static Report build(Path root, Path siteDir) {
        Report report = build(root, siteDir, null);
        // The site's search always asks for the list of pages indexed since; right after a whole
        // index it is empty, and an empty list answers where a missing file would be a 404.
        try {
            Path delta = siteDir.resolve(SiteModel.DELTA);
            Files.createDirectories(delta);
            Files.writeString(delta.resolve("delta.json"), "{\"languages\":[],\"pages\":[]}\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the empty list of changed pages in " + siteDir, e);
        }
        return report;
    }

    /** As {@link #build(Path, Path)}, written to {@code output} when given instead of {@code <site>/pagefind/}. */
    public static Report build(Path root, Path siteDir, Path output) {
        List<String> command = new ArrayList<>(command(root.toAbsolutePath().normalize()));
        command.addAll(List.of("--site", siteDir.toAbsolutePath().toString()));
        if (output != null) {
            command.addAll(List.of("--output-path", output.toAbsolutePath().toString()));
        }
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Pagefind did not finish indexing " + siteDir + " within 120 s.");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Pagefind failed to index " + siteDir + " (exit " + process.exitValue() + "):\n" + printed);
            }
            return new Report(siteDir, Duration.ofNanos(System.nanoTime() - start), printed);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run Pagefind: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Pagefind was indexing " + siteDir, e);
        }
    }

    /**
     * The platform binary that the pagefind package installs as an optional dependency, or its
     * Node launcher when this platform's binary is not there.
     */
    static List<String> command(Path root) {
        Path modules = root.resolve("node_modules");
        Path platform = modules.resolve("@pagefind").resolve(platform());
        for (String name : List.of("pagefind_extended", "pagefind", "pagefind_extended.exe", "pagefind.exe")) {
            Path binary = platform.resolve("bin").resolve(name);
            if (Files.isExecutable(binary)) {
                return List.of(binary.toString());
            }
        }
        Path launcher = modules.resolve("pagefind/lib/runner/bin.cjs");
        if (Files.isRegularFile(launcher)) {
            return List.of("node", launcher.toString());
        }
        throw new IllegalStateException("Pagefind is not installed in " + modules
                + ". Run `npm ci` at the checkout root (./hub and .ci/run do it when node_modules is missing).");
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String pfOs = os.contains("win") ? "windows" : os.contains("mac") ? "darwin" : os.contains("freebsd") ? "freebsd" : "linux";
        String pfArch = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64";
        return pfOs + "-" + pfArch;
    }
}
