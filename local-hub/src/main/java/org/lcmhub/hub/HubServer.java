package org.lcmhub.hub;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lcmhub.auth.cognito.CognitoStaffDirectory;
import org.lcmhub.hub.http.HttpFront;
import org.lcmhub.hub.api.ApiGateway;
import org.lcmhub.hub.api.EventFactory;
import org.lcmhub.hub.api.LocalFunction;
import org.lcmhub.hub.iam.DynamoPolicy;
import org.lcmhub.hub.api.RouteTable;
import org.lcmhub.hub.auth.JwtAuthorizer;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.auth.LocalSignIn;
import org.lcmhub.hub.dev.ApiDescription;
import org.lcmhub.hub.dev.DemoData;
import org.lcmhub.hub.dev.DevToken;
import org.lcmhub.hub.dev.Outbox;
import org.lcmhub.hub.streams.StreamEvents;
import org.lcmhub.hub.streams.StreamPoller;
import org.lcmhub.hub.dev.Schedules;
import org.lcmhub.guides.GuideSite;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.hub.engine.LegacyData;
import org.lcmhub.hub.guides.LocalGuideSite;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.engine.StoreWatch;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.site.SiteBaker;
import org.lcmhub.hub.site.SiteWatcher;
import org.lcmhub.hub.site.StaticSite;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.template.SecurityHeaders;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The local hub: the baked site at {@code /}, the template's functions at {@code /api/*}, and a
 * DynamoDB-compatible engine behind them, all on one port of this machine.
 */
public final class HubServer implements AutoCloseable {

    /** How to run: {@code endpoint} null means start moto; otherwise use that engine as it is. */
    public record Config(Path root, int port, boolean fresh, URI endpoint, Path workDir, boolean demo) {
        public Config(Path root, int port, boolean fresh, URI endpoint, Path workDir) {
            this(root, port, fresh, endpoint, workDir, false);
        }

        public Path outboxDir() {
            return workDir.resolve("outbox");
        }

        public Path dataDir() {
            return workDir.resolve("data");
        }

        public Path siteDir() {
            return workDir.resolve("site");
        }
    }

    /** The port is taken by another program (or another hub). */
    public static final class PortInUse extends RuntimeException {
        PortInUse(int port) {
            super("Port " + port + " is already in use: is another hub running? Stop it, or pick another port with --port.");
        }
    }

    /** One line per request; benches turn it off ({@code -Dlcmhub.requestLog=false}). */
    private static final boolean REQUEST_LOG = !"false".equals(System.getProperty("lcmhub.requestLog"));

    private final Config config;
    private final HttpFront server;
    private final boolean withSite;
    private MotoEngine engine;
    private StoreWatch storeWatch;
    private Tables tables;
    private DynamoDbClient dynamo;
    private SiteWatcher siteWatcher;
    private StreamPoller streams;
    private LocalGuideSite guideSite;
    private LocalSignIn signIn;
    private volatile boolean stopped;

    private HubServer(Config config, HttpFront server, boolean withSite) {
        this.config = config;
        this.server = server;
        this.withSite = withSite;
    }

    public static HubServer start(Config config) throws IOException {
        return start(config, true);
    }

    /** {@code withSite} false: the API only, no bake and no watch of content/ (for API tools and tests). */
    public static HubServer start(Config config, boolean withSite) throws IOException {
        HttpFront http;
        try {
            // Bind first: a second hub must fail before it touches the engine or the data.
            http = HttpFront.bind(config.port());
        } catch (BindException e) {
            throw new PortInUse(config.port());
        }
        HubServer hub = new HubServer(config, http, withSite);
        try {
            hub.boot();
        } catch (RuntimeException | IOException e) {
            hub.close();
            throw e;
        }
        return hub;
    }

