package org.lcmhub.hub.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Watches the local store (the moto process) for the hub: a store that exits is started again on
 * the same port from its snapshot and journal, so no acknowledged write is lost and the functions'
 * clients keep their address; a store that is stopped (SIGSTOP) or hung (no answer for a few
 * seconds while it uses no CPU) is reported unavailable, so requests fail fast instead of waiting
 * on it. A store that is merely busy with a long request uses CPU and stays available.
 */
public final class StoreWatch implements AutoCloseable {
    private static final long POLL_MS = 50;
    private static final long HUNG_MS = 3_000;

    private final Supplier<MotoEngine> restart;
    private final Thread watcher;
    private final Thread pinger;
    private volatile MotoEngine engine;
    private volatile boolean available = true;
    private volatile boolean closed;
    private volatile long lastAnswer = System.nanoTime();

    public StoreWatch(MotoEngine engine, Supplier<MotoEngine> restart) {
        this.engine = engine;
        this.restart = restart;
        this.watcher = daemon("store-watch", this::watch);
        this.pinger = daemon("store-ping", this::ping);
        watcher.start();
        pinger.start();
    }

    /** Whether requests may go to the store now. */
    public boolean available() {
        return available && !closed;
    }

    /** The engine running now (a new one after a restart). */
    public MotoEngine engine() {
        return engine;
    }

    private void watch() {
        long cpu = -1;
        long cpuSeen = System.nanoTime();
        while (!closed) {
            MotoEngine current = engine;
            if (!current.isAlive()) {
                available = false;
                restartStore(current);
                continue;
            }
            ProcStat stat = ProcStat.read(current.pid());
            long now = System.nanoTime();
            if (stat != null && stat.cpuTicks() != cpu) {
                cpu = stat.cpuTicks();
                cpuSeen = now;
            }
            boolean stopped = stat != null && stat.stopped();
            long silentMs = (now - lastAnswer) / 1_000_000;
            // Without /proc, silence alone decides, after longer.
            boolean hung = stat == null ? silentMs > 4 * HUNG_MS
                    : silentMs > HUNG_MS && (now - cpuSeen) / 1_000_000 > HUNG_MS / 2;
            boolean up = !stopped && !hung;
            if (up != available) {
                System.err.println(up ? "The store answers again." : stopped
                        ? "The store is stopped (paused): API requests get 503 until it resumes."
                        : "The store has not answered for " + silentMs + " ms: API requests get 503 until it does.");
            }
            available = up;
            sleep(POLL_MS);
        }
    }

    private void restartStore(MotoEngine dead) {
        int exit;
        try {
            exit = dead.onExit().get(1, java.util.concurrent.TimeUnit.SECONDS).exitValue();
        } catch (Exception e) {
            exit = -1;
        }
        if (closed) {
            return;
        }
        System.err.println("The store stopped (exit " + exit + "); starting it again with its data...");
        long start = System.nanoTime();
        try {
            engine = restart.get();
            lastAnswer = System.nanoTime();
            available = true;
            System.err.println("The store is back, its data replayed, in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
        } catch (RuntimeException e) {
            System.err.println("The store could not be started again (" + e.getMessage() + "); trying again in 1 s.");
            sleep(1_000);
        }
    }

    private void ping() {
        while (!closed) {
            if (engine.answers(Duration.ofMillis(HUNG_MS))) {
                lastAnswer = System.nanoTime();
            }
            sleep(250);
        }
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
        pinger.interrupt();
        try {
            watcher.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            // closing
        }
    }

    /** The process state and CPU time Linux reports in /proc/PID/stat, or null elsewhere. */
    record ProcStat(boolean stopped, long cpuTicks) {
        static ProcStat read(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // "pid (comm) S ppid ...": the name may hold spaces, so read after its last ')'.
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                char state = f[0].charAt(0);
                return new ProcStat(state == 'T' || state == 't', Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
