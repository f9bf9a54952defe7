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
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.dashboard.DashboardHandler;
import org.lcmhub.dashboard.DashboardService;
import org.lcmhub.dashboard.store.dynamodb.DynamoMentorDirectory;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.http.Json;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./hub bench-dashboard [LEARNERS...] [--weeks N] [--runs N] [--paged]}: how long a cohort's dashboard
 * and CSV export take, which DynamoDB requests they make and the read units those cost, as the
 * cohort grows. Each size is one cohort of LEARNERS enrolled learners with N weekly check-ins each
 * (default 200 as the baseline, then 2,000, × 12 weeks) and their standings, loaded into a moto of
 * its own with {@code BatchWriteItem}. The real {@link DashboardHandler} then answers
 * {@code GET /api/cohorts/{id}/dashboard} and {@code .../export.csv} twice, through an SDK client
 * that counts its calls: reading the learners' standings (what the functions do) and, as the
 * baseline in the same run, reading every record of the cohort (the former read); both must give
 * the same answer. Times are the median of the runs after one warm-up.
 */
public final class DashboardBench {
    private static final String LCM_SUB = "bench-lcm";
    /** {@code --paged}: the dashboard only, the paged view against the whole view from standings (no former read, no CSV). */
    private static boolean pagedOnly;

    private DashboardBench() {
    }

    /** One size's figures for one route and one way of reading the cohort. */
    public record Figures(String route, String path, int learners, int items, double seconds, double cpuSeconds,
                          Map<String, Integer> requests, int pages, int continuedPages, int itemsRead, long bytes,
                          double readUnits) {
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
                case "--paged" -> pagedOnly = true;
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
                DashboardHandler standings = new DashboardHandler(counted, table, null, Clock.systemUTC());
                DashboardHandler fullRead = new DashboardHandler(new DashboardService(new DynamoCohortStore(counted, table),
                        new FullReadCohortRecords(counted, table), new DynamoNoteStore(counted, table),
                        new DynamoMentorDirectory(counted, table, new DynamoMentorStore(counted, table)), Clock.systemUTC()));
                for (int learners : sizes) {
                    String cohortId = "bench-" + learners + "x" + weeks;
                    long t0 = System.nanoTime();
                    CohortLoad.Loaded loaded = CohortLoad.load(plain, table, cohortId, learners, weeks, 0, LCM_SUB);
                    double loadSeconds = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%nLoaded %,d learners + %,d check-ins + %,d standings = %,d items in %.1f s (%,d BatchWriteItem requests)%n",
                            loaded.learners(), loaded.checkIns(), loaded.learners(), loaded.items(), loadSeconds,
                            loaded.requests());
                    for (String route : pagedOnly ? List.of("dashboard") : List.of("dashboard", "export.csv")) {
                        String path = "/api/cohorts/" + cohortId + "/" + route;
                        Check check = route.equals("dashboard")
                                ? body -> "enrolled " + Json.MAPPER.readTree(body).get("enrolled").asInt()
                                : body -> (body.lines().count() - 1) + " CSV rows";
                        Measured after = measure(standings, calls, path, "standings", loaded, runs, check);
                        if (route.equals("dashboard")) {
                            PagedDashboardBench.run(standings, calls, counted, plain, table, cohortId, LCM_SUB, runs,
                                    after.figures(), after.body());
                        }
                        if (pagedOnly) {
                            continue;
                        }
                        Measured before = measure(fullRead, calls, path, "full read", loaded, runs, check);
                        if (!before.body().equals(after.body())) {
                            throw new IllegalStateException(route + ": the two reads answered differently");
                        }
                        System.out.printf("    %s from standings: time %.2fx, items read %.2fx, read units %.2fx of the full read (same answer)%n",
                                route, after.figures().seconds() / before.figures().seconds(),
                                (double) after.figures().itemsRead() / before.figures().itemsRead(),
                                after.figures().readUnits() / before.figures().readUnits());
                        all.add(before.figures());
                        all.add(after.figures());
                    }
                }
            }
        }
        for (String path : List.of("full read", "standings")) {
            compare(all, "dashboard", path);
            compare(all, "export.csv", path);
        }
        return all;
    }

    /** What a response must show for its figures to count: its size, as a short phrase. */
    private interface Check {
        String of(String body) throws IOException;
    }

    /** One route's figures and its answer (to compare the two reads). */
    private record Measured(Figures figures, String body) {
    }

    private static Measured measure(DashboardHandler handler, DynamoCalls calls, String path, String read,
                                    CohortLoad.Loaded loaded, int runs, Check check) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        APIGatewayV2HTTPEvent event = BenchEvents.get(path, LCM_SUB);
        String body = answer(handler.handleRequest(event, null)); // warm-up
        String shown = check.of(body);
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
        Figures f = new Figures(route, read, loaded.learners(), loaded.items(), median[0], median[1], calls.byKind(),
                calls.queries(), calls.continuedPages(), calls.items(), calls.bytes(), calls.readUnits());
        System.out.printf("  %-10s %-9s %7.3f s (median of %d; CPU %.3f s)  requests %s  pages %d  items read %,d"
                        + "  %.1f MB  read units %,.1f  [%s]%n", route, read, f.seconds(), runs, f.cpuSeconds(),
                f.requests(), f.pages(), f.itemsRead(), f.bytes() / 1e6, f.readUnits(), shown);
        return new Measured(f, body);
    }

    private static void compare(List<Figures> all, String route, String path) {
        List<Figures> figures = all.stream().filter(f -> f.route().equals(route) && f.path().equals(path)).toList();
        if (figures.size() < 2) {
            return;
        }
        Figures base = figures.get(0);
        Figures last = figures.get(figures.size() - 1);
        System.out.printf("%n%s, %s: %,d vs %,d learners: time x%.2f (%.3f vs %.3f s), items read x%.2f, "
                        + "read units x%.2f (%.1f vs %.1f), requests x%.2f (%d vs %d)%n", route, path, last.learners(),
                base.learners(), last.seconds() / base.seconds(), last.seconds(), base.seconds(),
                (double) last.itemsRead() / base.itemsRead(), last.readUnits() / base.readUnits(), last.readUnits(),
                base.readUnits(), (double) total(last) / total(base), total(last), total(base));
    }

    private static int total(Figures f) {
        return f.requests().values().stream().mapToInt(Integer::intValue).sum();
    }

    static String answer(APIGatewayV2HTTPResponse response) {
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("The handler answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return response.getBody();
    }
}
