package org.lcmhub.hub.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./hub bench-cold [--runs N] [--only FUNCTION...]}: in one run, how long a bare JVM takes to print "hello", and
 * how long a fresh JVM holding only a function's own artifact takes to build each function of
 * template.yaml and answer its first request: with the JVM's defaults, with the template's
 * {@code JAVA_TOOL_OPTIONS}, and after SnapStart's priming (the time the snapshot is prepared in,
 * then the first request it serves), and the CPU time its threads used, which a shared machine's
 * load moves far less than the wall time. Each figure is the median of N fresh JVMs; ratios are against
 * the bare JVM of the same run. The store is a moto of the bench's own.
 *
 * <p>Every JVM, the bare one too, starts with the flags Lambda's Java runtime starts its JVM with,
 * sized to the function's memory ({@link #lambdaFlags}): on this machine the JVM would otherwise
 * pick the collector and heap of a large server, not of a 1 GB function.
 */
public final class ColdStartBench {
    private static final String COHORT = "bench-cold";
    private static final String LCM = "{\"sub\":\"bench-lcm\",\"email\":\"lcm@example.org\",\"cognito:groups\":\"[lcm]\"}";
    private static final String MENTOR = "{\"sub\":\"bench-mentor\",\"email\":\"mentor@example.org\",\"cognito:groups\":\"[mentor]\"}";

    /** The first request each function answers: a representative one, with credentials where it needs them. */
    static final Map<String, String> REQUESTS = Map.ofEntries(
            Map.entry("HealthFunction", "{\"method\":\"GET\",\"path\":\"/api/health\"}"),
            Map.entry("CohortFunction", "{\"method\":\"GET\",\"path\":\"/api/cohorts\",\"query\":{\"pathId\":\"bench-path\"}}"),
            Map.entry("SignupFunction", "{\"method\":\"POST\",\"path\":\"/api/signups\",\"body\":{\"name\":\"Awa\","
                    + "\"email\":\"awa.RUN@example.org\",\"pathId\":\"bench-path\",\"cohortId\":\"" + COHORT + "\","
                    + "\"language\":\"fr\",\"timezone\":\"Africa/Dakar\",\"consent\":true}}"),
            Map.entry("MeFunction", "{\"method\":\"GET\",\"path\":\"/api/me\"}"),
            Map.entry("CheckinFunction", "{\"method\":\"POST\",\"path\":\"/api/checkins\",\"body\":{\"progress\":30}}"),
            Map.entry("DashboardFunction", "{\"method\":\"GET\",\"path\":\"/api/cohorts/" + COHORT + "/dashboard\",\"claims\":" + LCM + "}"),
            Map.entry("MentorFunction", "{\"method\":\"GET\",\"path\":\"/api/mentors/me\",\"claims\":" + MENTOR + "}"),
            Map.entry("MatchingFunction", "{\"method\":\"POST\",\"path\":\"/api/cohorts/" + COHORT + "/matching\","
                    + "\"body\":{\"pins\":[],\"exclusions\":[]},\"claims\":" + LCM + "}"),
            Map.entry("AppointmentsFunction", "{\"method\":\"GET\",\"path\":\"/api/me/one-to-one.ics\"}"),
            Map.entry("PlansFunction", "{\"method\":\"GET\",\"path\":\"/api/me/plan\"}"),
            Map.entry("GuidesFunction", "{\"method\":\"GET\",\"path\":\"/api/guides/sets\",\"claims\":" + LCM + "}"),
            Map.entry("CommunityFunction", "{\"method\":\"GET\",\"path\":\"/api/cohorts/" + COHORT + "/channels\",\"claims\":" + LCM + "}"),
            Map.entry("DigestFunction", "{}"),
            Map.entry("StreamFunction", "{}"),
            Map.entry("WebhooksFunction", "{\"method\":\"GET\",\"path\":\"/api/cohorts/" + COHORT + "/webhooks\",\"claims\":" + LCM + "}"),
            Map.entry("CommunityScheduleFunction", "{}"));

    private ColdStartBench() {
    }

