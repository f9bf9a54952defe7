package org.lcmhub.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.google.ortools.Loader;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MatchingResult;

/**
 * Times the matcher on generated programmes, each solver on each size in its own JVM with an
 * explicit heap limit (peak RSS then belongs to one solver, native memory included): OR-tools'
 * min-cost flow, the previous JGraphT solver on the same instance as the baseline (the ratio and
 * the same optimum are checked), and a greedy pass as a percentage of the optimum.
 * Run: {@code mvn -q -pl functions -am test-compile exec:exec@bench-matching}. The baseline takes about
 * 9 CPU minutes and 8 GB at 100,000 x 5,000, so it runs at that size only with
 * {@code BENCH_BASELINE=all} in the environment.
 */
public final class MatchingBench {
    private record Size(int learners, int mentors, String heap, String baselineHeap, boolean baselineAlways) {
    }

    private static final List<Size> SIZES = List.of(
            new Size(10_000, 500, "1g", "1g", true),
            new Size(30_000, 1_500, "2g", "2g", true),
            new Size(100_000, 5_000, "3g", "10g", false));

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("--one")) {
            one(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3].equals("baseline"),
                    args.length > 4 ? Long.parseLong(args[4]) : 1);
            return;
        }
        boolean baselineEverywhere = "all".equals(System.getenv("BENCH_BASELINE"));
        for (Size size : SIZES) {
            String[] solved = run(size.learners(), size.mentors(), size.heap(), "or-tools");
            if (!size.baselineAlways() && !baselineEverywhere) {
                System.out.println("  (JGraphT baseline skipped at this size: set BENCH_BASELINE=all to run it)");
                continue;
            }
            String[] baseline = run(size.learners(), size.mentors(), size.baselineHeap(), "baseline");
            boolean same = solved[2].equals(baseline[2]) && solved[3].equals(baseline[3]);
            System.out.printf(Locale.ROOT, "  OR-tools vs JGraphT: %.1fx less CPU, %.1fx less wall time, %.1fx less peak RSS;"
                            + " same optimum (matched, total fit): %s%n",
                    Double.parseDouble(baseline[0]) / Double.parseDouble(solved[0]),
                    Double.parseDouble(baseline[1]) / Double.parseDouble(solved[1]),
                    Double.parseDouble(baseline[4]) / Double.parseDouble(solved[4]), same ? "yes" : "NO");
            if (!same) {
                throw new IllegalStateException("the two solvers disagree on the optimum");
            }
        }
    }

    /** Runs one solver on one size in a child JVM; returns its CPU s, wall s, matched, total fit, peak RSS MB. */
    private static String[] run(int learners, int mentors, String heap, String solver) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                MatchingBench.class.getName(), "--one", String.valueOf(learners), String.valueOf(mentors), solver)
                .redirectErrorStream(true).start();
        String[] figures = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("figures ")) {
                    figures = line.substring("figures ".length()).split(" ");
                } else {
                    System.out.println(line);
                }
            }
        }
        if (child.waitFor() != 0 || figures == null) {
            throw new IllegalStateException("bench run failed for " + learners + " x " + mentors + " (" + solver + ")");
        }
        return figures;
    }

    private static void one(int learners, int mentors, boolean baseline, long seed) throws IOException {
        MatchingRequest request = new InstanceGenerator(seed).generate(learners, mentors);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        // Once per JVM (on Lambda, once per execution environment): timed apart from the matching.
        long load0 = System.nanoTime();
        if (!baseline) {
            Loader.loadNativeLibraries();
        }
        long loadNanos = System.nanoTime() - load0;
        MentorMatcher matcher = baseline
                ? new MentorMatcher(JGraphTFlowSolver::new, JGraphTFlowSolver.FIRST_PAIRS_PER_LEARNER)
                : new MentorMatcher();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        MatchingResult result = matcher.match(request);
        long t1 = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long rss = peakRssMb();

        System.out.printf(Locale.ROOT, "matching %,d learners x %,d mentors with %s (-Xmx%s, seed %d)%n",
                learners, mentors, baseline ? "JGraphT (baseline)" : "OR-tools", maxHeap(), seed);
        if (!baseline) {
            System.out.printf(Locale.ROOT, "  OR-tools native library loaded in %.2f s (not counted below)%n", loadNanos / 1e9);
        }
        System.out.printf(Locale.ROOT, "  optimal: %.2f s wall, %.2f s CPU, peak heap %,d MB, peak RSS %,d MB;"
                        + " %,d compatible pairs, %,d in the final network, %d round(s), %,d solves; load average %s%n",
                (t1 - t0) / 1e9, cpu / 1e9, peakHeap >> 20, rss, matcher.lastCandidatePairs(),
                matcher.lastPairsInNetwork(), matcher.lastRounds(), matcher.lastSolves(), loadAverage());
        System.out.printf(Locale.ROOT, "  optimal: %,d matched, %,d unmatched, total fit %,d%n",
                result.pairs().size(), result.unmatched().size(), result.totalScore());
        if (!baseline) {
            GreedyBaseline greedy = new GreedyBaseline().run(request);
            System.out.printf(Locale.ROOT, "  greedy:  %,d matched, total fit %,d = %.1f %% of the optimum (%.2f s)%n",
                    greedy.matched, greedy.totalFit, 100.0 * greedy.totalFit / result.totalScore(),
                    (System.nanoTime() - t1) / 1e9);
        }
        System.out.printf(Locale.ROOT, "figures %.3f %.3f %d %d %d%n", cpu / 1e9, (t1 - t0) / 1e9,
                result.pairs().size(), result.totalScore(), rss);
    }

    /** The machine's load while it ran: on a shared machine, wall time stretches, CPU time does not. */
    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).split(" ")[0] : "n/a";
    }

    private static String maxHeap() {
        return (Runtime.getRuntime().maxMemory() >> 20) + "m";
    }

    /** The process's peak resident set (VmHWM): heap, native memory (OR-tools) and the JVM itself. */
    private static long peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).findFirst().orElse(-1);
    }
}
