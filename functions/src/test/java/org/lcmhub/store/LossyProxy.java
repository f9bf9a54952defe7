package org.lcmhub.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stands between the functions and the store and loses one answer: the first request of the
 * chosen operation reaches the store and is applied, but its answer never comes back, as when a
 * network or a frozen engine drops it. Everything else passes through. Keeps each request of
 * that operation it saw, so a test can compare the SDK's attempts.
 */
final class LossyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final URI store;
    private final String operation;
    private final AtomicBoolean lost = new AtomicBoolean();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /** {@code operation}: the DynamoDB operation whose first answer is lost, e.g. TransactWriteItems. */
    LossyProxy(URI store, String operation) throws IOException {
        this.store = store;
        this.operation = operation;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "lossy-proxy");
        t.setDaemon(true);
        t.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The requests of the chosen operation, in order, headers and body as text. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread t = new Thread(() -> serve(client), "lossy-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            while (true) {
                byte[] request = readMessage(in);
                if (request == null) {
                    return;
                }
                String text = new String(request, StandardCharsets.UTF_8);
                boolean chosen = text.contains("DynamoDB_20120810." + operation + "\r\n")
                        || text.contains("DynamoDB_20120810." + operation + "\n");
                if (chosen) {
                    seen.add(text);
                }
                byte[] response = forward(request);
                if (chosen && lost.compareAndSet(false, true)) {
                    Thread.sleep(10_000); // applied, never answered: the client's attempt times out
                    return;
                }
                out.write(response);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    private byte[] forward(byte[] request) throws IOException {
        try (Socket upstream = new Socket(store.getHost(), store.getPort())) {
            upstream.getOutputStream().write(request);
            upstream.getOutputStream().flush();
            return readMessage(upstream.getInputStream());
        }
    }

    /** One HTTP/1.1 message with a Content-Length body (what the SDK and the engine send), or null at the end. */
    private static byte[] readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        if (head.size() == 0 || matched < 4) {
            return null;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        byte[] body = in.readNBytes(length);
        head.write(body);
        return head.toByteArray();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
