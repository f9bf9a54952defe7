package org.lcmhub.hub.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.auth.StaffTokens;

/**
 * {@code POST /dev/token {"email","role","name"?}}: the local staff sign-in, what Cognito's sign-in gives
 * on AWS. Local only (template.yaml has no such route, and the hub listens on loopback only).
 */
public final class DevToken {
    public static final String PATH = "/dev/token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status and JSON body. */
    public record Answer(int status, byte[] body) {
    }

    private final Path root;
    private final Path workDir;

    public DevToken(Path root, Path workDir) {
        this.root = root;
        this.workDir = workDir;
    }

    public Answer issue(byte[] body) throws IOException {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            request = null;
        }
        String email = request == null ? "" : request.path("email").asText("").strip();
        String role = request == null ? "" : request.path("role").asText("");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || !List.of("lcm", "mentor").contains(role)) {
            return new Answer(400, JSON.writeValueAsBytes(Map.of("message", "Give an email and a role (lcm or mentor).")));
        }
        String name = request.path("name").asText("").strip();
        String token = StaffTokens.mint(root, workDir, email, name.isEmpty() ? null : name, List.of(role),
                java.time.Instant.now(), Duration.ofHours(8));
        return new Answer(200, JSON.writeValueAsBytes(Map.of("token", token, "sub", LocalIssuer.subFor(email),
                "expiresIn", 8 * 3600)));
    }
}
