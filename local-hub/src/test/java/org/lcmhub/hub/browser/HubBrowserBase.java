package org.lcmhub.hub.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.hub.HubServer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.HubExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.learner.Learner;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;

/**
 * What every browser test starts from: the run's one local hub and its store, a client for the
 * hub's API, axe-core's source and a headless Chromium of the class's own. JUnit runs this
 * {@code @BeforeAll} before the class's own, which sets up its data and the hub's options, and
 * this {@code @AfterAll} after the class's, which may still use the browser or set an option back.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HubBrowserBase {
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    HubServer hub;
    Moto moto;
    HubClient client;
    Browser browser;
    String axe;

    @BeforeAll
    final void startTheBrowserOnTheHub(HubServer hub, Moto moto) throws IOException {
        this.hub = hub;
        this.moto = moto;
        this.client = new HubClient(hub);
        this.axe = Browser.axeSource();
        this.browser = Browser.start(true);
    }

    @AfterAll
    final void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** {@code learner} placed in their cohort straight in the store, with a personal key: its token, for My page's link. */
    protected String place(Learner learner) {
        LearnerKey key = LearnerKey.issue(learner.learnerId());
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(learner, key.hash(), Instant.now(), Duration.ZERO);
        return key.token();
    }

    /** A text as WebDriver's getText() gives it: a no-break space (French " :") reads as a space. */
    protected static String asRead(String text) {
        return text.replace('\u00a0', ' ');
    }
}