    private void boot() throws IOException {
        SamTemplate template = SamTemplate.read(config.root().resolve("template.yaml"));
        SecurityHeaders securityHeaders = SecurityHeaders.read(config.root().resolve("template.yaml"));
        guideSite = new LocalGuideSite(config.root(), config.workDir(), config.siteDir(), withSite);
        if (withSite) {
            bakeSite();
        } else {
            java.nio.file.Files.createDirectories(config.siteDir());
        }
        StaticSite site = new StaticSite(config.siteDir());

        URI endpoint = config.endpoint();
        boolean legacy = false;
        if (endpoint == null) {
            if (config.fresh()) {
                // Empty tables: the mails and webhook posts sent to learners who are gone go too.
                Outbox.clear(config.outboxDir());
                Outbox.clear(config.workDir().resolve("webhooks"));
            }
            legacy = LegacyData.prepare(config.dataDir(), template.tables(), config.fresh());
            engine = MotoEngine.start(config.workDir(), config.dataDir(), config.fresh(), 0);
            int port = engine.port();
            // Started again on the same port, so the functions' clients keep their address.
            storeWatch = new StoreWatch(engine, () -> MotoEngine.start(config.workDir(), config.dataDir(), false, port));
            endpoint = engine.endpoint();
        }
        dynamo = client(endpoint);
        tables = new Tables(dynamo, template.tables());
        tables.createMissing();
        if (legacy) {
            // Data saved by an earlier hub: loaded once through the journal, then kept as a snapshot.
            tables.restore(config.dataDir());
            engine.snapshot();
            LegacyData.remove(config.dataDir(), template.tables());
        }

        // Guides published from the hub are baked with content/; the guides function publishes and
        // the preview function renders through this site (GuideSite), as they run in this JVM.
        guideSite.connect(new DynamoGuideStore(dynamo, Tables.localName(template.tables().get(0))),
                new org.lcmhub.guides.store.dynamodb.DynamoGuideImageStore(dynamo, Tables.localName(template.tables().get(0))));
        GuideSite.use(guideSite);
        if (guideSite.syncFromStore() && withSite) {
            bakeSite();
        }

        LocalEnvironment env = Tables.localEnvironment(template);
        Map<String, String> variables = new LinkedHashMap<>(env.merged(template.functions()));
        // Mail goes to the outbox, and links in it point at this hub.
        variables.put(Mailers.OUTBOX_ENV, config.outboxDir().toAbsolutePath().toString());
        variables.put(Messages.SITE_URL_ENV, "http://localhost:" + port());
        // Webhook addresses are sealed with a key kept beside the data (made on first use), not
        // with the stack's KMS key that template.yaml names.
        variables.put(org.lcmhub.community.webhook.SecretBoxes.KMS_KEY_ENV, "");
        variables.put(org.lcmhub.community.webhook.SecretBoxes.KEY_FILE_ENV,
                config.dataDir().resolve("webhooks.key").toAbsolutePath().toString());
        // Webhook posts are kept, not sent: GET /dev/webhooks lists them as /dev/outbox lists mail.
        variables.put(org.lcmhub.community.webhook.SecretBoxes.OUTBOX_ENV,
                config.workDir().resolve("webhooks").toAbsolutePath().toString());
        // No user pool here: staff addresses come from what their local tokens recorded.
        variables.put(CognitoStaffDirectory.POOL_ENV, "");
        // moto serves one request at a time: a burst queues, and a retried transaction would meet
        // its own writes (moto ignores ClientRequestToken). One long attempt, still within the
        // functions' 20 s, instead of DynamoDB's 3 s attempts.
        variables.putIfAbsent(Dynamo.ATTEMPT_TIMEOUT_ENV, "17000");
        variables.putIfAbsent(Dynamo.CALL_TIMEOUT_ENV, "17000");
        configureFunctions(variables, endpoint);
        Map<String, LocalFunction> functions = new LinkedHashMap<>();
        // Each function may make only the DynamoDB calls its Policies allow, as on AWS (DynamoAccess).
        template.functions().forEach(f -> functions.put(f.logicalId(), new LocalFunction(f, DynamoPolicy.of(f, env))));
        template.siteFunctions().forEach(f -> functions.put(f.logicalId(), new LocalFunction(f, DynamoPolicy.of(f, env))));
        StoreWatch watch = storeWatch;
        LocalIssuer keys = LocalIssuer.load(config.workDir());
        Map<String, JwtAuthorizer> authorizers = authorizers(template, env, keys);
        ApiGateway api = new ApiGateway(new RouteTable(template.routes()), functions, authorizers,
                watch == null ? () -> true : watch::available);
        // The local directory's names, as Cognito keeps a user's: given with an invitation, else a demo account's.
        org.lcmhub.auth.LocalStaff.Names names = new org.lcmhub.auth.store.dynamodb.DynamoStaffNames(dynamo,
                Tables.localName(template.tables().get(0)));
        signIn = LocalSignIn.create(keys, authorizers.values().iterator().next(), this::port, config.root(),
                DemoData.LCMS, DemoData.MENTORS, address -> knownName(names, address));
        if (config.demo()) {
            DemoData.Summary demo = new DemoData(config.root(), dynamo, Tables.localName(template.tables().get(0)),
                    "http://localhost:" + port()).seed();
            System.out.println(demo);
        }
        // The template's stream triggers (the stream function's) run as Lambda's event source mappings
        // would: the outbox lists a queued mail once the stream function has sent it.
        streams = streamPoller(template, functions, endpoint).start();
        StreamPoller poller = streams;
        Outbox outbox = new Outbox(config.outboxDir(), () -> {
            try {
                poller.drain();
            } catch (RuntimeException e) {
                // The store is away: the outbox lists what was sent so far.
                System.err.println("[streams] " + e.getMessage());
            }
        });
        Outbox webhookOutbox = new Outbox(config.workDir().resolve("webhooks"));
        DevToken token = new DevToken(config.root(), config.workDir());
        Schedules schedules = new Schedules(functions, env, outbox);
        ApiDescription description = new ApiDescription(config.root());

        try {
            server.start((request, answer) -> serve(request, answer, api, site, securityHeaders, outbox, webhookOutbox,
                    token, schedules, signIn, description));
        } catch (Exception e) {
            throw new IOException("The hub's HTTP server did not start: " + e.getMessage(), e);
        }
        // An edited page is rebaked and served at the next reload.
        if (withSite) {
            siteWatcher = SiteWatcher.forSite(config.root(), this::bakeSite);
        }
    }

