package org.lcmhub.hub.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one call many times from {@code concurrency} threads: throughput and latency percentiles. */
record Latencies(String name, int concurrency, int calls, double seconds, double p50Ms, double p99Ms, long[] samples) {

    /** Two runs of the same call as one (runs alternate with another call's, so both see the same machine). */
    Latencies plus(Latencies other) {
        long[] all = Arrays.copyOf(samples, samples.length + other.samples.length);
        System.arraycopy(other.samples, 0, all, samples.length, other.samples.length);
        Arrays.sort(all);
        return new Latencies(name, concurrency, all.length, seconds + other.seconds,
                percentile(all, 0.50), percentile(all, 0.99), all);
    }

    /** Alternates {@code a} and {@code b} in {@code rounds} rounds, {@code calls / rounds} each time. */
    static Latencies[] alternate(int rounds, int concurrency, int calls, String nameA, Callable<?> a,
                                 String nameB, Callable<?> b) throws Exception {
        Latencies ra = null;
        Latencies rb = null;
        for (int r = 0; r < rounds; r++) {
            Latencies x = measure(nameA, concurrency, calls / rounds, a);
            Latencies y = measure(nameB, concurrency, calls / rounds, b);
            ra = ra == null ? x : ra.plus(x);
            rb = rb == null ? y : rb.plus(y);
        }
        return new Latencies[] {ra, rb};
    }

    double perSecond() {
        return calls / seconds;
    }

    String line() {
        return String.format("  %-34s c=%d  %7.0f/s  p50 %6.2f ms  p99 %7.2f ms", name, concurrency, perSecond(), p50Ms, p99Ms);
    }

    /** {@code call} throws when the answer is not the expected one: a bench of failures measures nothing. */
    static Latencies measure(String name, int concurrency, int calls, Callable<?> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            int each = Math.max(1, calls / concurrency);
            long start = System.nanoTime();
            List<Future<long[]>> runs = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                runs.add(pool.submit(() -> {
                    long[] took = new long[each];
                    for (int i = 0; i < each; i++) {
                        long s = System.nanoTime();
                        call.call();
                        took[i] = System.nanoTime() - s;
                    }
                    return took;
                }));
            }
            long[] all = new long[each * concurrency];
            int n = 0;
            for (Future<long[]> run : runs) {
                long[] took = run.get();
                System.arraycopy(took, 0, all, n, took.length);
                n += took.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(all);
            return new Latencies(name, concurrency, all.length, seconds, percentile(all, 0.50), percentile(all, 0.99), all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
