package org.lcmhub.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.auth.StaffTokens;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * A local hub of its own for a test class: started once on the run's moto, with its own local
 * issuer and outbox under a temporary folder; staff tokens minted by that issuer, learner keys
 * read from that outbox.
 */
@ExtendWith(MotoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LocalHubTest {
    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9._-]+)");

    protected HubServer hub;
    protected HubClient client;
    protected Path work;
    protected Moto moto;

    @BeforeAll
    void startHub(Moto moto, @TempDir Path work) throws Exception {
        this.moto = moto;
        this.work = work;
        hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, false, moto.endpoint(), work));
        client = new HubClient(hub);
    }

    @AfterAll
    void stopHub() {
        hub.close();
    }

    /** The personal key in the first confirmation mail the outbox holds for {@code email}. */
    protected String keyFromOutbox(String email) throws Exception {
        JsonNode messages = HubClient.parse(client.json("GET",
                "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null)).get("messages");
        assertThat(messages).isNotEmpty();
        Matcher m = KEY.matcher(messages.get(0).get("text").asText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** An Authorization header value for a staff member of {@code groups}, valid for an hour. */
    protected String token(String email, String... groups) {
        return "Bearer " + StaffTokens.mint(Checkout.root(), work, email, List.of(groups), Duration.ofHours(1));
    }
}
