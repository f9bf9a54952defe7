package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner's whole journey in Chromium, in English and in French, as the learner walks it: sign up
 * to an open cohort and to a full one, open the personal link from the outbox, send this week's
 * check-in from the page, see it in the history and the chart, meet the mentor and the next 1:1 in
 * their own zone and download the invite, lose the link and get a new one (the old one refused),
 * leave the cohort; then the same without JavaScript where the pages offer it. axe-core on every
 * state; screenshots at 375 and 1280 px in target/screenshots/ (learner-*).
 */
class LearnerJourneyBrowserIT extends HubBrowserBase {
    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9._-]+)");
    private static final Map<String, String> ZONE = Map.of("en", "America/Montreal", "fr", "Africa/Dakar");
    /** The learner picks their zone by the words the form shows, never by its id. */
    private static final Map<String, String> ZONE_WORDS = Map.of("en", ZoneLabels.today("Montreal — Eastern Time (UTC−5)", "America/Montreal"),
            "fr", "Dakar — heure de Greenwich (UTC+0)");
    private static final Map<String, String> NOJS_ZONE_WORDS = Map.of("en", "London — British Time (UTC+0)",
            "fr", "Casablanca — heure du Maroc (UTC+1)");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Path downloads;
    private String lcm;

    @BeforeAll
    void start() throws IOException {
        this.downloads = browser.allowDownloads();
        this.lcm = "lcm-" + run + "@example.org";
    }

    // ---- Set-up through the real API and store ---------------------------------------------------

    /** A path page of the site and its course path id (read from its sign-up form). */
    private String pathPage(String lang) throws IOException {
        try (Stream<Path> files = Files.list(hub.siteDir().resolve(lang + "/paths"))) {
            return "/" + lang + "/paths/" + files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    private String pathIdOf(String page) throws IOException {
        String html = Files.readString(hub.siteDir().resolve(page.substring(1)));
        Matcher m = Pattern.compile("name=\"pathId\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /**
     * An open cohort in its second week (joinable: less than half gone), and a full one in its third,
     * listed before it (earlier start), so the form must not pick the full one for the learner.
     */
    private Cohort[] cohorts(String lang, String pathId, String tag) throws Exception {
        DynamoCohortStore store = new DynamoCohortStore(moto.dynamo(), moto.table());
        // The learner's Monday, not UTC's: My page counts the cohort's weeks on the learner's clock, and
        // for some hours each week Montreal is still on Sunday while UTC has turned to Monday.
        LocalDate monday = LocalDate.now(java.time.ZoneId.of(ZONE.get(lang))).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Set<String> team = Set.of(LocalIssuer.subFor(lcm));
        Cohort open = new Cohort("learner-open-" + tag + lang + "-" + run, pathId, "Spring group " + lang.toUpperCase(), Language.of(lang),
                monday.minusWeeks(1), 8, 40, true, 0, 0, team, Instant.now());
        Cohort full = new Cohort("learner-full-" + tag + lang + "-" + run, pathId, "Summer group " + lang.toUpperCase(), Language.of(lang),
                monday.minusWeeks(2), 8, 1, true, 0, 0, team, Instant.now());
        store.create(open);
        store.create(full);
        HttpResponse<String> filler = client.json("POST", "/api/signups", null, "{\"name\":\"Kojo\",\"email\":\"kojo-"
                + tag + lang + run + "@example.org\",\"pathId\":\"" + pathId + "\",\"cohortId\":\"" + full.cohortId()
                + "\",\"language\":\"" + lang + "\",\"timezone\":\"UTC\",\"consent\":true}");
        assertThat(filler.body()).contains("\"result\":\"enrolled\"");
        return new Cohort[] {open, full};
    }

    private String token(String email, String role) throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }

    /** A mentor matched with the learner by the LCM (draft, publish), who then sets weekly 1:1s. */
    private void mentorAndOneToOne(String lang, Cohort cohort, String pathId) throws Exception {
        String mentor = "mentor-" + run + "@example.org"; // one mentor for both languages: the only one of this run
        String mentorToken = token(mentor, "mentor");
        HttpResponse<String> profile = client.json("PUT", "/api/mentors/me", mentorToken, "{\"name\":\"Inès Moreau\","
                + "\"paths\":[\"" + pathId + "\"],\"skills\":[\"Python\"],\"languages\":[\"en\",\"fr\",\"ru\"],"
                + "\"timezone\":\"Europe/Paris\",\"capacity\":5,\"availability\":[{\"day\":\"tue\",\"from\":\"09:00\","
                + "\"to\":\"22:00\"},{\"day\":\"thu\",\"from\":\"09:00\",\"to\":\"22:00\"}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        String lcmToken = token(lcm, "lcm");
        JsonNode draft = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", lcmToken,
                "{\"pins\":[],\"exclusions\":[]}"));
        assertThat(draft.get("matches")).as(draft.toString()).isNotEmpty();
        HttpResponse<String> published = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/"
                + draft.get("draftId").asText() + "/publish", lcmToken, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        for (JsonNode match : draft.get("matches")) {
            HttpResponse<String> set = client.json("PUT", "/api/mentors/me/mentees/" + match.get("learnerId").asText()
                    + "/one-to-one", mentorToken, "{\"day\":\"thu\",\"time\":\"18:00\",\"durationMinutes\":30,\"weeks\":6,"
                    + "\"location\":\"https://meet.example.org/nadia-" + run + "\"}");
            assertThat(set.statusCode()).as(set.body()).isIn(200, 201);
        }
    }

    private List<String> mails(String email) throws Exception {
        List<String> texts = new ArrayList<>();
        HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null))
                .get("messages").forEach(m -> texts.add(m.get("text").asText()));
        return texts;
    }

    /** The personal link of the newest mail to {@code email} (the outbox lists newest first), as the learner clicks it. */
    private String link(String email) throws Exception {
        List<String> texts = mails(email);
        Matcher m = Pattern.compile("(http\\S+/me\\.html#key=[A-Za-z0-9._-]+)").matcher(texts.get(0));
        assertThat(m.find()).as("a personal link in " + texts).isTrue();
        return m.group(1);
    }

    /** One mail a minute per learner: the confirmation is dated two minutes back, as if the learner had waited. */
    private void asIfMailedMinutesAgo(String link) {
        Matcher key = KEY.matcher(link);
        assertThat(key.find()).isTrue();
        String learnerId = key.group(1).substring(0, key.group(1).lastIndexOf('.'));
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(org.lcmhub.store.Keys.learner(learnerId))
                .updateExpression("SET mailedAt = :then")
                .expressionAttributeValues(Map.of(":then", org.lcmhub.store.Keys.n(System.currentTimeMillis() - 120_000))));
    }

    // ---- Browser helpers ---------------------------------------------------------------------------

    private WebDriverWait waiting(Browser b) {
        // A page that is replaced (a form posted, a list drawn again) leaves stale elements: look again.
        return new PageWait(b.driver, Duration.ofSeconds(20));
    }

    private WebElement visible(Browser b, String css) {
        return waiting(b).until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    private String text(String css) {
        return visible(browser, css).getText();
    }

    private void phone(Browser b, int width) {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void desktop(Browser b) {
        b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Whether the page is no wider than the window: nothing overflows sideways. */
    private boolean fitsTheWidth() {
        return (Boolean) browser.driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** The hours a week the path's page gives as its effort ("6 h per week"). */
    private String effortOf(String page) throws IOException {
        Matcher m = Pattern.compile("<dd>(\\d+) h (?:per week|par semaine)</dd>")
                .matcher(Files.readString(hub.siteDir().resolve(page.substring(1))));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** At 375 px: the page does not scroll sideways and the box's table is inside the box, nothing cut off. */
    private boolean tableFitsAt375(String box) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        try {
            return (Boolean) browser.driver.executeScript("var box = document.querySelector(arguments[0]);"
                    + "var t = box.querySelector('table'), b = box.getBoundingClientRect(), r = t.getBoundingClientRect();"
                    + "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
                    + " && box.scrollWidth <= box.clientWidth && r.right <= b.right + 0.5 && r.left >= b.left - 0.5;", box);
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * axe-core (light and dark on the states that bring new parts; light alone on the others,
     * which reuse them, to keep the run short), the CSP held, no sideways scrolling at 375 px;
     * screenshots at both widths.
     */
    private void state(Browser b, String name) throws IOException {
        state(b, name, name.endsWith("-me-mentor") || name.endsWith("-signup-enrolled") || name.endsWith("-nojs-me")
                || name.endsWith("-signup-error"));
    }

    private void state(Browser b, String name, boolean dark) throws IOException {
        List<String> problems = new ArrayList<>();
        boolean scriptsOff = b != browser;
        if (scriptsOff) {
            b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        for (String scheme : dark ? List.of("light", "dark") : List.of("light")) {
            b.colorScheme(scheme);
            b.axeViolations(axe, SiteBrowserIT.WCAG).forEach(v -> problems.add(name + " [" + scheme + "] " + v));
        }
        b.colorScheme("light");
        b.consoleErrors().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused") || m.contains("Uncaught"))
                .forEach(m -> problems.add(name + " console: " + m));
        assertThat(problems).isEmpty();
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        Number overflow = (Number) b.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        if (scriptsOff) {
            b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
        assertThat(overflow.intValue()).as("no sideways scrolling on " + name + " at 375 px").isLessThanOrEqualTo(0);
        b.screenshot(375, SCREENSHOTS.resolve("learner-" + name + "-375.png"));
        b.screenshot(1280, SCREENSHOTS.resolve("learner-" + name + "-1280.png"));
    }

    private void open(Browser b, String url) {
        b.driver.get(url.startsWith("http") ? url : hub.url().resolve(url).toString());
    }

    /** {@code zone}: the words of the time zone to choose, or null to leave the first choice ("Choose..."). */
    private void fillSignup(Browser b, String name, String email, String zone) {
        b.driver.findElement(By.id("signup-name")).sendKeys(name);
        b.driver.findElement(By.id("signup-email")).sendKeys(email);
        Select tz = new Select(b.driver.findElement(By.id("signup-timezone")));
        if (zone == null) {
            tz.selectByIndex(0);
        } else {
            tz.selectByVisibleText(zone);
        }
        b.driver.findElement(By.id("signup-consent")).click();
    }

    private String signUpWithScript(String lang, Cohort cohort, String name, String email) {
        visible(browser, "input[name=cohortId][value='" + cohort.cohortId() + "']").click();
        fillSignup(browser, name, email, ZONE_WORDS.get(lang));
        browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
        return visible(browser, "#signup .form-success").getText();
    }

    private String downloaded(String name) throws IOException {
        Path file = downloads.resolve(name);
        waiting(browser).until(d -> Files.exists(file));
        String ics = Files.readString(file);
        Files.delete(file);
        return ics;
    }

    // ---- The journey -----------------------------------------------------------------------------

    @Test
    void theWholeJourneyWithJavaScriptInEnglishAndFrench() throws Exception {
        for (String lang : List.of("en", "fr")) {
            boolean en = lang.equals("en");
            String page = pathPage(lang);
            String pathId = pathIdOf(page);
            Cohort[] cohorts = cohorts(lang, pathId, "js-");
            Cohort open = cohorts[0];
            Cohort full = cohorts[1];
            String ama = "ama-" + lang + run + "@example.org";
            String ben = "ben-" + lang + run + "@example.org";

            // Sign up: the choices say language, start, length and seats or waitlist, page language first.
            // The form starts on the browser's own zone (here Tokyo's), named in words; every zone the
            // browser knows is offered after the common ones, each in words too, once the list is
            // opened: labelling them all is not paid at load.
            browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
            open(browser, page);
            WebElement choices = visible(browser, "fieldset.cohort-choices");
            WebElement zoneField = browser.driver.findElement(By.id("signup-timezone"));
            Select zone = new Select(zoneField);
            assertThat(zone.getFirstSelectedOption().getAttribute("value")).isEqualTo("Asia/Tokyo");
            assertThat(zone.getFirstSelectedOption().getText()).isEqualTo(en ? "Tokyo — Japan Time (UTC+9)" : "Tokyo — heure du Japon (UTC+9)");
            assertThat(zone.getOptions()).as("only the common zones and the browser's before the list is opened").hasSizeLessThan(100);
            // West to east by the offset each shows today: summer time may carry one past its
            // neighbours (Chatham's UTC+13:45 beyond Tonga's UTC+13 in December, Santiago's UTC−3).
            java.util.regex.Pattern offset = java.util.regex.Pattern.compile("\\(UTC([+\\-\u2212])(\\d{1,2})(?::(\\d{2}))?\\)$");
            List<Integer> shown = zone.getOptions().stream().map(o -> offset.matcher(o.getText())).filter(java.util.regex.Matcher::find)
                    .map(m -> (m.group(1).equals("+") ? 1 : -1) * (Integer.parseInt(m.group(2)) * 60
                            + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3))))).toList();
            assertThat(shown).hasSizeGreaterThan(40).isSorted();
            zoneField.click();
            zoneField.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertThat(zone.getFirstSelectedOption().getAttribute("value")).as("opening the list keeps the zone").isEqualTo("Asia/Tokyo");
            WebElement lima = browser.driver.findElement(By.cssSelector("#signup-timezone option[value='America/Lima']"));
            assertThat(lima.getText()).startsWith("Lima — ").contains(en ? "Peru" : "Pérou").endsWith("(UTC−5)");
            assertThat(zone.getOptions()).hasSizeGreaterThan(300)
                    .allSatisfy(o -> assertThat(o.getText()).doesNotContain("/").doesNotContain("_"));
            browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
            assertThat(choices.getText()).contains(en ? "In English" : "En français", en ? "8 weeks" : "8 semaines",
                    en ? "seats left" : "places restantes", en ? "full: waitlist" : "complète : liste d’attente")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            assertThat(choices.findElements(By.cssSelector(".cohort-facts")).get(0).getText())
                    .startsWith(en ? "In English" : "En français");
            // Picked for the learner as the API picks without a code: the cohort with a seat, not the full one.
            assertThat(choices.findElement(By.cssSelector("input[name=cohortId]:checked")).getAttribute("value"))
                    .isEqualTo(open.cohortId());
            // A learner who lost their link finds My page from any page.
            assertThat(browser.driver.findElement(By.cssSelector(".footer-links a[href$='/me.html']")).getText())
                    .isEqualTo(en ? "My page" : "Mon espace");
            String seat = signUpWithScript(lang, open, "Ama Owusu", ama);
            assertThat(seat).contains(open.title(), en ? "You have a seat" : "Vous avez une place");
            // The seat just taken shows at once in the cohorts offered, the same cohort still chosen.
            waiting(browser).until(d -> d.findElement(By.xpath("//input[@name='cohortId'][@value='" + open.cohortId()
                    + "']/following-sibling::label")).getText().contains(en ? "39 seats left" : "39 places restantes"));
            assertThat(browser.driver.findElement(By.cssSelector("input[name=cohortId]:checked")).getAttribute("value"))
                    .isEqualTo(open.cohortId());
            assertThat(browser.driver.findElement(By.id("signup-timezone")).getAttribute("value"))
                    .as("the time zone stays for the next sign-up").isEqualTo(ZONE.get(lang));
            assertThat(browser.driver.findElement(By.id("signup-consent")).isSelected()).as("consent is asked again").isFalse();
            state(browser, lang + "-signup-enrolled");
            open(browser, page);
            String waiting = signUpWithScript(lang, full, "Ben Okafor", ben);
            assertThat(waiting).contains(en ? "you are number 1 on its waitlist" : "en position 1 sur sa liste d’attente",
                    // Which cohort's waitlist: cohorts of a path may share a title, not a start.
                    en ? "”, which starts on " : "», qui commence le ");
            state(browser, lang + "-signup-waitlisted");
            // On the full cohort's waitlist, then a seat in another cohort of the path: refused, the
            // waitlist place and the cohort chosen named with their starts in full, the seat taken
            // from My page in one step (not "leave, then sign up again"), and the way to the link again.
            open(browser, page);
            visible(browser, "input[name=cohortId][value='" + open.cohortId() + "']").click();
            fillSignup(browser, "Ben Okafor", ben, ZONE_WORDS.get(lang));
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            WebElement onPath = visible(browser, "#signup .form-errors");
            assertThat(onPath.getText()).contains(en ? "You are on the waitlist of “" + full.title() + "”, which starts on "
                            + longDay(lang, full.startDate()) : "Vous êtes sur la liste d’attente de « " + full.title()
                            + " », qui commence le " + longDay(lang, full.startDate()),
                    en ? "“" + open.title() + "”, which starts on " + longDay(lang, open.startDate()) + ", has a seat for you"
                            : "« " + open.title() + " », qui commence le " + longDay(lang, open.startDate()) + ", a une place pour vous",
                    en ? "open My page with the personal link from your sign-up email. One button there leaves the waitlist and takes the seat."
                            : "ouvrez Mon espace avec le lien personnel de votre e-\u2060mail d’inscription. Un seul bouton vous y fait quitter")
                    .doesNotContain(en ? "sign up here again" : "inscrivez-vous à nouveau")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            assertThat(onPath.findElement(By.cssSelector("a[href$='#link']")).getText())
                    .isEqualTo(en ? "Lost your link? Get a new one" : "Lien perdu\u202F? En recevoir un nouveau");
            assertThat(browser.driver.findElements(By.cssSelector("#signup .form-success")).stream()
                    .filter(WebElement::isDisplayed)).isEmpty();
            assertThat(mails(ben)).hasSize(1);
            state(browser, lang + "-signup-on-path");
            // Again: the answer says so and, as the page without a script does, where to get the link again.
            open(browser, page);
            String again = signUpWithScript(lang, open, "Ama Owusu", ama);
            assertThat(again).startsWith(en ? "You had already signed up" : "Vous étiez déjà inscrit·e");
            WebElement linkAgain = browser.driver.findElement(By.cssSelector("#signup .form-success a"));
            assertThat(linkAgain.getText()).isEqualTo(en ? "Lost your link? Get a new one" : "Lien perdu\u202F? En recevoir un nouveau");
            assertThat(linkAgain.getAttribute("href")).endsWith("/" + lang + "/me.html#link");

            // The personal link: the key leaves the address bar; the page says where the learner stands.
            String firstLink = link(ama);
            open(browser, firstLink);
            visible(browser, "#me-home");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("key=").endsWith("/" + lang + "/me.html");
            assertThat(text("#me-status")).contains(en ? "You are enrolled in" : "Vous êtes inscrit·e à");
            // She joined in the cohort's second week: both weeks are said, each for what it counts.
            assertThat(text("#me-cohort")).contains(en ? "The cohort is in its week 2 of 8" : "La cohorte en est à sa semaine 2 sur 8")
                    .contains(en ? "this is your week 1, as your history counts it" : "c’est votre semaine 1, comme la compte votre historique");
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .doesNotContainPattern("\\d{4}-W\\d{2}").doesNotContain(open.cohortId());
            assertThat(browser.driver.findElement(By.cssSelector("meta[name=referrer]")).getAttribute("content"))
                    .isEqualTo("no-referrer");
            assertThat(visible(browser, "[data-learner-nav] a").getText()).isEqualTo(en ? "My page" : "Mon espace");
            // The sign-up asks no hours: the plan starts from the path's own estimate, said as such,
            // and with no mentor yet it promises no 1:1 to set objectives at.
            assertThat(text("#me-plan-facts")).contains(effortOf(page) + (en ? " h a week, the path’s estimate"
                    : " h par semaine, l’estimation du parcours"));
            assertThat(text("#me-plan-origin")).contains(en ? "once you have a mentor" : "dès que vous aurez un·e mentor");

            // This week's check-in from the page, no key to type; then the history and the chart.
            browser.driver.findElement(By.id("checkin-progress")).sendKeys("30");
            // Hours as each language writes them: a French decimal comma is two and a half, never 25.
            browser.driver.findElement(By.id("checkin-hours")).sendKeys(en ? "2.5" : "2,5");
            browser.driver.findElement(By.id("checkin-mood-4")).click();
            browser.driver.findElement(By.id("checkin-help")).click();
            browser.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
            // Asking for help is answered: the LCM will write, not only "saved".
            assertThat(text(".checkin-form .form-success")).contains(en ? "they will write to you" : "il ou elle vous écrira");
            // The cohort has no places yet: the panel says so rather than "here" above nothing.
            assertThat(text("#me-channels-none")).contains(en ? "has not shared" : "n’a pas encore indiqué");
            assertThat(browser.driver.findElement(By.id("me-channels-intro")).isDisplayed()).isFalse();
            waiting(browser).until(d -> d.findElements(By.cssSelector("#me-history tbody tr")).size() == 1);
            // The learner's own first week (they joined in the cohort's second), as their standing counts it.
            assertThat(text("#me-history")).contains(en ? "Week 1" : "Semaine 1", en ? "30%" : "30\u202F%", en ? "4, good" : "4, bien",
                    en ? "2.5" : "2,5");
            assertThat(visible(browser, "#me-chart svg").getAttribute("role")).isEqualTo("img");
            assertThat(text("#me-checkin-state")).contains(en ? "You sent this week" : "Vous avez envoyé",
                    en ? "asked your LCM to contact you" : "demandé à votre LCM de vous contacter");
            // The chart's figures are in the table under it, once; on a phone the table reflows in its box.
            assertThat(browser.driver.findElements(By.cssSelector("#me-chart details"))).isEmpty();
            assertThat(text("#me-history thead")).contains(en ? "Plan" : "Programme");
            assertThat(tableFitsAt375("#me-history")).as("the history's table inside its box at 375 px").isTrue();
            state(browser, lang + "-me-checked-in");

            // The mentor and the next 1:1 in the learner's zone and the mentor's, the invite downloaded.
            mentorAndOneToOne(lang, open, pathId);
            browser.driver.navigate().refresh();
            // Every language the mentor speaks in words, one the catalogue lacks too.
            assertThat(text("#me-mentor-details")).contains("Inès Moreau", en ? "Russian" : "russe").doesNotContain("lang.");
            // Sending the week's check-in again starts from what was sent.
            assertThat(browser.driver.findElement(By.id("checkin-progress")).getAttribute("value")).isEqualTo("30");
            assertThat(browser.driver.findElement(By.id("checkin-mood-4")).isSelected()).isTrue();
            // Each zone by its name in the page's language, never its id: the name the sign-up form's
            // list gave it ("Dakar — heure de Greenwich (UTC+0)"), not the browser's "heure moyenne de Greenwich".
            assertThat(text("#me-next")).contains(lang.equals("en") ? "Eastern Time" : "heure de Greenwich")
                    .doesNotContain(ZONE.get(lang));
            assertThat(text("#me-mentor-time")).contains(lang.equals("en") ? "Central European Time" : "heure d’Europe centrale")
                    .doesNotContain("Europe/Paris");
            assertThat(visible(browser, "#me-where a").getAttribute("href")).startsWith("https://meet.example.org/");
            browser.driver.findElement(By.id("me-ics")).click();
            assertThat(downloaded("one-to-one.ics")).contains("BEGIN:VCALENDAR", "BYDAY=TH");
            state(browser, lang + "-me-mentor");

            // Lost link: forget this device, ask for a new link; the old one is refused.
            browser.driver.findElement(By.id("me-forget")).click();
            assertThat(text("#me-message")).contains(en ? "no longer knows your key" : "ne connaît plus votre clé");
            assertThat(browser.driver.findElement(By.id("me-home")).isDisplayed()).isFalse();
            asIfMailedMinutesAgo(firstLink);
            browser.driver.findElement(By.id("link-email")).sendKeys(ama);
            browser.driver.findElement(By.cssSelector(".link-form button[type=submit]")).click();
            assertThat(text(".link-form .form-success")).contains(en ? "new personal link" : "nouveau lien personnel");
            waiting(browser).until(d -> {
                try {
                    return !link(ama).equals(firstLink);
                } catch (Exception e) {
                    return false;
                }
            });
            // Asked again within the minute: no other mail goes out, and the page says so rather
            // than promising one (for any address alike: it tells nobody whether one signed up).
            int mailed = mails(ama).size();
            browser.driver.findElement(By.id("link-email")).clear();
            browser.driver.findElement(By.id("link-email")).sendKeys(ama);
            browser.driver.findElement(By.cssSelector(".link-form button[type=submit]")).click();
            waiting(browser).until(d -> text(".link-form .form-success").contains(en ? "at most once a minute"
                    : "au plus une fois par minute"));
            assertThat(text(".link-form .form-success")).contains(en ? "the one in that email is your link"
                    : "celui de cet e-\u2060mail qui est votre lien");
            assertThat(mails(ama)).hasSize(mailed);
            Matcher old = KEY.matcher(firstLink);
            assertThat(old.find()).isTrue();
            assertThat(client.json("GET", "/api/me", "Bearer " + old.group(1), null).statusCode()).isEqualTo(401);
            open(browser, firstLink);
            waiting(browser).until(d -> d.findElement(By.id("me-message")).getText()
                    .contains(en ? "This link no longer works" : "Ce lien ne fonctionne plus"));
            state(browser, lang + "-me-old-link");
            open(browser, link(ama));
            visible(browser, "#me-home");

            // Leaving the cohort.
            // Leaving is asked in the page (no browser dialog): Escape keeps the seat and gives focus back.
            WebElement withdraw = browser.driver.findElement(By.id("me-withdraw"));
            withdraw.click();
            WebElement ask = visible(browser, "#me-data-confirm");
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("me-data-confirm");
            assertThat(ask.getAttribute("role")).isEqualTo("alertdialog");
            // The question replaces the buttons that ask: no two buttons with the same words.
            assertThat(withdraw.isDisplayed()).isFalse();
            assertThat(text("#me-data-confirm-yes")).isEqualTo(en ? "Yes, leave the cohort" : "Oui, quitter la cohorte");
            assertThat(text("#me-data-confirm-no")).isEqualTo(en ? "Keep my place" : "Garder ma place");
            assertThat(ask.getText()).contains(en ? "if anyone is waiting" : "s’il y en a une");
            // With a mentor and 1:1s, it says what leaving does to them, as the mails after it do.
            assertThat(ask.getText()).contains(en ? "Your mentoring ends too: your mentor is told by email, and your regular 1:1s are cancelled"
                    : "Votre mentorat prend fin aussi : votre mentor en est informé·e par e-\u2060mail, et vos rendez-\u2060vous réguliers sont annulés");
            ask.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertThat(ask.isDisplayed()).isFalse();
            assertThat(withdraw.isDisplayed()).isTrue();
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("me-withdraw");
            assertThat(text("#me-status")).contains(en ? "You are enrolled in" : "Vous êtes inscrit·e à");
            withdraw.sendKeys(org.openqa.selenium.Keys.ENTER);
            visible(browser, "#me-data-confirm-yes").click();
            waiting(browser).until(d -> d.findElement(By.id("me-status")).getText()
                    .contains(en ? "You left" : "Vous avez quitté"));
            assertThat(browser.driver.findElement(By.id("me-checkin")).isDisplayed()).isFalse();
            // The button pressed is gone: focus lands on the line saying what happened, not on the page.
            waiting(browser).until(d -> "me-data-status".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(text("#me-data-status")).isEqualTo(en ? "You left the cohort." : "Vous avez quitté la cohorte.");
            // Left, the page no longer reads as if the cohort were ahead: no countdown or week, no plan,
            // no cohort places or LCM to reach through check-ins; the ways back are there.
            assertThat(browser.driver.findElement(By.id("me-cohort")).getText()).isEmpty();
            for (String gone : List.of("me-plan", "me-community", "me-lcm", "me-mentor")) {
                assertThat(browser.driver.findElement(By.id(gone)).isDisplayed()).as(gone).isFalse();
            }
            assertThat(browser.driver.findElement(By.id("me-home")).getText())
                    .doesNotContain(en ? "Starts in" : "Commence dans", en ? "before the first week" : "avant la première semaine");
            // The page's lead no longer promises a seat and check-ins to come.
            assertThat(text(".doc-header .lead")).isEqualTo(en
                    ? "Your sign-up and what you did in the cohort, kept here until you erase it."
                    : "Votre inscription et ce que vous avez fait dans la cohorte, conservés ici jusqu’à ce que vous les effaciez.")
                    .doesNotContain(en ? "seat" : "place");
            assertThat(text("#me-again")).contains(en ? "Join a cohort of this path again" : "Rejoindre à nouveau une cohorte de ce parcours",
                    en ? "Other course paths" : "Les autres parcours");
            waiting(browser).until(d -> {
                try {
                    return mails(ama).stream().anyMatch(m -> m.contains(en ? "so your regular 1:1s are cancelled"
                            : "vos rendez-vous réguliers sont donc annulés"));
                } catch (Exception e) {
                    return false;
                }
            });
            state(browser, lang + "-me-withdrawn");

            // The waitlisted learner's page.
            open(browser, link(ben));
            assertThat(text("#me-status")).contains(en ? "number 1 on the waitlist" : "en position 1 sur la liste d’attente");
            // Waiting for a seat, she has not joined: the week is the cohort's, no joining date.
            assertThat(text("#me-cohort")).contains(en ? "The cohort is in its week 3 of 8" : "La cohorte en est à sa semaine 3 sur 8")
                    .doesNotContain(en ? "You joined" : "Inscription le");
            // No seat to give back: the button says what it leaves.
            assertThat(text("#me-withdraw")).isEqualTo(en ? "Leave the waitlist" : "Quitter la liste d’attente");
            // Nothing she cannot do: no check-in, no plan or mentor to set it with, no box to tick.
            assertThat(browser.driver.findElement(By.id("me-checkin")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("me-plan")).isDisplayed()).isFalse();
            assertThat(text("#me-lcm-text")).contains(en ? "Once you have a seat" : "Dès que vous aurez une place")
                    .doesNotContain(en ? "tick" : "cochez");
            assertThat(browser.driver.findElement(By.id("me-home")).getText())
                    .doesNotContain(en ? "your next 1:1" : "prochain rendez-\u2060vous");
            state(browser, lang + "-me-waitlisted");
            // Leaving the waitlist: the place given up, not check-ins she never had to send.
            browser.driver.findElement(By.id("me-withdraw")).click();
            visible(browser, "#me-data-confirm-yes").click();
            waiting(browser).until(d -> d.findElement(By.id("me-status")).getText()
                    .contains(en ? "You left" : "Vous avez quitté"));
            assertThat(text("#me-data-status")).isEqualTo(en ? "You left the waitlist." : "Vous avez quitté la liste d’attente.");
            assertThat(text("#me-status")).contains(en ? "gave up your place" : "laissé votre place")
                    .doesNotContain(en ? "check-in" : "point d’étape");
            assertThat(text(".doc-header .lead")).doesNotContain(en ? "what you did in the cohort" : "ce que vous avez fait");
            state(browser, lang + "-me-left-waitlist");
            browser.driver.findElement(By.id("me-forget")).click();
        }
    }

    /** A day in full, as the mails and the answers' sentences write it ("Monday 14 December 2026"), as WebDriver reads it. */
    private static String longDay(String lang, LocalDate day) {
        return Language.of(lang).day(day);
    }

    /**
     * Left on a full cohort's waitlist while another cohort of the path has seats: the answer names
     * that cohort, its start in full and its seats, with the way to My page; there one button (asked
     * in the page) leaves the waitlist and takes the seat, with the same link, and a mail says so.
     */
    @Test
    void aLearnerLeftWaitingTakesTheSeatOfAnotherCohortFromMyPageInOneStep() throws Exception {
        for (String lang : List.of("en", "fr")) {
            boolean en = lang.equals("en");
            String page = pathPage(lang);
            Cohort[] cohorts = cohorts(lang, pathIdOf(page), "move-");
            Cohort open = cohorts[0];
            Cohort full = cohorts[1];
            String zoe = "zoe-" + lang + run + "@example.org";
            open(browser, page);
            String answer = signUpWithScript(lang, full, "Zoé Adjei", zoe);
            String quoted = en ? "“" + open.title() + "”" : "« " + open.title() + " »";
            assertThat(answer).contains(en ? "you are number 1 on its waitlist" : "en position 1 sur sa liste d’attente",
                    longDay(lang, full.startDate()), quoted, longDay(lang, open.startDate()),
                    en ? "40 seats left" : "40 places restantes",
                    en ? "one button there leaves this waitlist and takes the seat" : "quitter cette liste d’attente et prendre la place");
            // Each date's day, month and year one unit on a line, joined by no-break spaces; a line may
            // end after its weekday, so the date is never broken inside its year in a narrow column.
            assertThat((String) browser.driver.executeScript("return document.querySelector('#signup .form-success').textContent"))
                    .contains(longDay(lang, open.startDate()).replace(' ', '\u00a0').replaceFirst("\u00a0", " "));
            WebElement toMyPage = browser.driver.findElement(By.cssSelector("#signup .form-success .seat-elsewhere a"));
            assertThat(toMyPage.getAttribute("href")).endsWith("/" + lang + "/me.html");
            state(browser, lang + "-signup-elsewhere");

            open(browser, link(zoe));
            WebElement offer = visible(browser, "#me-elsewhere");
            assertThat(offer.getText()).contains(quoted, longDay(lang, open.startDate()), en ? "40 seats left" : "40 places restantes");
            state(browser, lang + "-me-elsewhere");
            browser.driver.findElement(By.id("me-move")).click();
            WebElement confirm = visible(browser, "#me-move-confirm");
            assertThat(confirm.getText()).contains(en ? "Leave the waitlist of “" + full.title() : "Quitter la liste d’attente de « " + full.title());
            // The button that asked steps aside while the question is open, as leaving's do; "keep" gives it back.
            assertThat(browser.driver.findElement(By.id("me-move")).isDisplayed()).isFalse();
            assertThat(text("#me-move-confirm-yes")).isEqualTo(en ? "Take the seat" : "Prendre la place");
            browser.driver.findElement(By.id("me-move-confirm-no")).click();
            assertThat(browser.driver.findElement(By.id("me-move-confirm")).isDisplayed()).isFalse();
            visible(browser, "#me-move").click();
            visible(browser, "#me-move-confirm");
            browser.driver.findElement(By.id("me-move-confirm-yes")).click();
            waiting(browser).until(d -> text("#me-move-status").contains(en ? "You now have a seat in" : "Vous avez maintenant une place dans"));
            waiting(browser).until(d -> text("#me-status").contains(open.title()));
            assertThat(text("#me-status")).contains(en ? "You are enrolled in" : "Vous êtes inscrit·e à");
            // The sign-up's plan ends with the cohort taken (a week earlier), no longer with the one left.
            String end = longDay(lang, open.endDate());
            String leftEnd = longDay(lang, full.endDate());
            waiting(browser).until(d -> asRead(text("#me-plan-facts")).contains(end));
            assertThat(asRead(text("#me-plan-facts"))).doesNotContain(leftEnd);
            assertThat(browser.driver.findElement(By.id("me-elsewhere")).isDisplayed()).isFalse();
            // Seated, without a reload: the cohort's places, the welcome by first name and the private report, as a seated learner's page has them.
            waiting(browser).until(d -> d.findElement(By.id("me-community")).isDisplayed());
            assertThat(text("#me-community-title")).isEqualTo(en ? "Where your cohort meets" : "Où votre cohorte se retrouve");
            assertThat(browser.driver.findElement(By.id("me-share-name")).isDisplayed()).isTrue();
            assertThat(text("label[for=me-share-name]")).startsWith(en ? "Welcome me by my first name" : "M’accueillir par mon prénom");
            assertThat(text("#me-problem summary")).isEqualTo(en ? "Report a problem privately" : "Signaler un problème en privé");
            assertThat(mails(zoe).get(0)).contains(en ? "you are now enrolled in the cohort “" + open.title() + "”"
                    : "vous êtes maintenant inscrit·e dans la cohorte «\u00a0" + open.title() + "\u00a0»");
            state(browser, lang + "-me-moved");
        }
    }

    /**
     * Waiting in a full cohort, the learner asks on the path's page for a cohort with a seat that
     * is not the one My page names first: the answer says My page takes that seat in one step, and
     * My page offers it, with its own button; taking it moves the learner there, not to the first.
     */
    @Test
    void aWaitingLearnerWhoChoosesAnotherCohortWithASeatIsOfferedThatOneOnMyPage() throws Exception {
        for (String lang : List.of("en", "fr")) {
            boolean en = lang.equals("en");
            String page = pathPage(lang);
            String pathId = pathIdOf(page);
            // Tagged to sort after the whole journey's cohorts, which expects its own to be picked first.
            Cohort[] cohorts = cohorts(lang, pathId, "picked-");
            Cohort first = cohorts[0];
            Cohort full = cohorts[1];
            Cohort chosen = new Cohort("learner-chosen-" + lang + "-" + run, pathId, "Autumn group " + lang.toUpperCase(),
                    Language.of(lang), first.startDate().plusWeeks(3), 8, 12, true, 0, 0, full.lcms(), Instant.now());
            new DynamoCohortStore(moto.dynamo(), moto.table()).create(chosen);
            // Its twin: the same title and first day, two weeks longer, so the two choices must say what differs.
            Cohort twin = new Cohort("learner-twin-" + lang + "-" + run, pathId, chosen.title(), Language.of(lang),
                    chosen.startDate(), 10, 12, true, 0, 0, full.lcms(), Instant.now());
            new DynamoCohortStore(moto.dynamo(), moto.table()).create(twin);
            String ama = "ama-chosen-" + lang + run + "@example.org";
            HttpResponse<String> waiting = client.json("POST", "/api/signups", null, "{\"name\":\"Ama Owusu\",\"email\":\"" + ama
                    + "\",\"pathId\":\"" + pathId + "\",\"cohortId\":\"" + full.cohortId() + "\",\"language\":\"" + lang
                    + "\",\"timezone\":\"" + ZONE.get(lang) + "\",\"consent\":true}");
            assertThat(waiting.body()).contains("\"status\":\"waitlisted\"");

            open(browser, page);
            // On the path's page each twin's title line says its length, the fact that tells them apart
            // (then any other that tells twins apart elsewhere in the list: every choice is laid out alike).
            String eight = asRead(Language.of(lang).equals(Language.EN) ? "8 weeks" : "8 semaines");
            String ten = asRead(Language.of(lang).equals(Language.EN) ? "10 weeks" : "10 semaines");
            assertThat(asRead(text("label[for='" + visible(browser, "input[name=cohortId][value='" + chosen.cohortId() + "']")
                    .getAttribute("id") + "'] .cohort-title"))).matches(java.util.regex.Pattern.quote(chosen.title() + " · " + eight) + "( · .*)?");
            assertThat(asRead(text("label[for='" + visible(browser, "input[name=cohortId][value='" + twin.cohortId() + "']")
                    .getAttribute("id") + "'] .cohort-title"))).matches(java.util.regex.Pattern.quote(chosen.title() + " · " + ten) + "( · .*)?");
            visible(browser, "input[name=cohortId][value='" + chosen.cohortId() + "']").click();
            fillSignup(browser, "Ama Owusu", ama, ZONE_WORDS.get(lang));
            browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
            String refused = visible(browser, "#signup .form-errors").getText();
            String quoted = en ? "“" + chosen.title() + "”" : "« " + chosen.title() + " »";
            assertThat(refused).contains(quoted, longDay(lang, chosen.startDate()),
                    en ? "has a seat for you" : "a une place pour vous").doesNotContain(en ? "then sign up here again" : "puis inscrivez-vous");
            state(browser, lang + "-signup-chosen");

            open(browser, link(ama));
            WebElement other = visible(browser, "#me-elsewhere-more li[data-cohort='" + chosen.cohortId() + "']");
            assertThat(other.getText()).contains(quoted, longDay(lang, chosen.startDate()), en ? "12 seats left" : "12 places restantes");
            assertThat(text("#me-elsewhere-text")).contains(first.title());
            // Each button names its cohort and its start, so two cohorts of one path read apart out of
            // their sentences too (a screen reader's list of buttons); twins, the same title and first
            // day, also say what tells them apart (here their length), and a title no other shares, nothing more.
            // (The class's other tests leave cohorts of the same title and start as this test's first:
            // what tells them apart may follow.)
            assertThat(browser.driver.findElement(By.id("me-move")).getAccessibleName().replace('\u00a0', ' '))
                    .startsWith(en ? "Take a seat in “" + first.title() + "” instead · Starts " + longDay(lang, first.startDate())
                            : "Prendre plutôt une place dans « " + first.title() + " » · Début le " + longDay(lang, first.startDate()));
            assertThat(other.findElement(By.tagName("button")).getAccessibleName().replace('\u00a0', ' '))
                    .isEqualTo(en ? "Take a seat in " + quoted + " instead · Starts " + longDay(lang, chosen.startDate()) + " · " + eight
                            : "Prendre plutôt une place dans " + quoted + " · Début le " + longDay(lang, chosen.startDate()) + " · " + eight);
            WebElement twinButton = visible(browser, "#me-elsewhere-more li[data-cohort='" + twin.cohortId() + "'] button");
            assertThat(asRead(twinButton.getAccessibleName())).endsWith(longDay(lang, chosen.startDate()) + " · " + ten);
            assertThat(other.findElement(By.tagName("button")).getText().replace('\u00a0', ' '))
                    .contains(longDay(lang, chosen.startDate()));
            // On a phone a long label reads as text: each button a full-width block, left-aligned, its
            // title on a line above its start (never a pill of four or five centred lines).
            phone(browser, 375);
            for (WebElement button : browser.driver.findElements(By.cssSelector("#me-elsewhere button.button"))) {
                if (!button.isDisplayed()) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> laid = (Map<String, Object>) browser.driver.executeScript(
                        "var b = arguments[0], box = b.parentElement, cs = getComputedStyle(b), pad = getComputedStyle(box);"
                                + "var inner = box.clientWidth - parseFloat(pad.paddingLeft) - parseFloat(pad.paddingRight);"
                                + "var h = b.querySelector('.choice-heading'), d = b.querySelector('.choice-detail');"
                                + "return {full: Math.abs(b.getBoundingClientRect().width - inner) < 2, align: cs.textAlign,"
                                + " radius: parseFloat(cs.borderTopLeftRadius) <= 16,"
                                + " twoLines: !!h && !!d && d.getBoundingClientRect().top >= h.getBoundingClientRect().bottom - 1};",
                        button);
                assertThat(laid).as(lang + " " + button.getText()).containsEntry("full", true).containsEntry("align", "left")
                        .containsEntry("radius", true).containsEntry("twoLines", true);
            }
            assertThat(fitsTheWidth()).as(lang + ": nothing wider than the phone").isTrue();
            browser.screenshot(375, SCREENSHOTS.resolve(lang + "-me-seat-buttons-375.png"));
            desktop(browser);
            state(browser, lang + "-me-chosen");
            other.findElement(By.tagName("button")).click();
            WebElement confirm = visible(browser, "#me-move-confirm");
            assertThat(confirm.getText()).contains(quoted);
            browser.driver.findElement(By.id("me-move-confirm-yes")).click();
            waiting(browser).until(d -> text("#me-status").contains(chosen.title()));
            assertThat(text("#me-status")).contains(en ? "You are enrolled in" : "Vous êtes inscrit·e à");
            assertThat(mails(ama).get(0)).contains(chosen.title());
        }
    }

    /**
     * The reader's language is the page's: a learner whose profile is English, in an English cohort
     * named after its path, reads My page in French with the cohort's French name, as the French
     * staff pages and the path's page name it; back on the English page, its English one.
     */
    @Test
    void aLearnerReadingMyPageInTheOtherLanguageReadsTheCohortNamedInThePagesLanguage() throws Exception {
        String enPage = pathPage("en");
        String pathId = pathIdOf(enPage);
        String frPage;
        try (Stream<Path> files = Files.list(hub.siteDir().resolve("fr/paths"))) {
            frPage = files.map(f -> "/fr/paths/" + f.getFileName()).filter(n -> n.endsWith(".html"))
                    .filter(n -> { try { return pathIdOf(n).equals(pathId); } catch (IOException e) { return false; } })
                    .findFirst().orElseThrow();
        }
        open(browser, enPage);
        String enTitle = text("main h1");
        open(browser, frPage);
        String frTitle = text("main h1");
        assertThat(frTitle).isNotEqualTo(enTitle);
        HttpResponse<String> cohort = client.json("POST", "/api/cohorts", token(lcm, "lcm"), "{\"pathId\":\"" + pathId
                + "\",\"startDate\":\"" + LocalDate.now().plusDays(14) + "\",\"weeks\":8,\"seats\":10,\"language\":\"en\"}");
        assertThat(cohort.statusCode()).as(cohort.body()).isEqualTo(201);
        String cohortId = HubClient.parse(cohort).get("cohortId").asText();
        String amy = "amy-reader-" + run + "@example.org";
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"Amy Clarke\",\"email\":\"" + amy
                + "\",\"pathId\":\"" + pathId + "\",\"cohortId\":\"" + cohortId
                + "\",\"language\":\"en\",\"timezone\":\"Europe/London\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);

        // Signing up again from the French page, the answer names the cohort as that page does.
        open(browser, frPage);
        visible(browser, "input[name=cohortId][value='" + cohortId + "']").click();
        fillSignup(browser, "Amy Clarke", amy, ZONE_WORDS.get("fr"));
        browser.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
        String again = visible(browser, "#signup .form-success").getText();
        assertThat(again).contains("« " + frTitle + " »").doesNotContain(enTitle);
        state(browser, "fr-signup-again-english-learner");

        open(browser, link(amy).replace("/en/me.html", "/fr/me.html"));
        waiting(browser).until(d -> text("#me-status").contains(frTitle));
        assertThat(text("#me-status")).doesNotContain(enTitle);
        state(browser, "fr-me-english-learner");
        open(browser, hub.url().resolve("/en/me.html").toString());
        waiting(browser).until(d -> text("#me-status").contains(enTitle));
        browser.driver.findElement(By.id("me-forget")).click();
    }

    /**
     * My page read while the learner waited; a seat freed before they pressed "Leave the waitlist":
     * they left a seat, and the line under the button says so, from the answer, not from the page's
     * earlier reading.
     */
    @Test
    void theLeaveButtonSaysWhatTheLearnerLeftAsTheServerFoundIt() throws Exception {
        for (String lang : List.of("en", "fr")) {
            boolean en = lang.equals("en");
            String pathId = pathIdOf(pathPage(lang));
            Cohort full = cohorts(lang, pathId, "stale-leave-")[1];
            String yaw = "yaw-stale-" + lang + run + "@example.org";
            assertThat(client.json("POST", "/api/signups", null, "{\"name\":\"Yaw\",\"email\":\"" + yaw
                    + "\",\"pathId\":\"" + pathId + "\",\"cohortId\":\"" + full.cohortId() + "\",\"language\":\""
                    + lang + "\",\"timezone\":\"UTC\",\"consent\":true}").body()).contains("\"result\":\"waitlisted\"");
            open(browser, link(yaw));
            assertThat(text("#me-withdraw")).isEqualTo(en ? "Leave the waitlist" : "Quitter la liste d’attente");
            // The seat's holder (the cohorts' filler) leaves: Yaw is promoted while his page still says he waits.
            Matcher kojo = KEY.matcher(link("kojo-stale-leave-" + lang + run + "@example.org"));
            assertThat(kojo.find()).isTrue();
            assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + kojo.group(1), null).statusCode()).isEqualTo(200);
            browser.driver.findElement(By.id("me-withdraw")).click();
            visible(browser, "#me-data-confirm-yes").click();
            waiting(browser).until(d -> !d.findElement(By.id("me-data-status")).getText().isBlank());
            assertThat(text("#me-data-status")).isEqualTo(en ? "You left the cohort." : "Vous avez quitté la cohorte.");
            state(browser, lang + "-me-left-seat-freed-meanwhile");
            browser.driver.findElement(By.id("me-forget")).click();
        }
    }

    /**
     * Without JavaScript, My page leaves the waitlist as its button does (POST /api/me/withdraw):
     * the pasted key, a box that confirms it (the browser asks for it before posting), and a page in
     * the page's language that says it is done; a key the API does not know comes back to the form.
     */
    @Test
    void withoutJavaScriptALearnerLeavesTheWaitlistFromMyPage() throws Exception {
        try (Browser noScript = Browser.start(true)) {
            noScript.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            for (String lang : List.of("en", "fr")) {
                boolean en = lang.equals("en");
                String pathId = pathIdOf(pathPage(lang));
                Cohort full = cohorts(lang, pathId, "nojs-leave-")[1];
                String yaw = "yaw-" + lang + run + "@example.org";
                assertThat(client.json("POST", "/api/signups", null, "{\"name\":\"Yaw\",\"email\":\"" + yaw
                        + "\",\"pathId\":\"" + pathId + "\",\"cohortId\":\"" + full.cohortId() + "\",\"language\":\""
                        + lang + "\",\"timezone\":\"UTC\",\"consent\":true}").body()).contains("\"result\":\"waitlisted\"");
                Matcher key = KEY.matcher(link(yaw));
                assertThat(key.find()).isTrue();
                String token = key.group(1);

                open(noScript, "/" + lang + "/me.html");
                assertThat(noScript.driver.findElement(By.id("me-leave-title")).getText()).isEqualTo(en ? "Leave the waitlist or your seat"
                        : "Quitter la liste d’attente ou votre place");
                state(noScript, lang + "-nojs-me-leave");
                // A key of the right shape that is no one's: back to the form, which says so.
                String unknown = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
                noScript.driver.findElement(By.id("leave-key")).sendKeys(unknown);
                noScript.driver.findElement(By.id("leave-confirm")).click();
                noScript.driver.findElement(By.cssSelector(".leave-form button[type=submit]")).click();
                WebElement problem = visible(noScript, "#leave-error");
                assertThat(noScript.driver.getCurrentUrl()).endsWith("#leave-error--unauthorized");
                assertThat(problem.getText()).contains(en ? "Nothing was changed" : "Rien n’a été changé",
                        en ? "This key is not recognised" : "Cette clé n’est pas reconnue");
                // The box not ticked: the browser does not post, and nothing changes.
                noScript.driver.findElement(By.id("leave-key")).sendKeys(token);
                noScript.driver.findElement(By.cssSelector(".leave-form button[type=submit]")).click();
                assertThat(noScript.driver.getCurrentUrl()).contains("/me.html");
                assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + token, null)).get("status").asText())
                        .isEqualTo("waitlisted");
                noScript.driver.findElement(By.id("leave-confirm")).click();
                noScript.driver.findElement(By.cssSelector(".leave-form button[type=submit]")).click();
                // Only waiting: the page says the waitlist place was given up, not a seat, not check-ins.
                waiting(noScript).until(d -> d.getCurrentUrl().contains(en ? "/en/left/waitlist.html" : "/fr/depart/waitlist.html"));
                assertThat(noScript.driver.findElement(By.tagName("h1")).getText())
                        .isEqualTo(en ? "You have left the waitlist" : "Vous avez quitté la liste d’attente");
                assertThat(noScript.driver.findElement(By.tagName("main")).getText())
                        .contains(en ? "You gave up your place on the cohort’s waitlist."
                                : "Vous avez laissé votre place sur la liste d’attente de la cohorte.")
                        .doesNotContain(en ? "check-in" : "point d’étape", en ? "nor in the cohort" : "ni dans la cohorte");
                assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + token, null)).get("status").asText())
                        .isEqualTo("withdrawn");
                state(noScript, lang + "-nojs-left");
            }
        }
    }

    @Test
    void withoutJavaScriptEveryFormLandsOnAPageThatSaysWhatHappened() throws Exception {
        try (Browser noScript = Browser.start(true)) {
            // Scripts off for the pages (as a reader who turned them off), on only for axe-core.
            noScript.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            for (String lang : List.of("en", "fr")) {
                boolean en = lang.equals("en");
                String page = pathPage(lang);
                String pathId = pathIdOf(page);
                Cohort[] nojsCohorts = cohorts(lang, pathId, "nojs-");
                String efua = "efua-" + lang + run + "@example.org";

                // No cohort code to type (learners are never given one): the form says which cohort
                // the sign-up joins, and the mail gives its dates.
                open(noScript, page);
                assertThat(noScript.driver.findElements(By.cssSelector("#signup input[name=cohortId]"))).isEmpty();
                assertThat(noScript.driver.findElement(By.id("signup-cohort")).getText())
                        .contains(en ? "You will join the next cohort of this path with a seat left"
                                : "Vous rejoindrez la prochaine cohorte de ce parcours qui a encore une place");
                // The time zones are named in words in the page's language; none is chosen for the learner.
                Select zone = new Select(noScript.driver.findElement(By.id("signup-timezone")));
                assertThat(zone.getFirstSelectedOption().getText()).isEqualTo(en ? "Choose your time zone" : "Choisissez votre fuseau horaire");
                assertThat(zone.getOptions()).extracting(WebElement::getText)
                        .contains(ZoneLabels.today(en ? "Paris — Central European Time (UTC+1)" : "Paris — heure d’Europe centrale (UTC+1)", "Europe/Paris"))
                        .noneMatch(text -> text.contains("/"));
                // No time zone chosen: the browser stops the sign-up before it is sent, what was typed stays.
                fillSignup(noScript, "Efua Mensah", efua, null);
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
                assertThat(noScript.driver.getCurrentUrl()).doesNotContain("code=");
                assertThat(noScript.driver.findElement(By.id("signup-email")).getAttribute("value")).isEqualTo(efua);
                // A zone the API refuses (an old page's list) comes back to the form, whose box says what
                // went wrong and nothing else, as does the line under the time zone (CSS alone: no script runs).
                noScript.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
                noScript.driver.executeScript("var o = document.querySelector('#signup-timezone option[value=\"Europe/Paris\"]');"
                        + "o.value = 'Mars/Olympus'; o.selected = true;");
                noScript.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
                WebElement problem = visible(noScript, "#signup-error");
                assertThat(noScript.driver.getCurrentUrl()).contains("fields=timezone").endsWith("#signup-error--timezone");
                String zoneProblem = en ? "Please choose your time zone from the list." : "Merci de choisir votre fuseau horaire dans la liste.";
                assertThat(problem.getText()).contains(en ? "Your sign-up was not saved" : "Votre inscription n’a pas été enregistrée",
                        zoneProblem).doesNotContain("Europe/", "Mars/", en ? "valid email address" : "adresse e-\u2060mail valide",
                        en ? "Please agree" : "Merci d’accepter", en ? "Something went wrong" : "Une erreur est survenue");
                assertThat(noScript.driver.findElements(By.cssSelector("#signup .field-problem")).stream()
                        .filter(WebElement::isDisplayed).map(WebElement::getText)).containsExactly(zoneProblem);
                state(noScript, lang + "-nojs-signup-error");

                // A city in words; the result page says a seat is booked; again: already signed up.
                fillSignup(noScript, "Efua Mensah", efua, NOJS_ZONE_WORDS.get(lang));
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
                waiting(noScript).until(d -> d.getCurrentUrl().contains("/enrolled.html"));
                assertThat(noScript.driver.findElement(By.tagName("h1")).getText())
                        .isEqualTo(en ? "You have a seat" : "Vous avez une place");
                state(noScript, lang + "-nojs-signup-enrolled");
                open(noScript, page);
                fillSignup(noScript, "Efua Mensah", efua, NOJS_ZONE_WORDS.get(lang));
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
                waiting(noScript).until(d -> d.getCurrentUrl().contains("/already.html"));
                assertThat(noScript.driver.findElement(By.tagName("h1")).getText())
                        .isEqualTo(en ? "You had already signed up" : "Vous étiez déjà inscrit·e");
                // Signed up again within the minute: no mail went out, the first link still works, and the
                // page says so in the link-again form's rule, with the way to that form.
                assertThat(mails(efua)).hasSize(1);
                assertThat(noScript.driver.findElement(By.tagName("main")).getText())
                        .contains(en ? "unless one went out in the last minute" : "sauf si un lien est parti dans la dernière minute",
                                en ? "at most once a minute" : "au plus une fois par minute")
                        .doesNotContain(en ? "ten minutes" : "dix minutes");
                assertThat(noScript.driver.findElement(By.cssSelector("main a[href$='#link']")).getText())
                        .isEqualTo(en ? "Lost your link? Get a new one" : "Lien perdu\u202F? En recevoir un nouveau");
                state(noScript, lang + "-nojs-signup-already");

                // On the full cohort's waitlist, then the form (which joins the open cohort): one place per
                // path, so nothing is saved and the page says how to change, with the way to the link.
                String kwame = "kwame-" + lang + run + "@example.org";
                assertThat(client.json("POST", "/api/signups", null, "{\"name\":\"Kwame\",\"email\":\"" + kwame
                        + "\",\"pathId\":\"" + pathId + "\",\"cohortId\":\"" + nojsCohorts[1].cohortId() + "\",\"language\":\""
                        + lang + "\",\"timezone\":\"UTC\",\"consent\":true}").body()).contains("\"result\":\"waitlisted\"");
                open(noScript, page);
                fillSignup(noScript, "Kwame Asante", kwame, NOJS_ZONE_WORDS.get(lang));
                noScript.driver.findElement(By.cssSelector("#signup button[type=submit]")).click();
                WebElement onPath = visible(noScript, "#signup-error");
                // Waiting, and the cohort the form joins has a seat My page offers: its own line, which
                // cannot name the cohorts (a static page) but says the seat is taken from My page.
                assertThat(noScript.driver.getCurrentUrl()).endsWith("#signup-error--already_on_path_move");
                assertThat(onPath.getText()).contains(en ? "You are on the waitlist of another cohort of this course path"
                                : "Vous êtes sur la liste d’attente d’une autre cohorte de ce parcours",
                        en ? "open My page with the personal link from your sign-up email" : "ouvrez Mon espace avec le lien personnel")
                        .doesNotContain(en ? "sign up here again" : "inscrivez-vous à nouveau",
                                en ? "Something went wrong" : "Une erreur est survenue");
                assertThat(onPath.findElements(By.cssSelector("a[href$='#link']")).stream().filter(WebElement::isDisplayed)
                        .map(WebElement::getText)).containsExactly(en ? "Lost your link? Get a new one" : "Lien perdu\u202F? En recevoir un nouveau");
                assertThat(mails(kwame)).hasSize(1);
                state(noScript, lang + "-nojs-signup-on-path");

                // My page without a script says what still works, and the link form posts.
                open(noScript, "/" + lang + "/me.html");
                assertThat(noScript.driver.findElement(By.tagName("main")).getText())
                        .contains(en ? "needs JavaScript" : "a besoin de JavaScript")
                        // Where the cohort meets and how to reach the LCM, without a script.
                        .contains(en ? "Where your cohort meets" : "Où votre cohorte se retrouve",
                                en ? "welcome email" : "e-\u2060mail de bienvenue",
                                en ? "Reaching your LCM" : "Joindre votre LCM",
                                en ? "I would like my LCM to contact me" : "Je souhaite que mon LCM me contacte");
                WebElement toForm = noScript.driver.findElement(By.cssSelector("a[href='#link']"));
                assertThat(toForm.isDisplayed()).isTrue();
                assertThat(toForm.getText()).isEqualTo(en ? "Lost your link? Get a new one" : "Lien perdu\u202F? En recevoir un nouveau");
                state(noScript, lang + "-nojs-me");
                asIfMailedMinutesAgo(link(efua));
                noScript.driver.findElement(By.id("link-email")).sendKeys(efua);
                noScript.driver.findElement(By.cssSelector(".link-form button[type=submit]")).click();
                waiting(noScript).until(d -> d.getCurrentUrl().contains(en ? "/en/link-sent.html" : "/fr/lien-envoye.html"));
                // Right after a link went out, asking again sends nothing: the page says why, and which link to use.
                int mailed = mails(efua).size();
                open(noScript, "/" + lang + "/me.html");
                noScript.driver.findElement(By.id("link-email")).sendKeys(efua);
                noScript.driver.findElement(By.cssSelector(".link-form button[type=submit]")).click();
                waiting(noScript).until(d -> d.getCurrentUrl().contains(en ? "/en/link-sent.html" : "/fr/lien-envoye.html"));
                assertThat(noScript.driver.findElement(By.tagName("main")).getText())
                        .contains(en ? "unless one went out in the last minute" : "sauf si un lien est parti dans la dernière minute",
                                en ? "at most once a minute" : "au plus une fois par minute");
                assertThat(mails(efua)).hasSize(mailed);
                state(noScript, lang + "-nojs-link-sent");

                // The check-in page takes the pasted key and lands on its own result page.
                Matcher key = KEY.matcher(link(efua));
                assertThat(key.find()).isTrue();
                // What was saved is the id behind the words chosen.
                assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + key.group(1), null)).get("timezone").asText())
                        .isEqualTo(en ? "Europe/London" : "Africa/Casablanca");
                open(noScript, en ? "/en/check-in.html" : "/fr/point-d-etape.html");
                // A key holds more than letters and digits (- . _): the hint says to copy all of it.
                assertThat(key.group(1)).containsPattern("[-._]");
                assertThat(noScript.driver.findElement(By.id("checkin-key-hint")).getText())
                        .contains(en ? "copy everything after “#key=”" : "copiez tout ce qui suit « #key= »")
                        .doesNotContain(en ? "letters and digits" : "lettres et chiffres");
                noScript.driver.findElement(By.id("checkin-key")).sendKeys(key.group(1));
                noScript.driver.findElement(By.id("checkin-progress")).sendKeys("10");
                noScript.driver.findElement(By.id("checkin-hours")).sendKeys(en ? "2.5" : "2,5");
                noScript.driver.findElement(By.id("checkin-mood-3")).click();
                noScript.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
                waiting(noScript).until(d -> d.getCurrentUrl().contains(en ? "/en/check-in-saved.html" : "/fr/point-d-etape-enregistre.html"));
                assertThat(HubClient.parse(client.json("GET", "/api/me", "Bearer " + key.group(1), null)).toString())
                        .as("the hours recorded").contains("\"hoursSpent\":2.5").doesNotContain("\"hoursSpent\":25");
                state(noScript, lang + "-nojs-checkin-saved");
            }
        }
    }
}
