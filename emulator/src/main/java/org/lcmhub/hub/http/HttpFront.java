package org.lcmhub.hub.http;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.lcmhub.hub.api.ApiGateway;
import org.lcmhub.hub.api.EventFactory;

/**
 * The hub's HTTP front (Jetty): loopback only, TCP_NODELAY so that a kept-alive connection
 * answers as fast as a fresh one, and bodies read without holding a thread, so clients that
 * announce a body and never send it cost a connection each, never a worker; they are dropped
 * after the idle timeout. A request whose body is already there is served by the Jetty thread
 * that parsed it (up to {@link #INLINE} at once); the others run on a bounded pool of workers.
 */
public final class HttpFront implements AutoCloseable {
    /** The hub's answer to one request, given once through {@code answer}, from this thread or another. */
    public interface Dispatcher {
        void serve(EventFactory.HttpRequest request, Consumer<ApiGateway.Reply> answer);
    }

    /** How long a connection may stay silent (mid-request or between kept-alive requests). */
    static final long IDLE_TIMEOUT_MS = Long.getLong("lcmhub.http.idleMs", 10_000);
    private static final int WORKERS = 64;
    /** Jetty threads (of its 32) that may serve a request themselves; the rest stay free for I/O. */
    private static final int INLINE = 16;

    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor workers;
    private final Semaphore inline = new Semaphore(INLINE);

    private HttpFront(Server server, ServerConnector connector, ThreadPoolExecutor workers) {
        this.server = server;
        this.connector = connector;
        this.workers = workers;
    }

    /** Binds the loopback port now (so a second hub fails early); serving starts with {@link #start}. */
    public static HttpFront bind(int port) throws IOException {
        QueuedThreadPool pool = new QueuedThreadPool(32, 4, 60_000);
        pool.setName("hub-http");
        pool.setDaemon(true);
        Server server = new Server(pool);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(16 * 1024);
        // No acceptor thread: the selector accepts new connections itself, one thread handoff
        // fewer before a new connection's first request is read.
        ServerConnector connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(config));
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(port);
        connector.setAcceptedTcpNoDelay(true);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrors());
        try {
            connector.open();
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new BindException(e.getMessage());
            }
            throw e;
        }
        // Full queue: 503 at once rather than an unbounded backlog of work.
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1024), r -> {
                    Thread t = new Thread(r, "hub-worker");
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
        return new HttpFront(server, connector, workers);
    }

    public void start(Dispatcher dispatcher) throws Exception {
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                accept(dispatcher, request, response, callback);
                return true;
            }
        });
        server.start();
    }

    public int port() {
        return connector.getLocalPort();
    }

    private void accept(Dispatcher dispatcher, Request request, Response response, Callback callback) {
        long announced = request.getLength();
        if (announced > ApiGateway.MAX_PAYLOAD) {
            // The body stays unread, so the connection cannot carry another request: say so, or a
            // client would send its next request into a connection the server is closing.
            write(request, response, callback, new ApiGateway.Reply(413, Map.of("Content-Type",
                    List.of("application/json; charset=utf-8"), "Connection", List.of("close")), JsonErrors.body(413)));
            return;
        }
        CompletableFuture<byte[]> read = Content.Source.asByteArrayAsync(request, ApiGateway.MAX_PAYLOAD + 1);
        // A body that was already there (every GET, most small POSTs) is read by now, on the
        // Jetty thread that may block: the request is served there, one thread handoff fewer,
        // while INLINE threads are not all taken. Otherwise, and beyond them, on a worker.
        boolean here = read.isDone() && inline.tryAcquire();
        read.whenComplete((body, failure) -> {
            try {
                respond(dispatcher, request, response, callback, body, failure, here);
            } finally {
                if (here) {
                    inline.release();
                }
            }
        });
    }

    private void respond(Dispatcher dispatcher, Request request, Response response, Callback callback,
                         byte[] body, Throwable failure, boolean here) {
        if (failure != null) {
            // A malformed, too large or unfinished body: nothing reached a route.
            int status = refusal(failure);
            write(request, response, callback, new ApiGateway.Reply(status, Map.of("Content-Type",
                    List.of("application/json; charset=utf-8"), "Connection", List.of("close")), JsonErrors.body(status)));
            return;
        }
        EventFactory.HttpRequest http = new EventFactory.HttpRequest(request.getMethod(),
                request.getHttpURI().getPath(), request.getHttpURI().getQuery(), headers(request), body,
                Request.getRemoteAddr(request), Request.getLocalPort(request));
        Runnable work = () -> serve(dispatcher, http, reply -> write(request, response, callback, reply));
        if (here) {
            work.run();
            return;
        }
        try {
            workers.execute(work);
        } catch (RejectedExecutionException e) {
            write(request, response, callback, new ApiGateway.Reply(503, Map.of("Content-Type",
                    List.of("application/json; charset=utf-8"), "Retry-After", List.of("1")), JsonErrors.body(503)));
        }
    }

    private static void serve(Dispatcher dispatcher, EventFactory.HttpRequest http, Consumer<ApiGateway.Reply> write) {
        AtomicBoolean answered = new AtomicBoolean();
        Consumer<ApiGateway.Reply> once = reply -> {
            if (answered.compareAndSet(false, true)) {
                write.accept(reply);
            }
        };
        try {
            dispatcher.serve(http, once);
        } catch (RuntimeException | Error e) {
            // An Error too: a request whose callback never completes holds its connection forever.
            System.err.println("Error serving " + http.method() + " " + http.rawPath() + ": " + e);
            once.accept(new ApiGateway.Reply(500, Map.of("Content-Type",
                    List.of("application/json; charset=utf-8")), JsonErrors.body(500)));
        }
    }

    /** The 4xx for a body that could not be read. */
    private static int refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof java.util.concurrent.TimeoutException) {
                return 408;
            }
            if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains("max")) {
                return 413;
            }
        }
        return 400;
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), k -> new java.util.ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    private static void write(Request request, Response response, Callback callback, ApiGateway.Reply reply) {
        response.setStatus(reply.status());
        reply.headers().forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
        if (reply.status() == 204 || reply.status() == 304) {
            response.write(true, null, callback);
        } else if (request.getMethod().equals("HEAD") || reply.body().length == 0) {
            response.getHeaders().put("Content-Length", reply.body().length);
            response.write(true, null, callback);
        } else {
            response.getHeaders().put("Content-Length", reply.body().length);
            response.write(true, ByteBuffer.wrap(reply.body()), callback);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway
        }
        workers.shutdownNow();
    }
}
