package org.lcmhub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * Each function's own artifact, as `sam build` makes it through functions/Makefile: what it
 * holds, how large it is, and that the function runs from it alone in a fresh JVM.
 */
@ExtendWith(MotoExtension.class)
class FunctionArtifactsIT {
    private static final long LIMIT = FunctionArtifacts.LIMIT_BYTES;
    /**
     * Over the 12 MB target, and why: matching ships OR-tools with its native library (29 MB).
     * Every other artifact is the 7 MB every function needs (DynamoDB SDK, Jackson, the code) plus
     * at most one large library: SES v2 (the stream function), ical4j with its libraries (invites),
     * KMS (webhooks) or Cognito (the staff directory, with only the hub's packages its functions
     * reach). Listed so that any other artifact growing past the limit fails here, and so that this
     * list stays true (an entry under the limit fails too).
     */
    private static final Set<String> OVER_LIMIT = Set.of("matching");

    private final Path root = Checkout.root();
    private final SamTemplate template = SamTemplate.read(Checkout.template());

    private static Set<String> entries(Path zip) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Library jar names in an artifact's lib/. */
    private static Set<String> libs(Path zip) throws Exception {
        Set<String> names = new TreeSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().map(ZipEntry::getName).filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
                    .forEach(n -> names.add(n.substring(4)));
        }
        return names;
    }

    /** Whether any jar of the artifact holds a class under {@code packagePath}. */
    private static boolean holdsClassesOf(Path zip, String packagePath) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : file.stream().toList()) {
                if (!e.getName().endsWith(".jar")) {
                    continue;
                }
                try (ZipInputStream jar = new ZipInputStream(file.getInputStream(e))) {
                    for (ZipEntry c = jar.getNextEntry(); c != null; c = jar.getNextEntry()) {
                        if (c.getName().startsWith(packagePath)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    @Test
    void everyFunctionHasItsOwnArtifactHoldingOnlyWhatItNeeds() throws Exception {
        Map<String, String> kinds = FunctionArtifacts.kinds(root);
        assertThat(kinds.keySet()).containsExactlyInAnyOrderElementsOf(
                template.functions().stream().map(SamTemplate.FunctionDef::logicalId).toList());
        String yaml = Files.readString(Checkout.template());
        // Plus the site publish function, built by site-publish/Makefile (SitePublishIT runs its work),
        // and the preview function, built by site-preview/Makefile (PreviewArtifactIT checks its artifact).
        assertThat(yaml.split("BuildMethod: makefile", -1).length - 1).isEqualTo(template.functions().size() + 2);

        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String kind : new TreeSet<>(kinds.values())) {
            Path zip = FunctionArtifacts.zip(root, kind);
            assertThat(zip).as("built by `mvn verify` before these tests").exists();
            sizes.put(kind, Files.size(zip));
            assertThat(FunctionArtifacts.compressedJars(zip)).as(kind + ": jars whose entries are compressed").isEmpty();
            assertThat(FunctionArtifacts.unzippedBytes(zip)).as(kind + " unzipped").isLessThan(FunctionArtifacts.UNZIPPED_LIMIT_BYTES);
            Set<String> libs = libs(zip);
            assertThat(libs.stream().anyMatch(n -> n.startsWith("lcm-hub-functions"))
                    || rootClasses(zip).contains("org.lcmhub.http.ApiHandler")).as(kind + " ships the code").isTrue();
            assertThat(holdsClassesOf(zip, "com/google/ortools/")).as(kind + " ships OR-tools").isEqualTo(kind.equals("matching"));
            // OR-tools' native libraries unpacked in lib/ (on Lambda's LD_LIBRARY_PATH), not in their jar.
            assertThat(entries(zip).contains("lib/libjniortools.so")).as(kind + " ships OR-tools' JNI library in lib/")
                    .isEqualTo(kind.equals("matching"));
            assertThat(libs.stream().noneMatch(n -> n.startsWith("ortools-linux-"))).as(kind + " ships no native jar").isTrue();
            assertThat(libs.stream().anyMatch(n -> n.startsWith("sesv2-"))).as(kind + " ships SES").isEqualTo(kind.equals("stream"));
            assertThat(libs.stream().anyMatch(n -> n.startsWith("cognitoidentityprovider-")))
                    .as(kind + " ships Cognito").isEqualTo(kind.equals("directory"));
            assertThat(libs.stream().anyMatch(n -> n.startsWith("kms-")))
                    .as(kind + " ships KMS").isEqualTo(kind.equals("webhooks"));
            assertThat(libs.stream().anyMatch(n -> n.startsWith("ical4j-")))
                    .as(kind + " ships ical4j").isEqualTo(kind.equals("invites") || kind.equals("staff"));
        }
        sizes.forEach((kind, bytes) -> System.out.printf("artifact %-9s %6.2f MiB  %s%n", kind, bytes / 1048576.0,
                kinds.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList()));
        sizes.forEach((kind, bytes) -> assertThat(bytes > LIMIT).as(kind + ": " + bytes + " bytes against the 12 MB target")
                .isEqualTo(OVER_LIMIT.contains(kind)));
    }

    /**
     * The publish function bakes the site as the hub does, over the site's own memory store: it
     * ships neither JBake's OrientDB store (with ICU4J, jnr, LZ4: 22 MiB) nor its logging back end.
     * Over the 12 MB target, and why: Pagefind's native binary (13.5 MB unpacked), the S3 and
     * CloudFront SDKs beside the 7 MB every function needs; it runs on each approved
     * guide, not on a learner's request. SitePublishIT runs its work on exactly these libraries.
     */
    @Test
    void thePublishFunctionShipsTheBakeWithoutJBakesDatabase() throws Exception {
        Path zip = root.resolve("site-publish/target/lcm-hub-site-publish.zip");
        assertThat(zip).as("built by `mvn verify` before these tests").exists();
        Set<String> libs = libs(zip);
        assertThat(libs).anyMatch(n -> n.startsWith("jbake-core-")).anyMatch(n -> n.startsWith("s3-"))
                .anyMatch(n -> n.startsWith("cloudfront-"))
                .noneMatch(n -> n.startsWith("orientdb-") || n.startsWith("icu4j-") || n.startsWith("logback-")
                        || n.startsWith("jsoup-") || n.startsWith("jnr-") || n.startsWith("sesv2-") || n.startsWith("ortools-"));
        assertThat(entries(zip)).contains("bake/node_modules/@pagefind/linux-x64/bin/pagefind_extended");
        long bytes = Files.size(zip);
        System.out.printf("artifact publish   %6.2f MiB  [SitePublishFunction]%n", bytes / 1048576.0);
        assertThat(bytes).as("bytes").isLessThan(28_000_000L);
        assertThat(FunctionArtifacts.compressedJars(zip)).as("jars whose entries are compressed").isEmpty();
        assertThat(FunctionArtifacts.unzippedBytes(zip)).as("unzipped").isLessThan(FunctionArtifacts.UNZIPPED_LIMIT_BYTES);
    }

    /**
     * What each handler can reach, read from the bytecode (jdeps, every class it may load,
     * transitively): every library jar one of those classes refers to is in its artifact. One
     * reach is left out on purpose: the dashboard and the digest call two static helpers of
     * MatchingService, whose drafts alone run OR-tools; a JVM loads a class only when it runs it,
     * which the fresh-JVM test below exercises.
     */
    @Test
    void everyLibraryAHandlerCanReachShipsWithIt() throws Exception {
        Path target = root.resolve("functions/target");
        List<String> jars;
        try (var files = Files.list(target.resolve("lib"))) {
            jars = files.map(Path::toString).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
        java.io.StringWriter out = new java.io.StringWriter();
        int rc = java.util.spi.ToolProvider.findFirst("jdeps").orElseThrow().run(new java.io.PrintWriter(out),
                new java.io.PrintWriter(System.err), "--multi-release", "17", "-filter:none", "-verbose:class",
                "-cp", String.join(java.io.File.pathSeparator, jars), target.resolve("lcm-hub-functions.jar").toString());
        assertThat(rc).isZero();
        Map<String, Set<String>> edges = new java.util.HashMap<>();
        // class -> the library classes it refers to, each as "jar!class"
        Map<String, Set<String>> libraries = new java.util.HashMap<>();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(\\S+)");
        for (String l : out.toString().split("\n")) {
            java.util.regex.Matcher m = line.matcher(l);
            if (!m.find()) {
                continue;
            }
            if (m.group(2).startsWith("org.lcmhub.")) {
                if (!(m.group(1).equals("org.lcmhub.matching.draft.MatchingService") && m.group(2).equals("org.lcmhub.matching.MentorMatcher"))) {
                    edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                }
            } else if (m.group(3).endsWith(".jar")) {
                libraries.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(3) + "!" + m.group(2));
            }
        }
        Map<String, String> kinds = FunctionArtifacts.kinds(root);
        for (SamTemplate.FunctionDef f : template.functions()) {
            String handler = f.handler().split("::")[0];
            Set<String> reached = new TreeSet<>(Set.of(handler));
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(reached);
            while (!todo.isEmpty()) {
                for (String next : edges.getOrDefault(todo.pop(), Set.of())) {
                    if (reached.add(next)) {
                        todo.push(next);
                    }
                }
            }
            Set<String> needed = new TreeSet<>();
            reached.forEach(c -> needed.addAll(libraries.getOrDefault(c, Set.of())));
            boolean matching = f.logicalId().equals("MatchingFunction");
            // MatchingService's drafts: only the matching function runs them
            if (matching) {
                needed.add("ortools-java-" + ortoolsVersion(jars) + ".jar!com.google.ortools.Loader");
            }
            Path zip = FunctionArtifacts.zip(root, kinds.get(f.logicalId()));
            Set<String> shipped = libs(zip);
            Set<String> atRoot = rootClasses(zip);
            // A library ships as its jar in lib/, or as the very classes used, at the package's root.
            Set<String> missing = new TreeSet<>();
            for (String need : needed) {
                String jar = need.substring(0, need.indexOf('!'));
                if (!shipped.contains(jar) && !atRoot.contains(need.substring(need.indexOf('!') + 1))) {
                    missing.add(need);
                }
            }
            assertThat(missing).as(f.logicalId() + " (" + kinds.get(f.logicalId()) + ")").isEmpty();
            // The hub's own classes: the whole jar, or (where only some packages ship) each one reached.
            if (shipped.stream().noneMatch(n -> n.startsWith("lcm-hub-functions"))) {
                assertThat(reached).as(f.logicalId() + ": the hub's classes it can reach")
                        .allSatisfy(c -> assertThat(atRoot).contains(c));
            }
        }
    }

    /** Class names of the .class files at an artifact's root (outside lib/). */
    private static Set<String> rootClasses(Path zip) throws java.io.IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(n -> !n.startsWith("lib/") && n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static String ortoolsVersion(List<String> jars) {
        return jars.stream().map(j -> Path.of(j).getFileName().toString()).filter(n -> n.startsWith("ortools-java-"))
                .findFirst().orElseThrow().replace("ortools-java-", "").replace(".jar", "");
    }

    @Test
    void everyFunctionPrimesAndAnswersFromItsOwnArtifactAlone(Moto moto) throws Exception {
        Map<String, String> kinds = FunctionArtifacts.kinds(root);
        ColdStartBench.prepare(moto.dynamo(), moto.table());
        Map<String, String> env = ColdStartBench.environment(template, moto.endpoint().toString(), moto.table());
        List<String> answers = new ArrayList<>();
        for (SamTemplate.FunctionDef f : template.functions()) {
            String handler = f.handler().split("::")[0];
            String mode = f.routes().isEmpty() ? "cold" : "primed"; // scheduled functions are not primed
            String spec = ColdStartBench.REQUESTS.get(f.logicalId()).replace("RUN", "artifact");
            // With Lambda's LD_LIBRARY_PATH, where matching's OR-tools libraries are found, and its
            // JVM flags: the heap a function of this memory gets.
            ColdStartBench.Run run = ColdStartBench.launch(ColdStartBench.classPath(root, kinds.get(f.logicalId())),
                    ColdStartBench.withTaskLibraries(env, FunctionArtifacts.unpacked(root, kinds.get(f.logicalId()))),
                    ColdStartBench.lambdaFlags(f.memoryMb()), "-XX:TieredStopAtLevel=1", mode, handler, spec);
            answers.add(f.logicalId() + "=" + run.answer());
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).doesNotEndWith("=500").doesNotEndWith("=-"));
    }
}
