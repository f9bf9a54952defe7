package org.lcmhub.hub.dev;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * The demo community, seeded once into a test run's store by whichever test needs it first: its
 * cohorts have fixed ids, so a second seed adds nothing, and the tests that read the demo share
 * the first seed's summary (and the site address its links were made with).
 */
public final class DemoSeed {
    /** What the first seed made, and the site address its links point to. */
    public record Seeded(DemoData.Summary summary, String siteUrl) {
    }

    private static final Map<URI, Seeded> FIRST = new HashMap<>();

    private DemoSeed() {
    }

    public static synchronized Seeded first(Moto moto, String siteUrl) {
        return FIRST.computeIfAbsent(moto.endpoint(),
                e -> new Seeded(new DemoData(Checkout.root(), moto.dynamo(), moto.table(), siteUrl).seed(), siteUrl));
    }
}
