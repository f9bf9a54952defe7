package org.lcmhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The hub's own store never loses an acknowledged write and never lies about one: a kill -9 of
 * the hub and its store under write load, a store killed under a running hub, a store paused
 * (SIGSTOP) under load.
 */
class StoreDurabilityIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TABLE = "HubTable";

    /** One sign-up sent and what the hub answered (status 0: no answer, the connection died). */
    record Sent(String email, int status, String body) {
        String learnerId() {
            return body.replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
        }
    }

    @Test
    void aKillDashNineUnderWriteLoadLosesNoAcknowledgedWrite(@TempDir Path work) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlcmhub.root=" + Checkout.root(), "-Dlcmhub.work=" + work, "-Dlcmhub.requestLog=false",
                "-cp", System.getProperty("java.class.path"), "org.lcmhub.hub.Main", "serve", "--port",
                Integer.toString(port), "--no-site").redirectErrorStream(true).start();
        awaitLine(hub, "LCM Hub is running at");
        String base = "http://127.0.0.1:" + port;
        String token = org.lcmhub.hub.auth.StaffTokens.mint(Checkout.root(), work, "alice@example.org",
                List.of("lcm"), Duration.ofHours(1));
        // Four weeks ahead: sign-ups are open on whatever day this runs (a fixed date would close them one day).
        HttpResponse<String> cohort = send(base, "POST", "/api/cohorts", "Bearer " + token, "{\"pathId\":\"python-8-weeks\","
                + "\"startDate\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusWeeks(4) + "\",\"weeks\":8,"
                + "\"seats\":5000,\"language\":\"en\"}");
        assertThat(cohort.statusCode()).as(cohort.body()).isEqualTo(201);
        String cohortId = cohort.body().replaceAll("(?s).*\"cohortId\":\"([^\"]+)\".*", "$1");

        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicBoolean go = new AtomicBoolean(true);
        AtomicInteger acknowledged = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                for (int i = 0; go.get(); i++) {
                    String email = "crash." + writer + "." + i + "@example.org";
                    Sent s = signUp(base, cohortId, email);
                    sent.add(s);
                    if (s.status() == 201) {
                        acknowledged.incrementAndGet();
                    }
                }
            });
            t.start();
            writers.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.get() < 10 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        // kill -9 the store and the hub while the writers keep writing.
        hub.toHandle().children().forEach(ProcessHandle::destroyForcibly);
        hub.destroyForcibly();
        hub.waitFor(10, TimeUnit.SECONDS);
        go.set(false);
        for (Thread t : writers) {
            t.join(30_000);
        }
        List<Sent> all = new ArrayList<>(sent);
        assertThat(all.stream().filter(s -> s.status() == 201)).hasSizeGreaterThanOrEqualTo(10);

        try (HubServer again = HubServer.start(new HubServer.Config(Checkout.root(), 0, false, null, work), false)) {
            for (Sent s : all) {
                if (s.status() == 201) {
                    assertThat(learner(again, s.learnerId())).as("acknowledged sign-up of %s", s.email()).isNotEmpty();
                } else if (s.status() >= 400) {
                    assertThat(Fixtures.itemsMentioning(again.dynamo(), TABLE, s.email()))
                            .as("refused sign-up of %s (%d %s)", s.email(), s.status(), s.body()).isEmpty();
                }
            }
        }
    }

    @Test
    void aStoreThatDiesIsStartedAgainWithItsData(@TempDir Path work) throws Exception {
        try (HubServer hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, true, null, work), false)) {
            String base = "http://127.0.0.1:" + hub.port();
            Fixtures.cohort(hub.dynamo(), TABLE, "dies-1", "python-8-weeks", 30);
            Sent before = signUp(base, "dies-1", "before.death@example.org");
            assertThat(before.status()).as(before.body()).isEqualTo(201);
            long first = hub.storePid();

            ProcessHandle.of(first).orElseThrow().destroyForcibly();
            HttpResponse<String> health = awaitHealth(base, Duration.ofSeconds(60));
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(hub.storePid()).isNotEqualTo(first);
            assertThat(learner(hub, before.learnerId())).isNotEmpty();
            assertThat(signUp(base, "dies-1", "after.death@example.org").status()).isEqualTo(201);
        }
    }

    @Test
    void aPausedStoreGetsFast503sAndNoAnswerLies(@TempDir Path work) throws Exception {
        try (HubServer hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, true, null, work), false)) {
            String base = "http://127.0.0.1:" + hub.port();
            Fixtures.cohort(hub.dynamo(), TABLE, "frozen-1", "python-8-weeks", 5000);
            assertThat(signUp(base, "frozen-1", "warm@example.org").status()).isEqualTo(201);

            ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
            AtomicBoolean go = new AtomicBoolean(true);
            CountDownLatch started = new CountDownLatch(2);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    started.countDown();
                    for (int i = 0; go.get(); i++) {
                        sent.add(signUp(base, "frozen-1", "load." + writer + "." + i + "@example.org"));
                    }
                });
                t.start();
                writers.add(t);
            }
            started.await();
            Thread.sleep(300);
            long pid = hub.storePid();
            signal("STOP", pid);
            try {
                Thread.sleep(500);
                List<Long> took = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> health = send(base, "GET", "/api/health", null, null);
                    Sent signup = signUp(base, "frozen-1", "paused." + i + "@example.org");
                    took.add((System.nanoTime() - start) / 1_000_000);
                    sent.add(signup);
                    assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
                    assertThat(health.body()).contains("\"code\":\"store_unavailable\"");
                    assertThat(signup.status()).as(signup.body()).isEqualTo(503);
                }
                // Both answers of each pair well before any SDK or function timeout (10 s, 20 s).
                assertThat(took).allSatisfy(ms -> assertThat(ms).isLessThan(3_000));
            } finally {
                signal("CONT", pid);
            }
            HttpResponse<String> health = awaitHealth(base, Duration.ofSeconds(30));
            assertThat(health.statusCode()).isEqualTo(200);
            go.set(false);
            for (Thread t : writers) {
                t.join(30_000);
            }
            // Let any request the pause caught finish against the resumed store.
            Thread.sleep(1_000);
            for (Sent s : sent) {
                assertThat(s.status()).as("%s: %s", s.email(), s.body()).isIn(201, 503);
                if (s.status() == 201) {
                    assertThat(Fixtures.itemsMentioning(hub.dynamo(), TABLE, s.email())).as(s.email()).isNotEmpty();
                } else if (s.body().contains("nothing was done")) {
                    assertThat(Fixtures.itemsMentioning(hub.dynamo(), TABLE, s.email())).as(s.email()).isEmpty();
                } else {
                    assertThat(s.body()).contains("may or may not have been saved");
                }
            }
        }
    }

    private static Sent signUp(String base, String cohortId, String email) {
        try {
            HttpResponse<String> r = send(base, "POST", "/api/signups", null, "{\"name\":\"Crash Test\",\"email\":\""
                    + email + "\",\"pathId\":\"python-8-weeks\",\"cohortId\":\"" + cohortId
                    + "\",\"language\":\"en\",\"timezone\":\"Europe/Paris\",\"consent\":true}");
            return new Sent(email, r.statusCode(), r.body());
        } catch (Exception e) {
            return new Sent(email, 0, String.valueOf(e));
        }
    }

    private static HttpResponse<String> send(String base, String method, String path, String auth, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json").header("Accept", "application/json");
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> awaitHealth(String base, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last;
        do {
            last = send(base, "GET", "/api/health", null, null);
            if (last.statusCode() == 200) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return last;
    }

    private static Map<String, AttributeValue> learner(HubServer hub, String id) {
        return hub.dynamo().getItem(r -> r.tableName(TABLE).key(Map.of(
                "PK", AttributeValue.fromS("LEARNER#" + id), "SK", AttributeValue.fromS("PROFILE")))).item();
    }

    private static void signal(String name, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor()).isZero();
    }

    private static void awaitLine(Process process, String prefix) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe flowing
                        }
                    } catch (java.io.IOException e) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("The hub did not start:\n" + seen);
    }
}
