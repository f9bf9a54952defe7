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

import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MatchingResult;

/**
 * Times the matcher on generated programmes, each in its own JVM with an explicit heap limit, and
 * compares a greedy pass with the optimum on the same instance.
 * Run: {@code mvn -q -f functions test-compile exec:exec@bench-matching}.
 */
public final class MatchingBench {
    private static final List<String[]> SIZES = List.of(
            new String[] {"10000", "500", "1g"},
            new String[] {"100000", "5000", "10g"});

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("--one")) {
            one(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 1);
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        for (String[] size : SIZES) {
            Process child = new ProcessBuilder(java, "-Xmx" + size[2], "-cp", classpath,
                    MatchingBench.class.getName(), "--one", size[0], size[1])
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println(line);
                }
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException("bench run failed for " + size[0] + " x " + size[1]);
            }
        }
    }

    private static void one(int learners, int mentors, long seed) throws IOException {
        MatchingRequest request = new InstanceGenerator(seed).generate(learners, mentors);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        MentorMatcher matcher = new MentorMatcher();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        MatchingResult result = matcher.match(request);
        long t1 = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        GreedyBaseline greedy = new GreedyBaseline().run(request);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "matching %,d learners x %,d mentors (-Xmx%s, seed %d)%n",
                learners, mentors, maxHeap(), seed);
        System.out.printf(Locale.ROOT, "  optimal: %.2f s wall, %.2f s CPU, peak heap %,d MB, peak RSS %s;"
                        + " %,d compatible pairs, %,d in the final network, %d round(s), %,d JGraphT solves; load average %s%n",
                (t1 - t0) / 1e9, cpu / 1e9, peakHeap >> 20, peakRss(), matcher.lastCandidatePairs(),
                matcher.lastPairsInNetwork(), matcher.lastRounds(), matcher.lastSolves(), loadAverage());
        System.out.printf(Locale.ROOT, "  optimal: %,d matched, %,d unmatched, total fit %,d%n",
                result.pairs().size(), result.unmatched().size(), result.totalScore());
        System.out.printf(Locale.ROOT, "  greedy:  %,d matched, total fit %,d = %.1f %% of the optimum (%.2f s)%n",
                greedy.matched, greedy.totalFit, 100.0 * greedy.totalFit / result.totalScore(), (t2 - t1) / 1e9);
    }

    /** The machine's load while it ran: on a shared machine, wall time stretches, CPU time does not. */
    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).split(" ")[0] : "n/a";
    }

    private static String maxHeap() {
        return (Runtime.getRuntime().maxMemory() >> 20) + "m";
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> String.format(Locale.ROOT, "%,d MB", Long.parseLong(l.replaceAll("\\D", "")) >> 10))
                .findFirst().orElse("n/a");
    }
}
