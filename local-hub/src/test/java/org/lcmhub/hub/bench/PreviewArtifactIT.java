package org.lcmhub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.guides.GuideImages;
import org.lcmhub.guides.GuideService;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.hub.template.CfnYaml;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * The preview function's own artifact (site-preview, as `sam build` makes it through its
 * Makefile): under the 12 MB target without the bake's libraries the site does not use, holding
 * every class its handler can reach, and rendering a preview from the artifact alone in a fresh
 * JVM, primed as SnapStart would, against the table.
 */
@ExtendWith(MotoExtension.class)
class PreviewArtifactIT {
    private static final long LIMIT = FunctionArtifacts.LIMIT_BYTES;
    private static final String MODEL = "software.amazon.awssdk.services.dynamodb.model.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root = Checkout.root();
    private final Path zip = root.resolve("site-preview/target/lcm-hub-site-preview.zip");

    @Test
    void theArtifactIsUnderTheLimitWithoutWhatTheSiteDoesNotUse() throws Exception {
        assertThat(zip).as("built by `mvn verify` before these tests").exists();
        long bytes = Files.size(zip);
        System.out.printf("artifact preview   %6.2f MiB  [GuidePreviewFunction]%n", bytes / 1048576.0);
        assertThat(bytes).as("bytes against the 12 MB target").isLessThanOrEqualTo(LIMIT);
        assertThat(FunctionArtifacts.compressedJars(zip)).as("jars whose entries are compressed").isEmpty();
        Set<String> names = entries();
        List<String> libs = names.stream().filter(n -> n.startsWith("lib/")).map(n -> n.substring(4)).toList();
        assertThat(libs).anyMatch(n -> n.startsWith("jbake-core-")).anyMatch(n -> n.startsWith("freemarker-"))
                .anyMatch(n -> n.startsWith("flexmark-ext-tables-")).anyMatch(n -> n.startsWith("lcm-hub-site-build-"));
        assertThat(libs).noneMatch(n -> n.matches("(orientdb|icu4j|jnr|jffi|asm|lz4|hppc|logback|jsoup|commons-collections"
                + "|s3|cloudfront|ortools|sesv2|kms|cognitoidentityprovider|ical4j|apache-client|netty).*"));
        assertThat(names).contains("bake/site/templates/guide.ftl", "bake/site/jbake.properties",
                "bake/content/en/guides/ending-a-cohort-well.md");
        String handler = handlerOf("GuidePreviewFunction");
        assertThat(handler).isEqualTo("org.lcmhub.hub.preview.GuidePreviewHandler::handleRequest");
    }

