package org.lcmhub.hub.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver (both from apt, no download),
 * with a fresh profile each time; optionally with JavaScript switched off, as some people browse.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start(boolean javascript) throws IOException {
        return start(javascript, "en-GB");
    }

    /** A browser whose reader's language is {@code lang} (its UI and the Accept-Language it sends). */
    static Browser start(boolean javascript, String lang) throws IOException {
        Path profile = Files.createTempDirectory("lcmhub-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=" + lang);
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", lang));
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    /** Console messages since the last call (CSP violations and script errors show up here). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The source of axe-core (axe.min.js), as npm installed it in the checkout. */
    static String axeSource() throws IOException {
        return Files.readString(org.lcmhub.hub.testing.Checkout.root().resolve("node_modules/axe-core/axe.min.js"));
    }

    /** Lets Chromium save downloads, without asking, into a new temporary folder, which it returns. */
    Path allowDownloads() throws IOException {
        return allowDownloads(Files.createTempDirectory("lcmhub-downloads"));
    }

    /** Lets Chromium save downloads, without asking, into {@code folder}. */
    Path allowDownloads(Path folder) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
        return folder;
    }

    /**
     * What every page of the browser tests must hold: axe-core in light and dark, no CSP refusal or
     * script error, no sideways scroll at 375 px; then screenshots at 375 and 1280 px.
     */
    void assertAccessible(String axe, Path screenshots, String name) throws IOException {
        List<String> problems = new java.util.ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            colorScheme(scheme);
            axeViolations(axe, SiteBrowserIT.WCAG).forEach(v -> problems.add(name + " [" + scheme + "] " + v));
        }
        colorScheme("light");
        consoleErrors().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused") || m.contains("Uncaught"))
                .forEach(m -> problems.add(name + " console: " + m));
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        org.assertj.core.api.Assertions.assertThat(overflow.intValue())
                .as("no sideways scrolling on " + name + " at 375 px").isLessThanOrEqualTo(0);
        screenshot(375, screenshots.resolve(name + "-375.png"));
        screenshot(1280, screenshots.resolve(name + "-1280.png"));
    }

    /**
     * axe-core's violations on the open page for these rule tags ({@code axe}: the source of
     * axe.min.js); fails if axe did not check anything at all.
     */
    @SuppressWarnings("unchecked")
    List<String> axeViolations(String axe, List<String> tags) {
        // Dark mode changes colours only: the page's structure, names and roles were checked in
        // light, so in dark the colour rules are the ones that can find something new.
        boolean dark = "dark".equals(scheme);
        driver.executeScript(axe);
        String script = "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: arguments[1] ? {type: 'rule', values: arguments[2]} : {type: 'tag', values: arguments[0]}})"
                + ".then(r => done({passes: r.passes.length, violations: r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))"
                + ".catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));";
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(script, tags, dark, COLOUR_RULES);
        int passes = ((Number) result.get("passes")).intValue();
        int checked = passes + ((List<String>) result.get("violations")).size();
        if (dark ? checked == 0 : passes <= 10) {
            throw new AssertionError("axe-core checked almost nothing: " + result);
        }
        return (List<String>) result.get("violations");
    }

    /**
     * axe-core's violations on the open page for these rules by id (best-practice ones, such as
     * heading-order, that no WCAG tag runs); fails if none of them applied to the page.
     */
    @SuppressWarnings("unchecked")
    List<String> axeRuleViolations(String axe, List<String> rules) {
        driver.executeScript(axe);
        String script = "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'rule', values: arguments[0]}})"
                + ".then(r => done({applied: r.passes.length + r.violations.length, violations: r.violations.map(v => v.id"
                + " + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))"
                + ".catch(e => done({applied: 0, violations: ['axe failed: ' + e]}));";
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(script, rules);
        if (((Number) result.get("applied")).intValue() == 0) {
            throw new AssertionError("axe-core applied none of " + rules + ": " + result);
        }
        return (List<String>) result.get("violations");
    }

    /** axe-core's rules whose outcome depends on the colours in use. */
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    private String scheme = "light";

    /** Light or dark, as the reader's system would ask. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        this.scheme = scheme;
    }

    /** A full-page screenshot at a viewport width (375 px is a phone, 1280 px a desktop). */
    void screenshot(int width, Path file) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        Number height = (Number) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 8000)");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", width < 600));
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Waits up to 30 s; pages draw lists again when their data comes back, so a stale element is looked up again. */
    org.openqa.selenium.support.ui.WebDriverWait waiting() {
        return new PageWait(driver, Duration.ofSeconds(30));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