    private StreamPoller streamPoller(SamTemplate template, Map<String, LocalFunction> functions, URI endpoint) {
        // Only the functions this hub runs (the site publish function is not one: the hub bakes itself).
        List<StreamPoller.Mapping> mappings = StreamEvents.read(config.root().resolve("template.yaml")).stream()
                .filter(e -> functions.containsKey(e.functionId()))
                .map(e -> new StreamPoller.Mapping(e, functions.get(e.functionId()), Tables.localName(template.tables()
                        .stream().filter(t -> t.logicalId().equals(e.table())).findFirst().orElseThrow(() ->
                                new IllegalStateException(e.functionId() + " reads the stream of an unknown table " + e.table())))))
                .toList();
        return new StreamPoller(dynamo, endpoint, mappings);
    }

    /** Bakes the site served at /, at start and again on every change to content/ or site/. */
    private SiteBaker.BakeReport bakeSite() {
        return guideSite.bake();
    }

    /** The template's JWT authorizers, their issuer and audience resolved, verified with the local key. */
    public static Map<String, JwtAuthorizer> authorizers(SamTemplate template, LocalEnvironment env, LocalIssuer keys) {
        Map<String, JwtAuthorizer> authorizers = new LinkedHashMap<>();
        template.authorizers().forEach((name, def) -> authorizers.put(name, new JwtAuthorizer(name,
                env.resolve(def.issuer()), def.audience().stream().map(env::resolve).toList(),
                JwtAuthorizer.headerOf(def.identitySource()), keys)));
        return authorizers;
    }

