package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.store.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The baked site in Debian's headless Chromium, served by the local hub: axe-core on every page
 * type in both languages, search, the sign-up form with and without JavaScript, and screenshots
 * at phone and desktop widths (target/screenshots/).
 */
class SiteBrowserIT extends HubBrowserBase {
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @AfterAll
    void stop() throws IOException {
        closedForNow.forEach(id -> setOpen(id, !id.startsWith("site-full-")));
    }

    /** The first page of a folder of the baked site, e.g. the first path in en/paths/. */
    private String first(String folder) throws IOException {
        try (Stream<Path> files = Files.list(hub.siteDir().resolve(folder))) {
            return "/" + folder + "/" + files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .sorted().findFirst().orElseThrow(() -> new AssertionError("no page in " + folder));
        }
    }

    /** One URL per page type and language. */
    private List<String> pageTypes() throws IOException {
        List<String> pages = new ArrayList<>(List.of("/", "/no-such-page.html", "/fr/page-qui-nexiste-pas.html"));
        Map<String, List<String>> structural = Map.of(
                "en", List.of("paths", "guides", "authors", "about-the-lcm-role", "check-in", "mentor-profile", "thanks", "error"),
                "fr", List.of("parcours", "guides", "auteurs", "a-propos-du-role-lcm", "point-d-etape", "profil-mentor", "merci", "erreur"));
        for (String lang : List.of("en", "fr")) {
            pages.add("/" + lang + "/index.html");
            pages.add(first(lang + "/paths"));
            pages.add(first(lang + "/guides"));
            pages.add(first(lang + "/tags"));
            pages.add(first(lang + "/roles"));
            structural.get(lang).forEach(slug -> pages.add("/" + lang + "/" + slug + ".html"
                    + (slug.startsWith("err") ? "?code=validation_failed&fields=email,consent" : "")
                    + (slug.equals("thanks") || slug.equals("merci") ? "?status=waitlisted" : "")));
        }
        return pages;
    }

    private void open(String path) {
        browser.driver.get(hub.url().resolve(path).toString());
    }

    /** axe-core's violations on the open page; fails if axe did not check anything at all. */
    private List<String> axeViolations() {
        return browser.axeViolations(axe, WCAG);
    }

