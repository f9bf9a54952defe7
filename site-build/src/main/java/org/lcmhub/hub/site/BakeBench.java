package org.lcmhub.hub.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./hub bench-bake}: how long a bake of a large site takes, with this hub's baker and with
 * JBake's stock Oven, on the same generated sites in the same run.
 *
 * <p>For each size N it copies {@code site/} and {@code content/} into a temporary folder, adds N
 * guides (half English, half French, each pair sharing a translationKey, with the front matter of
 * a real guide, taxonomy tags and roles, and a Markdown body with headings, lists, a table and
 * links to other guides), bakes it with both ovens, and prints the times, the ratio of the 2N
 * time to the N time, and the speed-up over the stock Oven. The hub's bake is timed three times
 * (the median is printed), the stock Oven once; both after a warm-up bake of a small site.
 */
public final class BakeBench {

    private static final List<String> TAGS = List.of("check-in", "onboarding", "engagement", "dropout",
            "motivation", "forum", "moderation", "one-to-one", "planning", "feedback", "tools", "community",
            "mentoring", "accessibility", "wellbeing", "time-management", "remote-learning", "assessment");
    private static final List<String> ROLES = List.of("help", "support", "orient", "advise", "assist",
            "moderate", "welcome", "one-to-one", "team");

    private static final int FAST_RUNS = 3;

    private BakeBench() {
    }

