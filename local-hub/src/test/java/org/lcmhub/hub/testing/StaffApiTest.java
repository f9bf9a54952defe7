package org.lcmhub.hub.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.auth.StaffTokens;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * A local hub of its own for a test class that calls staff routes: started once on the run's
 * moto, with its own local issuer under a temporary folder, and tokens minted by that issuer.
 */
@ExtendWith(MotoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StaffApiTest {
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

    /** An Authorization header value for a staff member of {@code groups}, valid for an hour. */
    protected String token(String email, String... groups) {
        return "Bearer " + StaffTokens.mint(Checkout.root(), work, email, List.of(groups), Duration.ofHours(1));
    }
}
