package org.lcmhub.hub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lcmhub.auth.cognito.CognitoStaffDirectory;
import org.lcmhub.hub.api.ApiGateway;
import org.lcmhub.hub.api.EventFactory;
import org.lcmhub.hub.api.LocalFunction;
import org.lcmhub.hub.api.RouteTable;
import org.lcmhub.hub.auth.JwtAuthorizer;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.auth.LocalSignIn;
import org.lcmhub.hub.dev.DemoData;
import org.lcmhub.hub.dev.DevToken;
import org.lcmhub.hub.dev.Outbox;
import org.lcmhub.hub.dev.Schedules;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.site.SiteBaker;
import org.lcmhub.hub.site.SiteWatcher;
import org.lcmhub.hub.site.StaticSite;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.template.SecurityHeaders;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
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

    private final Config config;
    private final HttpServer server;
    private final ExecutorService executor;
    private MotoEngine engine;
    private Tables tables;
    private DynamoDbClient dynamo;
    private SiteWatcher siteWatcher;
    private LocalSignIn signIn;
    private volatile boolean stopped;

    private HubServer(Config config, HttpServer server) {
        this.config = config;
        this.server = server;
        this.executor = Executors.newFixedThreadPool(64);
    }

    public static HubServer start(Config config) throws IOException {
        HttpServer http;
        try {
            // Bind first: a second hub must fail before it touches the engine or the data.
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 128);
        } catch (BindException e) {
            throw new PortInUse(config.port());
        }
        HubServer hub = new HubServer(config, http);
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
        bakeSite();
        StaticSite site = new StaticSite(config.siteDir());

        URI endpoint = config.endpoint();
        if (endpoint == null) {
            engine = MotoEngine.start(config.workDir());
            endpoint = engine.endpoint();
        }
        dynamo = client(endpoint);
        tables = new Tables(dynamo, template.tables());
        tables.createMissing();
        if (engine != null && !config.fresh()) {
            tables.restore(config.dataDir());
        }

        LocalEnvironment env = Tables.localEnvironment(template);
        Map<String, String> variables = new LinkedHashMap<>(env.merged(template.functions()));
        // Mail goes to the outbox, and links in it point at this hub.
        variables.put(Mailers.OUTBOX_ENV, config.outboxDir().toAbsolutePath().toString());
        variables.put(Messages.SITE_URL_ENV, "http://localhost:" + port());
        // No user pool here: staff addresses come from what their local tokens recorded.
        variables.put(CognitoStaffDirectory.POOL_ENV, "");
        configureFunctions(variables, endpoint);
        Map<String, LocalFunction> functions = new LinkedHashMap<>();
        template.functions().forEach(f -> functions.put(f.logicalId(), new LocalFunction(f)));
        LocalIssuer keys = LocalIssuer.load(config.workDir());
        Map<String, JwtAuthorizer> authorizers = authorizers(template, env, keys);
        ApiGateway api = new ApiGateway(new RouteTable(template.routes()), functions, authorizers);
        signIn = LocalSignIn.create(keys, authorizers.values().iterator().next(), this::port, config.root(),
                DemoData.LCMS, DemoData.MENTORS);
        if (config.demo()) {
            DemoData.Summary demo = new DemoData(config.root(), dynamo, Tables.localName(template.tables().get(0)),
                    "http://localhost:" + port()).seed();
            System.out.println(demo);
        }
        Outbox outbox = new Outbox(config.outboxDir());
        DevToken token = new DevToken(config.root(), config.workDir());
        Schedules schedules = new Schedules(functions, env, outbox);

        server.createContext("/", exchange -> serve(exchange, api, site, securityHeaders, outbox, token, schedules, signIn));
        server.setExecutor(executor);
        server.start();
        // An edited page is rebaked and served at the next reload.
        siteWatcher = SiteWatcher.forSite(config.root(), this::bakeSite);
    }

    /** Bakes the site served at /, at start and again on every change to content/ or site/. */
    private SiteBaker.BakeReport bakeSite() {
        return SiteBaker.bakeServed(config.root(), config.siteDir());
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
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalEnvironment.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static void serve(HttpExchange exchange, ApiGateway api, StaticSite site, SecurityHeaders securityHeaders,
                              Outbox outbox, DevToken token, Schedules schedules, LocalSignIn signIn)
            throws IOException {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        int status = 500;
        try (exchange) {
            if (path.equals(Outbox.PATH) && method.equals("GET")) {
                String query = uri.getQuery();
                String to = query != null && query.startsWith("to=") ? query.substring(3) : null;
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                status = 200;
                send(exchange, status, outbox.listJson(to), method);
            } else if (path.equals(DevToken.PATH) && method.equals("POST")) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readNBytes(4096);
                }
                DevToken.Answer answer = token.issue(body);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                status = answer.status();
                send(exchange, status, answer.body(), method);
            } else if (path.equals(Schedules.PATH) || path.startsWith(Schedules.PATH + "/")) {
                DevToken.Answer answer = schedules.handle(method, path);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                status = answer.status();
                send(exchange, status, answer.body(), method);
            } else if (signIn.claims(path)) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readNBytes(16 * 1024);
                }
                LocalSignIn.Answer answer;
                try {
                    answer = signIn.handle(method, path, uri.getRawQuery(),
                            exchange.getRequestHeaders().getFirst("Host"), body);
                } catch (Exception e) {
                    throw new IOException("Local sign-in failed", e);
                }
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
                answer.headers().forEach(exchange.getResponseHeaders()::set);
                securityHeaders.forPath(path).forEach(exchange.getResponseHeaders()::set);
                status = answer.status();
                send(exchange, status, answer.body(), method);
            } else if (api.claims(method, path)) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readNBytes(ApiGateway.MAX_PAYLOAD + 1);
                }
                var request = new EventFactory.HttpRequest(method, path, uri.getRawQuery(),
                        exchange.getRequestHeaders(), body,
                        exchange.getRemoteAddress().getAddress().getHostAddress(),
                        exchange.getLocalAddress().getPort());
                ApiGateway.Reply reply = api.handle(request);
                reply.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, List.copyOf(v)));
                // As CloudFront's response headers policy does, with Override: after the origin's own.
                securityHeaders.forPath(path).forEach(exchange.getResponseHeaders()::set);
                status = reply.status();
                send(exchange, status, reply.body(), method);
            } else if (method.equals("GET") || method.equals("HEAD")) {
                StaticSite.Page page = site.get(path);
                exchange.getResponseHeaders().set("Content-Type", page.contentType());
                securityHeaders.forPath(path).forEach(exchange.getResponseHeaders()::set);
                status = page.status();
                send(exchange, status, page.body(), method);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                securityHeaders.forPath(path).forEach(exchange.getResponseHeaders()::set);
                status = 405;
                send(exchange, status, new byte[0], method);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Error serving " + method + " " + path + ": " + e);
            throw e;
        } finally {
            System.out.printf("%s %s %d %dms%n", method, path, status, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String method) throws IOException {
        boolean empty = method.equals("HEAD") || body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The local OpenID Connect issuer the staff pages sign in with. */
    public LocalSignIn signIn() {
        return signIn;
    }

    public int port() {
        return server.getAddress().getPort();
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

    /** Stops serving, saves the tables of a moto engine it started, then stops that engine. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (siteWatcher != null) {
            siteWatcher.close();
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            if (engine != null && tables != null && engine.isAlive()) {
                int saved = tables.save(config.dataDir());
                System.out.println("Saved " + saved + " items to " + config.root().toAbsolutePath().relativize(config.dataDir().toAbsolutePath()));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the hub's data: " + e.getMessage());
        } finally {
            if (dynamo != null) {
                dynamo.close();
            }
            if (engine != null) {
                engine.close();
            }
        }
    }
}