    /** The functions read their configuration as on Lambda; in one JVM it travels as system properties. */
    private static void configureFunctions(Map<String, String> variables, URI endpoint) {
        variables.forEach(System::setProperty);
        System.setProperty("aws.endpointUrlDynamoDb", endpoint.toString());
        System.setProperty("aws.region", LocalEnvironment.REGION);
        if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
        }
    }

    public static DynamoDbClient client(URI endpoint) {
        return MotoEngine.client(endpoint);
    }

    /** One request, site or API, answered as CloudFront and API Gateway would. */
    private static void serve(EventFactory.HttpRequest request, Consumer<ApiGateway.Reply> respond, ApiGateway api,
                              StaticSite site, SecurityHeaders securityHeaders, Outbox outbox, Outbox webhookOutbox,
                              DevToken token, Schedules schedules, LocalSignIn signIn, ApiDescription description) {
        long start = System.nanoTime();
        String method = request.method();
        String path = request.rawPath();
        Consumer<ApiGateway.Reply> logged = REQUEST_LOG ? reply -> {
            System.out.printf("%s %s %d %dms%n", method, path, reply.status(), (System.nanoTime() - start) / 1_000_000);
            respond.accept(reply);
        } : respond;
        ApiGateway.Reply reply;
        try {
            if (path.equals("/dev/webhooks") && method.equals("GET")) {
                reply = json(200, webhookOutbox.listJson(null));
            } else if (path.equals(Outbox.PATH) && method.equals("GET")) {
                String query = request.rawQuery();
                String to = query != null && query.startsWith("to=") ? decode(query.substring(3)) : null;
                reply = json(200, outbox.listJson(to));
            } else if (path.equals(DevToken.PATH) && method.equals("POST")) {
                byte[] body = request.body().length > 4096 ? Arrays.copyOf(request.body(), 4096) : request.body();
                DevToken.Answer answer = token.issue(body);
                reply = json(answer.status(), answer.body());
            } else if (path.equals(Schedules.PATH) || path.startsWith(Schedules.PATH + "/")) {
                DevToken.Answer answer = schedules.handle(method, path);
                reply = json(answer.status(), answer.body());
            } else if (path.equals(ApiDescription.PATH) && (method.equals("GET") || method.equals("HEAD"))) {
                DevToken.Answer answer = description.get();
                reply = answer.status() == 200
                        ? new ApiGateway.Reply(200, Map.of("Content-Type", List.of(ApiDescription.CONTENT_TYPE),
                                "Cache-Control", List.of("no-store")), answer.body())
                        : json(answer.status(), answer.body());
            } else if (signIn.claims(path)) {
                byte[] body = request.body().length > 16 * 1024 ? Arrays.copyOf(request.body(), 16 * 1024) : request.body();
                LocalSignIn.Answer answer;
                try {
                    answer = signIn.handle(method, path, request.rawQuery(), header(request, "Host"), body);
                } catch (Exception e) {
                    throw new IOException("Local sign-in failed", e);
                }
                Map<String, List<String>> headers = new LinkedHashMap<>();
                headers.put("Content-Type", List.of(answer.contentType()));
                answer.headers().forEach((k, v) -> headers.put(k, List.of(v)));
                reply = new ApiGateway.Reply(answer.status(), headers, answer.body());
            } else if (api.claims(method, path)) {
                // As CloudFront's response headers policy does, with Override: after the origin's own.
                Map<String, String> security = securityHeaders.forPath(path);
                reply = api.handle(request, later -> logged.accept(withHeaders(later, security)));
                if (reply == null) {
                    return; // answered by the function, or by the gateway in its place
                }
            } else if (method.equals("GET") || method.equals("HEAD")) {
                StaticSite.Page page = site.get(path);
                reply = new ApiGateway.Reply(page.status(), Map.of("Content-Type", List.of(page.contentType())), page.body());
            } else {
                reply = new ApiGateway.Reply(405, Map.of("Allow", List.of("GET, HEAD")), new byte[0]);
            }
        } catch (IOException | RuntimeException e) {
            // The front answers 500 for what escapes; the log still has its line per request.
            if (REQUEST_LOG) {
                System.out.printf("%s %s %d %dms%n", method, path, 500, (System.nanoTime() - start) / 1_000_000);
            }
            throw e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e;
        }
        // Every reply, the local tools' (/dev/*) too, carries the headers CloudFront's policy adds.
        logged.accept(withHeaders(reply, securityHeaders.forPath(path)));
    }

    /** The reply with {@code added} after its own headers, overriding them, as CloudFront's policy does. */
    private static ApiGateway.Reply withHeaders(ApiGateway.Reply reply, Map<String, String> added) {
        Map<String, List<String>> headers = new LinkedHashMap<>(reply.headers());
        added.forEach((k, v) -> headers.put(k, List.of(v)));
        return new ApiGateway.Reply(reply.status(), headers, reply.body());
    }

    private static String header(EventFactory.HttpRequest request, String name) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    private static ApiGateway.Reply json(int status, byte[] body) {
        return new ApiGateway.Reply(status, Map.of("Content-Type", List.of("application/json; charset=utf-8"),
                "Cache-Control", List.of("no-store")), body);
    }

    private static String decode(String value) {
        try {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** The local OpenID Connect issuer the staff pages sign in with. */
    private static String knownName(org.lcmhub.auth.LocalStaff.Names names, String address) {
        try {
            String kept = names.nameOf(org.lcmhub.auth.LocalStaff.subFor(address));
            return kept != null ? kept : DemoData.NAMES.get(address);
        } catch (RuntimeException e) {
            // The store is away: the sign-in still goes through, by address.
            return DemoData.NAMES.get(address);
        }
    }

    public LocalSignIn signIn() {
        return signIn;
    }

    public int port() {
        return server.port();
    }

    public URI url() {
        return URI.create("http://localhost:" + port() + "/");
    }

    /** Where the baked site is served from. */
    public Path siteDir() {
        return config.siteDir();
    }

    /** What rebakes the site when content/ or site/ changes. */
    public SiteWatcher siteWatcher() {
        return siteWatcher;
    }

    /** The engine the functions use (for tests and tools). */
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /**
     * Every acknowledged write is already in the store's journal; a snapshot on stop makes the
     * next start quick. A store that died is started again for it; one that does not answer is
     * left as it is, and the journal keeps the data. Either way the hub says what happened.
     */
    private void saveStore() {
        MotoEngine current = storeWatch == null ? engine : storeWatch.engine();
        boolean answering = storeWatch == null || storeWatch.available();
        if (storeWatch != null) {
            storeWatch.close();
        }
        String where = config.root().toAbsolutePath().relativize(config.dataDir().toAbsolutePath()).toString();
        try {
            if (!current.isAlive()) {
                System.out.println("The store had stopped; starting it again to save its data...");
                current = MotoEngine.start(config.workDir(), config.dataDir(), false, 0);
                answering = true;
            }
            if (!answering) {
                System.err.println("The store is not answering: no snapshot written. Every acknowledged write is in "
                        + where + "/journal.jsonl and is replayed at the next start.");
                return;
            }
            int saved = current.snapshot();
            System.out.println("Saved " + saved + " items to " + where);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not write a snapshot of the hub's data (" + e.getMessage() + "). Every acknowledged"
                    + " write is in " + where + "/journal.jsonl and is replayed at the next start.");
        } finally {
            current.close();
        }
    }

    /** The store's process id, when the hub started the store (for tests that stop or kill it). */
    public long storePid() {
        return storeWatch == null ? -1 : storeWatch.engine().pid();
    }

    /** Stops serving, saves the tables of a moto engine it started, then stops that engine. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (guideSite != null) {
            GuideSite.release(guideSite);
        }
        if (siteWatcher != null) {
            siteWatcher.close();
        }
        server.close();
        if (streams != null) {
            streams.close();
        }
        try {
            if (engine != null) {
                saveStore();
            }
        } finally {
            if (dynamo != null) {
                dynamo.close();
            }
        }
    }
}
