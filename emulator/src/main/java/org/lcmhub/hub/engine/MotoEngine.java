package org.lcmhub.hub.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lcmhub.hub.template.LocalEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * moto, the DynamoDB-compatible engine of the local hub and of the tests, in a child process on a
 * free loopback port, serving one request at a time so that conditions and transactions are atomic.
 */
public final class MotoEngine implements AutoCloseable {
    private static final String SCRIPT = "moto_server.py";
    private static final HttpClient CONTROL = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI endpoint;
    private final StringBuilder output = new StringBuilder();

    private MotoEngine(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** A real SDK client for an engine at {@code endpoint}, with the local region and credentials. */
    public static DynamoDbClient client(URI endpoint, ExecutionInterceptor... watching) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalEnvironment.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> List.of(watching).forEach(c::addExecutionInterceptor))
                .build();
    }

    /** Starts an engine that keeps nothing; {@code workDir} receives the launcher script. */
    public static MotoEngine start(Path workDir) {
        return start(workDir, null, false, 0);
    }

    /**
     * Starts the engine on {@code port} (0: any free one). With a {@code dataDir}, every change
     * is journaled there (fsync'ed before its answer) and the tables are rebuilt from its snapshot
     * and journal first, unless {@code fresh}, which discards them.
     */
    public static MotoEngine start(Path workDir, Path dataDir, boolean fresh, int wantedPort) {
        Path script = writeScript(workDir);
        List<String> command = new ArrayList<>(List.of(python(), "-u", script.toString(), Integer.toString(wantedPort)));
        if (dataDir != null) {
            command.addAll(List.of("--data", dataDir.toAbsolutePath().toString()));
            if (fresh) {
                command.add("--fresh");
            }
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start python3 for moto: " + e.getMessage(), e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder early = new StringBuilder();
        CompletableFuture<Integer> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        return Integer.parseInt(line.substring(6).strip());
                    }
                    if (line.startsWith("DATA ")) {
                        System.out.println("Store: " + line.substring(5));
                        continue;
                    }
                    early.append(line).append('\n');
                }
            } catch (IOException e) {
                // the process died; reported below
            }
            return -1;
        });
        int port;
        try {
            // A large journal takes a while to replay.
            port = ready.get(600, TimeUnit.SECONDS);
        } catch (TimeoutException | InterruptedException | ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("moto did not start within 600 s:\n" + early);
        }
        if (port < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("moto could not start. Is `moto[server]` installed for "
                    + python() + "? (python3 -m pip install 'moto[server]')\n" + early);
        }
        MotoEngine engine = new MotoEngine(process, URI.create("http://127.0.0.1:" + port));
        engine.drain(out);
        return engine;
    }

    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.getPort();
    }

    public long pid() {
        return process.pid();
    }

    /** Completes when the engine's process ends, however it ends. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /**
     * Writes a snapshot of every table to the data folder and empties the journal; returns the
     * number of items saved. Only for an engine started with a data folder.
     */
    public int snapshot() throws IOException {
        HttpResponse<String> answer = control("POST", "/_hub/snapshot", Duration.ofMinutes(5));
        if (answer.statusCode() != 200) {
            throw new IOException("the store refused to save: " + answer.statusCode() + " " + answer.body());
        }
        var matcher = java.util.regex.Pattern.compile("\"items\": ?(\\d+)").matcher(answer.body());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** Whether the engine answers a request within {@code timeout}. */
    public boolean answers(Duration timeout) {
        try {
            return control("GET", "/_hub/ping", timeout).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> control(String method, String path, Duration timeout) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return CONTROL.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the engine printed after start-up (errors, tracebacks). */
    public synchronized String output() {
        return output.toString();
    }

    @Override
    public void close() {
        try {
            // The engine exits when its standard input closes; it ignores SIGTERM on purpose.
            process.getOutputStream().close();
        } catch (IOException e) {
            // then the forced stop below does it
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (this) {
                        if (output.length() < 64_000) {
                            output.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        }, "moto-output");
        t.setDaemon(true);
        t.start();
    }

    private static String python() {
        String configured = System.getenv("HUB_PYTHON");
        return configured == null || configured.isBlank() ? "python3" : configured;
    }

    private static Path writeScript(Path workDir) {
        try (InputStream in = MotoEngine.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the hub's resources");
            }
            Files.createDirectories(workDir);
            Path target = workDir.resolve(SCRIPT);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + SCRIPT + " to " + workDir, e);
        }
    }
}