    /**
     * What the handler can reach, read from the bytecode (jdeps): every hub class and every library
     * class it refers to is in the artifact, and the DynamoDB types kept whole (with their builders)
     * are closed: each type they refer to is kept too, since the function ships only some of them.
     * (The others present are bare classes the verifier loads without running them; the fresh JVM
     * below shows they suffice.)
     */
    @Test
    void everyClassTheHandlerCanReachShipsWithIt() throws Exception {
        Path task = unpacked();
        List<String> cp = new ArrayList<>();
        try (var files = Files.list(task.resolve("lib"))) {
            files.map(Path::toString).filter(n -> n.endsWith(".jar")).sorted().forEach(cp::add);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "-filter:none", "-verbose:class",
                "-cp", String.join(File.pathSeparator, cp), task.toString()));
        args.addAll(cp.stream().filter(j -> j.contains("lcm-hub-")).toList());
        int rc = java.util.spi.ToolProvider.findFirst("jdeps").orElseThrow().run(new java.io.PrintWriter(out),
                new java.io.PrintWriter(System.err), args.toArray(String[]::new));
        assertThat(rc).isZero();
        Map<String, Set<String>> edges = new HashMap<>();
        Set<String> missing = new TreeSet<>();
        Map<String, Set<String>> notFound = new HashMap<>();
        Pattern line = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(.+)$");
        for (String l : out.toString().split("\n")) {
            Matcher m = line.matcher(l);
            if (!m.find()) {
                continue;
            }
            edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            if (m.group(3).contains("not found")) {
                notFound.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        Set<String> reached = new TreeSet<>(Set.of("org.lcmhub.hub.preview.GuidePreviewHandler"));
        ArrayDeque<String> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.pop(), Set.of())) {
                if (next.startsWith("org.lcmhub.") && reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertThat(reached).contains("org.lcmhub.hub.preview.TableGuideSite", "org.lcmhub.hub.site.SiteBaker");
        reached.forEach(c -> missing.addAll(notFound.getOrDefault(c, Set.of())));
        Set<String> whole = new TreeSet<>();
        edges.keySet().stream().filter(c -> c.startsWith(MODEL) && c.endsWith("$BuilderImpl"))
                .forEach(c -> whole.add(c.substring(0, c.indexOf('$'))));
        assertThat(whole).contains(MODEL + "QueryRequest", MODEL + "GetItemResponse", MODEL + "AttributeValue");
        edges.keySet().stream().filter(c -> c.startsWith(MODEL) && whole.contains(c.split("\\$")[0]))
                .forEach(c -> notFound.getOrDefault(c, Set.of()).stream().filter(d -> d.startsWith(MODEL)).forEach(missing::add));
        // JDK-internal and annotation-only references jdeps cannot place are not classes a JVM loads.
        missing.removeIf(c -> c.startsWith("java.") || c.startsWith("javax.annotation.") || c.startsWith("org.jetbrains.annotations."));
        assertThat(missing).isEmpty();
    }

    @Test
    void rendersAPreviewFromItsOwnArtifactAloneAfterPriming(Moto moto) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        GuideService service = new GuideService(new DynamoGuideStore(moto.dynamo(), moto.table()), Clock.systemUTC());
        GuideImages images = new GuideImages(new DynamoGuideImageStore(moto.dynamo(), moto.table()), Clock.systemUTC());
        // An English guide published from the hub: only the table knows it.
        String original = "peer-circles-" + suffix;
        ChangeSet published = service.create("lcm-a", "alice@example.org", null, List.of(guide("en", original, "Circles.\n", null)), Set.of());
        published = service.submit(published.id(), published.revision(), null, null);
        service.approve("lcm-b", "bruno@example.org", null, published.id(), published.revision());
        // Its French translation, in a draft set with an image.
        String slug = "cercles-" + suffix;
        ChangeSet draft = service.create("lcm-a", "alice@example.org", null, List.of(guide("fr", slug, "Brouillon.\n", original)), Set.of());
        GuideImage image = images.upload("lcm-a", draft.id(), png());
        String body = "## Pourquoi\n\nUn **cercle** par équipe.\n\n![Le cercle](" + GuideImages.PATH + image.name()
                + ")\n\nVoir [la fin](/en/guides/ending-a-cohort-well.html) et [rien](/fr/nulle-part.html).\n";
        ObjectNode request = JSON.createObjectNode();
        request.putArray("guides").add(JSON.valueToTree(guide("fr", slug, body, original)));
        request.put("index", 0).put("setId", draft.id());
        Path event = Files.createTempFile("preview-event", ".json");
        Files.writeString(event, event(request.toString()));

        Path task = unpacked();
        List<String> cp = new ArrayList<>(List.of(root.resolve("local-hub/target/test-classes").toString(), task.toString()));
        try (var files = Files.list(task.resolve("lib"))) {
            files.map(Path::toString).filter(n -> n.endsWith(".jar")).sorted().forEach(cp::add);
        }
        Path tmp = Files.createTempDirectory("preview-tmp");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "-cp", String.join(File.pathSeparator, cp),
                PreviewProbe.class.getName(), "org.lcmhub.hub.preview.GuidePreviewHandler", "primed", event.toString())
                .redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(Map.of("HUB_TABLE_NAME", moto.table(), "AWS_ENDPOINT_URL_DYNAMODB", moto.endpoint().toString(),
                "AWS_REGION", LocalEnvironment.REGION, "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
                "AWS_EC2_METADATA_DISABLED", "true", "LAMBDA_TASK_ROOT", task.toString()));
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        // Start (with priming) and the first preview after it, for the record (not a speed test).
        System.out.println("preview function, fresh JVM: " + text.lines().filter(l -> l.startsWith("TIMES ")).findFirst().orElseThrow());
        String primed = text.lines().filter(l -> l.startsWith("PRIMED ")).findFirst().orElseThrow();
        assertThat(primed).as("priming answers no 500 and renders a page").doesNotContain("=500").contains("render=200");
        JsonNode answer = JSON.readTree(text.lines().filter(l -> l.startsWith("ANSWER ")).findFirst().orElseThrow().substring(7));
        assertThat(answer.get("statusCode").asInt()).as(text).isEqualTo(200);
        JsonNode preview = JSON.readTree(answer.get("body").asText());
        String html = preview.get("html").asText();
        assertThat(html).contains("<h1>Cercles " + suffix + "</h1>", "<strong>cercle</strong>", "class=\"prose\"",
                "src=\"data:image/png;base64,", "class=\"translation\"", "/en/guides/" + original + ".html");
        // The one broken link, on its body line; the link to a page of content/ (shipped) is fine.
        assertThat(preview.get("problems")).hasSize(1);
        assertThat(preview.get("problems").get(0).get("line").asInt()).isEqualTo(7);
        assertThat(preview.get("problems").get(0).get("code").asText()).isEqualTo("guide.site.brokenLink");
        assertThat(preview.get("problems").get(0).at("/params/target").asText()).isEqualTo("/fr/nulle-part.html");
    }

    private static Guide guide(String language, String slug, String body, String translationOf) {
        String title = (slug.substring(0, 1).toUpperCase() + slug.substring(1)).replace('-', ' ');
        return new Guide(language, slug, title, "Résumé.", List.of("team"), List.of("onboarding"), "Awa", translationOf, body);
    }

    /** The API Gateway (payload 2.0) event of the preview, from an LCM. */
    private static String event(String body) throws Exception {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0").put("routeKey", "ANY /api/guides/preview").put("rawPath", "/api/guides/preview")
                .put("rawQueryString", "").put("isBase64Encoded", false).put("body", body);
        e.putObject("headers").put("content-type", "application/json");
        ObjectNode context = e.putObject("requestContext");
        context.put("requestId", "probe-" + UUID.randomUUID());
        context.putObject("http").put("method", "POST").put("path", "/api/guides/preview");
        context.putObject("authorizer").putObject("jwt").putObject("claims").put("sub", "lcm-a")
                .put("email", "a@example.org").put("cognito:groups", "[lcm]");
        return JSON.writeValueAsString(e);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 6, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private Set<String> entries() throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private String handlerOf(String function) {
        Map<?, ?> resources = (Map<?, ?>) CfnYaml.load(Checkout.template()).get("Resources");
        Map<?, ?> properties = (Map<?, ?>) ((Map<?, ?>) resources.get(function)).get("Properties");
        assertThat(properties.get("CodeUri")).isEqualTo("site-preview");
        return (String) properties.get("Handler");
    }

    private Path unpacked() throws Exception {
        return FunctionArtifacts.unpack(zip, root.resolve("site-preview/target/unpacked"));
    }
}