    /** One bake's figures. */
    public record Run(int guides, Duration fast, Duration stock, int documents) {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("lcmhub.root", ".")).toAbsolutePath().normalize();
        List<Integer> sizes = new ArrayList<>();
        boolean stock = true;
        for (String arg : args) {
            if (arg.equals("--no-stock")) {
                stock = false;
            } else {
                sizes.add(Integer.parseInt(arg));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 2000);
        }
        run(root, sizes, stock);
    }

    public static List<Run> run(Path root, List<Integer> sizes, boolean withStock) throws IOException {
        System.out.printf("Bake bench: %d cores, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        // A first small bake loads and compiles JBake, Freemarker and flexmark for both ovens,
        // so that the measured bakes compare baking, not class loading.
        warmUp(root, withStock);

        List<Run> runs = new ArrayList<>();
        for (int n : sizes) {
            Path work = Files.createTempDirectory("lcmhub-bench-" + n + "-");
            try {
                generate(root, work, n);
                // The median of three hub bakes: one bake is short enough for the JIT and the
                // other processes of the machine to sway it.
                List<Duration[]> bakes = new ArrayList<>();
                for (int i = 0; i < FAST_RUNS; i++) {
                    Duration wall = timed(() -> SiteBaker.bake(work, work.resolve("out-fast")));
                    bakes.add(new Duration[] {wall, lastCpu});
                }
                bakes.sort(Comparator.comparing((Duration[] b) -> b[0]));
                Duration fast = bakes.get(FAST_RUNS / 2)[0];
                Duration fastCpu = bakes.get(FAST_RUNS / 2)[1];
                int documents = countHtml(work.resolve("out-fast"));
                Duration stockTime = withStock
                        ? timed(() -> SiteBaker.bake(work, work.resolve("out-stock"), SiteBaker.Engine.STOCK))
                        : null;
                Duration stockCpu = lastCpu;
                Run run = new Run(n, fast, stockTime, documents);
                runs.add(run);
                System.out.printf(Locale.ROOT, "N=%5d guides (%d pages): hub bake %6d ms (cpu %6d ms)%s  [load %s]%n",
                        n, documents, fast.toMillis(), fastCpu.toMillis(), stockTime == null ? ""
                                : String.format(Locale.ROOT, " | stock Oven %6d ms (cpu %6d ms) | speed-up %.1fx",
                                        stockTime.toMillis(), stockCpu.toMillis(), ratio(stockTime, fast)),
                        load());
            } finally {
                SiteFiles.delete(work);
            }
        }
        for (int i = 1; i < runs.size(); i++) {
            Run small = runs.get(0);
            Run big = runs.get(i);
            System.out.printf(Locale.ROOT, "Ratio N=%d / N=%d: hub bake %.2f%s%n", big.guides(), small.guides(),
                    ratio(big.fast(), small.fast()), big.stock() == null ? ""
                            : String.format(Locale.ROOT, " | stock Oven %.2f", ratio(big.stock(), small.stock())));
        }
        return runs;
    }

    private static void warmUp(Path root, boolean withStock) throws IOException {
        Path work = Files.createTempDirectory("lcmhub-bench-warmup-");
        try {
            generate(root, work, 50);
            SiteBaker.bake(work, work.resolve("out-fast"));
            if (withStock) {
                SiteBaker.bake(work, work.resolve("out-stock"), SiteBaker.Engine.STOCK);
            }
        } finally {
            SiteFiles.delete(work);
        }
    }

    private static double ratio(Duration a, Duration b) {
        return (double) a.toNanos() / b.toNanos();
    }

    private static Duration timed(Runnable bake) {
        System.gc();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        bake.run();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        lastCpu = Duration.ofNanos(processCpuNanos() - cpu);
        return wall;
    }

    /** CPU time of the last timed bake (all threads, JIT and GC included). */
    private static Duration lastCpu = Duration.ZERO;

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The machine's load: other processes on these shared cores make wall times noisy. */
    private static String load() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }

    /** Copies site/ and content/ of {@code root} into {@code work} and adds {@code n} guides. */
    public static void generate(Path root, Path work, int n) throws IOException {
        SiteFiles.copy(root.resolve("site"), work.resolve("site"));
        SiteFiles.copy(root.resolve("content"), work.resolve("content"));
        int pairs = (n + 1) / 2;
        int written = 0;
        for (int i = 0; i < pairs && written < n; i++) {
            for (String lang : List.of("en", "fr")) {
                if (written++ < n) {
                    Path file = work.resolve("content").resolve(lang).resolve("guides").resolve(slug(lang, i));
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, guide(lang, i, pairs));
                }
            }
        }
    }

    private static String slug(String lang, int i) {
        return String.format(Locale.ROOT, "%s-%05d.md", lang.equals("fr") ? "guide-banc" : "bench-guide", i);
    }

    private static String guide(String lang, int i, int pairs) {
        boolean fr = lang.equals("fr");
        String tag1 = TAGS.get(i % TAGS.size());
        String tag2 = TAGS.get((i * 7 + 3) % TAGS.size());
        String role1 = ROLES.get(i % ROLES.size());
        String role2 = ROLES.get((i * 5 + 2) % ROLES.size());
        String other = slug(lang, (i + 1) % pairs).replace(".md", ".html");
        String title = fr ? "Guide de banc d'essai n° " + i : "Bench guide number " + i;
        return """
                title=%s
                type=guide
                status=published
                language=%s
                translationKey=bench-guide-%05d
                summary=%s
                author=%s
                date=%s
                tags=%s
                roles=%s
                ~~~~~~

                %s

                ## %s

                - **%s** %s
                - **%s** %s
                - %s [%s](/%s/guides/%s).

                | %s | %s |
                | --- | --- |
                | 1 | %s |
                | 2 | %s |

                ## %s

                1. %s
                2. %s
                3. %s
                """.formatted(title, lang, i,
                fr ? "Un guide généré pour mesurer la vitesse du site, avec un résumé d'une phrase."
                        : "A guide generated to measure how fast the site bakes, with a one-sentence summary.",
                fr ? "Équipe LCM " + (i % 17) : "LCM team " + (i % 17),
                LocalDate.of(2024, 1, 1).plusDays(i % 700),
                tag1.equals(tag2) ? tag1 : tag1 + "," + tag2,
                role1.equals(role2) ? role1 : role1 + "," + role2,
                fr ? "Ce guide décrit une pratique de LCM : préparer, animer, relancer. Il est assez long pour "
                        + "ressembler à un vrai guide, avec des paragraphes, des listes et un tableau."
                        : "This guide describes an LCM practice: prepare, run, follow up. It is long enough to "
                        + "look like a real guide, with paragraphs, lists and a table.",
                fr ? "Avant" : "Before",
                fr ? "Fixer le créneau." : "Keep the slot fixed.",
                fr ? "Même jour, même heure, même lien, chaque semaine." : "Same day, same time, same link, every week.",
                fr ? "Lire le canal." : "Read the channel.",
                fr ? "Notez les questions qui reviennent et qui est resté silencieux." : "Note the questions that came up and who has been quiet.",
                fr ? "Voir aussi" : "See also", fr ? "le guide suivant" : "the next guide", lang, other,
                fr ? "Étape" : "Step", fr ? "Pourquoi" : "Why",
                fr ? "Tout le monde parle une fois" : "Everyone speaks once",
                fr ? "Les blocages remontent" : "Blockers surface",
                fr ? "Après" : "After",
                fr ? "Publiez un résumé dans l'heure." : "Post a summary within the hour.",
                fr ? "Relancez les absents un par un." : "Follow up with absentees one by one.",
                fr ? "Notez ce qui reste sans réponse." : "Note anything you could not answer.");
    }

    private static int countHtml(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(f -> f.toString().endsWith(".html")).count();
        }
    }
}
