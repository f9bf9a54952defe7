package org.lcmhub.hub.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lcmhub.dashboard.DashboardHandler;
import org.lcmhub.http.Json;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./hub bench-dashboard [LEARNERS...] [--weeks N] [--runs N]}: how long a cohort's dashboard
 * and CSV export take, and which DynamoDB requests they make, as the cohort grows. Each size is one
 * cohort of LEARNERS enrolled learners with N weekly check-ins each (default 200 as the baseline,
 * then 2,000, × 12 weeks), loaded into a moto of its own with {@code BatchWriteItem}; the real
 * {@link DashboardHandler} then answers {@code GET /api/cohorts/{id}/dashboard} and
 * {@code .../export.csv} through an SDK client that counts its calls. Times are the median of the
 * runs after one warm-up; the last line compares the largest size with the first.
 */
public final class DashboardBench {
    private static final String LCM_SUB = "bench-lcm";

    private DashboardBench() {
    }

    /** One size's figures for one route. */
    public record Figures(String route, int learners, int items, double seconds, double cpuSeconds,
                          Map<String, Integer> requests, int pages, int continuedPages, int itemsRead, long bytes) {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("lcmhub.root", ".")).toAbsolutePath().normalize();
        List<Integer> sizes = new ArrayList<>();
        int weeks = 12;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--weeks" -> weeks = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        run(root, sizes.isEmpty() ? List.of(200, 2000) : sizes, weeks, Math.max(1, runs));
    }

    public static List<Figures> run(Path root, List<Integer> sizes, int weeks, int runs) throws IOException {
        System.out.printf("Dashboard bench: %d learners per cohort x %d weeks of check-ins; %d cores, %s %s; engine: moto%n",
                sizes.get(sizes.size() - 1), weeks, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        List<Figures> all = new ArrayList<>();
        try (MotoEngine engine = MotoEngine.start(Files.createTempDirectory("lcmhub-bench-dashboard"));
             DynamoDbClient plain = HubServer.client(engine.endpoint())) {
            SamTemplate template = SamTemplate.read(root.resolve("template.yaml"));
            new Tables(plain, template.tables()).createMissing();
            String table = Tables.localName(template.tables().get(0));
            DynamoCalls calls = new DynamoCalls();
            try (DynamoDbClient counted = calls.client(engine.endpoint())) {
                DashboardHandler handler = new DashboardHandler(counted, table, null, Clock.systemUTC());
                for (int learners : sizes) {
                    String cohortId = "bench-" + learners + "x" + weeks;
                    long t0 = System.nanoTime();
                    CohortLoad.Loaded loaded = CohortLoad.load(plain, table, cohortId, learners, weeks, 0, LCM_SUB);
                    double loadSeconds = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%nLoaded %,d learners + %,d check-ins = %,d items in %.1f s (%,d BatchWriteItem requests)%n",
                            loaded.learners(), loaded.checkIns(), loaded.items(), loadSeconds, loaded.requests());
                    Figures dashboard = measure(handler, calls, "/api/cohorts/" + cohortId + "/dashboard", loaded, runs,
                            body -> "enrolled " + Json.MAPPER.readTree(body).get("enrolled").asInt());
                    Figures csv = measure(handler, calls, "/api/cohorts/" + cohortId + "/export.csv", loaded, runs,
                            body -> (body.lines().count() - 1) + " CSV rows");
                    all.add(dashboard);
                    all.add(csv);
                }
            }
        }
        compare(all, "dashboard");
        compare(all, "export.csv");
        return all;
    }

    /** What a response must show for its figures to count: its size, as a short phrase. */
    private interface Check {
        String of(String body) throws IOException;
    }

    private static Figures measure(DashboardHandler handler, DynamoCalls calls, String path, CohortLoad.Loaded loaded,
                                   int runs, Check check) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        APIGatewayV2HTTPEvent event = BenchEvents.get(path, LCM_SUB);
        String shown = check.of(answer(handler.handleRequest(event, null))); // warm-up
        List<double[]> timed = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            calls.reset();
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            answer(handler.handleRequest(event, null));
            timed.add(new double[] {(System.nanoTime() - t) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9});
        }
        timed.sort(Comparator.comparingDouble(x -> x[0]));
        double[] median = timed.get(runs / 2);
        String route = path.substring(path.lastIndexOf('/') + 1);
        Figures f = new Figures(route, loaded.learners(), loaded.items(), median[0], median[1], calls.byKind(),
                calls.queries(), calls.continuedPages(), calls.items(), calls.bytes());
        System.out.printf("  %-10s %7.3f s (median of %d; handler thread CPU %.3f s)  requests %s  queries %d (%d continuing a page)"
                        + "  items read %,d  %.1f MB  [%s]%n", route, f.seconds(), runs, f.cpuSeconds(), f.requests(),
                f.pages(), f.continuedPages(), f.itemsRead(), f.bytes() / 1e6, shown);
        if (f.itemsRead() != loaded.items()) {
            throw new IllegalStateException(route + " read " + f.itemsRead() + " items, the cohort has " + loaded.items());
        }
        return f;
    }

    private static void compare(List<Figures> all, String route) {
        List<Figures> figures = all.stream().filter(f -> f.route().equals(route)).toList();
        if (figures.size() < 2) {
            return;
        }
        Figures base = figures.get(0);
        Figures last = figures.get(figures.size() - 1);
        System.out.printf("%n%s: %,d vs %,d learners (%.1fx the items): time x%.2f (%.0f vs %.0f ms per 1,000 items), "
                        + "handler CPU x%.2f, requests x%.2f (%d vs %d)%n", route, last.learners(), base.learners(),
                (double) last.items() / base.items(), last.seconds() / base.seconds(),
                1e6 * last.seconds() / last.items(), 1e6 * base.seconds() / base.items(),
                last.cpuSeconds() / base.cpuSeconds(), (double) total(last) / total(base), total(last), total(base));
    }

    private static int total(Figures f) {
        return f.requests().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String answer(APIGatewayV2HTTPResponse response) {
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("The handler answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return response.getBody();
    }
}
