package org.lcmhub.hub.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
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

/**
 * moto, the DynamoDB-compatible engine of the local hub and of the tests, in a child process on a
 * free loopback port, serving one request at a time so that conditions and transactions are atomic.
 */
public final class MotoEngine implements AutoCloseable {
    private static final String SCRIPT = "moto_server.py";

    private final Process process;
    private final URI endpoint;
    private final StringBuilder output = new StringBuilder();

    private MotoEngine(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts the engine; {@code workDir} receives the launcher script. */
    public static MotoEngine start(Path workDir) {
        Path script = writeScript(workDir);
        List<String> command = new ArrayList<>(List.of(python(), "-u", script.toString(), "0"));
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
                    early.append(line).append('\n');
                }
            } catch (IOException e) {
                // the process died; reported below
            }
            return -1;
        });
        int port;
        try {
            port = ready.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | InterruptedException | ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("moto did not start within 60 s:\n" + early);
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
