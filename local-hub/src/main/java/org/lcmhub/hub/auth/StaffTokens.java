package org.lcmhub.hub.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;

/** Staff tokens for the local hub, for the authorizer template.yaml puts on the staff routes. */
public final class StaffTokens {
    private StaffTokens() {
    }

    /** A token the local hub's authorizer accepts: its issuer, its first audience, the local key. */
    public static String mint(Path root, Path workDir, String email, List<String> groups, Duration ttl) {
        return mint(root, workDir, email, groups, Instant.now(), ttl);
    }

    public static String mint(Path root, Path workDir, String email, List<String> groups, Instant now, Duration ttl) {
        return mint(root, workDir, email, null, groups, now, ttl);
    }

    /** With the {@code name} claim a staff member with a name in the directory gets (none when null). */
    public static String mint(Path root, Path workDir, String email, String name, List<String> groups, Instant now,
                              Duration ttl) {
        SamTemplate template = SamTemplate.read(root.resolve("template.yaml"));
        if (template.authorizers().isEmpty()) {
            throw new IllegalStateException("template.yaml declares no JWT authorizer");
        }
        LocalEnvironment env = Tables.localEnvironment(template);
        SamTemplate.AuthorizerDef def = template.authorizers().values().iterator().next();
        return LocalIssuer.load(workDir).mint(env.resolve(def.issuer()), env.resolve(def.audience().get(0)),
                email, name, groups, now, ttl);
    }
}
