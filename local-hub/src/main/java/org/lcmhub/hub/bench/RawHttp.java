package org.lcmhub.hub.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leanest HTTP/1.1 client: a request written on a socket, the answer read by its
 * Content-Length. The bench sends both the store's and the API's requests through it, so the
 * ratio between them measures the servers, not two clients of different weight.
 */
final class RawHttp {
    private static final Pattern LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    private final int port;
    private final String head;
    private final byte[] body;
    private final int expected;
    private final ThreadLocal<Connection> kept = new ThreadLocal<>();

    /** A socket and the buffer its answers are read through, kept together across requests. */
    private record Connection(Socket socket, InputStream in) {
        static Connection open(int port) throws IOException {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            // Read through a buffer, as any real client reads: a byte per system call would
            // charge each server for the length of its headers.
            return new Connection(socket, new BufferedInputStream(socket.getInputStream(), 8192));
        }
    }

    /** {@code head}: the request line and headers without Host, Content-Length or the blank line. */
    RawHttp(int port, String head, String body) {
        this(port, head, body, 200);
    }

    /** A request whose answer must have the status {@code expected}. */
    RawHttp(int port, String head, String body, int expected) {
        this.port = port;
        this.head = head;
        this.body = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        this.expected = expected;
    }

    /** The request on this thread's kept-alive connection; throws unless the answer has the expected status. */
    byte[] keptAlive() throws IOException {
        Connection connection = kept.get();
        if (connection == null) {
            connection = Connection.open(port);
            kept.set(connection);
        }
        return exchange(connection, false);
    }

    /** The request on a connection of its own, closed after the answer. */
    byte[] fresh() throws IOException {
        Connection connection = Connection.open(port);
        try (Socket socket = connection.socket()) {
            return exchange(connection, true);
        }
    }

    private byte[] exchange(Connection connection, boolean close) throws IOException {
        String request = head + "\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: " + body.length
                + (close ? "\r\nConnection: close" : "") + "\r\n\r\n";
        byte[] start = request.getBytes(StandardCharsets.US_ASCII);
        byte[] whole = new byte[start.length + body.length];
        System.arraycopy(start, 0, whole, 0, start.length);
        System.arraycopy(body, 0, whole, start.length, body.length);
        connection.socket().getOutputStream().write(whole);
        InputStream in = connection.in();
        StringBuilder answer = new StringBuilder();
        while (answer.length() < 4 || !answer.substring(answer.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The server closed the connection before answering");
            }
            answer.append((char) b);
        }
        Matcher length = LENGTH.matcher(answer);
        if (!answer.toString().startsWith("HTTP/1.") || !answer.toString().startsWith(" " + expected + " ", 8)
                || !length.find()) {
            throw new IllegalStateException(head.lines().findFirst().orElse("") + ": " + answer);
        }
        return in.readNBytes(Integer.parseInt(length.group(1)));
    }
}
