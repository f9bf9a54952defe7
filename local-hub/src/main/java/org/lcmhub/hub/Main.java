package org.lcmhub.hub;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.lcmhub.hub.auth.StaffTokens;
import org.lcmhub.hub.bench.ColdStartBench;
import org.lcmhub.hub.bench.DashboardBench;
import org.lcmhub.hub.warning.EarlyWarningBench;
import org.lcmhub.hub.warning.JudgeCsv;
import org.lcmhub.hub.dev.Schedules;
import org.lcmhub.hub.site.SearchIndex;
import org.lcmhub.hub.site.BakeBench;
import org.lcmhub.hub.site.ContentValidator;
import org.lcmhub.hub.site.SiteBaker;

/** {@code ./hub serve}, {@code token}, {@code digest}, {@code bake}, {@code bench-bake}, {@code bench-dashboard},
 * {@code bench-early-warning}, {@code early-warning}: see USAGE. */
public final class Main {
    private static final String USAGE = """
            Usage: ./hub <command> [options]

              serve [--port N] [--fresh] [--demo] [--no-site]
                                           run the site, the API and a local DynamoDB engine
                                           on http://localhost:N (default 8080); --fresh starts
                                           with empty tables (and mail outbox) instead of the data
                                           saved in .hub/data;
                                           --demo adds a demo community (cohorts, learners, staff);
                                           --no-site serves the API only (no bake, no rebake)
              token --role lcm|mentor --email ADDRESS [--name NAME] [--hours N]
                                           print a staff sign-in token for the local hub, signed
                                           by its local issuer (.hub/jwt/); send it as
                                           Authorization: Bearer <token>. --role may repeat;
                                           --name puts the name pages show for them in it.
              digest [--port N]            run the daily digest of newly at-risk learners now, on
                                           the hub running on port N (default 8080), as its
                                           schedule in template.yaml would, and print the email
                                           sent (it lands in the outbox, GET /dev/outbox)
              bake [--out DIR]             bake the site and its search index into DIR
                                           (default .hub/site), e.g. to upload it
              export-guides                write the guides published from the hub (as of its
                                           last start or publish, .hub/guides/) and their images
                                           into content/, for a team that keeps its guides in Git
              bench-bake [N...] [--no-stock]
                                           time the bake of the site with N generated guides
                                           (default 1000 and 2000), against JBake's stock Oven
              bench-publish [N]            publish a site of N generated guides (default 2000)
                                           to moto's S3 and CloudFront, whole, then one changed
                                           and one new guide incrementally: pages rendered, files
                                           written and uploaded, time to page and search, ratios;
                                           then a guide approved through a local hub's API
              bench-dashboard [N...] [--weeks W] [--runs R]
                                           time a cohort's dashboard and CSV with N learners x W
                                           weeks of check-ins in moto (default 200, 2000 x 12),
                                           with DynamoDB requests, pages and items read
              bench-api [N...] [--calls C]  the store's raw GetItem against reads and a write
                                           through the API at concurrency 1 and 8 (C calls,
                                           default 2000), then sign-up and check-in latency
                                           with N items in the table (default 1000 10000 100000)
              bench-cold [--runs R] [--only FUNCTION]
                                           a bare JVM's "hello" against each function's first
                                           response in a fresh JVM (defaults, the template's Java
                                           options, after SnapStart's priming), with the ratios;
                                           --only (may repeat) names a function of template.yaml
              bench-early-warning [--fit] [--learners N] [--seeds S]
                                           measure the early warning on simulated cohorts against
                                           single-rule baselines (--fit: refit its coefficients
                                           on the training seeds first and print them)
              early-warning --judge IN.csv --out OUT.csv
                                           judge learners' weekly histories from elsewhere with
                                           the dashboard's early warning (docs/early-warning.md)

            HUB_DYNAMODB_ENDPOINT=http://host:port uses that DynamoDB-compatible engine instead of
            starting moto (its data stays there; nothing is saved to .hub/data).
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        String command = rest.isEmpty() ? "help" : rest.pop();
        Path root = Path.of(System.getProperty("lcmhub.root", ".")).toAbsolutePath().normalize();
        try {
            switch (command) {
                case "serve" -> serve(root, rest);
                case "bake" -> bake(root, rest);
                case "export-guides" -> {
                    var written = org.lcmhub.hub.guides.GuideExport.run(root.resolve(".hub"), root);
                    written.forEach(p -> System.out.println("wrote " + p));
                    System.out.println(written.size() + " guide files written into content/.");
                }
                case "token" -> token(root, rest);
                case "digest" -> digest(rest);
                case "bench-bake" -> BakeBench.main(rest.toArray(String[]::new));
                case "bench-dashboard" -> DashboardBench.main(rest.toArray(String[]::new));
                case "bench-api" -> org.lcmhub.hub.bench.ApiBench.main(rest.toArray(String[]::new));
                case "bench-publish" -> org.lcmhub.hub.bench.PublishBench.main(rest.toArray(String[]::new));
                case "bench-cold" -> ColdStartBench.main(rest.toArray(String[]::new));
                case "bench-early-warning" -> EarlyWarningBench.main(rest.toArray(String[]::new));
                case "early-warning" -> JudgeCsv.main(rest.toArray(String[]::new));
                case "help", "--help", "-h" -> System.out.print(USAGE);
                default -> fail("Unknown command '" + command + "'.\n\n" + USAGE);
            }
        } catch (IllegalArgumentException e) {
            fail(e.getMessage() + "\n\n" + USAGE);
        }
    }

    private static void serve(Path root, Deque<String> args) throws Exception {
        int port = 8080;
        boolean fresh = false;
        boolean demo = false;
        boolean site = true;
        while (!args.isEmpty()) {
            String arg = args.pop();
            switch (arg) {
                case "--port" -> port = parsePort(args.poll());
                case "--fresh" -> fresh = true;
                case "--demo" -> demo = true;
                case "--no-site" -> site = false;
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'.");
            }
        }
        String external = System.getenv("HUB_DYNAMODB_ENDPOINT");
        URI endpoint = external == null || external.isBlank() ? null : URI.create(external);
        Path work = Path.of(System.getProperty("lcmhub.work", root.resolve(".hub").toString()));
        var config = new HubServer.Config(root, port, fresh, endpoint, work, demo);
        HubServer hub;
        try {
            hub = HubServer.start(config, site);
        } catch (HubServer.PortInUse | ContentValidator.InvalidContent e) {
            fail(e.getMessage());
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the hub...");
            hub.close();
            stopped.countDown();
        }, "hub-stop"));
        System.out.println("LCM Hub is running at " + hub.url() + "  (site at /, API at /api/*; "
                + (endpoint == null ? "data kept in .hub/data" : "DynamoDB at " + endpoint) + "). Ctrl-C stops it.\n"
                + "Staff sign in at " + hub.url().resolve("/en/staff-sign-in.html") + " (any address, with a role).");
        stopped.await();
    }

    /** Asks the running hub to fire the digest's schedule, then prints what went out. */
    private static void digest(Deque<String> args) throws Exception {
        int port = 8080;
        while (!args.isEmpty()) {
            String arg = args.pop();
            if (arg.equals("--port")) {
                port = parsePort(args.poll());
            } else {
                throw new IllegalArgumentException("Unknown option '" + arg + "'.");
            }
        }
        URI uri = URI.create("http://localhost:" + port + Schedules.PATH + "/DigestFunction");
        java.net.http.HttpResponse<String> response;
        try {
            response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri)
                            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            fail("No hub answers on port " + port + ": start it with ./hub serve (or give its --port).");
            return;
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        if (response.statusCode() != 200) {
            fail("The digest failed (" + response.statusCode() + "): " + json.path("error").asText(json.toString()));
            return;
        }
        var result = json.path("result");
        var mails = json.path("mails");
        System.out.println("Digest of " + result.path("date").asText() + ": " + result.path("cohorts").asInt()
                + " running cohorts read, " + mails.size() + (mails.size() == 1 ? " mail" : " mails") + " sent.");
        if (mails.isEmpty()) {
            System.out.println("Nobody newly silent or newly likely to drop out since the last digest: no mail.");
        }
        for (var mail : mails) {
            System.out.println("\nTo: " + mail.path("to").asText() + "\nSubject: " + mail.path("subject").asText()
                    + "\n\n" + mail.path("text").asText());
        }
        for (var failed : result.path("failed")) {
            System.out.println("Not sent (tried again tomorrow): " + failed.asText());
        }
    }

    private static void bake(Path root, Deque<String> args) {
        Path out = root.resolve(".hub/site");
        while (!args.isEmpty()) {
            String arg = args.pop();
            if (arg.equals("--out") && !args.isEmpty()) {
                out = Path.of(args.pop()).toAbsolutePath();
            } else {
                throw new IllegalArgumentException("Unknown option '" + arg + "'.");
            }
        }
        SiteBaker.BakeReport report;
        try {
            report = SiteBaker.bake(root, out);
        } catch (ContentValidator.InvalidContent e) {
            fail(e.getMessage());
            return;
        }
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        System.out.println("Baked " + report.documentsRendered() + " documents into " + out
                + " in " + report.duration().toMillis() + " ms");
        SearchIndex.Report search = SearchIndex.build(root, out);
        System.out.println("Indexed the site for search (Pagefind) in " + search.duration().toMillis() + " ms");
    }

    private static void token(Path root, Deque<String> args) {
        List<String> roles = new java.util.ArrayList<>();
        String email = null;
        String name = null;
        int hours = 8;
        while (!args.isEmpty()) {
            String arg = args.pop();
            switch (arg) {
                case "--role" -> roles.add(args.isEmpty() ? "" : args.pop());
                case "--email" -> email = args.poll();
                case "--name" -> name = args.poll();
                case "--hours" -> hours = parseHours(args.poll());
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'.");
            }
        }
        if (roles.isEmpty() || !List.of("lcm", "mentor").containsAll(roles)) {
            throw new IllegalArgumentException("--role must be lcm or mentor.");
        }
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("--email needs an address such as alice@example.org.");
        }
        System.out.println(StaffTokens.mint(root, root.resolve(".hub"), email, name, roles, java.time.Instant.now(),
                java.time.Duration.ofHours(hours)));
    }

    private static int parseHours(String value) {
        try {
            int hours = Integer.parseInt(value == null ? "" : value);
            if (hours < 1 || hours > 24 * 30) {
                throw new NumberFormatException();
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--hours needs a number from 1 to 720.");
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value == null ? "" : value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number from 0 to 65535.");
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
