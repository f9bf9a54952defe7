package org.lcmhub.hub.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ./hub bench-api}: in one run, on a fresh hub with its own store (journaled, as served),
 * the store's raw GetItem against a one-item read through the API (GET /api/health), both sent
 * by the same lean client (kept alive and on new connections) and by each side's usual client, an
 * unknown /api path (the hub's share without the store call) with the split it implies, a learner's
 * read (GET /api/me) and write (POST /api/checkins), at concurrency 1 and 8, over kept-alive
 * connections; then sign-up and check-in latency as the table grows (default 1,000, 10,000 and
 * 100,000 items), against the smallest table.
 */
public final class ApiBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9._~-]+)");

    private final HubServer hub;
    private final String table;
    private final AtomicInteger emails = new AtomicInteger();

    private ApiBench(HubServer hub, String table) {
        this.hub = hub;
        this.table = table;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("lcmhub.requestLog", "false");
        int calls = 2000;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--calls") && i + 1 < args.length) {
                calls = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i].replace(",", "").replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        Path root = Path.of(System.getProperty("lcmhub.root", ".")).toAbsolutePath().normalize();
        String table = Tables.localName(SamTemplate.read(root.resolve("template.yaml")).tables().get(0));
        System.out.println("Starting a fresh hub for the bench (its own store in .hub/bench-api)...");
        try (HubServer hub = HubServer.start(new HubServer.Config(root, 0, true, null, root.resolve(".hub/bench-api")), false)) {
            ApiBench bench = new ApiBench(hub, table);
            bench.throughput(calls);
            bench.growth(sizes);
        }
        System.exit(0);
    }

    private void throughput(int calls) throws Exception {
        DynamoDbClient dynamo = hub.dynamo();
        Cohort cohort = runningCohort("bench-read");
        String key = signUp(cohort);
        Map<String, AttributeValue> healthKey = Map.of("PK", AttributeValue.fromS("HEALTH"), "SK", AttributeValue.fromS("HEALTH"));
        String checkIn = "{\"progress\":40,\"hoursSpent\":3,\"mood\":4,\"needHelp\":false}";
        send("POST", "/api/checkins", key, checkIn, 201); // this week's; each later one updates it (200)
        // Warm the JIT, the handlers and the connections.
        Latencies.measure("warm-up", 4, 400, () -> dynamo.getItem(r -> r.tableName(table).key(healthKey)));
        Latencies.measure("warm-up", 4, 400, () -> send("GET", "/api/health", null, null, 200));
        Latencies.measure("warm-up", 2, 100, () -> send("GET", "/api/me", key, null, 200));
        Latencies.measure("warm-up", 2, 100, () -> send("POST", "/api/checkins", key, checkIn, 200));
        System.out.println("\nThroughput and latency, " + calls + " calls each:");
        // The same lean client for the store and the API: the ratio compares the two servers. The
        // store (moto's HTTP/1.0 server) closes every connection, so it is measured on new ones.
        int storePort = dynamo.serviceClientConfiguration().endpointOverride().orElseThrow().getPort();
        RawHttp storeGet = new RawHttp(storePort, "POST / HTTP/1.1\r\nContent-Type: application/x-amz-json-1.0"
                + "\r\nX-Amz-Target: DynamoDB_20120810.GetItem\r\nAuthorization: AWS4-HMAC-SHA256 Credential=local/"
                + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "") + "/" + LocalEnvironment.REGION
                + "/dynamodb/aws4_request, SignedHeaders=host, Signature=0",
                "{\"TableName\":\"" + table + "\",\"Key\":{\"PK\":{\"S\":\"HEALTH\"},\"SK\":{\"S\":\"HEALTH\"}}}");
        RawHttp apiGet = new RawHttp(hub.port(), "GET /api/health HTTP/1.1", null);
        // The same function's JSON 404 for a path no route claims: the whole way through the hub but the store call.
        RawHttp apiUnknown = new RawHttp(hub.port(), "GET /api/no-such-route HTTP/1.1", null, 404);
        Latencies.measure("warm-up", 4, 400, storeGet::fresh);
        Latencies.measure("warm-up", 4, 400, apiGet::keptAlive);
        Latencies.measure("warm-up", 4, 400, apiUnknown::fresh);
        for (int c : new int[] {1, 8}) {
            Latencies[] pair = Latencies.alternate(5, c, calls,
                    "store GetItem (SDK)", () -> dynamo.getItem(r -> r.tableName(table).key(healthKey)),
                    "API GET /api/health (JDK client)", () -> send("GET", "/api/health", null, null, 200));
            Latencies[] fresh = Latencies.alternate(5, c, calls,
                    "store GetItem (lean client)", storeGet::fresh,
                    "API GET /api/health (one GetItem)", apiGet::fresh);
            Latencies kept = Latencies.measure("  same, kept-alive connection", c, calls, apiGet::keptAlive);
            Latencies unknown = Latencies.measure("API GET unknown path (no store)", c, calls, apiUnknown::fresh);
            Latencies me = Latencies.measure("API GET /api/me (learner read)", c, calls / 2,
                    () -> send("GET", "/api/me", key, null, 200));
            Latencies write = Latencies.measure("API POST /api/checkins (write)", c, calls / 4,
                    () -> send("POST", "/api/checkins", key, checkIn, 200));
            for (Latencies l : List.of(fresh[0], fresh[1], kept, unknown, pair[0], pair[1], me, write)) {
                System.out.println(l.line());
            }
            System.out.printf("  where the API's read goes at c=%d (p50): the hub without the store %.2f ms + the store's GetItem"
                    + " through the SDK %.2f ms = %.2f ms; measured %.2f ms%n", c, unknown.p50Ms(), pair[0].p50Ms(),
                    unknown.p50Ms() + pair[0].p50Ms(), fresh[1].p50Ms());
            System.out.printf("  kept-alive / new connection p50 of the API at c=%d = %.2fx (1 = no extra cost for a kept-alive request)%n",
                    c, kept.p50Ms() / fresh[1].p50Ms());
            System.out.printf("  ratio at c=%d: API one-item read / store GetItem throughput, same client, new connections"
                    + " = %.2fx (target >= 0.8x); API kept alive: %.2fx; each side's usual client: %.2fx%n%n",
                    c, fresh[1].perSecond() / fresh[0].perSecond(), kept.perSecond() / fresh[0].perSecond(),
                    pair[1].perSecond() / pair[0].perSecond());
        }
    }

    /** Sign-up and check-in latency as the table grows, against the smallest size. */
    private void growth(List<Integer> sizes) throws Exception {
        System.out.println("Writes as the table grows (sequential, p50 and p99 of 40 each):");
        double[] base = null;
        int filled = 0;
        int n = 0;
        for (int size : sizes) {
            if (size > filled) {
                // Realistic filler: whole cohorts of learners with 12 weeks of check-ins (13 items each).
                int learners = Math.max(1, (size - filled) / 13);
                CohortLoad.load(hub.dynamo(), table, "fill-" + (n++), learners, 12, 0, "bench-lcm");
                filled += learners * 13;
            }
            Cohort cohort = runningCohort("bench-grow-" + size);
            List<String> keys = new ArrayList<>();
            Latencies signUps = Latencies.measure("sign-up", 1, 40, () -> keys.add(signUp(cohort)));
            AtomicInteger next = new AtomicInteger();
            Latencies checkIns = Latencies.measure("check-in", 1, 40, () -> send("POST", "/api/checkins",
                    keys.get(next.getAndIncrement()), "{\"progress\":10,\"hoursSpent\":2,\"mood\":3,\"needHelp\":false}", 201));
            long items = hub.dynamo().describeTable(r -> r.tableName(table)).table().itemCount();
            if (base == null) {
                base = new double[] {signUps.p50Ms(), checkIns.p50Ms()};
            }
            System.out.printf("  %,8d items: sign-up p50 %6.1f ms p99 %6.1f ms (%.2fx) | check-in p50 %6.1f ms p99 %6.1f ms (%.2fx)%n",
                    items, signUps.p50Ms(), signUps.p99Ms(), signUps.p50Ms() / base[0],
                    checkIns.p50Ms(), checkIns.p99Ms(), checkIns.p50Ms() / base[1]);
        }
        System.out.println("  (ratios: p50 against the first size)");
    }

    private Cohort runningCohort(String id) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        Cohort cohort = new Cohort(id, "path-" + id, "Cohort " + id, Language.EN, start, 8, 100_000, true, 0, 0,
                Set.of("bench-lcm"), Instant.now());
        new DynamoCohortStore(hub.dynamo(), table).create(cohort);
        return cohort;
    }

    /** Signs a new learner up through the API and returns their key, read from the outbox. */
    private String signUp(Cohort cohort) throws Exception {
        String email = "bench." + emails.incrementAndGet() + "." + System.nanoTime() + "@example.org";
        send("POST", "/api/signups", null, "{\"name\":\"Bench Learner\",\"email\":\"" + email + "\",\"pathId\":\""
                + cohort.pathId() + "\",\"cohortId\":\"" + cohort.cohortId()
                + "\",\"language\":\"en\",\"timezone\":\"Europe/Paris\",\"consent\":true}", 201);
        String outbox = send("GET", "/dev/outbox?to=" + email, null, null, 200);
        Matcher m = KEY.matcher(outbox);
        if (!m.find()) {
            throw new IllegalStateException("No personal link in the outbox for " + email);
        }
        return m.group(1);
    }

    private String send(String method, String path, String key, String json, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").header("Accept", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> answer = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
