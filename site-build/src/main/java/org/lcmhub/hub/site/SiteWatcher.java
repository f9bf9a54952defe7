package org.lcmhub.hub.site;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, new subfolders included) and calls a rebake once the changes
 * stop: editors save a file as several events (write, rename, touch), so the first change waits
 * for {@link #QUIET_MS} without another one (at most {@link #MAX_WAIT_MS}) before the rebake.
 */
public final class SiteWatcher implements AutoCloseable {

    static final long QUIET_MS = 60;
    static final long MAX_WAIT_MS = 400;

    private final WatchService watcher;
    private final Runnable rebake;
    private final Thread thread;
    private final AtomicInteger rebakes = new AtomicInteger();

    private SiteWatcher(List<Path> folders, Runnable rebake) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.rebake = rebake;
        for (Path folder : folders) {
            registerTree(folder);
        }
        thread = new Thread(this::loop, "site-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code folders}; {@code rebake} runs on the watcher's thread. */
    public static SiteWatcher start(List<Path> folders, Runnable rebake) throws IOException {
        SiteWatcher watcher = new SiteWatcher(folders, rebake);
        watcher.thread.start();
        return watcher;
    }

    /**
     * Watches {@code root/content} and {@code root/site} and runs {@code bake} on every change
     * (the server's bake, e.g. {@link SiteModel#bake}). Content errors and bake failures
     * are printed; the bake is expected to leave the last good site served then.
     */
    public static SiteWatcher forSite(Path root, Supplier<SiteBaker.BakeReport> bake)
            throws IOException {
        return start(List.of(root.resolve("content"), root.resolve("site")), () -> {
            try {
                SiteBaker.BakeReport report = bake.get();
                System.out.println("Rebaked the site (" + report.documentsRendered() + " documents) in "
                        + report.duration().toMillis() + " ms");
            } catch (ContentValidator.InvalidContent | SiteBaker.BakeException e) {
                System.err.println(e.getMessage());
                System.err.println("The site was not rebaked: still serving the last good one.");
            }
        });
    }

    /** How many rebakes ran (successful or not). */
    public int rebakes() {
        return rebakes.get();
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                handle(watcher.take());
                long first = System.nanoTime();
                WatchKey next;
                while ((next = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                    if (System.nanoTime() - first > TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS)) {
                        break;
                    }
                }
                try {
                    rebake.run();
                } catch (RuntimeException e) {
                    System.err.println("Rebake failed: " + e.getMessage());
                } finally {
                    rebakes.incrementAndGet();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Registers folders created under a watched one, so that files added inside them count. */
    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        System.err.println("Cannot watch " + created + ": " + e.getMessage());
                    }
                }
            } else if (event.kind() == OVERFLOW) {
                continue; // a rebake follows anyway
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            thread.join(10_000); // let a rebake in progress finish before its folders go
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