    /** One JVM's figures: wall time from launch to exit, and what the child measured itself. */
    record Run(double wallMs, double primedMs, double requestMs, String answer, double cpuMs) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        java.util.Set<String> only = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Math.max(1, Integer.parseInt(args[++i]));
            } else if (args[i].equals("--only")) {
                only.add(args[++i]);
            }
        }
        Path root = Path.of(System.getProperty("lcmhub.root", ".")).toAbsolutePath().normalize();
        Map<String, String> kinds = FunctionArtifacts.kinds(root);
        String helloPath = classPath(root, "base");
        SamTemplate template = SamTemplate.read(root.resolve("template.yaml"));
        String templateOptions = String.valueOf(template.functions().get(0).environment().getOrDefault("JAVA_TOOL_OPTIONS", ""));
        System.out.printf("Cold start bench: %d cores, %s %s; median of %d fresh JVMs each; store: moto%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), runs);
        try (MotoEngine engine = MotoEngine.start(Files.createTempDirectory("lcmhub-bench-cold"));
             DynamoDbClient dynamo = HubServer.client(engine.endpoint())) {
            new Tables(dynamo, template.tables()).createMissing();
            String table = Tables.localName(template.tables().get(0));
            prepare(dynamo, table);
            Map<String, String> env = environment(template, engine.endpoint().toString(), table);

            String helloFlags = lambdaFlags(template.functions().get(0).memoryMb());
            Run hello = median(runs + 2, n -> launch(helloPath, env, helloFlags, "", "hello", null, null));
            System.out.printf("%nBare JVM printing \"hello\": %.0f ms (CPU: %.0f ms)%n", hello.wallMs(), hello.cpuMs());
            System.out.printf("Lambda's own JVM flags (for %d MB): %s%n", template.functions().get(0).memoryMb(), helloFlags);
            System.out.printf("JAVA_TOOL_OPTIONS of template.yaml: %s%n%n", templateOptions);
            System.out.printf("%-22s %-17s %6s | %-18s | %-18s | %-16s | %-40s%n", "function", "artifact", "answer",
                    "fresh JVM", "+ template options", "  its CPU time", "primed (template options): snapshot / 1st request");
            double worst = 0;
            double worstCpu = 0;
            double worstPrimed = 0;
            for (SamTemplate.FunctionDef f : template.functions()) {
                if (!only.isEmpty() && !only.contains(f.logicalId())) {
                    continue;
                }
                String handler = f.handler().split("::")[0];
                String classPath = classPath(root, kinds.get(f.logicalId()));
                String spec = REQUESTS.getOrDefault(f.logicalId(), "{}");
                Map<String, String> fenv = withTaskLibraries(env, FunctionArtifacts.unpacked(root, kinds.get(f.logicalId())));
                String flags = lambdaFlags(f.memoryMb());
                Run plain = median(runs, n -> launch(classPath, fenv, flags, "", "cold", handler, spec.replace("RUN", "a" + n)));
                Run tuned = median(runs, n -> launch(classPath, fenv, flags, templateOptions, "cold", handler,
                        spec.replace("RUN", "b" + n)));
                Run primed = f.routes().isEmpty() ? null
                        : median(runs, n -> launch(classPath, fenv, flags, templateOptions, "primed", handler,
                                spec.replace("RUN", "c" + n)));
                worst = Math.max(worst, tuned.wallMs() / hello.wallMs());
                worstCpu = Math.max(worstCpu, tuned.cpuMs() / hello.cpuMs());
                if (primed != null) {
                    worstPrimed = Math.max(worstPrimed, primed.requestMs() / hello.wallMs());
                }
                String kind = kinds.get(f.logicalId());
                System.out.printf("%-22s %-17s %6s | %6.0f ms %5.1fx | %6.0f ms %5.1fx | %5.0f ms %5.1fx | %s%n", f.logicalId(),
                        String.format("%s %.1f MiB", kind, Files.size(FunctionArtifacts.zip(root, kind)) / 1048576.0),
                        tuned.answer(),
                        plain.wallMs(), plain.wallMs() / hello.wallMs(), tuned.wallMs(), tuned.wallMs() / hello.wallMs(),
                        tuned.cpuMs(), tuned.cpuMs() / hello.cpuMs(),
                        primed == null ? "no priming (schedule or stream, no request waits)"
                                : String.format("%6.0f ms / %5.1f ms = %4.2fx hello", primed.primedMs(),
                                        primed.requestMs(), primed.requestMs() / hello.wallMs()));
            }
            System.out.printf("%nWorst fresh JVM with the template's options: %.1fx the bare JVM (target: 10x);"
                    + " in CPU time, %.1fx.%n", worst, worstCpu);
            System.out.printf("Worst first request after priming: %.2fx the bare JVM; with SnapStart, Lambda adds the"
                    + " snapshot's restore, which cannot be measured here.%n", worstPrimed);
        }
    }

    private interface Launch {
        Run run(int n) throws Exception;
    }

    /** The run of median wall time, carrying the median CPU time of all the runs. */
    private static Run median(int runs, Launch launch) throws Exception {
        List<Run> all = new ArrayList<>();
        for (int n = 0; n < runs; n++) {
            all.add(launch.run(n));
        }
        double[] cpu = all.stream().mapToDouble(Run::cpuMs).sorted().toArray();
        all.sort((a, b) -> Double.compare(a.wallMs(), b.wallMs()));
        Run wall = all.get(all.size() / 2);
        return new Run(wall.wallMs(), wall.primedMs(), wall.requestMs(), wall.answer(), cpu[cpu.length / 2]);
    }

    /**
     * The flags Lambda's Java runtime puts on its JVM's command line before the function's own
     * {@code JAVA_TOOL_OPTIONS}: heap, metaspace and code cache as 85 %, 10 % and 5 % of the
     * function's memory, the serial collector, class data sharing when it can.
     */
    static String lambdaFlags(int memoryMb) {
        long kb = memoryMb * 1024L;
        return String.format("-XX:MaxHeapSize=%dk -XX:MaxMetaspaceSize=%dk -XX:ReservedCodeCacheSize=%dk"
                + " -XX:+UseSerialGC -Xshare:auto -Djava.net.preferIPv4Stack=true", kb * 85 / 100, kb / 10, kb / 20);
    }

    static Run launch(String classPath, Map<String, String> env, String runtimeFlags, String options, String mode,
                      String handler, String spec) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        if (!runtimeFlags.isBlank()) {
            command.addAll(List.of(runtimeFlags.split(" ")));
        }
        command.addAll(List.of("-cp", classPath, FirstResponse.class.getName(), mode));
        if (handler != null) {
            command.add(handler);
            command.add(BenchEvent.of(spec));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        if (!options.isBlank()) {
            pb.environment().put("JAVA_TOOL_OPTIONS", options);
        }
        long start = System.nanoTime();
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("A fresh JVM did not finish in 120 s: " + command);
        }
        double wall = (System.nanoTime() - start) / 1e6;
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("A fresh JVM failed (" + String.join(" ", command) + "):\n" + text);
        }
        double primed = 0;
        double request = 0;
        double cpu = -1;
        String answer = "-";
        for (String line : text.split("\n")) {
            if (line.startsWith("RESULT ")) {
                for (String kv : line.substring(7).split(" ")) {
                    String[] p2 = kv.split("=", 2);
                    switch (p2[0]) {
                        case "primedMs" -> primed = Double.parseDouble(p2[1]);
                        case "requestMs" -> request = Double.parseDouble(p2[1]);
                        case "answer" -> answer = p2[1];
                        case "cpuMs" -> cpu = Double.parseDouble(p2[1]);
                        default -> { }
                    }
                }
            }
        }
        return new Run(wall, primed, request, answer, cpu);
    }

    /** The cohort the first requests use (sign-up, dashboard, matching). */
    static void prepare(DynamoDbClient dynamo, String table) {
        DynamoCohortStore cohorts = new DynamoCohortStore(dynamo, table);
        if (cohorts.find(COHORT) == null) {
            cohorts.create(new Cohort(COHORT, "bench-path", "Bench", Language.FR,
                    LocalDate.now().plusDays(30), 8, 1000, true, 0, 0, Set.of("bench-lcm"), Instant.now()));
        }
    }

    /** As Lambda would set it, the store and mail pointed at the bench's own. */
    static Map<String, String> environment(SamTemplate template, String endpoint, String table) throws IOException {
        Map<String, String> env = new LinkedHashMap<>(Tables.localEnvironment(template).merged(template.functions()));
        env.put("HUB_TABLE_NAME", table);
        env.put("HUB_MAIL_OUTBOX", Files.createTempDirectory("lcmhub-bench-cold-outbox").toString());
        env.put("HUB_STAFF_USER_POOL", "");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        env.put("AWS_REGION", LocalEnvironment.REGION);
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }

    /** As Lambda's LD_LIBRARY_PATH: the package's root and its lib/ (matching's native libraries). */
    static Map<String, String> withTaskLibraries(Map<String, String> env, Path task) {
        Map<String, String> withLibraries = new LinkedHashMap<>(env);
        withLibraries.put("LD_LIBRARY_PATH", task + File.pathSeparator + task.resolve("lib"));
        return withLibraries;
    }

    /** A function's own artifact as it ships (its lib/), and this class to drive it. */
    static String classPath(Path root, String kind) throws IOException {
        // The packaged jar, or, while Maven's test phase runs before packaging, the same classes.
        Path driver = root.resolve("local-hub/target/lcm-hub-local.jar");
        if (!Files.isRegularFile(driver)) {
            driver = root.resolve("local-hub/target/classes");
        }
        if (!Files.isDirectory(driver) && !Files.isRegularFile(driver)) {
            throw new IllegalStateException("Build first (mvn -DskipTests package): " + driver + " is missing");
        }
        // As Lambda's Java runtime: the package's root, then every jar of its lib/.
        Path task = FunctionArtifacts.unpacked(root, kind);
        List<String> parts = new ArrayList<>(List.of(driver.toString(), task.toString()));
        File[] libs = task.resolve("lib").toFile().listFiles((d, n) -> n.endsWith(".jar"));
        Arrays.sort(libs);
        for (File lib : libs) {
            parts.add(lib.getPath());
        }
        return String.join(File.pathSeparator, parts);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
