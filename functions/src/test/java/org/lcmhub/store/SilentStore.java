package org.lcmhub.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A store that accepts connections and reads each request but never answers, as a frozen
 * engine does; it keeps what it received so a test can compare the SDK's attempts.
 */
public final class SilentStore implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public SilentStore() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "silent-store");
        accept.setDaemon(true);
        accept.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The production client's configuration, pointed at this store. */
    public DynamoDbClient client() {
        return client(endpoint());
    }

    public static DynamoDbClient client(URI endpoint) {
        return Dynamo.builder()
                .endpointOverride(endpoint)
                .region(Region.EU_WEST_3)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    /** Each request received so far, headers and body as text. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread read = new Thread(() -> read(socket), "silent-store-read");
                read.setDaemon(true);
                read.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void read(Socket socket) {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                int headerEnd = text.indexOf("\r\n\r\n");
                if (headerEnd >= 0 && text.length() - headerEnd - 4 >= contentLength(text)) {
                    requests.add(text.toString());
                    text.setLength(0);
                }
            }
        } catch (IOException e) {
            // the client gave up on us: that is the point
        }
    }

    private static int contentLength(CharSequence head) {
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