    @Test
    void everyPageTypeInBothLanguagesHasNoWcagViolations() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> pages = pageTypes();
        browser.consoleErrors();
        for (String page : pages) {
            open(page);
            String lang = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
            assertThat(lang).as(page).isIn("en", "fr");
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                axeViolations().forEach(v -> problems.add(page + " [" + scheme + "] " + v));
            }
            browser.colorScheme("light");
            // Headings go down one level at a time (a best practice no WCAG tag runs): lists of cards under the title.
            browser.axeRuleViolations(axe, List.of("heading-order")).forEach(v -> problems.add(page + " " + v));
            // The strict CSP of template.yaml holds: nothing refused, no script error.
            browser.consoleErrors().stream()
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Refused") || m.contains("Uncaught"))
                    .forEach(m -> problems.add(page + " console: " + m));
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(28);
        assertThat(problems).as("axe-core (" + String.join(", ", WCAG) + ") and console over " + pages.size() + " pages").isEmpty();
    }

    @Test
    void theSearchBoxFindsAGuideByAWordFromItsBody() throws IOException {
        for (String lang : List.of("en", "fr")) {
            String guide = first(lang + "/guides");
            String word = distinctiveWord(hub.siteDir().resolve(guide.substring(1)));
            open("/" + lang + "/index.html");
            WebElement input = browser.driver.findElement(By.id("search-input"));
            assertThat(input.isDisplayed()).as("the search box shows when JavaScript runs").isTrue();
            input.sendKeys(word);
            List<String> hrefs = new PageWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
                List<String> found = d.findElements(By.cssSelector("#search-results .search-list a")).stream()
                        .map(a -> a.getAttribute("href")).toList();
                return found.isEmpty() ? null : found;
            });
            assertThat(hrefs).as(lang + ": results for '" + word + "'").anySatisfy(h -> assertThat(h).endsWith(guide));
            assertThat(browser.driver.findElements(By.cssSelector("#search-results mark"))).as("hits are marked").isNotEmpty();
            // The count agrees with its number: "1 result", "3 résultats".
            String count = browser.driver.findElement(By.cssSelector("#search-results .search-count")).getText();
            int n = Integer.parseInt(count.replaceAll("\\D.*", ""));
            assertThat(count).isEqualTo(n + " " + ("en".equals(lang) ? (n == 1 ? "result" : "results") : (n <= 1 ? "résultat" : "résultats")));
            assertThat(browser.consoleErrors()).as("Pagefind runs under the CSP").noneMatch(m -> m.contains("Content Security Policy"))
                    .as("the list of pages changed since the whole index is there, empty").noneMatch(m -> m.contains("pagefind-delta"));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(lang + "-search-1280.png"), browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    /**
     * The guides about 1:1s say « rendez-vous individuel » and "1:1"; a reader searching by another
     * common name for it (« entretien individuel », « tête-à-tête », « point individuel », "one on
     * one") gets those two guides first, though no page shows these words: the topic's other
     * names are the guides' Pagefind metadata, weighed as a title.
     */
    @Test
    void theOtherNamesOfA1to1FindItsGuidesFirstInBothLanguages() throws IOException {
        Map<String, List<String>> searches = Map.of(
                "fr", List.of("entretien individuel", "tête-à-tête", "point individuel", "1:1", "one-to-one"),
                "en", List.of("one-to-one", "one on one", "1:1"));
        Map<String, Set<String>> guides = Map.of(
                "fr", Set.of("/fr/guides/preparer-un-entretien-individuel.html", "/fr/guides/tirer-le-meilleur-de-votre-entretien-individuel.html"),
                "en", Set.of("/en/guides/preparing-a-one-to-one.html", "/en/guides/getting-the-most-from-your-one-to-one.html"));
        for (String lang : List.of("fr", "en")) {
            for (String words : searches.get(lang)) {
                open("/" + lang + "/index.html?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
                List<String> first = new ArrayList<>();
                try {
                    new PageWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
                        first.clear();
                        d.findElements(By.cssSelector("#search-results .search-list a")).stream().limit(2)
                                .map(a -> java.net.URI.create(a.getAttribute("href")).getPath()).forEach(first::add);
                        return new java.util.HashSet<>(first).equals(guides.get(lang)) ? first : null;
                    });
                } catch (org.openqa.selenium.TimeoutException e) {
                    // Said below with what came first instead.
                }
                assertThat(first).as(lang + ": the first two results for '" + words + "'").containsExactlyInAnyOrderElementsOf(guides.get(lang));
            }
            browser.screenshot(375, SCREENSHOTS.resolve(lang + "-search-one-to-one-375.png"));
            browser.screenshot(1280, SCREENSHOTS.resolve(lang + "-search-one-to-one-1280.png"));
        }
        // The words are not stuffed into the page: its reader sees the guide's own words only.
        String shown = Jsoup.parse(hub.siteDir().resolve("fr/guides/preparer-un-entretien-individuel.html").toFile(), "UTF-8").body().text();
        assertThat(shown).doesNotContain("entretien individuel", "tête-à-tête", "point individuel");
    }

    /**
     * The cohorts offered on a path page are titled in the page's language, not in the one the
     * browser asks for: a browser in American English reads the French page's cohorts in French,
     * one in French the English page's in English (two cohorts of the path, one taught in each
     * language, both titled after the path; closed again when the test ends).
     */
    @Test
    void theCohortsOfAPathPageAreTitledInThePagesLanguageWhateverTheBrowsersLanguage() throws IOException {
        String pathId = "lcm-practice-12-weeks";
        String en = "Becoming a Learning Community Manager in 12 weeks";
        String fr = "Devenir Learning Community Manager en 12 semaines";
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        List<String> ids = List.of("site-titled-fr-" + UUID.randomUUID(), "site-titled-en-" + UUID.randomUUID());
        cohorts.create(new Cohort(ids.get(0), pathId, fr, Language.FR, LocalDate.now().plusDays(9), 12, 20, true, 0, 0,
                Set.of("nobody"), Instant.now()));
        cohorts.create(new Cohort(ids.get(1), pathId, en, Language.EN, LocalDate.now().plusDays(10), 12, 20, true, 0, 0,
                Set.of("nobody"), Instant.now()));
        try {
            Map<String, List<String>> pages = Map.of("en-US", List.of("/fr/paths/devenir-learning-community-manager.html", fr),
                    "fr-FR", List.of("/en/paths/becoming-a-learning-community-manager.html", en));
            for (var page : pages.entrySet()) {
                try (Browser reader = Browser.start(true, page.getKey())) {
                    reader.driver.get(hub.url().resolve(page.getValue().get(0)).toString());
                    for (String id : ids) {
                        String title = reader.waiting().until(d -> d.findElements(By.cssSelector("input[value='" + id + "'] + label .cohort-title"))
                                .stream().findFirst().map(WebElement::getText).orElse(null));
                        assertThat(asRead(title)).as(page.getKey() + " browser on " + page.getValue().get(0)).isEqualTo(page.getValue().get(1));
                    }
                    reader.assertAccessible(axe, SCREENSHOTS, "cohort-titles-" + page.getKey());
                }
            }
        } finally {
            ids.forEach(id -> setOpen(id, false));
        }
    }

    /** The longest plain word of a guide's text, which few other pages share. */
    private static String distinctiveWord(Path page) throws IOException {
        String text = Jsoup.parse(page.toFile(), "UTF-8").select(".prose").text();
        return Stream.of(text.split("[^A-Za-z]+")).filter(w -> w.length() >= 6)
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /** A path whose only open cohort is the hub's fixture, taught in French (no other test adds one; the demo's wait). */
    private static final String PATH_WITHOUT_ENGLISH_COHORT = "/en/paths/cybersecurity-hygiene-for-everyone.html";
    /** The demo cohorts {@link #onlyFrenchCohorts} closed (opened again when this class ends) and its own (then closed). */
    private final List<String> closedForNow = new ArrayList<>();

    /**
     * Keeps {@link #PATH_WITHOUT_ENGLISH_COHORT} so when another test of the run seeded the demo,
     * which offers English cohorts on every path (closed to sign-ups until this class ends), and
     * adds a full French cohort starting before the fixture's: the one with a seat is still picked.
     */
    private void onlyFrenchCohorts() {
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        String pathId = "cyber-hygiene-4-weeks";
        cohorts.byPath(pathId).stream().filter(c -> c.open() && c.language() == Language.EN).forEach(c -> {
            setOpen(c.cohortId(), false);
            closedForNow.add(c.cohortId());
        });
        String full = "site-full-" + UUID.randomUUID();
        cohorts.create(new Cohort(full, pathId, "Groupe complet", Language.FR, LocalDate.now().plusDays(2), 4, 1, true, 1, 0,
                Set.of("nobody"), Instant.now()));
        closedForNow.add(full);
    }

    private void setOpen(String cohortId, boolean open) {
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.cohort(cohortId))
                .updateExpression("SET isOpen = :o").expressionAttributeValues(Map.of(":o", AttributeValue.fromBool(open))));
    }

    @Test
    void theSignUpFormWorksWithoutJavaScript() throws IOException {
        onlyFrenchCohorts();
        String email = "efua." + UUID.randomUUID() + "@example.org";
        try (Browser noScript = Browser.start(false)) {
            noScript.driver.get(hub.url().resolve(PATH_WITHOUT_ENGLISH_COHORT).toString());
            assertThat(noScript.driver.findElement(By.cssSelector("[data-search]")).isDisplayed())
                    .as("JavaScript is off, so the search box stays hidden").isFalse();
            // The form says what happens when no cohort is in the page's language, as happens here.
            assertThat(noScript.driver.findElement(By.id("signup-cohort")).getText())
                    .contains("If no open cohort of this path is taught in English, you join one taught in another language");
            fillSignup(noScript, "Efua Owusu", email);
            noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();

            new PageWait(noScript.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/en/signed-up/"));
            assertThat(noScript.driver.getCurrentUrl()).endsWith("/en/signed-up/enrolled.html?status=enrolled#taught-fr");
            assertThat(noScript.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You have a seat");
            assertThat(noScript.driver.findElement(By.cssSelector("#taught-fr + .taught-elsewhere")).isDisplayed()).isTrue();
            assertThat(noScript.driver.findElement(By.cssSelector("#taught-fr + .taught-elsewhere")).getText())
                    .isEqualTo("This cohort is taught in French.");
            // A cohort in the page's language says nothing of its language.
            noScript.driver.get(hub.url().resolve("/fr/inscription/enrolled.html?status=enrolled#taught-fr").toString());
            assertThat(noScript.driver.findElements(By.cssSelector(".taught-elsewhere")).stream().filter(WebElement::isDisplayed)).isEmpty();

            // A check-in with a key the API does not accept comes back to its form, which says what to check
            // (shaped like a key: the browser itself stops one that is not).
            noScript.driver.get(hub.url().resolve("/fr/point-d-etape.html").toString());
            noScript.driver.findElement(By.id("checkin-key")).sendKeys("nobody." + "A".repeat(43));
            noScript.driver.findElement(By.id("checkin-progress")).sendKeys("40");
            noScript.driver.findElement(By.id("checkin-hours")).sendKeys("3");
            noScript.driver.findElement(By.id("checkin-mood-4")).click();
            noScript.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
            new PageWait(noScript.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/fr/point-d-etape.html?code="));
            assertThat(noScript.driver.getCurrentUrl()).endsWith("#checkin-error--unauthorized");
            assertThat(noScript.driver.findElement(By.id("checkin-error")).isDisplayed()).isTrue();
            // A key of the right shape that the API does not know: not recognised, rather than missing.
            assertThat(noScript.driver.findElement(By.id("checkin-error")).getText()).contains("Votre point d’étape n’a pas été enregistré",
                    "Cette clé n’est pas reconnue").doesNotContain("de 0 à 100", "humeur", "Merci de coller");
            assertThat(noScript.driver.findElement(By.id("checkin-key-problem-unauthorized")).isDisplayed()).as("under the key field").isTrue();
            assertThat(noScript.driver.findElement(By.id("checkin-key-problem")).isDisplayed()).isFalse();
            assertThat(noScript.driver.findElement(By.id("checkin-progress-problem")).isDisplayed()).isFalse();

            // With a script, the same key is said not recognised under its field, and what was typed stays.
            browser.driver.get(hub.url().resolve("/fr/point-d-etape.html").toString());
            browser.driver.findElement(By.id("checkin-key")).sendKeys("nobody." + "A".repeat(43));
            browser.driver.findElement(By.id("checkin-progress")).sendKeys("40");
            browser.driver.findElement(By.id("checkin-hours")).sendKeys("3");
            browser.driver.findElement(By.id("checkin-mood-4")).click();
            browser.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
            WebElement said = new PageWait(browser.driver, Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.id("checkin-key-error")).stream().findFirst().orElse(null));
            assertThat(said.getText()).startsWith("Cette clé n’est pas reconnue");
            assertThat(browser.driver.findElement(By.id("checkin-progress")).getAttribute("value")).isEqualTo("40");

            // A staff page says it needs JavaScript, and never that it is loading.
            noScript.driver.get(hub.url().resolve("/fr/staff/tableau-de-bord.html").toString());
            assertThat(noScript.driver.findElement(By.tagName("main")).getText()).contains("a besoin de JavaScript")
                    .doesNotContain("Chargement", "API");
            // Nor does it say who is signed in (it cannot know) or offer a sign-in that needs a script.
            assertThat(noScript.driver.findElement(By.id("staff-user")).isDisplayed()).isFalse();
        }
        // With a script each problem has the words it has without one, in the summary as under its field.
        open(PATH_WITHOUT_ENGLISH_COHORT);
        browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
        WebElement problems = new PageWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("#signup .form-errors")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        List<String> listed = problems.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertThat(listed).contains("Please enter your name.", "Please enter a valid email address, such as name@example.org.",
                "Please agree to the use of your data to sign up.");
        assertThat(browser.driver.findElements(By.cssSelector("#signup .field-error")).stream()
                .map(e -> e.getText().replace("⚠ ", ""))).containsExactlyElementsOf(listed);
        // With a script the form says the cohort's language too, after the seat it names.
        fillSignup(browser, "Kofi Owusu", "kofi." + UUID.randomUUID() + "@example.org");
        browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
        WebElement said = new PageWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("#signup .form-success")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(said.getText()).startsWith("You have a seat in").endsWith("This cohort is taught in French.");

        open("/en/thanks.html?status=enrolled");
        assertThat(browser.driver.findElement(By.cssSelector("[data-status=enrolled]")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector("[data-status=waitlisted]")).isDisplayed()).isFalse();
        assertThat(learners(email)).singleElement().satisfies(item -> {
            assertThat(item.get("name").s()).isEqualTo("Efua Owusu");
            assertThat(item.get("language").s()).isEqualTo("en");
        });
    }

    /**
     * A learner in Auckland whose browser runs no script picks her own zone from the baked list
     * (which once stopped at Sydney), in English and in French, and lands on the page that says
     * where she is (a seat, or the waitlist); the hub keeps her zone.
     */
    @Test
    void aLearnerInAucklandSignsUpWithoutJavaScriptInBothLanguages() throws IOException {
        onlyFrenchCohorts();
        Map<String, List<String>> pages = Map.of(
                "en", List.of(PATH_WITHOUT_ENGLISH_COHORT, "Auckland — New Zealand Time (UTC+12)", "en/signed-up/"),
                "fr", List.of("/fr/paths/hygiene-numerique-et-cybersecurite-pour-tous.html",
                        "Auckland — heure de la Nouvelle-Zélande (UTC+12)", "fr/inscription/"));
        try (Browser noScript = Browser.start(false)) {
            for (String lang : List.of("en", "fr")) {
                String email = "aroha." + lang + "." + UUID.randomUUID() + "@example.org";
                noScript.driver.get(hub.url().resolve(pages.get(lang).get(0)).toString());
                noScript.driver.findElement(By.id("signup-name")).sendKeys("Aroha Ngata");
                noScript.driver.findElement(By.id("signup-email")).sendKeys(email);
                noScript.driver.findElement(By.id("signup-consent")).click();
                Select zone = new Select(noScript.driver.findElement(By.id("signup-timezone")));
                // Every usual offset from UTC−11 to UTC+14 has its city, without a script too.
                assertThat(zone.getOptions().stream().map(o -> o.getAttribute("value")).toList())
                        .contains("Pacific/Honolulu", "Australia/Sydney", "Pacific/Noumea", "Pacific/Auckland", "Pacific/Tongatapu");
                zone.selectByVisibleText(pages.get(lang).get(1));
                viewport(noScript, 375, SCREENSHOTS.resolve(lang + "-nojs-signup-auckland-375.png"));
                viewport(noScript, 1280, SCREENSHOTS.resolve(lang + "-nojs-signup-auckland-1280.png"));
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();

                // A seat in the path's open cohort, or a place on its waitlist once other tests filled it.
                String folder = pages.get(lang).get(2);
                new PageWait(noScript.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/" + folder));
                String page = java.net.URI.create(noScript.driver.getCurrentUrl()).getPath().substring(1);
                assertThat(page).isIn(folder + "enrolled.html", folder + "waitlisted.html");
                String heading = Jsoup.parse(hub.siteDir().resolve(page).toFile(), "UTF-8").selectFirst("h1").text();
                assertThat(noScript.driver.findElement(By.tagName("h1")).getText()).as(lang).isNotBlank().isEqualTo(heading);
                viewport(noScript, 375, SCREENSHOTS.resolve(lang + "-nojs-signed-up-auckland-375.png"));
                viewport(noScript, 1280, SCREENSHOTS.resolve(lang + "-nojs-signed-up-auckland-1280.png"));
                assertThat(learners(email)).as(lang).singleElement().satisfies(item -> {
                    assertThat(item.get("timezone").s()).isEqualTo("Pacific/Auckland");
                    assertThat(item.get("language").s()).isEqualTo(lang);
                });
            }
        }
    }

    /** The window at {@code width} (900 px high): by the browser's own tools, as a page without scripts runs none. */
    private static void viewport(Browser b, int width, Path file) throws IOException {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        Files.createDirectories(file.getParent());
        Files.write(file, b.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void withJavaScriptTheFormShowsErrorsInlineThenSuccess() throws IOException {
        String email = "kwame." + UUID.randomUUID() + "@example.org";
        open(first("fr/paths"));
        fillSignup(browser, "Kwame Boateng", "kwame-at-example");
        WebElement button = browser.driver.findElement(By.cssSelector("#signup button[type=submit]"));
        button.click();

        WebElement error = new PageWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.id("signup-email-error")).stream().findFirst().orElse(null));
        WebElement field = browser.driver.findElement(By.id("signup-email"));
        assertThat(error.getText()).contains("adresse e-\u2060mail valide");
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("signup-email-error");
        assertThat(browser.driver.switchTo().activeElement()).as("focus on the first invalid field").isEqualTo(field);
        WebElement summary = browser.driver.findElement(By.cssSelector("#signup .form-errors"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.findElement(By.cssSelector("a[href='#signup-email']")).getText()).isEqualTo(error.getText().replace("⚠ ", ""));
        assertThat(browser.driver.getCurrentUrl()).as("no navigation: the form was sent by script").contains("/fr/paths/");
        assertThat(learners("kwame-at-example")).isEmpty();

        field.clear();
        field.sendKeys(email);
        button.click();
        WebElement success = new PageWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#signup .form-success")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(success.getText()).contains("Vous avez une place dans", "qui commence le");
        assertThat(browser.driver.findElements(By.id("signup-email-error"))).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("#signup .form-errors")).isDisplayed()).isFalse();
        assertThat(learners(email)).singleElement().satisfies(item -> assertThat(item.get("language").s()).isEqualTo("fr"));
    }

    /**
     * A name is measured in characters, as the API counts them: 60 emoji (120 UTF-16 units, which
     * the browser's maxlength counts) are typed whole and taken; 101 letters, which the browser's
     * looser limit lets through, are refused on the page, next to the field, with the words for a
     * name too long, and nothing is sent.
     */
    @Test
    void aNameOfEmojiIsMeasuredInCharactersOnThePageAsByTheApi() throws IOException {
        onlyFrenchCohorts();
        String emoji = "\uD83D\uDE00";
        for (String lang : List.of("en", "fr")) {
            open("en".equals(lang) ? PATH_WITHOUT_ENGLISH_COHORT : first("fr/paths"));
            String tooLong = "en".equals(lang) ? "Your name is too long" : "Votre nom est trop long";
            String refused = lang + "-long." + UUID.randomUUID() + "@example.org";
            fillSignup(browser, "", refused);
            typeName("\u00c9" + "a".repeat(100));
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            WebElement error = new PageWait(browser.driver, Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.id("signup-name-error")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(error.getText()).as(lang).contains(tooLong);
            assertThat(browser.driver.findElement(By.id("signup-name")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot(375, SCREENSHOTS.resolve("signup-name-too-long-" + lang + "-375.png"));
            browser.screenshot(1280, SCREENSHOTS.resolve("signup-name-too-long-" + lang + "-1280.png"));
            assertThat(learners(refused)).as("refused on the page, not sent").isEmpty();

            String email = lang + "-emoji." + UUID.randomUUID() + "@example.org";
            WebElement mail = browser.driver.findElement(By.id("signup-email"));
            mail.clear();
            mail.sendKeys(email);
            browser.driver.findElement(By.id("signup-name")).clear();
            typeName(emoji.repeat(60));
            assertThat(browser.driver.findElement(By.id("signup-name")).getDomProperty("value")).as("typed whole").isEqualTo(emoji.repeat(60));
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            new PageWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("#signup .form-success"))
                    .stream().anyMatch(WebElement::isDisplayed));
            assertThat(learners(email)).as(lang).singleElement()
                    .satisfies(item -> assertThat(item.get("name").s()).isEqualTo(emoji.repeat(60)));
        }
    }

    /** Typed as a keyboard's input method types it (ChromeDriver's keys stop at the basic plane): maxlength holds. */
    private void typeName(String name) {
        browser.driver.findElement(By.id("signup-name")).click();
        browser.driver.executeCdpCommand("Input.insertText", Map.of("text", name));
    }

    @Test
    void aCheckInThatTheApiRefusesShowsTheErrorOnThePage() {
        open("/en/check-in.html?key=not-a-key");
        assertThat(browser.driver.getCurrentUrl()).as("a key in the address is removed on arrival").doesNotContain("key=");
        browser.driver.findElement(By.id("checkin-key")).sendKeys("not-a-key");
        browser.driver.findElement(By.id("checkin-progress")).sendKeys("40");
        browser.driver.findElement(By.id("checkin-hours")).sendKeys("3");
        browser.driver.findElement(By.id("checkin-mood-2")).click();
        browser.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();

        WebElement summary = new PageWait(browser.driver, Duration.ofSeconds(15)).until(d ->
                d.findElements(By.cssSelector(".checkin-form .form-errors")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(summary.findElements(By.tagName("li"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).isEnabled()).isTrue();
        assertThat(browser.driver.getCurrentUrl()).contains("/en/check-in.html");
        assertThat(browser.driver.findElement(By.cssSelector(".checkin-form .form-success")).isDisplayed()).isFalse();
    }

    /**
     * A mistyped address under /fr/ gets the site's one 404 page in French: header, search,
     * footer and words (as it would wherever that one page answers every miss); under /en/ in
     * English; without JavaScript both languages under the English header, still readable.
     */
    @Test
    void aMissingPageSpeaksTheLanguageOfItsAddress() throws IOException {
        open("/fr/page-qui-nexiste-pas.html");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.driver.getTitle()).isEqualTo("Page introuvable · LCM Hub");
        assertThat(browser.driver.findElement(By.cssSelector(".site-nav")).getText())
                .contains("Parcours", "Guides").doesNotContain("Course paths", "The LCM role");
        WebElement search = browser.driver.findElement(By.id("search-input"));
        assertThat(search.isDisplayed()).as("the French search box, bound by the site's script").isTrue();
        assertThat(search.getAttribute("placeholder")).isEqualTo("Rechercher…");
        assertThat(browser.driver.findElement(By.cssSelector(".site-footer")).getText()).contains("Point d’étape")
                .doesNotContain("Weekly check-in");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Cette page n’existe pas")
                .doesNotContain("This page does not exist")
                // One language shown: no heading naming it above the words.
                .doesNotContain("Français");
        assertThat(browser.driver.findElements(By.cssSelector("#search-input"))).hasSize(1);
        assertThat(browser.consoleErrors()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {375, 1280}) {
            browser.screenshot(width, SCREENSHOTS.resolve("fr-not-found-" + width + ".png"));
        }

        open("/en/no-such-guide.html");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.driver.getTitle()).isEqualTo("Page not found · LCM Hub");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain("Cette page n’existe pas");

        try (Browser noScript = Browser.start(false)) {
            noScript.driver.get(hub.url().resolve("/fr/page-qui-nexiste-pas.html").toString());
            assertThat(noScript.driver.findElement(By.tagName("main")).getText())
                    .contains("Page introuvable", "Cette page n’existe pas", "Aller à l’accueil en français", "This page does not exist",
                            "Français", "English");
            assertThat(noScript.driver.findElement(By.cssSelector(".site-nav")).getText()).contains("Course paths");
        }
    }

    @Test
    void screenshotsOfHomePathAndGuideAtPhoneAndDesktopWidths() throws IOException {
        for (String lang : List.of("en", "fr")) {
            Map<String, String> pages = Map.of("home", "/" + lang + "/index.html", "path", first(lang + "/paths"),
                    "guide", first(lang + "/guides"));
            for (var page : pages.entrySet()) {
                for (int width : new int[] {375, 1280}) {
                    open(page.getValue());
                    Path file = SCREENSHOTS.resolve(lang + "-" + page.getKey() + "-" + width + ".png");
                    browser.screenshot(width, file);
                    assertThat(pngWidth(file)).as(file.toString()).isEqualTo(width);
                    Number overflow = (Number) browser.driver.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    assertThat(overflow.intValue()).as("no sideways scrolling on " + page.getValue()).isLessThanOrEqualTo(0);
                }
            }
        }
        browser.colorScheme("dark");
        open(first("en/paths"));
        browser.screenshot(375, SCREENSHOTS.resolve("en-path-375-dark.png"));
        browser.colorScheme("light");
    }

    private static int pngWidth(Path file) throws IOException {
        byte[] header = new byte[24];
        try (var in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(header, 0, 24)).isEqualTo(24);
        }
        return ByteBuffer.wrap(header, 16, 4).getInt();
    }

    private static void fillSignup(Browser b, String name, String email) {
        b.driver.findElement(By.id("signup-name")).sendKeys(name);
        b.driver.findElement(By.id("signup-email")).sendKeys(email);
        // No cohort code: without JavaScript the API places the learner in the path's next open
        // cohort; with it, the open cohorts fetched from the API fill a list with the first chosen.
        b.driver.findElement(By.id("signup-consent")).click();
        // Accra's time, as Abidjan's: among the common zones offered with and without JavaScript.
        new Select(b.driver.findElement(By.id("signup-timezone"))).selectByValue("Africa/Abidjan");
    }

    private List<Map<String, AttributeValue>> learners(String email) {
        return moto.dynamo().scanPaginator(r -> r.tableName(moto.table())
                        .filterExpression("email = :e")
                        .expressionAttributeValues(Map.of(":e", AttributeValue.fromS(email))))
                .items().stream().toList();
    }
}
