package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.bench.CohortLoad;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.RunningCohorts;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The LCM dashboard page in Debian's headless Chromium: an LCM signs in on the local sign-in page,
 * opens the dashboard of a cohort built through the API (sign-ups, check-ins), sees the figures,
 * the learners to watch and the three charts, records a contact that clears "asked for help",
 * downloads the CSV, and axe-core finds nothing in either language or colour scheme; on a phone
 * every chart's labels keep their size. Screenshots of the charts in target/screenshots/.
 */
class DashboardBrowserIT extends HubBrowserBase {
    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9._-]+)");

    private record Cohort(String id, String lcmEmail, Map<String, String> learners) {
    }

    /**
     * A cohort that started three weeks ago, run by a new LCM, with three learners signed up
     * today: Ana checked in every week and asks for help this week, Bob checked in this week
     * only and asks for help too, Cara never did. The cohort is in English: only the reader's
     * language makes a reason French.
     */
    private Cohort cohort() throws Exception {
        String lcm = "lcm." + UUID.randomUUID() + "@example.org";
        String bearer = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + lcm + "\",\"role\":\"lcm\"}")).get("token").asText();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
        // Begun three weeks ago: written to the store, as the API creates no such cohort.
        String cohortId = RunningCohorts.create(moto, lcm, "python-8-weeks", "Python, browser cohort",
                org.lcmhub.domain.Language.EN, start, 8, 10);

        Map<String, String> learners = new java.util.LinkedHashMap<>();
        for (String name : List.of("Ana Lima", "Bob Stone", "Cara Diaz")) {
            String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID() + "@example.org";
            HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + name + "\",\"email\":\""
                    + email + "\",\"pathId\":\"python-8-weeks\",\"cohortId\":\"" + cohortId + "\",\"language\":\"en\","
                    + "\"timezone\":\"Africa/Abidjan\",\"consent\":true}");
            assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
            learners.put(name, HubClient.parse(signup).get("learnerId").asText());
            learners.put(name + " email", email);
            String key = key(email);
            if (name.startsWith("Ana")) {
                int[] moods = {4, 4, 4, 4};
                for (int w = 0; w < 4; w++) {
                    checkIn(key, IsoWeek.of(start.plusWeeks(w)), 10 * (w + 1), moods[w], w == 3);
                }
            } else if (name.startsWith("Bob")) {
                checkIn(key, IsoWeek.of(start.plusWeeks(3)), 5, 2, true);
            }
        }
        return new Cohort(cohortId, lcm, learners);
    }

    private String key(String email) throws Exception {
        JsonNode messages = HubClient.parse(client.json("GET",
                "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null, null)).get("messages");
        Matcher m = KEY.matcher(messages.get(0).get("text").asText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void checkIn(String key, IsoWeek week, int progress, int mood, boolean needHelp) throws Exception {
        HttpResponse<String> r = client.json("POST", "/api/checkins", "Bearer " + key, "{\"week\":\"" + week
                + "\",\"progress\":" + progress + ",\"hoursSpent\":4,\"mood\":" + mood + ",\"needHelp\":" + needHelp + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** The cohort's export as the API writes it for a reader of {@code lang}, asked by its LCM. */
    private String export(Cohort c, String lang) throws Exception {
        String bearer = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + c.lcmEmail() + "\",\"role\":\"lcm\"}")).get("token").asText();
        HttpResponse<String> r = client.json("GET", "/api/cohorts/" + c.id() + "/export.csv?lang=" + lang, bearer, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private void open(String path) {
        browser.driver.get(hub.url().resolve(path).toString());
    }

    private WebDriverWait waiting() {
        // A page that is replaced (a form posted, a list drawn again) leaves stale elements: look again.
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }

    private void signIn(String email) {
        StaffSignIn.signIn(browser, hub, email, "lcm", "en", null);
        open("/en/staff/dashboard.html");
        waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
    }

    private List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The cells of a table row, folded away or not. */
    private List<String> cells(String row) {
        return browser.driver.findElement(By.cssSelector(row)).findElements(By.cssSelector("th, td")).stream()
                .map(cell -> cell.getAttribute("textContent")).toList();
    }

    /**
     * An address naming a cohort that is not the LCM's (another team's, or none at all) says so in
     * plain words, in both languages, before the cohort it shows instead.
     */
    @Test
    void aCohortInTheAddressThatIsNotTheLcmsIsSaidSoBeforeTheOneShown() throws Exception {
        Cohort mine = cohort();
        Cohort theirs = cohort();
        StaffSignIn.signIn(browser, hub, mine.lcmEmail(), "lcm", "en", null);
        Map<String, String> said = Map.of("en", "The cohort in this page’s address is not one of your cohorts, or does not exist.",
                "fr", "La cohorte indiquée dans l’adresse de cette page ne fait pas partie de vos cohortes, ou n’existe pas.");
        for (String lang : List.of("en", "fr")) {
            String page = lang.equals("en") ? "/en/staff/dashboard.html" : "/fr/staff/tableau-de-bord.html";
            for (String asked : List.of(theirs.id(), "no-such-cohort")) {
                open(page + "?cohort=" + asked);
                WebElement state = shownState();
                assertThat(state.getText()).as(lang + " " + asked).isEqualTo(said.get(lang));
                assertThat(browser.driver.findElement(By.id("dash-cohort-shown")).getText()).contains("Python, browser cohort");
                if (asked.equals(theirs.id())) {
                    browser.screenshot(375, SCREENSHOTS.resolve(lang + "-dashboard-not-yours-375.png"));
                    browser.screenshot(1280, SCREENSHOTS.resolve(lang + "-dashboard-not-yours-1280.png"));
                }
            }
            open(page + "?cohort=" + mine.id());
            assertThat(shownState().getText()).as(lang + " mine").doesNotContain(said.get(lang));
        }
    }

    /**
     * The Matching page says it too, in the dashboard's words, naming the cohort it offers instead by
     * title and start (cohorts may share a title); the address then names that cohort, the note
     * stays while a draft is computed, and the draft and the question before publishing name it.
     */
    @Test
    void theMatchingPageSaysACohortInTheAddressIsNotTheLcmsAndNamesTheCohortOfItsDraft() throws Exception {
        Cohort mine = cohort();
        Cohort theirs = cohort();
        StaffSignIn.signIn(browser, hub, mine.lcmEmail(), "lcm", "en", null);
        Map<String, String> said = Map.of("en", "The cohort in this page’s address is not one of your cohorts, or does not exist. "
                + "Showing Python, browser cohort · under way since ", "fr", "La cohorte indiquée dans l’adresse de cette page ne fait pas partie "
                + "de vos cohortes, ou n’existe pas. Affichage\u00a0: Python, browser cohort · en cours depuis le ");
        Map<String, String> draftFor = Map.of("en", "Draft for Python, browser cohort · under way since ",
                "fr", "Brouillon pour Python, browser cohort · en cours depuis le ");
        for (String lang : List.of("en", "fr")) {
            String page = lang.equals("en") ? "/en/staff/matching.html" : "/fr/staff/appariement.html";
            for (String asked : List.of(theirs.id(), "no-such-cohort")) {
                open(page + "?cohort=" + asked);
                WebElement note = waiting().withMessage(lang + " " + asked).until(d -> {
                    WebElement s = d.findElement(By.id("matching-note"));
                    return s.isDisplayed() && !s.getText().isBlank() ? s : null;
                });
                assertThat(note.getAttribute("textContent")).as(lang + " " + asked).startsWith(said.get(lang)).endsWith(".");
                assertThat(new Select(browser.driver.findElement(By.id("matching-cohort-id")))
                        .getFirstSelectedOption().getAttribute("value")).isEqualTo(mine.id());
                waiting().until(d -> d.getCurrentUrl().endsWith(page + "?cohort=" + mine.id()));
            }
            // Computing says what it did apart: the note on the cohort stays; the draft names its cohort.
            browser.driver.findElement(By.id("matching-compute")).click();
            WebElement title = waiting().until(d -> d.findElement(By.id("matching-draft-title")).isDisplayed()
                    ? d.findElement(By.id("matching-draft-title")) : null);
            assertThat(title.getText()).startsWith(draftFor.get(lang));
            // French counts 0 and 1 in the singular: the count said is the one proposed, not "1".
            int pairs = browser.driver.findElements(By.cssSelector("#matching-pairs .staff-card")).size();
            if (lang.equals("fr")) {
                assertThat(browser.driver.findElement(By.id("matching-summary")).getText())
                        .startsWith(pairs == 0 ? "Aucun binôme à proposer" : pairs + (pairs > 1 ? " binômes proposés." : " binôme proposé."));
            }
            assertThat(browser.driver.findElement(By.id("matching-note")).getText()).startsWith(said.get(lang).substring(0, 20));
            browser.screenshot(375, SCREENSHOTS.resolve(lang + "-matching-not-yours-375.png"));
            browser.screenshot(1280, SCREENSHOTS.resolve(lang + "-matching-not-yours-1280.png"));
            open(page + "?cohort=" + mine.id());
            waiting().until(d -> mine.id().equals(d.findElement(By.id("matching-cohort-id")).getAttribute("value")));
            assertThat(browser.driver.findElement(By.id("matching-note")).isDisplayed()).as(lang + " mine").isFalse();
        }
    }

    /**
     * The status line above the cohort list, once the cohort is shown: the line under the list names
     * that cohort, and is the only one on the page to say "Showing" (« Affichage »).
     */
    private WebElement shownState() {
        WebElement state = waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed()
                && d.findElement(By.id("dash-cohort-shown")).getText().contains("Python") ? d.findElement(By.id("dash-state")) : null);
        String page = browser.driver.findElement(By.tagName("main")).getText();
        String word = page.contains("Affichage") ? "Affichage" : "Showing";
        assertThat(page.indexOf(word)).as("said once: " + page).isGreaterThanOrEqualTo(0).isEqualTo(page.lastIndexOf(word));
        return state;
    }

    @Test
    void learnersComeFiftyAtATimeAndTheButtonAddsTheNextOnes() throws IOException {
        String lcm = "lcm." + UUID.randomUUID() + "@example.org";
        String cohortId = "paged-" + UUID.randomUUID().toString().substring(0, 8);
        CohortLoad.load(moto.dynamo(), moto.table(), cohortId, 60, 2, 0, LocalIssuer.subFor(lcm));
        browser.consoleErrors();
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        open("/en/staff/dashboard.html?cohort=" + cohortId);
        waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());

        assertThat(browser.driver.findElements(By.cssSelector("#dash-learners > li"))).hasSize(50);
        assertThat(browser.driver.findElement(By.id("dash-learners-count")).getText()).isEqualTo("Learners shown: 50 of 60.");
        assertThat(browser.driver.findElement(By.id("dash-figures-at")).getText()).startsWith("Figures as of ");
        browser.assertAccessible(axe, SCREENSHOTS, "en-dashboard-paged");
        WebElement more = browser.driver.findElement(By.id("dash-learners-more"));
        assertThat(more.isDisplayed()).isTrue();
        more.click();
        waiting().until(d -> d.findElements(By.cssSelector("#dash-learners > li")).size() == 60);
        assertThat(browser.driver.findElement(By.id("dash-learners-count")).getText()).isEqualTo("Learners shown: 60 of 60.");
        assertThat(more.isDisplayed()).isFalse();
        // The focus goes to the first learner added, and the note form offers every learner shown.
        assertThat(browser.driver.switchTo().activeElement().getText())
                .isEqualTo(browser.driver.findElements(By.cssSelector("#dash-learners > li button")).get(50).getText());
        assertThat(new Select(browser.driver.findElement(By.id("dash-note-learner"))).getOptions()).hasSize(61);
        assertThat(browser.consoleErrors()).isEmpty();

        open("/fr/staff/tableau-de-bord.html?cohort=" + cohortId);
        waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("dash-learners-count")).getText())
                .isEqualTo("Personnes affichées : 50 sur 60.");
        assertThat(browser.driver.findElement(By.id("dash-learners-more")).getText())
                .isEqualTo("Afficher d’autres apprenant·es");
        browser.assertAccessible(axe, SCREENSHOTS, "fr-dashboard-paged");
    }

    @Test
    void aLongFrenchBlockerWrapsInsideTheLearnersPanelOnAPhone() throws Exception {
        Cohort c = cohort();
        // Bob's check-in of this week again, with a long blocker (an address in it) in French.
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);
        HttpResponse<String> r = client.json("POST", "/api/checkins", "Bearer " + key(c.learners().get("Bob Stone email")),
                "{\"week\":\"" + IsoWeek.of(monday) + "\",\"progress\":5,\"hoursSpent\":4,\"mood\":2,\"needHelp\":true,"
                + "\"blockers\":\"L’installation de l’interpréteur échoue systématiquement sur l’ordinateur professionnel\u00a0:"
                + " voir https://docs.python.org/fr/3/installing/index.html#installation-sur-un-poste-administre (droits"
                + " d’administrateur insuffisants).\",\"message\":\"Pouvez-vous m’appeler avant jeudi\u00a0?\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        StaffSignIn.signIn(browser, hub, c.lcmEmail(), "lcm", "fr", null);
        for (String lang : List.of("fr", "en")) {
            open(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort=" + c.id());
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
            waiting().until(d -> d.findElement(By.cssSelector("#dash-learners [data-learner='"
                    + c.learners().get("Bob Stone") + "'] button"))).click();
            waiting().until(d -> d.findElement(By.cssSelector("#dash-detail-history td[data-label]")).isDisplayed());
            // Every element of the panel stays inside the panel's content box, and its check-ins'
            // box does not scroll sideways: the blocker wraps, on the page's width.
            @SuppressWarnings("unchecked")
            List<String> wider = (List<String>) browser.driver.executeScript("var panel = document.getElementById('dash-detail');"
                    + "var cs = getComputedStyle(panel); var right = panel.getBoundingClientRect().right"
                    + " - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);"
                    + "var out = [...panel.querySelectorAll('*')].filter(e => e.getClientRects().length"
                    + " && e.getBoundingClientRect().right > right + 0.5).map(e => e.tagName + ' ' + e.getBoundingClientRect().right);"
                    + "var box = panel.querySelector('.table-box');"
                    + "if (box.scrollWidth > box.clientWidth) { out.push('check-ins box scrolls: ' + box.scrollWidth); }"
                    + "return out;");
            assertThat(wider).as("elements of the learner's panel wider than it at 375 px (" + lang + ")").isEmpty();
            // What the learner wrote to the team with the check-in is read beside the blocker.
            WebElement message = browser.driver.findElement(By.cssSelector("#dash-detail-history td[data-label]:last-child"));
            assertThat(message.getAttribute("data-label")).isEqualTo("fr".equals(lang) ? "Son message à l’équipe"
                    : "Their message to the team");
            assertThat(message.getText()).isEqualTo("Pouvez-vous m’appeler avant jeudi ?");
            assertThat(browser.driver.findElement(By.cssSelector("#dash-detail-history td[data-label]:nth-last-child(2)"))
                    .getAttribute("data-label")).isEqualTo("fr".equals(lang) ? "Blocages" : "Blockers");
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.screenshot(375, SCREENSHOTS.resolve(lang + "-dashboard-learner-375.png"));
            browser.screenshot(1280, SCREENSHOTS.resolve(lang + "-dashboard-learner-1280.png"));
        }
    }

    @Test
    void anLcmSeesTheirCohortRecordsAContactAndDownloadsTheCsv(@TempDir Path downloads) throws Exception {
        Cohort c = cohort();
        browser.consoleErrors();
        signIn(c.lcmEmail());

        assertThat(browser.driver.findElement(By.id("dash-title")).getText()).isEqualTo("Python, browser cohort");
        assertThat(texts("#dash-kpis .dash-kpi")).contains("Enrolled\n3", "Active\n3");
        // Ana asked for help this week and nobody has been in touch yet: listed to contact, though
        // her score (a first week well ahead of the plan) gives no level.
        WebElement ana = browser.driver.findElement(By.cssSelector("#dash-risk [data-learner='" + c.learners().get("Ana Lima") + "']"));
        assertThat(ana.getText()).contains("Ana Lima", "Asked for help", "Last check-in: week of ", "No mentor")
                .doesNotContain(IsoWeek.of(LocalDate.now(ZoneOffset.UTC)).toString());
        // A day in a sentence is read in full, as the mails write it, not "Mon 7 Dec 2026".
        assertThat(ana.getText()).contains("Last check-in: week of " + org.lcmhub.domain.Language.EN.day(
                LocalDate.now(ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY)));
        assertThat(ana.findElements(By.cssSelector("[data-code=help-waiting]"))).hasSize(1);
        // She checked in, so she is not silent, and her score flags nothing: she is under "asked for
        // help", not "likely to drop out", with her chance in words.
        assertThat(browser.driver.findElements(By.cssSelector("#dash-risk-help [data-learner='"
                + c.learners().get("Ana Lima") + "']"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#dash-risk-likely [data-learner='"
                + c.learners().get("Ana Lima") + "']"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("dash-risk-help-heading")).getText()).isEqualTo("Asked for help: get in touch");
        assertThat(ana.findElement(By.cssSelector(".dash-score")).getText())
                .matches("Chance of dropping out within two weeks: \\d{1,3}%");
        assertThat(ana.getText()).as("no badge for a learner the warning does not flag").doesNotContain("No warning sign");
        // Everywhere else she reads the same: waiting for help, never "no warning sign".
        WebElement anaInAll = browser.driver.findElement(By.cssSelector("#dash-learners [data-learner='"
                + c.learners().get("Ana Lima") + "']"));
        assertThat(anaInAll.getText()).contains("Ana Lima · Asked for help, not contacted yet · ");
        anaInAll.findElement(By.tagName("button")).click();
        waiting().until(d -> d.findElement(By.id("dash-detail")).isDisplayed());
        // Her panel says the help request once, with its day, in the status line: not again as a reason under it.
        assertThat(browser.driver.findElement(By.id("dash-detail-status")).getText())
                .startsWith("Asked for help today, not contacted yet · ");
        assertThat(browser.driver.findElements(By.cssSelector("#dash-detail-reasons [data-code=help-waiting]"))).isEmpty();
        // Her chance of dropping out reads in her panel as on her card, word for word.
        String anaScore = ana.findElement(By.cssSelector(".dash-score")).getText();
        assertThat(browser.driver.findElement(By.id("dash-detail-score")).getText()).isEqualTo(anaScore);
        assertThat(browser.driver.findElement(By.cssSelector("#dash-learners [data-learner='"
                + c.learners().get("Cara Diaz") + "']")).getText()).contains("Cara Diaz · No warning sign · ");
        // Nobody has a mentor yet, all for the same reason: said once, with the three names under it.
        assertThat(browser.driver.findElements(By.cssSelector("#dash-alone > li"))).hasSize(1)
                .allSatisfy(li -> assertThat(li.findElements(By.cssSelector(".dash-names li"))).hasSize(3));

        // Three charts, each an SVG image with a title, a description and its figures as a table.
        for (String id : List.of("chart-progress", "chart-rate", "chart-mood")) {
            WebElement svg = browser.driver.findElement(By.cssSelector("#" + id + " svg[role=img]"));
            assertThat(svg.findElement(By.tagName("title")).getAttribute("textContent")).as(id).isNotBlank();
            assertThat(svg.findElement(By.tagName("desc")).getAttribute("textContent")).as(id).isNotBlank();
            assertThat(browser.driver.findElements(By.cssSelector("#" + id + " .chart-data tbody tr"))).as(id).isNotEmpty();
        }
        // In their own week 1 nothing is expected yet: Ana (40 %) is ahead, Bob (5 %) and Cara (0 %) on plan.
        assertThat(browser.driver.findElement(By.cssSelector("#chart-progress desc")).getAttribute("textContent"))
                .isEqualTo("3 learners: 0 30 or more points behind the plan for their own week, 0 15 to 29 behind,"
                        + " 2 on plan, 1 15 or more ahead.");
        assertThat(browser.driver.findElements(By.cssSelector("#chart-progress rect.chart-bar"))).hasSize(4);
        // Four weeks so far; the learners joined this week, so only this week expects anyone (2 of 3).
        assertThat(browser.driver.findElements(By.cssSelector("#chart-rate .chart-data tbody tr"))).hasSize(4);
        assertThat(browser.driver.findElements(By.cssSelector("#chart-rate rect.chart-bar"))).hasSize(1);
        // Weeks are named by their Monday read in full, as people read a day ("Monday 30 November"),
        // the year only when it is not the one the cohort began in (which the page says).
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM",
                java.util.Locale.UK);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
        LocalDate first = monday.minusWeeks(3);
        // The day, the month and the year are held together by no-break spaces; the line may break after the weekday.
        java.util.function.Function<LocalDate, String> shown = d -> (d.format(day)
                + (d.getYear() == first.getYear() ? "" : " " + d.getYear())).replace(' ', '\u00a0').replaceFirst("\u00a0", " ");
        // This week is still under way until its Sunday (on the browser's calendar): its share is "so far".
        boolean open = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse((String) browser.driver.executeScript(
                "return LcmI18n.today();")), monday.plusDays(6)) >= 1;
        assertThat(cells("#chart-rate .chart-data tbody tr:last-child"))
                .containsExactly(shown.apply(monday), open ? "67% so far" : "67%", "2", "3");
        assertThat(cells("#chart-rate .chart-data tbody tr:first-child")).containsExactly(
                shown.apply(monday.minusWeeks(3)), "–", "0", "0");
        assertThat(browser.driver.findElements(By.cssSelector("#chart-mood circle.chart-dot"))).hasSize(4);
        assertThat(browser.driver.findElements(By.cssSelector("#chart-mood polyline.chart-line"))).hasSize(1);

        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.axeViolations(axe, SiteBrowserIT.WCAG).forEach(v -> problems.add("[" + scheme + "] " + v));
        }
        browser.colorScheme("light");
        assertThat(problems).as("axe-core on the dashboard").isEmpty();

        // The CSV, fetched with the token and saved by Chromium as the server wrote it for this
        // reader and named after the cohort and its first day in the reader's words (cohorts may share
        // a title): their words, no id, no code, no ISO week.
        browser.allowDownloads(downloads);
        browser.driver.findElement(By.id("dash-csv")).click();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
        Path csv = downloads.resolve("Python, browser cohort – " + org.lcmhub.domain.Language.EN.day(start) + ".csv");
        waiting().until(d -> Files.exists(csv));
        String file = Files.readString(csv);
        assertThat(file).startsWith("\uFEFF").doesNotContain(c.learners().get("Ana Lima"))
                .doesNotContainPattern("\\d{4}-W\\d{2}");
        org.apache.commons.csv.CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(file.substring(1)));
        List<CSVRecord> rows = parser.getRecords();
        assertThat(parser.getHeaderNames()).containsExactly("Name", "Where they stand", "Early warning",
                "Silent now: to contact (no check-in last week; those counted as dropped out are listed apart)", "Chance of dropping out (%)", "Week of their path", "In the cohort since (their week 1)", "Progress (%)",
                "Pace against the plan (%)", "Last check-in (week of)", "Mentor", "Reasons");
        assertThat(rows).extracting(r -> r.get("Name")).containsExactlyInAnyOrder("Ana Lima", "Bob Stone", "Cara Diaz");
        CSVRecord anaRow = rows.stream().filter(r -> r.get("Name").equals("Ana Lima")).findFirst().orElseThrow();
        assertThat(anaRow.get("Progress (%)")).isEqualTo("40");
        // Ana and Bob wait for a contact; Bob's 5 % is not judged on pace in his own first week, not
        // over yet (he signed up today): the file says so as the page does.
        assertThat(anaRow.get("Early warning")).isEqualTo("Asked for help, not contacted yet");
        assertThat(rows.stream().filter(r -> r.get("Name").equals("Bob Stone")).findFirst().orElseThrow()
                .get("Early warning")).isEqualTo("Asked for help, not contacted yet");
        assertThat(anaRow.get("Where they stand")).isEqualTo("Active");
        assertThat(anaRow.get("Silent now: to contact (no check-in last week; those counted as dropped out are listed apart)")).isEqualTo("no");
        assertThat(rows.stream().filter(r -> r.get("Name").equals("Bob Stone")).findFirst().orElseThrow().get("Reasons"))
                .contains("Asked for help today, not contacted yet");
        LocalDate thisMonday = LocalDate.now(ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
        assertThat(anaRow.get("Last check-in (week of)"))
                .isEqualTo(org.lcmhub.domain.Language.EN.day(thisMonday));
        assertThat(file).isEqualTo(export(c, "en"));
        assertThat(browser.driver.findElement(By.id("dash-csv-state")).getText()).isEqualTo("Downloaded.");

        // Sent with nothing chosen or written: the page says so next to each field, in its own words
        // (not the browser's), and records nothing.
        new Select(browser.driver.findElement(By.id("dash-note-learner"))).selectByIndex(0);
        browser.driver.findElement(By.cssSelector("#dash-note button[type=submit]")).click();
        assertThat(waiting().until(d -> d.findElement(By.id("dash-note-learner-error"))).getText())
                .isEqualTo("Choose the learner the note is about.");
        assertThat(browser.driver.findElement(By.id("dash-note-text-error")).getText()).isEqualTo("Write the note.");
        assertThat(browser.driver.findElement(By.id("dash-note-learner")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("dash-note-state")).getText()).isEmpty();

        // A contact clears "asked for help"; the page reloads the dashboard after recording it.
        new Select(browser.driver.findElement(By.id("dash-note-learner"))).selectByVisibleText("Ana Lima");
        browser.driver.findElement(By.id("dash-note-text")).sendKeys("Called Ana: we went through loops together");
        browser.driver.findElement(By.id("dash-note-contact")).click();
        browser.driver.findElement(By.cssSelector("#dash-note button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("dash-note-state")).getText().startsWith("Recorded"));
        assertThat(browser.driver.findElements(By.cssSelector("#dash-note .field-error"))).as("the errors are gone").isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#dash-risk [data-learner='" + c.learners().get("Ana Lima")
                + "'] [data-code=help-waiting]"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#dash-risk [data-learner='" + c.learners().get("Bob Stone")
                + "'] [data-code=help-waiting]"))).as("nobody called Bob yet").hasSize(1);
        assertThat(browser.driver.findElement(By.id("dash-note-text")).getAttribute("value")).isEmpty();

        // The French page: same data, French words, and nothing for axe-core either.
        open("/fr/staff/tableau-de-bord.html");
        waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(texts("#dash-kpis .dash-kpi")).contains("Inscrit·es\n3");
        assertThat(browser.driver.findElement(By.cssSelector("#chart-mood svg title")).getAttribute("textContent"))
                .isEqualTo("Humeur moyenne par semaine (1\u00a0à\u00a05)");
        // A date never leaves its day at a line's end without its month ("dim. 10 / janv. 2027"), nor
        // its month without its year ("dim. 10 janv. / 2027").
        assertThat(browser.driver.executeScript("return LcmI18n.date('2027-01-10')"))
                .isEqualTo("dim.\u00a010\u00a0janv.\u00a02027");
        // The first of a month is an ordinal in French, in the short form as in the long (Language.day).
        assertThat(browser.driver.executeScript("return LcmI18n.date('2026-12-01')"))
                .isEqualTo("mar.\u00a01er\u00a0déc.\u00a02026");
        // The dashboard loads the zone lists' labels: a zone's name is the label's, lower case in a French
        // sentence even where the list item starts with a capital (UTC's).
        assertThat(browser.driver.executeScript("return LcmI18n.zone('UTC')")).isEqualTo("temps universel coordonné");
        Path csvFr = downloads.resolve("Python, browser cohort – " + org.lcmhub.domain.Language.FR.day(start) + ".csv");
        browser.driver.findElement(By.id("dash-csv")).click();
        waiting().until(d -> Files.exists(csvFr));
        String french = Files.readString(csvFr);
        assertThat(french).startsWith("\uFEFFNom;Situation;Alerte précoce;").contains("Ana Lima;Actif·ve;Aucun signe d’alerte;non;")
                .contains("Bob Stone;Actif·ve;A demandé de l’aide, pas encore contacté·e;non;")
                .doesNotContain("Active", "On track", "Dans les temps");
        // The reasons come worded by the API in the language the page asks for, not the cohort's.
        CSVRecord bobFr = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(french.substring(1))).getRecords().stream()
                .filter(r -> r.get("Nom").equals("Bob Stone")).findFirst().orElseThrow();
        assertThat(bobFr.get("Raisons")).contains("A demandé de l’aide aujourd’hui, pas encore contacté·e")
                .doesNotContain("Asked", "help");
        assertThat(bobFr.get("Alerte précoce")).isEqualTo("A demandé de l’aide, pas encore contacté·e");
        assertThat(bobFr.get("Dernier point d’étape (semaine du)"))
                .isEqualTo(org.lcmhub.domain.Language.FR.day(thisMonday));
        assertThat(french).isEqualTo(export(c, "fr"));
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.axeViolations(axe, SiteBrowserIT.WCAG).forEach(v -> problems.add("fr [" + scheme + "] " + v));
        }
        browser.colorScheme("light");
        assertThat(problems).as("axe-core on the French dashboard").isEmpty();
        browser.screenshot(375, SCREENSHOTS.resolve("fr-dashboard-375.png"));

        // On a phone: nothing wider than the screen.
        open("/staff/dashboard.html"); // the old address leads to the new page
        waiting().until(d -> d.getCurrentUrl().contains("/en/staff/dashboard.html")
                && d.findElement(By.id("dash-body")).isDisplayed());
        browser.screenshot(375, SCREENSHOTS.resolve("en-dashboard-375.png"));
        browser.screenshot(1280, SCREENSHOTS.resolve("en-dashboard-1280.png"));
        Number overflow = (Number) browser.driver.executeScript("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        assertThat(browser.consoleErrors()).as("the page runs under the CSP")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused") || m.contains("Uncaught"));
    }

    /**
     * A demo cohort weeks into its run, read by its LCM on a phone and a desktop, in English and
     * French: "checked in this week" says what the chart's current week says (the same learners
     * expected); a learner silent now is shown without a chance of dropping out (their score
     * stands still since their last check-in); and a learner's panel opens at their name.
     */
    @Test
    void aRunningCohortsFiguresMatchItsChartSilentLearnersShowNoChanceAndAPanelOpensAtTheName() throws Exception {
        // The run's one demo (its cohorts' ids are fixed): DemoDataIT reads the same.
        org.lcmhub.hub.dev.DemoSeed.first(moto, hub.url().toString());
        StaffSignIn.signIn(browser, hub, org.lcmhub.hub.dev.DemoData.LCMS.get(0), "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            for (int width : new int[] {375, 1280}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 640, "deviceScaleFactor", 1, "mobile", width < 600));
                open(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html")
                        + "?cohort=demo-data-analysis-10-weeks-running");
                waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed()
                        && !d.findElements(By.cssSelector("#chart-rate .chart-data tbody tr")).isEmpty());
                String what = lang + " at " + width + " px";
                String figure = browser.driver.findElements(By.cssSelector("#dash-kpis .dash-kpi")).get(4)
                        .findElement(By.tagName("dd")).getText();
                List<String> thisWeek = cells("#chart-rate .chart-data tbody tr:last-child");
                String soFar = "fr".equals(lang) ? " jusqu’ici" : " so far";
                // The figure is the chart's current week, one figure: its share, then the count it is made of: "50% (5 of 10)".
                assertThat(figure).as("checked in this week, figure and chart, " + what).isEqualTo(
                        ("fr".equals(lang) ? "%s (%s sur %s)" : "%s (%s of %s)").formatted(thisWeek.get(1).replace(soFar, ""), thisWeek.get(2),
                                thisWeek.get(3)));
                // Read as one figure with a clear hierarchy: the share large and bold, its count smaller and plain.
                @SuppressWarnings("unchecked")
                Map<String, Object> look = (Map<String, Object>) browser.driver.executeScript("var dd = document.querySelectorAll("
                        + "'#dash-kpis .dash-kpi dd')[4], s = getComputedStyle(dd.querySelector('.dash-kpi-share')),"
                        + " c = getComputedStyle(dd.querySelector('.dash-kpi-count'));"
                        + " return {shareSize: parseFloat(s.fontSize), countSize: parseFloat(c.fontSize),"
                        + " shareWeight: parseInt(s.fontWeight, 10), countWeight: parseInt(c.fontWeight, 10)};");
                assertThat(((Number) look.get("shareSize")).doubleValue()).as("the share leads, " + what)
                        .isGreaterThan(((Number) look.get("countSize")).doubleValue() * 1.4);
                assertThat(((Number) look.get("shareWeight")).intValue()).as("the share bold, its count plain, " + what)
                        .isGreaterThanOrEqualTo(700);
                assertThat(((Number) look.get("countWeight")).intValue()).isLessThanOrEqualTo(400);
                // Below it, how far the week is: the Sunday its check-ins are due by (this week's, in
                // UTC, as the API counts it; the browser's calendar says how many days are left), and
                // its share so far is not set as a verdict before that day.
                WebElement tile = browser.driver.findElements(By.cssSelector("#dash-kpis .dash-kpi")).get(4);
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                long left = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse((String) browser.driver.executeScript(
                        "return LcmI18n.today();")), sunday) + 1;
                String day = sunday.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM",
                        "fr".equals(lang) ? java.util.Locale.FRANCE : java.util.Locale.UK))
                        .replaceFirst("^(\\S+ )1 ", "fr".equals(lang) ? "$11er " : "$11 ");
                // On the browser's calendar, ahead of UTC already the Monday after, behind it still the Sunday before.
                String due = "fr".equals(lang)
                        ? (left < 1 ? "Étaient à rendre hier, " + day : left == 1 ? "À rendre aujourd’hui, " + day
                                : left > 7 ? "À rendre la semaine prochaine, d’ici le " + day : "À rendre d’ici le " + day + " : il reste " + left + " jours, aujourd’hui compris")
                        : (left < 1 ? "Were due yesterday, " + day : left == 1 ? "Due today, " + day
                                : left > 7 ? "Due next week, by " + day : "Due by " + day + ": " + left + " days left, today included");
                assertThat(tile.findElement(By.cssSelector("dd.dash-kpi-due")).getText()).as("the week's due day, " + what)
                        .isEqualTo(due);
                assertThat(tile.findElement(By.cssSelector(".dash-kpi-share")).getAttribute("class"))
                        .as("the share so far, " + what).contains(left > 1 ? "dash-kpi-open" : "dash-kpi-share");
                if (left <= 1) {
                    assertThat(tile.findElement(By.cssSelector(".dash-kpi-share")).getAttribute("class")).doesNotContain("dash-kpi-open");
                }
                // The chart says the same: the week under way is no drop. Its column drawn apart (dashed,
                // lighter) and said so under the chart, its share "so far" in the description and the
                // table, with the day its check-ins are due by; the weeks before it as they were.
                List<WebElement> columns = browser.driver.findElements(By.cssSelector("#chart-rate rect.chart-bar"));
                String desc = browser.driver.findElement(By.cssSelector("#chart-rate desc")).getAttribute("textContent");
                String dueDay = "fr".equals(lang) ? "d’ici le " + day : "due by " + day;
                if (left > 1) {
                    assertThat(columns.get(columns.size() - 1).getAttribute("class")).as("the week under way, " + what)
                            .contains("chart-bar--open");
                    assertThat(columns.subList(0, columns.size() - 1)).as("the weeks before, " + what)
                            .allSatisfy(c -> assertThat(c.getAttribute("class")).contains("chart-bar--plain"));
                    assertThat(thisWeek.get(1)).as("the table's share so far, " + what).endsWith(soFar);
                    assertThat(desc).as("the description, " + what).contains(("fr".equals(lang) ? ", en cours\u00a0: "
                            : ", under way: ") + thisWeek.get(1));
                    assertThat(desc.replace('\u00a0', ' ')).contains(dueDay);
                    assertThat(browser.driver.findElement(By.cssSelector("#chart-rate .chart-note")).getText())
                            .as("the note under the chart, " + what).contains(dueDay);
                } else {
                    assertThat(columns).allSatisfy(c -> assertThat(c.getAttribute("class")).doesNotContain("chart-bar--open"));
                    assertThat(browser.driver.findElements(By.cssSelector("#chart-rate .chart-note"))).isEmpty();
                }
                // It holds together in a narrow tile: its share and its count ("(5 of 10)") each on one
                // line, a line broken only between them (no-break spaces elsewhere), never wider than the
                // tile; with a large cohort's counts too ("(120 of 150)", "(1,200 of 1,500)"). The counts
                // are the page's own words.
                for (int[] counts : new int[][] {{-1, -1}, {120, 150}, {1200, 1500}}) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> held = (Map<String, Object>) browser.driver.executeScript("var dd = document.querySelectorAll("
                            + "'#dash-kpis .dash-kpi dd')[4]; var count = dd.querySelector('.dash-kpi-count');"
                            + " var share = dd.querySelector('.dash-kpi-share');"
                            + " if (arguments[0] >= 0) { count.textContent = LcmStaff.t('dash.kpi.checkInCount', {count: LcmStaff.number(arguments[0]),"
                            + " expected: LcmStaff.number(arguments[1])}).split('{percent}')[1].trim(); }"
                            + " var text = dd.textContent, open = text.indexOf('(');"
                            + " return {spaces: text.split(' ').length - 1, afterDot: text.indexOf(' ') === open - 1,"
                            + " count: count.getClientRects().length, share: share.getClientRects().length,"
                            + " overflow: dd.scrollWidth - dd.clientWidth};", counts[0], counts[1]);
                    assertThat(held).as("the check-in figure, " + what + ", counts " + counts[0] + " of " + counts[1])
                            .containsEntry("spaces", 1L).containsEntry("afterDot", true)
                            .containsEntry("count", 1L).containsEntry("share", 1L).containsEntry("overflow", 0L);
                }
                // The rate chart's table, opened: on a phone it fits in its own box ("Expected" shown),
                // never widening the page with a sideways scrollbar.
                browser.driver.findElement(By.cssSelector("#chart-rate .chart-data summary")).click();
                waiting().until(d -> d.findElement(By.cssSelector("#chart-rate .chart-data table")).isDisplayed());
                Number pageOverflow = (Number) browser.driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(pageOverflow.intValue()).as("the page's overflow with the rate table open, " + what).isLessThanOrEqualTo(0);
                Number expectedRight = (Number) browser.driver.executeScript("var cells = document.querySelectorAll("
                        + "'#chart-rate .chart-data tbody tr:last-child td');"
                        + " return cells[cells.length - 1].getBoundingClientRect().right - document.documentElement.clientWidth;");
                assertThat(expectedRight.intValue()).as("the expected learners' column on the screen, " + what).isLessThanOrEqualTo(0);
                browser.driver.findElement(By.cssSelector("#chart-rate .chart-data summary")).click();

                List<WebElement> silent = browser.driver.findElements(By.cssSelector("#dash-risk-silent > li"));
                assertThat(silent).as("the demo has a learner silent now").isNotEmpty();
                assertThat(browser.driver.findElements(By.cssSelector("#dash-risk-silent .dash-score")))
                        .as("no chance of dropping out shown for a silent learner, " + what).isEmpty();
                assertThat(browser.driver.findElements(By.cssSelector("#dash-risk-likely .dash-score")))
                        .as("the likely ones keep theirs").isNotEmpty();

                silent.get(0).findElement(By.tagName("button")).click();
                waiting().until(d -> d.findElement(By.cssSelector("#dash-detail-history td[data-label]")).isDisplayed());
                assertThat(browser.driver.findElement(By.id("dash-detail-score")).isDisplayed())
                        .as("no chance of dropping out in a silent learner's panel either, " + what).isFalse();
                Number top = (Number) browser.driver.executeScript(
                        "return document.getElementById('dash-detail-title').getBoundingClientRect().top;");
                assertThat(top.doubleValue()).as("the learner's name at the top of the screen, " + what).isBetween(0.0, 80.0);
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(lang + "-dashboard-silent-panel-" + width + ".png"),
                        browser.driver.getScreenshotAs(OutputType.BYTES));
            }
        }
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * A learner silent now whom the team records a contact with stays silent now (until they check
     * in), but no longer among those to get in touch with today: listed apart, under its own heading
     * after them, the card saying when the team was in touch and who recorded it, in the reader's
     * language; the learner's panel says it next to "silent now".
     */
    @Test
    void aSilentLearnerContactedTodayIsListedApartFromThoseToContactAndSaysWhen() throws Exception {
        org.lcmhub.hub.dev.DemoSeed.first(moto, hub.url().toString());
        String lcm = org.lcmhub.hub.dev.DemoData.LCMS.get(0);
        String cohort = "demo-data-analysis-10-weeks-running";
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        open("/en/staff/dashboard.html?cohort=" + cohort);
        waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
        List<WebElement> silent = browser.driver.findElements(By.cssSelector("#dash-risk-silent > li"));
        assertThat(silent).as("the demo has a learner silent now").isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#dash-risk-silent .dash-contacted"))).isEmpty();
        String first = silent.get(0).getAttribute("data-learner");
        String bearer = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + lcm + "\",\"role\":\"lcm\",\"name\":\"" + org.lcmhub.hub.dev.DemoData.NAMES.get(lcm) + "\"}"))
                .get("token").asText();
        HttpResponse<String> note = client.json("POST", "/api/cohorts/" + cohort + "/learners/" + first + "/notes", bearer,
                "{\"text\":\"Called: back next week\",\"contact\":true}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        // Said by the name the author's sign-in gave, as the notes name them, not by an id or an address.
        String by = HubClient.parse(note).get("authorName").asText();
        assertThat(by).as("the demo LCM has a name").isNotBlank().doesNotContain("@");
        for (String lang : List.of("en", "fr")) {
            open(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort=" + cohort);
            waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
            List<WebElement> toContact = browser.driver.findElements(By.cssSelector("#dash-risk-silent > li"));
            assertThat(toContact).as("no longer among those to contact today").hasSize(silent.size() - 1);
            assertThat(toContact).noneMatch(li -> first.equals(li.getAttribute("data-learner")));
            List<WebElement> contacted = browser.driver.findElements(By.cssSelector("#dash-risk-contacted > li"));
            assertThat(contacted).as("still silent, listed apart").hasSize(1);
            WebElement last = contacted.get(0);
            assertThat(last.getAttribute("data-learner")).isEqualTo(first);
            WebElement heading = browser.driver.findElement(By.id("dash-risk-contacted-heading"));
            assertThat(heading.getText().replace('\u00a0', ' ')).isEqualTo("fr".equals(lang)
                    ? "Silencieux·ses en ce moment, déjà contacté·es cette semaine : pas d’appel aujourd’hui"
                    : "Silent now, already contacted this week: no call needed today");
            assertThat((Boolean) browser.driver.executeScript("var h = document.getElementById('dash-risk-contacted-heading'),"
                    + " s = document.getElementById('dash-risk-silent-heading');"
                    + " return !s || !!(s.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);"))
                    .as("after those to contact today").isTrue();
            org.lcmhub.domain.Language reader = org.lcmhub.domain.Language.parse(lang).orElseThrow();
            String day = reader.day(LocalDate.parse(last.getAttribute("data-contacted")));
            assertThat(last.findElement(By.cssSelector(".dash-contacted")).getText().replace('\u00a0', ' '))
                    .isEqualTo("fr".equals(lang) ? "Contact pris par " + by + " le " + day + " : inutile de relancer cette semaine"
                            : "Contacted by " + by + " on " + day + ": no need to get in touch again this week");
            assertThat(browser.driver.findElements(By.cssSelector("#dash-risk-silent .dash-contacted"))).isEmpty();
            // The learner's panel: "silent now", and the contact beside it, not "silent now" alone.
            last.findElement(By.cssSelector("button")).click();
            waiting().until(d -> d.findElement(By.id("dash-detail-status")).getText().contains(by));
            assertThat(browser.driver.findElement(By.id("dash-detail-status")).getText().replace('\u00a0', ' '))
                    .startsWith(("fr".equals(lang) ? "Silencieux·se en ce moment · Contact pris par " + by + " le "
                            : "Silent now · Contacted by " + by + " on ") + day);
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-dashboard-silent-contacted-" + width + ".png"));
            }
        }
    }

    /** The viewport of a phone (under 600 px) or a desktop, as Chromium's device emulation sets it. */
    private void viewport(int width) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Waits until every chart shown is drawn to its box's width (one unit of the chart, one pixel),
     * a few seconds at most: if it never is, what its labels look like says more than the wait.
     */
    private boolean chartsFitTheirBoxes() {
        try {
            new PageWait(browser.driver, Duration.ofSeconds(5)).until(d -> (Boolean) browser.driver.executeScript(
                    "return Array.from(document.querySelectorAll('.dash-chart:not([hidden]) svg')).every(function (svg) {"
                    + " var f = svg.closest('figure'), s = getComputedStyle(f);"
                    + " var inner = f.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
                    + " return svg.viewBox.baseVal.width === Math.max(Math.floor(inner), 240); })"));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /**
     * On a phone every chart of the dashboard, the learner's panel's included, keeps its labels at
     * 12 px or more, none running into another or out of its chart, in English and French. The
     * English page opens on the phone (its charts drawn while the page is still hidden, then again
     * once shown); the French one opens on a desktop that becomes a phone (drawn again to the new width).
     */
    @Test
    void everyChartsLabelsStayReadableOnAPhone() throws Exception {
        Cohort c = cohort();
        signIn(c.lcmEmail());
        for (String lang : List.of("en", "fr")) {
            String page = lang.equals("en") ? "/en/staff/dashboard.html" : "/fr/staff/tableau-de-bord.html";
            if (lang.equals("en")) {
                viewport(375);
                open(page);
            } else {
                browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                open(page);
                waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
                viewport(375);
            }
            waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
            browser.driver.findElement(By.cssSelector("#dash-learners [data-learner='" + c.learners().get("Ana Lima")
                    + "'] button")).click();
            waiting().until(d -> d.findElement(By.cssSelector("#dash-detail-chart svg")).isDisplayed());
            boolean fitted = chartsFitTheirBoxes();
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, Object>>> charts = (Map<String, List<Map<String, Object>>>) browser.driver.executeScript(
                    "var charts = {};"
                    + " document.querySelectorAll('.dash-chart:not([hidden])').forEach(function (f) {"
                    + "  var svg = f.querySelector('svg').getBoundingClientRect();"
                    + "  charts[f.id] = Array.from(f.querySelectorAll('svg text')).map(function (t) {"
                    + "   var r = t.getBoundingClientRect();"
                    + "   return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,"
                    + "    height: r.height, left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                    + "    inside: r.left >= svg.left && r.right <= svg.right && r.top >= svg.top && r.bottom <= svg.bottom}; }); });"
                    + " return charts;");
            assertThat(charts).containsOnlyKeys("chart-progress", "chart-rate", "chart-mood", "dash-detail-chart");
            charts.forEach((id, labels) -> {
                // Bars: four names and their counts; weekly charts: three ticks and at least a week.
                assertThat(labels).as(lang + " " + id).hasSizeGreaterThanOrEqualTo(4);
                for (int i = 0; i < labels.size(); i++) {
                    Map<String, Object> a = labels.get(i);
                    String what = lang + " " + id + " \"" + a.get("text") + "\" at 375 px";
                    assertThat(((Number) a.get("size")).doubleValue()).as(what).isGreaterThanOrEqualTo(12);
                    assertThat(((Number) a.get("height")).doubleValue()).as(what).isGreaterThanOrEqualTo(12);
                    assertThat(a.get("inside")).as(what + " inside its chart").isEqualTo(true);
                    for (int j = i + 1; j < labels.size(); j++) {
                        Map<String, Object> b = labels.get(j);
                        assertThat(apart(a, b)).as(what + " and \"" + b.get("text") + "\" apart").isTrue();
                    }
                }
            });
            assertThat(fitted).as(lang + ": every chart drawn to its box's width").isTrue();
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                for (int width : new int[] {375, 1280}) {
                    viewport(width);
                    assertThat(chartsFitTheirBoxes()).as(lang + " at " + width + " px").isTrue();
                    // The charts alone: a phone's whole page is longer than a screenshot holds.
                    String name = lang + "-dashboard-charts-" + scheme + "-" + width;
                    Files.createDirectories(SCREENSHOTS);
                    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.driver.findElement(By.cssSelector(".dash-charts"))
                            .getScreenshotAs(OutputType.BYTES));
                    Files.write(SCREENSHOTS.resolve(name + "-learner.png"), browser.driver.findElement(By.id("dash-detail"))
                            .getScreenshotAs(OutputType.BYTES));
                }
            }
            browser.colorScheme("light");
        }
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertThat(browser.consoleErrors()).as("the page runs under the CSP")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused") || m.contains("Uncaught"));
    }

    private static boolean apart(Map<String, Object> a, Map<String, Object> b) {
        return edge(a, "right") <= edge(b, "left") || edge(b, "right") <= edge(a, "left")
                || edge(a, "bottom") <= edge(b, "top") || edge(b, "bottom") <= edge(a, "top");
    }

    private static double edge(Map<String, Object> label, String side) {
        return ((Number) label.get(side)).doubleValue();
    }
}
