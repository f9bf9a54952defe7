package org.lcmhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.hub.site.SiteFiles;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * {@code ./hub serve} on a copy of the site: an edit to content/ shows on a later reload. Each wait
 * prints how long the change took to be served; the time is a figure to read, not an assertion,
 * since a loaded machine slows any rebake (the bake's speed is measured by {@code ./hub bench-bake}).
 */
@ExtendWith(MotoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteRebakeIT {
    private static final String GUIDE = "content/en/guides/running-a-weekly-check-in.md";
    private static final String PAGE = "/en/guides/running-a-weekly-check-in.html";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private Path root;
    private HubServer hub;

    @BeforeAll
    void start(Moto moto, @TempDir Path work) throws Exception {
        root = work.resolve("checkout");
        for (String part : new String[] {"template.yaml", "site", "content"}) {
            SiteFiles.copy(Checkout.root().resolve(part), root.resolve(part));
        }
        // Tools the bake may run after JBake (installed by npm at the checkout root).
        Path modules = Checkout.root().resolve("node_modules");
        if (Files.isDirectory(modules)) {
            Files.createSymbolicLink(root.resolve("node_modules"), modules);
        }
        hub = HubServer.start(new HubServer.Config(root, 0, false, moto.endpoint(), work.resolve("hub")));
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    @Test
    void anEditedGuideIsServedOnReload() throws Exception {
        assertThat(get(PAGE).body()).contains("Running a weekly check-in");

        edit(GUIDE, "title=Running a weekly check-in", "title=Running a lively weekly check-in");
        waitFor(PAGE, body -> body.contains("Running a lively weekly check-in"));
    }

    @Test
    void aNewGuideIsServedOnReload() throws Exception {
        Path source = root.resolve(GUIDE);
        String text = Files.readString(source).replaceFirst("(?m)^title=.*$", "title=Closing a cohort")
                .replaceFirst("(?m)^translationKey=.*$", "translationKey=closing-a-cohort");
        Files.writeString(root.resolve("content/en/guides/closing-a-cohort.md"), text);

        waitFor("/en/guides/closing-a-cohort.html", body -> body.contains("Closing a cohort"));
    }

    @Test
    void invalidContentKeepsTheLastGoodSiteServed() throws Exception {
        String before = get("/fr/guides/animer-un-point-hebdomadaire.html").body();
        int rebakes = hub.siteWatcher().rebakes();

        edit("content/fr/guides/animer-un-point-hebdomadaire.md", "tags=check-in", "tags=pas-une-etiquette");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (hub.siteWatcher().rebakes() == rebakes && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(hub.siteWatcher().rebakes()).as("a rebake ran").isGreaterThan(rebakes);
        HttpResponse<String> page = get("/fr/guides/animer-un-point-hebdomadaire.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(before);

        edit("content/fr/guides/animer-un-point-hebdomadaire.md", "tags=pas-une-etiquette", "tags=check-in");
        edit("content/fr/guides/animer-un-point-hebdomadaire.md", "title=Animer un point hebdomadaire",
                "title=Animer un point hebdomadaire vivant");
        waitFor("/fr/guides/animer-un-point-hebdomadaire.html",
                body -> body.contains("Animer un point hebdomadaire vivant"));
    }

    // ---------------------------------------------------------------------------------------

    private void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Reloads the page until it matches; how long that took from the call. */
    private Duration waitFor(String page, Predicate<String> ready) throws Exception {
        long start = System.nanoTime();
        long deadline = start + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(page);
            if (response.statusCode() == 200 && ready.test(response.body())) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.println("SiteRebakeIT: " + page + " changed after " + took.toMillis() + " ms");
                return took;
            }
            Thread.sleep(25);
        }
        throw new AssertionError(page + " did not change within " + WAIT.toSeconds() + " s");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(hub.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
