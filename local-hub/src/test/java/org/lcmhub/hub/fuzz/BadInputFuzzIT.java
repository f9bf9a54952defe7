package org.lcmhub.hub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.auth.StaffTokens;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;

/**
 * Thousands of malformed bodies, headers, methods, path ids and raw requests to every route of
 * template.yaml, on a hub with its own store: never a 5xx, never a server's or library's name in
 * an answer, never an item written or a mail sent. Bounded (a fixed seed, a time budget), loopback only.
 */
class BadInputFuzzIT {
    private static final Pattern INTERNALS = Pattern.compile(
            "com\\.fasterxml|java\\.|javax\\.|org\\.lcmhub|software\\.amazon|org\\.eclipse|jetty|exception|"
                    + "\\tat |FAIL_ON|stacktrace|<html", Pattern.CASE_INSENSITIVE);
    private static final String TABLE = "HubTable";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Path work;
    private static HubServer hub;
    private static String lcmToken;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("lcmhub-fuzz");
        hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, true, null, work), false);
        Fixtures.cohort(hub.dynamo(), TABLE, "fuzz-1", "python-8-weeks", 30);
        // A staff member with both roles, on no team and with no mentor profile.
        lcmToken = StaffTokens.mint(Checkout.root(), work, "fuzzer@example.org", List.of("lcm", "mentor"), Duration.ofHours(1));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    record Case(String method, String path, String contentType, String authorization, byte[] body) {
        String describe() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " [" + contentType
                    + "] auth=" + (authorization.length() > 20 ? authorization.substring(0, 20) + "..." : authorization)
                    + " body=" + new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
        }
    }

    @Test
    void malformedRequestsToEveryRouteAreNever5xxNeverTellInternalsAndWriteNothing() throws Exception {
        Set<String> before = keys();
        long mailsBefore = mails();
        Random random = new Random(20261204);
        List<byte[]> bodies = Corpus.bodies(random);
        List<SamTemplate.RouteDef> routes = SamTemplate.read(Checkout.template()).routes();
        List<Case> cases = new ArrayList<>();
        for (SamTemplate.RouteDef route : routes) {
            for (int i = 0; i < 110; i++) {
                String path = route.path().replaceAll("\\{[^}]+\\+}", pick(random, Corpus.ids()) + "/" + pick(random, Corpus.ids()))
                        .replaceAll("\\{[^}]+}", pick(random, Corpus.ids()));
                String method = random.nextInt(4) == 0 || route.method().equals("ANY")
                        ? pick(random, Corpus.methods()) : route.method();
                cases.add(new Case(method, path + pick(random, Corpus.queries()), pick(random, Corpus.contentTypes()),
                        pick(random, Corpus.authorizations(lcmToken)), pick(random, bodies)));
            }
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (Case c : cases) {
            runs.add(pool.submit(() -> {
                if (System.nanoTime() > deadline) {
                    return;
                }
                try {
                    HttpResponse<String> r = send(c);
                    sent.incrementAndGet();
                    if (r.statusCode() >= 500 || INTERNALS.matcher(r.body()).find()) {
                        failures.add(r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()))
                                + " <- " + c.describe());
                    }
                } catch (java.io.IOException e) {
                    // The hub may close a connection on a request it refuses outright; that is no answer to check.
                    sent.incrementAndGet();
                } catch (Exception e) {
                    failures.add(e + " <- " + c.describe());
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        assertThat(failures).as("answers that are 5xx or tell internals").isEmpty();
        assertThat(sent.get()).as("requests sent within the time budget").isGreaterThanOrEqualTo(1_000);
        assertThat(keys()).as("items in the store").isEqualTo(before);
        assertThat(mails()).as("mails sent").isEqualTo(mailsBefore);
    }

    @Test
    void rawMalformedRequestsGetTheApisJsonErrorShape() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> routes = SamTemplate.read(Checkout.template()).routes().stream().map(SamTemplate.RouteDef::path).toList();
        for (String raw : Corpus.rawRequests(routes)) {
            String answer = raw(raw.getBytes(StandardCharsets.ISO_8859_1));
            if (answer.isEmpty()) {
                continue; // the connection was closed without an answer: nothing to read
            }
            String statusLine = answer.lines().findFirst().orElse("");
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String body = answer.contains("\r\n\r\n") ? answer.substring(answer.indexOf("\r\n\r\n") + 4) : "";
            // 505 is the one 5xx allowed: HTTP/0.9 and unknown versions are not spoken at all.
            if ((status >= 500 && status != 505) || INTERNALS.matcher(answer.replaceAll("(?i)server: .*", "")).find()
                    || (status >= 400 && !body.isEmpty() && !body.startsWith("{\"error\"") && !body.startsWith("{\"message\""))) {
                failures.add(statusLine + " " + body + " <- " + raw.substring(0, Math.min(80, raw.length())));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void stalledUploadsDoNotStarveOtherRequests() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 80; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), hub.port());
                s.getOutputStream().write(("POST /api/signups HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"name\":").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + "/api/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedAsApiGatewayDoes() throws Exception {
        String future = StaffTokens.mint(Checkout.root(), work, "fuzzer@example.org", List.of("lcm"),
                Instant.now().plus(Duration.ofDays(1)), Duration.ofDays(2));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + "/api/cohorts/mine"))
                .header("Authorization", "Bearer " + future).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        HttpResponse<String> now = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + "/api/cohorts/mine"))
                .header("Authorization", "Bearer " + lcmToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(now.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + c.path()))
                .timeout(Duration.ofSeconds(30))
                .method(c.method(), c.body().length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (!c.contentType().isEmpty()) {
            b.header("Content-Type", c.contentType());
        }
        if (!c.authorization().isEmpty()) {
            b.header("Authorization", c.authorization());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String raw(byte[] request) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), hub.port())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
                return "";
            }
        } catch (java.net.SocketException e) {
            return "";
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Set<String> keys() {
        return hub.dynamo().scanPaginator(r -> r.tableName(TABLE)).items().stream()
                .map(item -> item.get("PK").s() + "|" + item.get("SK").s()).collect(Collectors.toSet());
    }

    private static long mails() throws Exception {
        Path outbox = work.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (var files = Files.walk(outbox)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

}
