package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.community.ModerationEntry;
import org.lcmhub.community.store.dynamodb.DynamoChannelStore;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.GroupCalls;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;
import org.lcmhub.store.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The learner's pages as a phone and a desktop show them, in English and French, with and without
 * JavaScript: where the sign-up's outcome page opens, how the sign-up says what went wrong, what a
 * sign-up refused without a script keeps, the check-in's problems and what it keeps, the welcome
 * mail's link to the code of conduct opened in a fresh browser with the weekly call on the
 * learner's clock, My page's chart labels on a phone, and My page for a learner who joined a
 * running cohort. Screenshots in target/screenshots/ (learnerpages-*).
 */
class LearnerPagesBrowserIT extends HubBrowserBase {
    private static final Map<String, String> SIGNED_UP = Map.of("en", "signed-up", "fr", "inscription");
    private static final Map<String, String> ZONE_WORDS = Map.of("en", "London — British Time (UTC+0)",
            "fr", "Casablanca — heure du Maroc (UTC+1)");
    /** Their zones: with JavaScript a page shows today's offset ({@link ZoneLabels}), without it the baked one. */
    private static final Map<String, String> ZONE_IDS = Map.of("en", "Europe/London", "fr", "Africa/Casablanca");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Browser noScript;

    @BeforeAll
    void start() throws IOException {
        this.noScript = Browser.start(true);
        noScript.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    @AfterAll
    void stop() throws IOException {
        if (noScript != null) {
            noScript.close();
        }
    }

    private PageWait waiting(Browser b) {
        return new PageWait(b.driver, Duration.ofSeconds(20));
    }

    private void open(Browser b, String url) {
        b.driver.get(hub.url().resolve(url).toString());
    }

    private void phone(Browser b, int width) {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void desktop(Browser b) {
        b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Reads the page with a script of the test's own; the page's scripts never ran. */
    private <T> T looking(Browser b, Supplier<T> look) {
        if (b != noScript) {
            return look.get();
        }
        b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        try {
            return look.get();
        } finally {
            b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
    }

    private void shots(Browser b, String name) throws IOException {
        looking(b, () -> {
            try {
                b.screenshot(375, SCREENSHOTS.resolve("learnerpages-" + name + "-375.png"));
                b.screenshot(1280, SCREENSHOTS.resolve("learnerpages-" + name + "-1280.png"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * The last path page: the journey test signs up on the first path and expects the form to
     * pick its own cohort with a seat, so the cohorts made here must not be on that path (the
     * browser tests share one store, and either may run first).
     */
    private String pathPage(String lang) throws IOException {
        try (Stream<Path> files = Files.list(hub.siteDir().resolve(lang + "/paths"))) {
            return "/" + lang + "/paths/" + files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    private String pathIdOf(String page) throws IOException {
        Matcher m = Pattern.compile("name=\"pathId\" value=\"([^\"]+)\"")
                .matcher(Files.readString(hub.siteDir().resolve(page.substring(1))));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** A cohort of 8 weeks that started {@code weeksAgo} Mondays ago, with seats. */
    private Cohort cohort(String lang, String pathId, String tag, int weeksAgo) {
        return cohort(lang, pathId, tag, thisMonday().minusWeeks(weeksAgo));
    }

    private static LocalDate thisMonday() {
        return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Cohort cohort(String lang, String pathId, String tag, LocalDate start) {
        Cohort cohort = new Cohort("learnerpages-" + tag + "-" + lang + "-" + run, pathId, "Group " + tag + " " + lang,
                Language.of(lang), start, 8, 40, true, 0, 0,
                Set.of(LocalIssuer.subFor("lcm-" + run + "@example.org")), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        return cohort;
    }

    // ---- The outcome page without a script -------------------------------------------------------

    /**
     * The API sends a sign-up posted without a script to its outcome's page with the cohort's
     * language as fragment; the page opens at its top (the site's header and the outcome's heading
     * in view) and still says that the cohort is taught in the other language.
     */
    @Test
    void withoutJavaScriptTheOutcomePageOpensAtItsHeadingAndSaysTheCohortsLanguage() throws IOException {
        for (String lang : List.of("en", "fr")) {
            String other = lang.equals("en") ? "fr" : "en";
            for (int width : new int[] {375, 1280}) {
                phone(noScript, width);
                open(noScript, "/" + lang + "/" + SIGNED_UP.get(lang) + "/enrolled.html?status=enrolled#taught-" + other);
                WebElement notice = noScript.driver.findElement(By.cssSelector(".taught-elsewhere"));
                assertThat(notice.isDisplayed()).as(lang + " " + width).isTrue();
                assertThat(notice.getText()).isEqualTo(lang.equals("en") ? "This cohort is taught in French."
                        : "Cette cohorte se déroule en anglais.");
                Number scrolled = looking(noScript, () -> (Number) noScript.driver.executeScript("return window.scrollY"));
                assertThat(scrolled.intValue()).as("opens at the top, " + lang + " at " + width + " px").isZero();
                Boolean headingInView = looking(noScript, () -> (Boolean) noScript.driver.executeScript(
                        "var r = document.querySelector('h1').getBoundingClientRect();"
                                + "return r.top >= 0 && r.bottom <= window.innerHeight;"));
                assertThat(headingInView).as(lang + " " + width).isTrue();
            }
            desktop(noScript);
            shots(noScript, lang + "-nojs-taught-elsewhere");
            // The cohort in the page's language: nothing to say.
            open(noScript, "/" + lang + "/" + SIGNED_UP.get(lang) + "/enrolled.html?status=enrolled#taught-" + lang);
            assertThat(noScript.driver.findElement(By.cssSelector(".taught-elsewhere")).isDisplayed()).isFalse();
        }
    }

    /** A day in full, as a browser's text reads it (no-break spaces as spaces): "Monday 14 December 2026", "lundi 14 décembre 2026". */
    private static final String LONG_DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \\d{1,2} \\p{L}+ \\d{4}";

    /** Whether the page is no wider than the window: nothing overflows sideways. */
    private boolean fitsTheWidth() {
        return (Boolean) browser.driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /**
     * Four cohorts of one path under one title, two per language a week apart: every choice is laid
     * out alike, its first line saying what differs (language, start, seats), the shared title and
     * length on the second, never the title four times over the facts that tell them apart.
     */
    @Test
    void cohortsOfOneTitleAreLaidOutAlikeLeadingWithWhatDiffers() throws IOException {
        String pathId = "project-management-8-weeks";
        String title = "Project basics " + run;
        LocalDate monday = thisMonday().plusWeeks(2);
        // Another test of the run may have seeded the demo's cohorts on every path: closed meanwhile.
        DynamoCohortStore store = new DynamoCohortStore(moto.dynamo(), moto.table());
        List<String> closed = store.byPath(pathId).stream().filter(Cohort::open).map(Cohort::cohortId).toList();
        closed.forEach(id -> setOpen(id, false));
        try {
            fourAlike(pathId, title, monday);
        } finally {
            closed.forEach(id -> setOpen(id, true));
            store.byPath(pathId).stream().map(Cohort::cohortId).filter(id -> id.startsWith("learnerpages-alike-"))
                    .forEach(id -> setOpen(id, false));
        }
    }

    private void setOpen(String cohortId, boolean open) {
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.cohort(cohortId))
                .updateExpression("SET isOpen = :o").expressionAttributeValues(Map.of(":o", AttributeValue.fromBool(open))));
    }

    private void fourAlike(String pathId, String title, LocalDate monday) throws IOException {
        int n = 0;
        for (String lang : List.of("en", "fr")) {
            for (LocalDate start : List.of(monday, monday.plusWeeks(1))) {
                new DynamoCohortStore(moto.dynamo(), moto.table()).create(new Cohort("learnerpages-alike-" + n++ + "-" + run,
                        pathId, title, Language.of(lang), start, 8, 10 + n, true, 0, 0,
                        Set.of(LocalIssuer.subFor("lcm-" + run + "@example.org")), Instant.now()));
            }
        }
        for (String lang : List.of("en", "fr")) {
            boolean en = "en".equals(lang);
            open(browser, en ? "/en/paths/digital-project-management.html" : "/fr/paths/gestion-de-projet-numerique.html");
            List<WebElement> labels = waiting(browser).withMessage(() -> "the choices: " + browser.driver
                    .findElements(By.cssSelector("#signup .cohort-choice label")).stream().map(WebElement::getText).toList())
                    .until(d -> {
                        List<WebElement> all = d.findElements(By.cssSelector("#signup .cohort-choice label"));
                        return all.size() == 4 ? all : null;
                    });
            for (WebElement label : labels) {
                String first = asRead(label.findElement(By.cssSelector(".cohort-title")).getText());
                String second = asRead(label.findElement(By.cssSelector(".cohort-facts")).getText());
                assertThat(first).as(lang).matches((en ? "In (English|French) · starts .* · \\d+ seats left"
                        : "En (anglais|français) · début le .* · \\d+ places restantes")).doesNotContain(title);
                assertThat(second).as(lang).isEqualTo(title + " · " + (en ? "8 weeks" : "8 semaines"));
            }
            browser.assertAccessible(axe, SCREENSHOTS, "signup-cohorts-alike-" + lang);
        }
    }

    /** A cohort's start on the sign-up form keeps its day, month and year on one line, even on a phone. */
    @Test
    void aCohortsStartKeepsItsDayMonthAndYearTogether() throws IOException {
        for (String lang : List.of("en", "fr")) {
            String page = pathPage(lang);
            cohort(lang, pathIdOf(page), "dates", LocalDate.of(2027, 1, 24));
            phone(browser, 375);
            open(browser, page);
            List<String> facts = waiting(browser).until(d -> {
                List<String> all = d.findElements(By.cssSelector("#signup .cohort-facts")).stream()
                        .map(e -> e.getAttribute("textContent")).toList();
                return all.isEmpty() ? null : all;
            });
            // In full, as a sentence names a day ("starts Sunday 24 January 2027"), its day, month and
            // year one unit; a line may end after its weekday.
            assertThat(facts).as(lang).anyMatch(f -> f.contains(lang.equals("en") ? "starts Sunday 24\u00a0January\u00a02027"
                    : "début le dimanche 24\u00a0janvier\u00a02027"));
            assertThat(fitsTheWidth()).as(lang + ": nothing wider than the phone").isTrue();
            shots(browser, lang + "-signup-dates-375");
            desktop(browser);
        }
    }

    /**
     * Every English month in three letters, September too (British English writes "Sept" beside
     * "Oct"), in a full date and in a chart's week label; French keeps its own ("sept.").
     */
    @Test
    void everyPageWritesSeptemberAsItsOtherMonths() {
        for (String lang : List.of("en", "fr")) {
            open(browser, "/" + lang + "/");
            Object dates = waiting(browser).until(d -> browser.driver.executeScript("return window.LcmI18n && "
                    + "[LcmI18n.date('2026-09-28'), LcmI18n.dayMonth('2026-09-28'), LcmI18n.date('2026-10-05')]"));
            assertThat(dates).as(lang).isEqualTo(lang.equals("en")
                    ? List.of("Mon\u00a028\u00a0Sep\u00a02026", "28\u00a0Sep", "Mon\u00a05\u00a0Oct\u00a02026")
                    : List.of("lun.\u00a028\u00a0sept.\u00a02026", "28\u00a0sept.", "lun.\u00a05\u00a0oct.\u00a02026"));
        }
    }

    // ---- The sign-up's problems, with and without a script ------------------------------------------

    /** The same heading over what went wrong, whether the page's script lists it or the API's redirect shows it. */
    @Test
    void theSignUpSaysWhatWentWrongUnderOneHeadingWithOrWithoutJavaScript() throws IOException {
        for (String lang : List.of("en", "fr")) {
            String page = pathPage(lang);
            open(browser, page);
            waiting(browser).until(d -> d.findElements(By.cssSelector("#signup [data-cohorts]")).size() > 0);
            browser.consoleErrors();
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            WebElement summary = waiting(browser).until(d -> d.findElements(By.cssSelector("#signup .form-errors")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            String withScript = summary.findElement(By.tagName("h3")).getText();
            // An empty form is checked by the page, in its words next to each field, and never posted
            // (a refused post is a 400 in the console).
            assertThat(browser.driver.findElement(By.id("signup-name-error")).getText().replace('\u00a0', ' '))
                    .isEqualTo(lang.equals("en") ? "Please enter your name." : "Merci d’indiquer votre nom.");
            assertThat(browser.driver.findElement(By.id("signup-consent-error")).getText().replace('\u00a0', ' '))
                    .isEqualTo(lang.equals("en") ? "Please agree to the use of your data to sign up."
                            : "Merci d’accepter l’utilisation de vos données pour vous inscrire.");
            assertThat(browser.consoleErrors()).as("the console after an empty sign-up").noneMatch(m -> m.contains("/api/signups"));
            shots(browser, lang + "-signup-problems");

            // Without a script, a sign-up the API refuses (here the honeypot a robot fills) comes back to the box.
            open(noScript, page);
            fill(noScript, lang, "Ama Owusu", "ama-" + lang + run + "@example.org");
            looking(noScript, () -> noScript.driver.executeScript(
                    "document.querySelector('#signup input[name=website]').value = 'http://spam.example'"));
            noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            waiting(noScript).until(d -> d.getCurrentUrl().contains("#signup-error--other"));
            WebElement box = noScript.driver.findElement(By.id("signup-error"));
            assertThat(box.isDisplayed()).isTrue();
            // (WebDriver reads a no-break space as a space.)
            assertThat(box.findElement(By.tagName("h3")).getText()).as(lang).isEqualTo(withScript)
                    .isEqualTo(lang.equals("en") ? "Your sign-up was not saved. What went wrong:"
                            : "Votre inscription n’a pas été enregistrée. Ce qui n’a pas fonctionné :");
            shots(noScript, lang + "-nojs-signup-problems");
        }
    }

    /**
     * A name longer than the API takes (pasted past the field's limit, or posted by another client)
     * is said to be too long, not missing, with a script and without one, in both languages.
     */
    @Test
    void aNameTooLongIsSaidToBeTooLongNotMissing() throws IOException {
        String tooLong = "x".repeat(150);
        for (String lang : List.of("en", "fr")) {
            String page = pathPage(lang);
            cohort(lang, pathIdOf(page), "long", 1);
            String words = lang.equals("en") ? "Your name is too long: please keep it to 100 characters at most."
                    : "Votre nom est trop long : 100 caractères au plus, merci.";
            open(browser, page);
            waiting(browser).until(d -> d.findElements(By.cssSelector("#signup [data-cohorts]")).size() > 0);
            fill(browser, lang, "Ama", "ama-long-" + lang + run + "@example.org");
            browser.driver.executeScript("document.getElementById('signup-name').value = arguments[0]", tooLong);
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            WebElement error = waiting(browser).until(d -> d.findElements(By.id("signup-name-error")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(error.getText().replace('\u00a0', ' ')).as(lang).isEqualTo(words);

            open(noScript, page);
            fill(noScript, lang, "Ama", "ama-long-nojs-" + lang + run + "@example.org");
            looking(noScript, () -> noScript.driver.executeScript(
                    "document.getElementById('signup-name').removeAttribute('maxlength');"
                            + "document.getElementById('signup-name').value = arguments[0]", tooLong));
            noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            waiting(noScript).until(d -> d.getCurrentUrl().contains("#signup-error--name_too_long"));
            WebElement line = noScript.driver.findElement(By.id("signup-name-problem-name_too_long"));
            assertThat(line.isDisplayed()).isTrue();
            assertThat(line.getText().replace('\u00a0', ' ')).as(lang).isEqualTo(words);
            assertThat(noScript.driver.findElement(By.id("signup-name-problem")).isDisplayed()).isFalse();
        }
    }

    /**
     * A learner joining two paths in a row: the second sign-up, within the minute the API holds
     * between two of one address, is refused with a 429 that the page words in its own language.
     */
    @Test
    void aSecondSignUpWithinTheMinuteIsAskedToWaitInThePagesLanguage() throws IOException {
        for (String lang : List.of("en", "fr")) {
            String email = "esi-twice-" + lang + run + "@example.org";
            open(browser, pathPage(lang));
            waiting(browser).until(d -> d.findElements(By.cssSelector("#signup [data-cohorts] input")).size() > 0);
            fill(browser, lang, "Esi Mensah", email);
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            waiting(browser).until(d -> d.findElements(By.cssSelector("#signup .form-success")).stream().anyMatch(WebElement::isDisplayed));

            open(browser, otherPathPage(lang));
            waiting(browser).until(d -> d.findElements(By.cssSelector("#signup [data-cohorts] input")).size() > 0);
            fill(browser, lang, "Esi Mensah", email);
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            WebElement summary = waiting(browser).until(d -> d.findElements(By.cssSelector("#signup .form-errors")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(summary.getText().replace('\u00a0', ' ')).contains(lang.equals("en")
                    ? "You sent this form a moment ago. Wait a minute, then send it again."
                    : "Vous venez d’envoyer ce formulaire. Attendez une minute, puis envoyez-le à nouveau.")
                    .doesNotContain("Une erreur est survenue", "try again in");
        }
    }

    /** The path page before the last: one the journey test does not sign up on either. */
    private String otherPathPage(String lang) throws IOException {
        try (Stream<Path> files = Files.list(hub.siteDir().resolve(lang + "/paths"))) {
            List<String> pages = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
            return "/" + lang + "/paths/" + pages.get(pages.size() - 2);
        }
    }

    private void fill(Browser b, String lang, String name, String email) {
        b.driver.findElement(By.id("signup-name")).sendKeys(name);
        b.driver.findElement(By.id("signup-email")).sendKeys(email);
        new Select(b.driver.findElement(By.id("signup-timezone"))).selectByVisibleText(
                b == noScript ? ZONE_WORDS.get(lang) : ZoneLabels.today(ZONE_WORDS.get(lang), ZONE_IDS.get(lang)));
        b.driver.findElement(By.id("signup-consent")).click();
    }

    /**
     * Without a script, a sign-up missing a field is stopped by the browser before it is sent: the
     * page stays with what the learner typed (a refused post would come back as an empty form), and
     * the sign-up goes through once the field is filled.
     */
    @Test
    void withoutJavaScriptASignUpMissingAFieldKeepsWhatTheLearnerTyped() throws Exception {
        for (String lang : List.of("en", "fr")) {
            String page = pathPage(lang);
            cohort(lang, pathIdOf(page), "kept", 1);
            for (int width : new int[] {375, 1280}) {
                phone(noScript, width);
                open(noScript, page);
                String email = "kofi-" + width + "-" + lang + run + "@example.org";
                noScript.driver.findElement(By.id("signup-name")).sendKeys("Kofi Annan");
                noScript.driver.findElement(By.id("signup-email")).sendKeys(email);
                noScript.driver.findElement(By.id("signup-consent")).click();
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
                // No zone chosen: nothing is sent, the form keeps its values.
                assertThat(noScript.driver.getCurrentUrl()).doesNotContain("code=");
                assertThat(noScript.driver.findElement(By.id("signup-name")).getAttribute("value")).isEqualTo("Kofi Annan");
                assertThat(noScript.driver.findElement(By.id("signup-email")).getAttribute("value")).isEqualTo(email);
                assertThat(noScript.driver.findElement(By.id("signup-consent")).isSelected()).isTrue();
                Boolean zoneInvalid = looking(noScript, () -> (Boolean) noScript.driver.executeScript(
                        "return document.getElementById('signup-timezone').matches(':invalid')"));
                assertThat(zoneInvalid).isTrue();
                new Select(noScript.driver.findElement(By.id("signup-timezone"))).selectByVisibleText(ZONE_WORDS.get(lang));
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
                waiting(noScript).until(d -> d.getCurrentUrl().contains("/enrolled.html"));
            }
            desktop(noScript);
        }
    }

    // ---- The check-in's problems, with and without a script ----------------------------------------

    /**
     * The check-in heads what went wrong alike with a script and without; without one, the browser
     * stops a value the API would refuse, so the key pasted and the figures typed stay.
     */
    @Test
    void theCheckInSaysWhatWentWrongUnderOneHeadingAndWithoutJavaScriptKeepsWhatTheLearnerTyped() throws Exception {
        for (String lang : List.of("en", "fr")) {
            String page = lang.equals("en") ? "/en/check-in.html" : "/fr/point-d-etape.html";
            String key = keyOf(signUp(cohort(lang, pathIdOf(pathPage(lang)), "checkin", 1), "kwame-ci-" + lang + run + "@example.org",
                    "UTC"));
            // A browser that holds no key (the other tests' learners opened My page in this one).
            open(browser, page);
            browser.driver.executeScript("localStorage.clear(); sessionStorage.clear();");
            open(browser, page);
            waiting(browser).until(d -> d.findElement(By.id("checkin-key")).isDisplayed());
            browser.driver.findElement(By.id("checkin-key")).sendKeys(key);
            browser.driver.findElement(By.id("checkin-progress")).sendKeys("150");
            browser.driver.findElement(By.id("checkin-mood-3")).click();
            browser.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
            WebElement summary = waiting(browser).until(d -> d.findElements(By.cssSelector(".checkin-form .form-errors")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            String withScript = summary.findElement(By.tagName("h3")).getText();
            assertThat(withScript).isEqualTo(lang.equals("en") ? "Your check-in was not saved. What went wrong:"
                    : "Votre point d’étape n’a pas été enregistré. Ce qui n’a pas fonctionné :");
            shots(browser, lang + "-checkin-problems");

            for (int width : new int[] {375, 1280}) {
                phone(noScript, width);
                open(noScript, page);
                noScript.driver.findElement(By.id("checkin-key")).sendKeys(key);
                noScript.driver.findElement(By.id("checkin-progress")).sendKeys("150");
                noScript.driver.findElement(By.id("checkin-mood-3")).click();
                noScript.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
                // Out of range and no hours: nothing is sent, the form keeps its values.
                assertThat(noScript.driver.getCurrentUrl()).doesNotContain("code=");
                assertThat(noScript.driver.findElement(By.id("checkin-key")).getAttribute("value")).isEqualTo(key);
                assertThat(noScript.driver.findElement(By.id("checkin-progress")).getAttribute("value")).isEqualTo("150");
                assertThat(noScript.driver.findElement(By.id("checkin-mood-3")).isSelected()).isTrue();
            }
            desktop(noScript);
            shots(noScript, lang + "-nojs-checkin-kept");
            // A refusal only the API makes (a key it does not know) comes back to the box, under the same heading.
            open(noScript, page);
            noScript.driver.findElement(By.id("checkin-key")).sendKeys("nobody." + "A".repeat(43));
            noScript.driver.findElement(By.id("checkin-progress")).sendKeys("40");
            noScript.driver.findElement(By.id("checkin-hours")).sendKeys("3");
            noScript.driver.findElement(By.id("checkin-mood-4")).click();
            noScript.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
            waiting(noScript).until(d -> d.getCurrentUrl().contains("#checkin-error--unauthorized"));
            assertThat(noScript.driver.findElement(By.cssSelector("#checkin-error h3")).getText()).as(lang).isEqualTo(withScript);
            shots(noScript, lang + "-nojs-checkin-problems");
        }
    }

    /** Signs {@code email} up to {@code cohort} in its language, living in {@code zone}; the address back. */
    private String signUp(Cohort cohort, String email, String zone) throws Exception {
        assertThat(client.json("POST", "/api/signups", null, "{\"name\":\"Ama Owusu\",\"email\":\"" + email
                + "\",\"pathId\":\"" + cohort.pathId() + "\",\"cohortId\":\"" + cohort.cohortId() + "\",\"language\":\""
                + cohort.language().code() + "\",\"timezone\":\"" + zone + "\",\"consent\":true}").body())
                .contains("\"result\":\"enrolled\"");
        return email;
    }

    // ---- The welcome mail's places on My page ------------------------------------------------------

    /**
     * The welcome mail's link to the code of conduct, opened in a browser that has never held the
     * key, opens My page at the code; the weekly call, at 12:00 in Paris, is given on the learner's
     * clock too (Montréal: 06:00, some weeks 07:00), as the mail gives it.
     */
    @Test
    void theWelcomeMailsConductLinkOpensTheCodeInAFreshBrowserWithTheCallOnTheLearnersClock() throws Exception {
        for (String lang : List.of("en", "fr")) {
            Cohort cohort = cohort(lang, pathIdOf(pathPage(lang)), "conduct", 1);
            String lcm = LocalIssuer.subFor("lcm-" + run + "@example.org");
            new DynamoChannelStore(moto.dynamo(), moto.table()).add(
                    new Channel(cohort.cohortId(), "call-" + run, ChannelKind.CALL,
                            "Tuesday call", "https://meet.example.org/tue",
                            new Channel.GroupCall("tue", "12:00", "Europe/Paris", 60), Instant.now()), lcm);
            new DynamoModerationStore(moto.dynamo(), moto.table()).setConduct(
                    cohort.cohortId(), "Be kind.", new ModerationEntry("e-" + lang + run, cohort.cohortId(),
                            ModerationEntry.CONDUCT, null, null, lcm, "lcm-" + run + "@example.org",
                            null, Instant.now()));
            String email = signUp(cohort, "ama-conduct-" + lang + run + "@example.org", "America/Montreal");
            // 06:00, or 07:00 in the weeks of March and autumn when only one of the two is on summer time.
            java.time.LocalTime montreal = GroupCalls.next(DayOfWeek.TUESDAY, java.time.LocalTime.NOON, ZoneId.of("Europe/Paris"))
                    .withZoneSameInstant(ZoneId.of("America/Montreal")).toLocalTime();
            String outbox = client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null).body();
            Matcher link = Pattern.compile("(http\\S+/me\\.html#key=[A-Za-z0-9._-]+&me-conduct)").matcher(outbox);
            assertThat(link.find()).as(outbox).isTrue();

            for (int width : new int[] {375, 1280}) {
                try (Browser fresh = Browser.start(true)) {
                    phone(fresh, width);
                    fresh.driver.get(link.group(1));
                    WebElement code = waiting(fresh).until(d -> d.findElements(By.id("me-conduct-text")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null));
                    assertThat(code.getText()).isEqualTo("Be kind.");
                    waiting(fresh).until(d -> "me-conduct".equals(
                            fresh.driver.executeScript("return document.activeElement.id")));
                    assertThat(fresh.driver.getCurrentUrl()).as("the key leaves the address").endsWith("/me.html#me-conduct");
                    assertThat(fresh.driver.findElement(By.id("me-channels")).getText()).contains(lang.equals("en")
                            ? "In your time: every Tuesday at " + montreal + " (Eastern Time)"
                            : "Chez vous : chaque mardi à " + montreal.getHour() + " h (heure de l’Est");
                    fresh.screenshot(width, SCREENSHOTS.resolve("learnerpages-" + lang + "-conduct-fresh-" + width + ".png"));
                }
            }
        }
    }

    /**
     * A learner in São Paulo reads the zone of the cohort's call as the sign-up form's list names it
     * ("Brasília Time", never the JDK's "Brasilia Time" nor the browser's "Brasilia Standard Time"),
     * in the welcome mail and on My page, which loads the zones' words only then; a French reader
     * reads the time "18 h 30", its spaces no-break ones.
     */
    @Test
    void theMailAndMyPageNameTheCallsZoneAsTheZoneListDoesAndFrenchWritesTheTimeWithAnH() throws Exception {
        for (String lang : List.of("en", "fr")) {
            boolean en = lang.equals("en");
            Cohort cohort = cohort(lang, pathIdOf(pathPage(lang)), "zones", 1);
            new DynamoChannelStore(moto.dynamo(), moto.table()).add(
                    new Channel(cohort.cohortId(), "call-zones-" + run, ChannelKind.CALL, "Thursday call",
                            "https://meet.example.org/thu", new Channel.GroupCall("thu", "18:30", "America/Sao_Paulo", 60),
                            Instant.now()), LocalIssuer.subFor("lcm-" + run + "@example.org"));
            String email = signUp(cohort, "ama-zones-" + lang + run + "@example.org", "America/Sao_Paulo");
            String name = en ? "Brasília Time" : "heure de Brasília";
            String mail = HubClient.parse(client.json("GET", "/dev/outbox?to="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null)).at("/messages/0/text").asText();
            assertThat(mail).contains(en ? "(every Thursday at 18:30, " + name + ")"
                    : "(chaque jeudi à 18\u00a0h\u00a030, " + name + ")");

            try (Browser fresh = Browser.start(true)) {
                phone(fresh, 375);
                fresh.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keyOf(email)).toString());
                waiting(fresh).until(d -> d.findElement(By.id("me-community")).isDisplayed());
                WebElement places = fresh.driver.findElement(By.id("me-channels"));
                // textContent keeps the no-break spaces: "60 minutes" stays on one line.
                String when = en ? "Every Thursday at 18:30 (" + name + "), 60\u00a0minutes"
                        : "Chaque jeudi à 18\u00a0h\u00a030 (" + name + "), 60\u00a0minutes";
                waiting(fresh).until(d -> String.valueOf(fresh.driver.executeScript("return arguments[0].textContent", places))
                        .contains(when));
                // The name the lists give the zone: the label of the sign-up form's option.
                assertThat(String.valueOf(fresh.driver.executeScript(
                        "return window.LcmZones." + lang + "['tz.America/Sao_Paulo']"))).contains(" — " + name + " (");
                fresh.screenshot(375, SCREENSHOTS.resolve("learnerpages-" + lang + "-call-zone-375.png"));
            }
        }
    }

    // ---- My page ------------------------------------------------------------------------------------

    private String keyOf(String email) throws Exception {
        String outbox = client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null).body();
        Matcher m = Pattern.compile("#key=([A-Za-z0-9._-]+)").matcher(outbox);
        assertThat(m.find()).as(outbox).isTrue();
        return m.group(1);
    }

    /**
     * A learner who joined a cohort of eight weeks a week ago today, in its third week: their own
     * week is the second, of six (their plan ends with the cohort). The history's row for this
     * week, its plan figure and the standing count the same week.
     */
    private String lateJoiner(String lang, String page) throws Exception {
        return lateJoiner(lang, cohort(lang, pathIdOf(page), "late", 3), Instant.now().minus(Duration.ofDays(7)));
    }

    private String lateJoiner(String lang, Cohort cohort, Instant joined) throws Exception {
        String email = cohort.cohortId() + "@example.org";
        String answer = client.json("POST", "/api/signups", null, "{\"name\":\"Yaw Mensah\",\"email\":\"" + email
                + "\",\"pathId\":\"" + cohort.pathId() + "\",\"cohortId\":\"" + cohort.cohortId() + "\",\"language\":\""
                + lang + "\",\"timezone\":\"UTC\",\"consent\":true}").body();
        assertThat(answer).contains("\"result\":\"enrolled\"");
        String key = keyOf(email);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.learner(key.substring(0, key.lastIndexOf('.'))))
                .updateExpression("SET createdAt = :then")
                .expressionAttributeValues(Map.of(":then", Keys.s(joined.toString()))));
        assertThat(client.json("POST", "/api/checkins", "Bearer " + key,
                "{\"progress\":30,\"hoursSpent\":4,\"mood\":4,\"needHelp\":false}").statusCode()).isIn(200, 201);
        return key;
    }

    /** The day before the start, My page says "tomorrow", not "in 1 day". */
    @Test
    void theDayBeforeItsStartMyPageSaysTheCohortStartsTomorrow() throws Exception {
        for (String lang : List.of("en", "fr")) {
            LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1);
            String email = signUp(cohort(lang, pathIdOf(pathPage(lang)), "tomorrow", tomorrow), "yaw-tomorrow-" + lang + run + "@example.org",
                    "Europe/Paris");
            open(browser, "/" + lang + "/me.html#key=" + keyOf(email));
            WebElement facts = waiting(browser).until(d -> d.findElements(By.id("me-cohort")).stream()
                    .filter(e -> e.isDisplayed() && e.findElements(By.tagName("li")).size() > 1).findFirst().orElse(null));
            assertThat(facts.getText()).as(lang).contains(lang.equals("en") ? "Starts tomorrow" : "Commence demain")
                    .doesNotContain("1 day", "1 jour", "1\u00a0day", "1\u00a0jour");
            // The check-in, where help is asked for, opens on the first day: not "tick it" today.
            assertThat(browser.driver.findElement(By.id("me-lcm-text")).getText()).as(lang)
                    .contains(lang.equals("en") ? "From the cohort’s first day" : "Dès le premier jour de la cohorte")
                    .doesNotContain(lang.equals("en") ? "To ask for help" : "Pour demander de l’aide")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                    // No mail from the LCM may have come yet: replying is for when one does.
                    .doesNotContain(lang.equals("en") ? "any email they send you" : "n’importe lequel de ses e-\u2060mails")
                    .contains(lang.equals("en") ? "if your LCM writes to you, you can reply to their email"
                            : "si votre LCM vous écrit, vous pouvez répondre à son e-\u2060mail");
            shots(browser, lang + "-starts-tomorrow");
        }
    }

    /**
     * My page's scripts are deferred: one still downloading when GET /api/me answers (a slow
     * network, a busy phone) runs after learner.js told the page about the learner, and must still
     * show the plan. The test holds my-plan.js back until learner.js has spoken, then lets it load.
     */
    @Test
    void aScriptThatLoadsAfterMyPageHasItsLearnerStillShowsThePlan() throws Exception {
        String key = lateJoiner("en", cohort("en", pathIdOf(pathPage("en")), "slow-script", 1),
                Instant.now().minus(Duration.ofDays(7)));
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/my-plan.js*")));
        try {
            open(browser, "/en/me.html#key=" + key);
            waiting(browser).until(d -> !d.findElement(By.id("me-status")).getText().isBlank());
            // The greeting is set as the panels' headings are, not in the page title's serif.
            assertThat(browser.driver.findElement(By.id("me-hello")).getCssValue("font-family"))
                    .isEqualTo(browser.driver.findElement(By.id("me-status-title")).getCssValue("font-family"));
            assertThat(browser.driver.findElement(By.id("me-plan")).isDisplayed()).as("no plan without its script").isFalse();
            browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.driver.executeScript("var s = document.createElement('script'); s.src = '/js/my-plan.js';"
                    + " document.body.appendChild(s);");
            WebElement facts = waiting(browser).until(d -> d.findElements(By.cssSelector("#me-plan-facts li")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(facts.getText()).contains("h a week");
        } finally {
            browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.driver.executeCdpCommand("Network.disable", Map.of());
        }
    }

    @Test
    void myPageCountsALateJoinersWeeksAsTheirStandingDoesAndItsChartLabelsStayReadableOnAPhone() throws Exception {
        for (String lang : List.of("en", "fr")) {
            String key = lateJoiner(lang, pathPage(lang));
            open(browser, "/" + lang + "/me.html#key=" + key);
            WebElement standing = waiting(browser).until(d -> d.findElements(By.id("me-standing")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            // Own week 2 of 6 (the cohort's third week to its last): the plan expects 17 % at its start
            // and 33 % by its end.
            assertThat(standing.getText()).contains("17", "33");
            WebElement row = browser.driver.findElement(By.cssSelector("#me-history tbody tr"));
            assertThat(row.findElement(By.tagName("th")).getText()).startsWith(lang.equals("en") ? "Week 2 " : "Semaine 2 ")
                    // The week's Monday in full, as the cohort's dates are.
                    .matches(".*\\((" + LONG_DAY + ")\\)");
            assertThat(browser.driver.findElement(By.id("me-cohort")).getText())
                    .containsPattern((lang.equals("en") ? "" : "du ") + LONG_DAY + (lang.equals("en") ? " to " : " au ") + LONG_DAY);
            assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo(lang.equals("en") ? "33%" : "33\u202f%");
            // The chart runs over their six weeks, to the cohort's last, where the plan reaches 100 %.
            assertThat(browser.driver.findElement(By.cssSelector("#me-chart polyline.chart-plan")).getAttribute("points")
                    .split(" ")).hasSize(6);
            // Their own week, which the history's row names, is said beside the cohort's.
            assertThat(browser.driver.findElement(By.id("me-cohort")).getText())
                    .contains(lang.equals("en") ? "this is your week 2, as your history counts it" : "c’est votre semaine 2, comme")
                    .contains(lang.equals("en") ? "The cohort is in its week" : "La cohorte en est à sa semaine");

            phone(browser, 375);
            // Drawn again at the phone's width (the page listens for the resize).
            waiting(browser).until(d -> ((Number) browser.driver.executeScript(
                    "return document.querySelector('#me-chart svg').viewBox.baseVal.width")).intValue() < 360);
            @SuppressWarnings("unchecked")
            List<Map<String, Number>> labels = (List<Map<String, Number>>) browser.driver.executeScript(
                    "return Array.from(document.querySelectorAll('#me-chart svg text')).map(function (t) {"
                            + " var r = t.getBoundingClientRect();"
                            + " return {size: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,"
                            + " left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })");
            assertThat(labels).hasSizeGreaterThan(3);
            for (int i = 0; i < labels.size(); i++) {
                Map<String, Number> a = labels.get(i);
                assertThat(a.get("size").doubleValue()).as(lang + " label " + i + " at 375 px").isGreaterThanOrEqualTo(12);
                for (int j = i + 1; j < labels.size(); j++) {
                    Map<String, Number> b = labels.get(j);
                    boolean apart = a.get("right").doubleValue() <= b.get("left").doubleValue()
                            || b.get("right").doubleValue() <= a.get("left").doubleValue()
                            || a.get("bottom").doubleValue() <= b.get("top").doubleValue()
                            || b.get("bottom").doubleValue() <= a.get("top").doubleValue();
                    assertThat(apart).as(lang + " labels " + i + " and " + j + " do not overlap").isTrue();
                }
            }
            assertThat(fitsTheWidth()).as(lang + ": My page's long dates fit the phone").isTrue();
            desktop(browser);
            shots(browser, lang + "-me-late-joiner");
        }
    }

    /**
     * A cohort of eight weeks that started on a Thursday spans nine ISO weeks; a learner who joined
     * on the Monday of its third has seven, to its last day. The page counts them as the server
     * does, and still does once they left (no standing: the cohort's weeks come with the cohort).
     */
    @Test
    void aLateJoinerOfAThursdayCohortEndsWithItWithOrWithoutAStanding() throws Exception {
        for (String lang : List.of("en", "fr")) {
            Cohort thursday = cohort(lang, pathIdOf(pathPage(lang)), "thu", thisMonday().minusWeeks(3).plusDays(3));
            long week = java.time.temporal.ChronoUnit.DAYS.between(thursday.startDate(), LocalDate.now(ZoneOffset.UTC)) / 7 + 1;
            String key = lateJoiner(lang, thursday, thisMonday().minusWeeks(1).atTime(10, 0).toInstant(ZoneOffset.UTC));
            for (boolean left : List.of(false, true)) {
                open(browser, "/" + lang + "/me.html#key=" + key);
                WebElement row = waiting(browser).until(d -> d.findElements(By.cssSelector("#me-history tbody tr")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
                assertThat(row.findElement(By.tagName("th")).getText()).startsWith(lang.equals("en") ? "Week 2 " : "Semaine 2 ");
                // Two of their seven weeks by the end of this one; the chart to the cohort's last.
                assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo(lang.equals("en") ? "29%" : "29\u202f%");
                assertThat(browser.driver.findElement(By.cssSelector("#me-chart polyline.chart-plan")).getAttribute("points")
                        .split(" ")).hasSize(7);
                if (!left) {
                    assertThat(browser.driver.findElement(By.id("me-cohort")).getText())
                            // The cohort's week as advertised (8 weeks from its first day, a Thursday).
                            .contains(lang.equals("en") ? "The cohort is in its week " + week + " of 8"
                                    : "La cohorte en est à sa semaine " + week + " sur 8")
                            .contains(lang.equals("en") ? "this is your week 2," : "c’est votre semaine 2,");
                    for (int width : new int[] {375, 1280}) { // each once the chart is drawn again to the width
                        phone(browser, width);
                        waiting(browser).until(d -> width < 600 == ((Number) browser.driver.executeScript(
                                "return document.querySelector('#me-chart svg').viewBox.baseVal.width")).intValue() < 360);
                        browser.screenshot(width, SCREENSHOTS.resolve("learnerpages-" + lang + "-me-late-joiner-thursday-"
                                + width + ".png"));
                    }
                    desktop(browser);
                    assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + key, null).statusCode()).isEqualTo(200);
                    browser.driver.get("about:blank"); // the same address with its key opens the page afresh
                }
            }
        }
    }
}
