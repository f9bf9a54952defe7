package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A 1:1 report in Chromium, in English and in French, 375 and 1280 px, axe-core clean: the mentor
 * files a report that lowers the hours target and recommends a guide; the learner sees the new plan
 * and the guide as a link on My page and confirms; the mentor's page then says the learner confirmed.
 * The learner proposes another time for a coming 1:1 from My page; the mentor accepts it on theirs.
 * A later report on the same 1:1 marks the confirmed one as replaced in the mentor's reports so far.
 */
class PlansBrowserIT extends HubBrowserBase {
    private static final String PATH = "python-8-weeks";
    /** Everyone's zone here, the mentor's and the learners': the days they type and read are Paris's. */
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private JsonNode messages;
    private JsonNode words;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String mentor = "nora-plans-" + run + "@example.org";
    private final Map<String, String> names = Map.of("en", "Ella English", "fr", "Fanny Française", "absent", "Noé Absent",
            "past", "Paul Passé");
    private static final Map<String, String> ID_ORDER = Map.of("absent", "0", "fr", "1", "en", "2", "past", "3");
    private final Map<String, String> keys = new java.util.HashMap<>();
    private final Map<String, String> ids = new java.util.HashMap<>();
    private String lcm;
    private Cohort cohort;

    @BeforeAll
    void start() throws Exception {
        HubClient client = new HubClient(hub);
        // The plans' words, and the 1:1 reasons, which the early warning's area (risk.json) holds.
        this.messages = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Checkout.root().resolve("site/messages/plans.json").toFile());
        JsonNode risk = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Checkout.root().resolve("site/messages/risk.json").toFile());
        for (String lang : java.util.List.of("en", "fr")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) messages.get(lang))
                    .setAll((com.fasterxml.jackson.databind.node.ObjectNode) risk.get(lang));
        }
        this.words = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        for (String area : java.util.List.of("learner", "staff")) {
            JsonNode file = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Checkout.root().resolve("site/messages/" + area + ".json").toFile());
            for (String lang : java.util.List.of("en", "fr")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) words).withObject("/" + lang)
                        .setAll((com.fasterxml.jackson.databind.node.ObjectNode) file.get(lang));
            }
        }
        lcm = "lcm-plans-" + run + "@example.org";
        cohort = new Cohort("plc-" + run, PATH, "Python " + run, Language.FR, today().minusDays(7), 8, 20, true,
                0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        HttpResponse<String> saved = client.json("PUT", "/api/mentors/me", token(client, mentor, "mentor"),
                "{\"name\":\"Nora Plan\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                        + "\"timezone\":\"Europe/Paris\",\"capacity\":5,"
                        + "\"availability\":[{\"day\":\"tue\",\"from\":\"17:00\",\"to\":\"21:00\"},"
                        + "{\"day\":\"thu\",\"from\":\"17:00\",\"to\":\"21:00\"},{\"day\":\"sat\",\"from\":\"09:00\",\"to\":\"13:00\"}]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        for (String lang : names.keySet()) {
            // The mentor's list comes from the table in the order of the learners' ids: Noé's sorts
            // first, Fanny's second, Ella's last, so whoever waits for an answer is never first unless
            // the page puts them there.
            String id = ID_ORDER.get(lang) + UUID.randomUUID().toString().substring(1);
            LearnerKey key = LearnerKey.issue(id);
            new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, names.get(lang),
                    lang + "-plans-" + run + "@example.org", PATH, cohort.cohortId(), "en".equals(lang) ? Language.EN : Language.FR,
                    "Europe/Paris",
                    "Automate my reports", 5, LearnerStatus.ENROLLED, null,
                    cohort.startDate().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                    key.hash(), Instant.now(), Duration.ZERO);
            keys.put(lang, key.token());
            ids.put(lang, id);
        }
        String team = token(client, lcm, "lcm");
        String draft = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", team, "{}"))
                .get("draftId").asText();
        JsonNode published = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/"
                + draft + "/publish", team, null));
        assertThat(published.get("published").findValuesAsText("learnerId")).as(published.toString())
                .contains(ids.get("en"), ids.get("fr"), ids.get("absent"), ids.get("past"));
        assertThat(java.util.stream.StreamSupport.stream(published.get("published").spliterator(), false)
                .filter(p -> ids.containsValue(p.get("learnerId").asText())).map(p -> p.get("mentorId").asText())
                .distinct()).as("all three are Nora's mentees").hasSize(1);
        // The team reports on a 1:1 one of its LCMs held: the learner did not come.
        HttpResponse<String> noShow = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/learners/"
                + ids.get("absent") + "/reports", team, "{\"date\":\"" + today().minusDays(1) + "\",\"outcome\":\"no-show\"}");
        assertThat(noShow.statusCode()).as(noShow.body()).isEqualTo(201);
    }

    /**
     * The tests share their learners: a report on a 1:1 another test reported names the one there
     * ({@code ,"replaces":"<id>"}, to put before a body's last brace), else nothing.
     */
    private static String replacing(HubClient client, String base, String token, LocalDate day) throws Exception {
        for (JsonNode r : HubClient.parse(client.json("GET", base + "/reports", token, null)).get("reports")) {
            if (r.get("date").asText().equals(day.toString()) && r.get("replacedBy").isNull()) {
                return ",\"replaces\":\"" + r.get("reportId").asText() + "\"";
            }
        }
        return "";
    }

    private static String token(HubClient client, String email, String role) throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }

    /** A day in full, as the pages write one day in a sentence, as WebDriver reads it. */
    /** Today in Paris, which is UTC's tomorrow from 23:00 UTC in winter. */
    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static String longDay(String lang, LocalDate day) {
        return Language.of(lang).day(day);
    }

    private String t(String lang, String key) {
        return messages.get(lang).get(key).asText();
    }

    private WebDriverWait waiting() {
        return browser.waiting();
    }

    private WebElement card(String name) {
        return waiting().until(d -> d.findElements(By.cssSelector("#mentees .staff-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().equals(name)).findFirst().orElse(null));
    }

    private void mentorPage(String lang) {
        browser.driver.get(hub.url().resolve(lang.equals("fr") ? "/fr/staff/espace-mentor.html" : "/en/staff/mentor.html")
                .toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theMentorReportsTheLearnerSeesTheNewPlanAndConfirms(String lang) throws Exception {
        String name = names.get(lang);
        StaffSignIn.signIn(browser, hub, mentor, "mentor", lang, null);
        mentorPage(lang);
        WebElement card = card(name);
        WebElement form = card.findElement(By.cssSelector("form[id$='-report']"));
        WebElement details = form.findElement(By.xpath("ancestor::details"));
        details.findElement(By.tagName("summary")).click();
        // At 1280 px the card whose form is open takes the whole row, not a tall narrow column, and
        // the learner's address stays on one line.
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "var c = arguments[0], row = c.parentElement.clientWidth;"
                        + "var dd = Array.prototype.filter.call(c.querySelectorAll('dd'), function (e) { return e.textContent.indexOf('@') > 0; })[0];"
                        + "var line = parseFloat(getComputedStyle(dd).lineHeight);"
                        + "return Math.abs(c.getBoundingClientRect().width - row) < 2 && dd.getBoundingClientRect().height < 1.5 * line;",
                card)).as("the open card's width and its address on one line").isTrue();
        WebElement hours = form.findElement(By.name("planChange.weeklyHours"));
        waiting().until(d -> "5".equals(hours.getDomProperty("value")));
        // No 1:1 of a series has taken place: the date is not guessed as today, the mentor gives it.
        WebElement date = form.findElement(By.name("date"));
        assertThat(date.getDomProperty("value")).isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
                date, today().toString());
        // How it went is the mentor's to say: nothing chosen until they choose. A 1:1 that took place,
        // saved with nothing in it, is refused under its notes: nothing saved, the learner not mailed.
        Select outcome = new Select(form.findElement(By.name("outcome")));
        assertThat(outcome.getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(outcome.getFirstSelectedOption().getText()).isEqualTo(t(lang, "plans.form.outcomeChoose"));
        outcome.selectByValue("held");
        int reportsBefore = HubClient.parse(new HubClient(hub).json("GET", "/api/me/plan", "Bearer " + keys.get(lang), null))
                .get("reports").size();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement notesError = waiting().until(d -> form.findElements(By.cssSelector("[id$='-notes-error'], .field-error")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(asRead(notesError.getText())).isEqualTo(asRead(t(lang, "plans.err.notesRequired")));
        assertThat(form.findElement(By.name("notes")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(HubClient.parse(new HubClient(hub).json("GET", "/api/me/plan", "Bearer " + keys.get(lang), null))
                .get("reports")).as("nothing saved").hasSize(reportsBefore);
        browser.screenshot(375, SCREENSHOTS.resolve("plans-report-empty-refused-" + lang + "-375.png"));
        form.findElement(By.name("notes")).sendKeys(lang.equals("fr") ? "On étale le travail sur plus de semaines."
                : "We spread the work over more weeks.");
        hours.clear();
        hours.sendKeys("3");
        // ... over more weeks than the cohort has left.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
                form.findElement(By.name("planChange.endDate")), today().plusWeeks(12).toString());
        // A new objective agreed in the 1:1.
        String goal = lang.equals("fr") ? "Publier la petite appli web" : "Ship the small web app";
        form.findElement(By.xpath(".//button[normalize-space()='" + t(lang, "plans.form.addObjective") + "']")).click();
        List<WebElement> rows = form.findElements(By.cssSelector(".plan-objective-edit"));
        WebElement row = rows.get(rows.size() - 1);
        row.findElement(By.cssSelector("input[type=text]")).sendKeys(goal);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
                row.findElement(By.cssSelector("input[type=date]")), today().plusWeeks(6).toString());
        // Only guides written for learners, none for LCMs; none written for another path (this
        // learner is on the Python path); the first is in the learner's language.
        List<String> offered = form.findElements(By.cssSelector("input[data-resource=guide]")).stream()
                .map(b -> b.getAttribute("value")).toList();
        assertThat(offered).contains("your-one-to-one", "catching-up")
                .doesNotContain("welcoming-a-new-cohort", "moderating-a-cohort-forum", "sharing-a-practice",
                        "preparing-a-one-to-one", "practising-data-analysis");
        assertThat(form.findElement(By.cssSelector("input[data-resource=guide] + label span")).getAttribute("lang")).isEqualTo(lang);
        WebElement guide = form.findElement(By.cssSelector("input[data-resource=guide]"));
        String guideTitle = form.findElement(By.cssSelector("label[for='" + guide.getAttribute("id") + "']")).getText();
        guide.click();
        String lastBefore = card.findElements(By.cssSelector("dd[data-last-report]")).stream().map(WebElement::getText)
                .findFirst().orElse("");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = form.findElement(By.cssSelector("[role=status]"));
        waiting().until(d -> status.isDisplayed() && status.getText().startsWith(
                asRead(t(lang, "plans.form.saved")).replace("{name}", name)));
        // The mentee's facts say the report just saved is the last one, without reading the page again.
        waiting().until(d -> card.findElements(By.cssSelector("dd[data-last-report]")).stream().map(WebElement::getText)
                .anyMatch(text -> !text.equals(lastBefore) && text.contains(asRead(t(lang, "plans.outcome.held")))
                        && text.contains(asRead(t(lang, "plans.answer.none")))));
        // "Reports so far" names each report's day in full, in the page's language ("Monday 7 December
        // 2026", « lundi 7 décembre 2026 »), as a person reads it, never "Mon 7 Dec 2026".
        String reportDay = org.lcmhub.domain.Language.of(lang).day(today());
        waiting().until(d -> form.findElements(By.xpath("ancestor::details//ul[contains(@id,'-past')]/li")).stream()
                .anyMatch(li -> asRead(li.getText()).startsWith(reportDay + " · ")));
        browser.assertAccessible(axe, SCREENSHOTS, "plans-report-" + lang);

        // The plan now runs over more weeks than the cohort's: the history's plan column
        // follows the learner's own plan, as the standing's "the plan expects" does.
        HubClient client = new HubClient(hub);
        HttpResponse<String> sent = client.json("POST", "/api/checkins", "Bearer " + keys.get(lang),
                "{\"progress\":10,\"hoursSpent\":3,\"mood\":4,\"needHelp\":false}");
        assertThat(sent.statusCode()).as(sent.body()).isIn(200, 201);
        JsonNode standing = HubClient.parse(client.json("GET", "/api/me", "Bearer " + keys.get(lang), null)).path("standing");
        int planWeeks = standing.path("planWeeks").asInt();
        int week = standing.path("week").asInt();
        assertThat(planWeeks).as("the learner's own plan is longer than the cohort's").isGreaterThan(cohort.weeks());

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keys.get(lang)).toString());
        // The row's cells: progress, then the plan's.
        WebElement planCell = waiting().until(d -> d.findElements(By.cssSelector("#me-history tbody tr td:nth-of-type(2)"))
                .stream().findFirst().orElse(null));
        String weekEnd = String.valueOf(Math.round(100.0 * Math.min(week, planWeeks) / planWeeks));
        assertThat(planCell.getAttribute("textContent").replaceAll("[^0-9]", "")).isEqualTo(weekEnd);
        // The standing's figure is the plan at the start of this week, the column's at its end: it says both.
        // The plan changed today: last week's figure is the plan then, and the sentence says so.
        String before = standing.path("planByWeek").path(week - 2).asText();
        assertThat(standing.path("expectedProgress").asText()).as("the new plan at the start of this week").isNotEqualTo(before);
        assertThat(browser.driver.findElement(By.id("me-standing")).getAttribute("textContent").replace('\u00a0', ' ')).startsWith(
                word(lang, "me.standing.planChanged").replace('\u00a0', ' ').replace("{date}", longDay(lang, today()))
                        .replace("{before}", before).replace("{expected}", standing.path("expectedProgress").asText())
                        .replace("{weekEnd}", weekEnd).replace("{progress}", standing.path("progress").asText()))
                .contains(weekEnd + ("fr".equals(lang) ? "\u202f%" : "%"));
        // The chart runs to the plan's last week, past the cohort's: the plan's dashes reach 100 %.
        assertThat(browser.driver.findElement(By.cssSelector("#me-chart polyline.chart-plan")).getAttribute("points")
                .split(" ")).hasSize(planWeeks);
        WebElement plan = waiting().until(d -> d.findElement(By.id("me-plan")).isDisplayed() ? d.findElement(By.id("me-plan")) : null);
        assertThat(plan.findElement(By.id("me-plan-facts")).getText())
                .contains(asRead(t(lang, "plans.plan.hours").replace("{hours}", "3")));
        assertThat(plan.findElement(By.id("me-objectives")).getText()).contains(goal, t(lang, "plans.status.open"));
        // Each day the learner reads is said in full, in the page's language ("Sunday 3 January 2027").
        assertThat(plan.findElement(By.id("me-plan-facts")).getText())
                .contains(asRead(t(lang, "plans.plan.end")).replace("{date}", longDay(lang, today().plusWeeks(12))));
        assertThat(plan.findElement(By.id("me-objectives")).getText()).contains(asRead(t(lang, "plans.plan.objective"))
                .replace("{description}", goal).replace("{date}", longDay(lang, today().plusWeeks(6))));
        assertThat(plan.findElement(By.id("me-report-date")).getText())
                .startsWith(asRead(t(lang, "plans.report.date")).replace("{date}", longDay(lang, today())));
        assertThat(plan.findElement(By.id("me-report-changes")).getText()).contains(longDay(lang, today().plusWeeks(12)));
        assertThat(plan.findElement(By.id("me-report-notes")).getText()).isNotBlank();
        WebElement link = plan.findElement(By.cssSelector("#me-report-resources a"));
        assertThat(link.getText()).isEqualTo(guideTitle);
        assertThat(link.getAttribute("href")).contains("/" + lang + "/guides/");
        assertThat(plan.getText()).doesNotContain("held", "planChange", "-W");
        browser.assertAccessible(axe, SCREENSHOTS, "plans-my-page-" + lang);
        // The two answers reply to a question: is the mentor's report accurate?
        WebElement answers = plan.findElement(By.id("me-report-answer"));
        assertThat(answers.getAttribute("role")).isEqualTo("group");
        assertThat(browser.driver.findElement(By.id(answers.getAttribute("aria-labelledby"))).getText())
                .isEqualTo(asRead(t(lang, "plans.report.questionBy.mentor")).replace("{name}", "Nora Plan"));
        plan.findElement(By.id("me-report-confirm")).click();
        waiting().until(d -> d.findElement(By.id("me-report-answered")).getText().equals(t(lang, "plans.report.confirmed")));
        assertThat(browser.driver.findElement(By.id("me-report-answer")).isDisplayed()).isFalse();

        mentorPage(lang);
        WebElement after = card(name);
        waiting().until(d -> after.getText().contains(t(lang, "plans.answer.confirmed")));

        // A second report on the same 1:1 replaces the confirmed one, and the form says so before
        // saving, naming the learner and the day they confirmed; it is saved only once the mentor ticks
        // that they replace it. In the card's reports so far, the first then says it was replaced.
        WebElement replaced = card(name);
        WebElement second = replaced.findElement(By.cssSelector("form[id$='-report']"));
        second.findElement(By.xpath("ancestor::details")).findElement(By.tagName("summary")).click();
        waiting().until(d -> replaced.findElements(By.cssSelector("ul[id$='-past'] > li")).size() == 1);
        WebElement notice = second.findElement(By.cssSelector(".report-confirmed"));
        assertThat(notice.isDisplayed()).as("no date given yet: no 1:1 named").isFalse();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                second.findElement(By.name("date")), today().toString());
        waiting().until(d -> notice.isDisplayed());
        // That 1:1 has a report: the form holds it, to correct, and says that saving replaces it.
        WebElement exists = second.findElement(By.cssSelector(".report-exists"));
        assertThat(exists.isDisplayed()).isTrue();
        assertThat(asRead(exists.getText())).isEqualTo(asRead(t(lang, "plans.form.exists"))
                .replace("{date}", asRead(longDay(lang, today()))));
        assertThat(second.findElement(By.name("notes")).getDomProperty("value")).isEqualTo(lang.equals("fr")
                ? "On étale le travail sur plus de semaines." : "We spread the work over more weeks.");
        assertThat(new Select(second.findElement(By.name("outcome"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("held");
        assertThat(second.findElements(By.cssSelector("input[data-resource=guide]:checked"))).hasSize(1);
        String first = name.split(" ")[0];
        String[] around = asRead(t(lang, "plans.form.confirmed")).replace("{name}", first).split("\\{date\\}");
        String said = asRead(notice.findElement(By.cssSelector("p[id$='-confirmed-text']")).getText());
        assertThat(said).startsWith(around[0]).endsWith(around[1]).contains(String.valueOf(today().getYear()))
                .doesNotContainPattern("\\d{4}-\\d{2}");
        WebElement tick = notice.findElement(By.cssSelector("input[name=replaceConfirmed]"));
        assertThat(asRead(notice.findElement(By.cssSelector("label[for='" + tick.getAttribute("id") + "']")).getText()))
                .isEqualTo(asRead(t(lang, "plans.form.replaceConfirmed")).replace("{name}", first));
        browser.assertAccessible(axe, SCREENSHOTS, "plans-report-confirmed-" + lang);
        second.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement refused = second.findElement(By.cssSelector("[role=status]"));
        waiting().until(d -> asRead(refused.getText()).equals(asRead(t(lang, "plans.form.replaceMissing")).replace("{name}", first)));
        assertThat(replaced.findElements(By.cssSelector("ul[id$='-past'] > li"))).as("nothing saved").hasSize(1);
        tick.click();
        // Saved as it came, it would only ask the learner again about the same report.
        second.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> asRead(refused.getText()).equals(asRead(t(lang, "plans.form.unchanged"))));
        assertThat(replaced.findElements(By.cssSelector("ul[id$='-past'] > li"))).as("nothing saved").hasSize(1);
        second.findElement(By.name("notes")).sendKeys(lang.equals("fr") ? " Et les tests." : " And the tests.");
        second.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> asRead(refused.getText()).startsWith(asRead(t(lang, "plans.form.saved")).replace("{name}", name)));
        waiting().until(d -> !notice.isDisplayed());
        List<WebElement> past = waiting().until(d -> {
            List<WebElement> items = replaced.findElements(By.cssSelector("ul[id$='-past'] > li"));
            return items.size() == 2 ? items : null;
        });
        assertThat(asRead(past.get(0).getText())).contains(asRead(t(lang, "plans.answer.none")));
        assertThat(asRead(past.get(1).getText())).contains(asRead(t(lang, "plans.answer.replaced")))
                .doesNotContain(asRead(t(lang, "plans.answer.confirmed")));
        browser.assertAccessible(axe, SCREENSHOTS, "plans-report-replaced-" + lang);
    }

    /** A day in full in {@code lang}, as a pattern: weekday, day (French "1er"), month and year, no abbreviation. */
    private static String fullDay(String lang) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(lang.equals("fr") ? "fr-FR" : "en-GB");
        String days = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, locale)).collect(java.util.stream.Collectors.joining("|"));
        String months = java.util.Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, locale)).collect(java.util.stream.Collectors.joining("|"));
        return "(?:" + days + ") \\d{1,2}(?:er)? (?:" + months + ") \\d{4}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLearnerProposesAnotherTimeAndTheMentorAcceptsIt(String lang) throws Exception {
        HubClient client = new HubClient(hub);
        String name = names.get(lang);
        // 19:30 as each language writes it (French "19 h 30"; the driver reads no-break spaces as spaces).
        String half = lang.equals("fr") ? "19 h 30" : "19:30";
        HttpResponse<String> set = client.json("PUT", "/api/mentors/me/mentees/" + ids.get(lang) + "/one-to-one",
                token(client, mentor, "mentor"), "{\"day\":\"thu\",\"time\":\"18:00\",\"durationMinutes\":30,"
                        + "\"weeks\":4,\"firstDate\":\"" + today().plusDays(1) + "\"}");
        assertThat(set.statusCode()).as(set.body()).isIn(200, 201);
        // The mentor wrote a next 1:1 in a report before setting this series: a date the series does not keep.
        String stale = today().plusDays(20).toString();
        HttpResponse<String> report = client.json("POST", "/api/mentors/me/mentees/" + ids.get(lang) + "/reports",
                token(client, mentor, "mentor"), "{\"date\":\"" + today() + "\",\"outcome\":\"held\","
                        + "\"notes\":\"Loops.\",\"nextSession\":\"" + stale + "\"" + replacing(client, "/api/mentors/me/mentees/"
                        + ids.get(lang), token(client, mentor, "mentor"), today()) + "}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keys.get(lang)).toString());
        assertOneNextMeeting(lang, stale);
        WebElement box = waiting().until(d -> d.findElement(By.id("me-proposal")).isDisplayed()
                ? d.findElement(By.id("me-proposal")) : null);
        box.findElement(By.tagName("summary")).click();
        WebElement form = box.findElement(By.id("me-proposal-form"));
        WebElement chosen = new Select(form.findElement(By.name("meeting"))).getFirstSelectedOption();
        String planned = chosen.getAttribute("value");
        // Each meeting to choose from is a day read in full, as My page's sentences say a day
        // ("Thursday 10 December 2026 at 18:00"), not a table's shorthand ("Thu 10 Dec 2026").
        assertThat(chosen.getText()).matches(fullDay(lang) + (lang.equals("fr") ? " à " : " at ") + ".+");
        // The time of the next meeting of the series is refused, that meeting named on the learner's clock.
        String otherAt = HubClient.parse(set).at("/oneToOne/meetings/1/learnerLocal").asText();
        browser.driver.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("date")),
                otherAt.substring(0, 10));
        browser.driver.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("time")),
                otherAt.substring(11, 16));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement over = waiting().until(d -> d.findElement(By.id("me-proposal-time-error")).isDisplayed()
                ? d.findElement(By.id("me-proposal-time-error")) : null);
        String overlap = asRead(word(lang, "me.proposal.err.overlap"));
        assertThat(asRead(over.getText())).startsWith(overlap.substring(0, overlap.indexOf("{when}")))
                .contains(longDay(lang, LocalDate.parse(otherAt.substring(0, 10)))).doesNotContain(otherAt);
        browser.driver.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("date")),
                LocalDate.parse(planned).plusDays(1).toString());
        browser.driver.executeScript("arguments[0].value = '19:30'", form.findElement(By.name("time")));
        form.findElement(By.name("message")).sendKeys(lang.equals("fr") ? "J'ai un examen ce jour-là." : "I have an exam that day.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("me-proposal-status")).getText()
                .equals(asRead(word(lang, "me.proposal.sent")).replace("{name}", "Nora Plan")));
        String open = box.findElement(By.cssSelector("#me-proposal-state [data-status=open]")).getText();
        assertThat(open).contains(half, "Nora Plan").doesNotContain(planned, "T19");
        // That meeting waits for the mentor's answer: it is no longer offered for another proposal.
        assertThat(new Select(form.findElement(By.name("meeting"))).getOptions())
                .extracting(o -> o.getAttribute("value")).isNotEmpty().doesNotContain(planned);
        browser.assertAccessible(axe, SCREENSHOTS, "proposal-my-page-" + lang);

        StaffSignIn.signIn(browser, hub, mentor, "mentor", lang, null);
        mentorPage(lang);
        WebElement card = card(name);
        // The list itself says a proposal waits (from the mentee list's answer), in plain words.
        WebElement line = waiting().until(d -> card.findElements(By.cssSelector(".staff-waiting")).stream()
                .findFirst().orElse(null));
        assertThat(line.getText()).contains(name, half, word(lang, "mentor.waiting.answer").replace("{name}", name))
                .doesNotContain(planned, "proposalOpen", "T19");
        assertThat(browser.driver.findElement(By.id("mentees-status")).getText())
                .isEqualTo(word(lang, "mentor.waitingCount.one").replace("{count}", "1"));
        assertThat(browser.driver.findElement(By.cssSelector("#mentees .staff-card h3")).getText())
                .as("the mentee who waits comes first, under that line").isEqualTo(name);
        line.findElement(By.tagName("button")).click();
        WebElement proposal = waiting().until(d -> card.findElements(By.cssSelector(".staff-proposal")).stream()
                .findFirst().orElse(null));
        WebElement details = proposal.findElement(By.xpath("ancestor::details[1]"));
        assertThat(details.getDomAttribute("open")).isNotNull();
        waiting().until(d -> proposal.findElement(By.tagName("button")).equals(d.switchTo().activeElement()));
        assertThat(proposal.getText()).contains(half, name).doesNotContain(planned);
        browser.assertAccessible(axe, SCREENSHOTS, "proposal-mentor-page-" + lang);
        proposal.findElement(By.cssSelector("button:not(.button-secondary)")).click();
        waiting().until(d -> card.getText().contains(asRead(word(lang, "mentor.proposalAccepted")).replace("{name}", name)));
        assertThat(card.findElements(By.cssSelector(".staff-proposal"))).isEmpty();
        assertThat(card.findElements(By.cssSelector(".staff-waiting"))).as("answered: the line goes").isEmpty();
        assertThat(browser.driver.findElement(By.id("mentees-status")).getText()).as("and the count with it").isEmpty();

        // "Move" sent as it opens, on the meeting's own time, then onto the next meeting: each said
        // on the form, from the catalogue, and nothing moves.
        JsonNode coming = HubClient.parse(client.json("GET", "/api/mentors/me/mentees/" + ids.get(lang) + "/one-to-one",
                token(client, mentor, "mentor"), null)).at("/oneToOne/meetings");
        List<JsonNode> ahead = new java.util.ArrayList<>();
        coming.forEach(x -> {
            if (!"cancelled".equals(x.get("status").asText())
                    && java.time.OffsetDateTime.parse(x.get("start").asText()).toInstant().isAfter(Instant.now())) {
                ahead.add(x);
            }
        });
        WebElement item = waiting().until(d -> card.findElements(By.cssSelector(".staff-meeting")).stream().findFirst()
                .orElse(null));
        browser.driver.executeScript("arguments[0].closest('details').open = true", item);
        item.findElement(By.cssSelector(".staff-actions button")).click();
        WebElement move = item.findElement(By.cssSelector("form.staff-meeting-move"));
        move.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> asRead(move.getText()).contains(asRead(word(lang, "mentor.meetingErr.sameTime"))));
        String nextAt = ahead.get(1).get("mentorLocal").asText();
        browser.driver.executeScript("arguments[0].value = arguments[1]", move.findElement(By.name("date")),
                nextAt.substring(0, 10));
        browser.driver.executeScript("arguments[0].value = arguments[1]", move.findElement(By.name("time")),
                nextAt.substring(11, 16));
        move.findElement(By.cssSelector("button[type=submit]")).click();
        String onto = asRead(word(lang, "mentor.meetingErr.overlap"));
        waiting().until(d -> asRead(move.getText()).contains(onto.substring(0, onto.indexOf("{when}"))));
        assertThat(asRead(move.getText())).contains(longDay(lang, LocalDate.parse(nextAt.substring(0, 10))))
                .doesNotContain(nextAt);
        browser.assertAccessible(axe, SCREENSHOTS, "meeting-overlap-mentor-page-" + lang);
        assertThat(HubClient.parse(client.json("GET", "/api/mentors/me/mentees/" + ids.get(lang) + "/one-to-one",
                token(client, mentor, "mentor"), null)).at("/oneToOne/meetings")).as("nothing moved").isEqualTo(coming);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keys.get(lang)).toString());
        WebElement accepted = waiting().until(d -> d.findElements(By.cssSelector("#me-proposal-state [data-status=accepted]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(accepted.getText()).contains(half);
        // A sentence names its day in full ("Wednesday 30 December 2026"), never "Wed 30 Dec 2026".
        assertThat(asRead(accepted.getText())).containsPattern("\\p{L}{5,} \\d{1,2} \\p{L}+ \\d{4}");
        assertThat(browser.driver.findElement(By.id("me-next")).getText()).contains(half);
        // The meeting moved: the report's line follows it, as the mentor block does.
        assertOneNextMeeting(lang, stale);
    }

    /**
     * A series with no meeting to come (its only one cancelled): the report form offers its next
     * session again, and My page reads the day the mentor typed there, not nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSeriesWithNothingToComeLeavesTheReportsNextSession(String lang) throws Exception {
        HubClient client = new HubClient(hub);
        String nora = token(client, mentor, "mentor");
        String learner = ids.get("past");
        HttpResponse<String> set = client.json("PUT", "/api/mentors/me/mentees/" + learner + "/one-to-one", nora,
                "{\"day\":\"thu\",\"time\":\"18:00\",\"durationMinutes\":30,\"weeks\":1,\"firstDate\":\""
                        + today().plusDays(1) + "\"}");
        assertThat(set.statusCode()).as(set.body()).isIn(200, 201);
        for (JsonNode m : HubClient.parse(set).get("oneToOne").get("meetings")) {
            if (!"cancelled".equals(m.path("status").asText())) {
                HttpResponse<String> off = client.json("DELETE", "/api/mentors/me/mentees/" + learner
                        + "/one-to-one/meetings/" + m.get("planned").asText(), nora, null);
                assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
            }
        }
        LocalDate typed = today().plusDays(9 + ("fr".equals(lang) ? 1 : 0));
        HttpResponse<String> report = client.json("POST", "/api/mentors/me/mentees/" + learner + "/reports", nora,
                "{\"date\":\"" + today() + "\",\"outcome\":\"held\",\"notes\":\"Loops.\",\"nextSession\":\"" + typed + "\""
                        + replacing(client, "/api/mentors/me/mentees/" + learner, nora, today()) + "}");
        assertThat(report.statusCode()).as(report.body()).isIn(200, 201);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keys.get("past")).toString());
        String expected = asRead(t(lang, "plans.report.next")).replace("{date}", asRead(longDay(lang, typed)));
        waiting().until(d -> d.findElement(By.id("me-report-next")).getText().equals(expected));
        // The pages write a long day as the mails do (Language.day), the first of a month included.
        for (LocalDate day : java.util.List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2))) {
            assertThat(asRead((String) browser.driver.executeScript("return LcmI18n.longDate(arguments[0])", day.toString())))
                    .isEqualTo(asRead(longDay(lang, day)));
        }
        browser.assertAccessible(axe, SCREENSHOTS, "plans-report-next-no-series-meeting-" + lang);
    }

    /** The report on the last 1:1 names the series' next meeting, the one the mentor block names. */
    private void assertOneNextMeeting(String lang, String stale) {
        String prefix = asRead(t(lang, "plans.report.next")).replace("{date}", "");
        String line = waiting().until(d -> {
            String next = d.findElement(By.id("me-next")).getText();
            String said = d.findElement(By.id("me-report-next")).getText();
            return !next.isEmpty() && said.startsWith(prefix) ? said : null;
        });
        String day = line.substring(prefix.length());
        assertThat(browser.driver.findElement(By.id("me-next")).getText()).contains(day);
        assertThat(day).isNotEqualTo(asRead((String) browser.driver.executeScript("return LcmI18n.longDate(arguments[0])", stale)));
        // In full, as My page's other days: a weekday's whole name, never "Thu" or "jeu.".
        assertThat(day).matches("\\p{L}{5,} .*");
    }

    private final java.util.concurrent.atomic.AtomicBoolean ownPlanSet = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Noé's own plan runs two weeks past the cohort's end: the 1:1 panel's warning names his plan,
     * not the cohort, and a first date after it is refused under the field in the same words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aMenteesOwnPlanNamesTheirLastDayOnTheMentorPage(String lang) throws Exception {
        HubClient client = new HubClient(hub);
        String name = names.get("absent");
        LocalDate ownEnd = cohort.endDate().plusWeeks(2);
        if (ownPlanSet.compareAndSet(false, true)) {
            HttpResponse<String> plan = client.json("PUT", "/api/cohorts/" + cohort.cohortId() + "/learners/"
                    + ids.get("absent") + "/plan", token(client, lcm, "lcm"),
                    "{\"basedOn\":0,\"weeklyHours\":3,\"endDate\":\"" + ownEnd + "\"}");
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        }
        StaffSignIn.signIn(browser, hub, mentor, "mentor", lang, null);
        mentorPage(lang);
        WebElement card = card(name);
        WebElement panel = waiting().until(d -> card.findElements(By.tagName("details")).stream()
                .filter(x -> !x.findElements(By.cssSelector("select[name=day]")).isEmpty()).findFirst().orElse(null));
        panel.findElement(By.tagName("summary")).click();
        WebElement form = panel.findElement(By.tagName("form"));
        browser.driver.executeScript("arguments[0].value = '10:00'; arguments[0].dispatchEvent(new Event('input'));"
                + "arguments[1].value = arguments[2]; arguments[1].dispatchEvent(new Event('input'))",
                form.findElement(By.name("time")), form.findElement(By.name("firstDate")), ownEnd.minusWeeks(1).toString());
        String planWords = asRead(word(lang, "mentor.pastPlanEnd").replace("{name}", name));
        WebElement warnings = form.findElement(By.cssSelector("[id$='-warnings']"));
        waiting().until(d -> warnings.getText().contains(planWords.substring(0, planWords.indexOf("{date}"))));
        // The cohort's own wording, from the name to the date ("…, the cohort ends on "), is not the one shown.
        String cohortWords = asRead(word(lang, "mentor.pastEnd"));
        assertThat(warnings.getText()).doesNotContain(cohortWords.substring(cohortWords.indexOf("{name}") + 6,
                cohortWords.indexOf("{date}")));

        browser.driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                form.findElement(By.name("firstDate")), ownEnd.plusDays(1).toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String refused = asRead(word(lang, "mentor.err.pastPlanEnd").replace("{name}", name));
        WebElement error = waiting().until(d -> form.findElements(By.cssSelector(".field-error")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(error.getText()).startsWith(refused.substring(0, refused.indexOf("{date}")))
                .doesNotContain(String.valueOf(ownEnd)).endsWith(refused.substring(refused.indexOf("{date}") + 6));
    }

    /**
     * A learner without a mentor: the LCM reads their plan in words in the dashboard's learner panel
     * and changes it there with the mentor page's form, a wrong field marked under it; the panel then
     * says the team changed it and who wrote the report, and the learner's page names the LCM; asked
     * to talk about it again, that LCM is mailed, and the page says so.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theTeamAdjustsThePlanOfALearnerWithoutAMentorOnTheDashboard(String lang) throws Exception {
        String name = "fr".equals(lang) ? "Lise Seule" : "Leo Alone";
        String id = "9" + UUID.randomUUID().toString().substring(1);
        LearnerKey key = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, name, lang + "-alone-" + run + "@example.org",
                PATH, cohort.cohortId(), "en".equals(lang) ? Language.EN : Language.FR, "Europe/Paris", "Automate my reports",
                5, LearnerStatus.ENROLLED, null, cohort.startDate().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                key.hash(), Instant.now(), Duration.ZERO);
        StaffSignIn.signIn(browser, hub, lcm, "lcm", lang, null);
        browser.driver.get(hub.url().resolve(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html")
                + "?cohort=" + cohort.cohortId()).toString());
        waiting().until(d -> d.findElements(By.cssSelector("#dash-learners button.link-button")).stream()
                .filter(b -> b.getText().equals(name)).findFirst().orElse(null)).click();
        String before = asRead(t(lang, "plans.dash.planNow").replace("{hours}", "5"));
        WebElement words = waiting().until(d -> d.findElement(By.id("dash-detail-plan")).getText()
                .startsWith(before.substring(0, before.indexOf("{date}"))) ? d.findElement(By.id("dash-detail-plan")) : null);
        assertThat(words.getText()).contains(asRead(t(lang, "plans.dash.planStart")));
        WebElement panel = browser.driver.findElement(By.cssSelector("#dash-detail-report-form details"));
        panel.findElement(By.tagName("summary")).click();
        WebElement form = panel.findElement(By.id("dash-report"));
        WebElement hours = form.findElement(By.name("planChange.weeklyHours"));
        waiting().until(d -> "5".equals(hours.getDomProperty("value")));
        // The LCM has no mentor profile, so no zone of their own: the day they report is the learner's (Paris).
        // No series, no meeting held: the date starts empty and asks for the day, as on the mentor
        // page (never today, which may be no meeting at all), naming no series, as there is none.
        WebElement date = form.findElement(By.name("date"));
        assertThat(date.getDomProperty("value")).isEmpty();
        assertThat(browser.driver.findElement(By.id("dash-report-date-hint")).getText())
                .isEqualTo(asRead(t(lang, "plans.form.dateNoSeries")));
        // No series either: the next session's hint says this date is the next 1:1 the learner reads.
        WebElement next = form.findElement(By.name("nextSession"));
        assertThat(next.isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id(next.getDomAttribute("aria-describedby"))).getText())
                .isEqualTo(asRead(t(lang, "plans.form.nextNoSeries").replace("{name}", name)));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input'))", date, today().toString());
        hours.clear();
        hours.sendKeys("90");
        // No mentor to call the 1:1 off: the form does not offer it.
        assertThat(new Select(form.findElement(By.name("outcome"))).getOptions()).extracting(o -> o.getAttribute("value"))
                .contains("held", "no-show").doesNotContain("cancelled-by-mentor");
        new Select(form.findElement(By.name("outcome"))).selectByValue("held");
        form.findElement(By.name("notes")).sendKeys(lang.equals("fr") ? "Moins d’heures par semaine." : "Fewer hours a week.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waiting().until(d -> form.findElements(By.cssSelector(".field-error")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(error.getText()).isEqualTo(asRead(t(lang, "plans.err.weeklyHours")));
        assertThat(hours.getAttribute("aria-invalid")).isEqualTo("true");
        hours.clear();
        hours.sendKeys("3");
        // An end before the learner's week is over is refused under the end date, naming the earliest day.
        WebElement end = form.findElement(By.name("planChange.endDate"));
        String kept = end.getDomProperty("value");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("arguments[0].value = arguments[1]", end, today().minusDays(1).toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String early = asRead(t(lang, "plans.err.endDateBeforeThisWeek"));
        WebElement endError = waiting().until(d -> end.findElement(By.xpath("ancestor::div[@class='field']"))
                .findElements(By.cssSelector(".field-error")).stream()
                .filter(e -> e.getText().startsWith(early.substring(0, early.indexOf("{date}")))).findFirst().orElse(null));
        assertThat(endError.getText()).doesNotContainPattern("\\d{4}-\\d{2}").doesNotContain("{date}");
        assertThat(end.getAttribute("aria-invalid")).isEqualTo("true");
        js.executeScript("arguments[0].value = arguments[1]", end, kept);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = form.findElement(By.cssSelector("[role=status]"));
        waiting().until(d -> status.isDisplayed() && status.getText().startsWith(
                asRead(t(lang, "plans.form.saved")).replace("{name}", name)));
        assertThat(form.findElements(By.cssSelector(".field-error"))).isEmpty();
        String after = asRead(t(lang, "plans.dash.planNow").replace("{hours}", "3"));
        String changed = asRead(t(lang, "plans.dash.planChangedLcm"));
        waiting().until(d -> d.findElement(By.id("dash-detail-plan")).getText().startsWith(after.substring(0, after.indexOf("{date}"))));
        assertThat(browser.driver.findElement(By.id("dash-detail-plan")).getText())
                .contains(changed.substring(0, changed.indexOf("{date}")));
        String author = asRead(t(lang, "plans.author.lcm")).replace("{name}", lcm);
        waiting().until(d -> d.findElement(By.id("dash-detail-reports")).getText().contains(author));
        assertThat(browser.driver.findElement(By.id("dash-detail")).getText()).doesNotContain("planChange", "lcm)", "held");
        browser.assertAccessible(axe, SCREENSHOTS, "plans-dashboard-form-" + lang);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + key.token()).toString());
        WebElement question = waiting().until(d -> d.findElement(By.id("me-report")).isDisplayed()
                ? d.findElement(By.id("me-report-question")) : null);
        assertThat(question.getText()).isEqualTo(asRead(t(lang, "plans.report.questionBy.lcm")).replace("{name}", lcm));
        assertThat(browser.driver.findElement(By.id("me-plan-facts")).getText())
                .contains(asRead(t(lang, "plans.plan.hours").replace("{hours}", "3")));
        // Asking to talk about it again tells the LCM who wrote it, by email, and the page says so: not "your mentor".
        browser.driver.findElement(By.id("me-report-again")).click();
        String told = asRead(t(lang, "plans.report.askedAgainBy")).replace("{name}", lcm);
        waiting().until(d -> d.findElement(By.id("me-report-answered")).getText().equals(told));
        JsonNode outbox = HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(lcm,
                java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages");
        // In the LCM's language, the one of the pages they work on (recorded at their visit), not the cohort's.
        assertThat(outbox.toString()).contains("fr".equals(lang) ? name + " a lu votre compte rendu du rendez-vous du"
                : name + " read your report of the 1:1 of");
    }

    /**
     * A learner who reads the other language than the dashboard's: the report form titles the guides
     * in the page's language and says, beside each, that the learner reads it in theirs; the guide
     * ticked then opens on the learner's page in their language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theGuidesOfferedToALearnerOfTheOtherLanguageSayTheyReachThemInTheirs(String lang) throws Exception {
        String theirs = "fr".equals(lang) ? "en" : "fr";
        String name = "fr".equals(lang) ? "Priya Other" : "Paul Autre";
        String id = "8" + UUID.randomUUID().toString().substring(1);
        LearnerKey key = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, name, lang + "-other-" + run + "@example.org",
                PATH, cohort.cohortId(), "en".equals(theirs) ? Language.EN : Language.FR, "Europe/Paris", "Automate my reports",
                5, LearnerStatus.ENROLLED, null, cohort.startDate().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                key.hash(), Instant.now(), Duration.ZERO);
        StaffSignIn.signIn(browser, hub, lcm, "lcm", lang, null);
        browser.driver.get(hub.url().resolve(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html")
                + "?cohort=" + cohort.cohortId()).toString());
        waiting().until(d -> d.findElements(By.cssSelector("#dash-learners button.link-button")).stream()
                .filter(b -> b.getText().equals(name)).findFirst().orElse(null)).click();
        WebElement panel = waiting().until(d -> d.findElement(By.cssSelector("#dash-detail-report-form details")));
        panel.findElement(By.tagName("summary")).click();
        WebElement form = panel.findElement(By.id("dash-report"));
        String readIn = asRead(t(lang, "plans.form.guideReadIn").replace("{name}", name)
                .replace("{language}", word(lang, "lang." + theirs)));
        List<WebElement> guides = form.findElements(By.cssSelector("input[data-resource=guide]"));
        assertThat(guides).isNotEmpty();
        for (WebElement guide : guides) {
            WebElement label = form.findElement(By.cssSelector("label[for='" + guide.getAttribute("id") + "']"));
            assertThat(label.findElement(By.tagName("span")).getAttribute("lang")).isEqualTo(lang);
            assertThat(asRead(label.getText())).endsWith(" " + readIn);
        }
        browser.screenshot(375, SCREENSHOTS.resolve("plans-guides-other-language-" + lang + "-375.png"));
        browser.screenshot(1280, SCREENSHOTS.resolve("plans-guides-other-language-" + lang + "-1280.png"));
    }

    private String word(String lang, String key) {
        return words.get(lang).get(key).asText();
    }

    @org.junit.jupiter.api.Test
    void aNoShowIsAReasonOnTheFrenchDashboardAndTheReportIsInTheLearnersPanel() throws Exception {
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "fr", null);
        browser.driver.get(hub.url().resolve("/fr/staff/tableau-de-bord.html?cohort=" + cohort.cohortId()).toString());
        WebElement reason = waiting().until(d -> d.findElements(By.cssSelector("#dash-risk [data-code='missed-one-to-ones']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(reason.getText()).isEqualTo(t("fr", "risk.reason.missed-one-to-ones.one").replace("{weeks}", "6"));
        waiting().until(d -> d.findElements(By.cssSelector("#dash-learners button.link-button")).stream()
                .filter(b -> b.getText().equals(names.get("absent"))).findFirst().orElse(null)).click();
        waiting().until(d -> d.findElement(By.id("dash-detail-reports")).getText().contains(t("fr", "plans.outcome.no-show")));
        assertThat(browser.driver.findElement(By.id("main")).getText()).doesNotContain("no-show", cohort.cohortId());
        browser.assertAccessible(axe, SCREENSHOTS, "plans-dashboard-fr");

        // The learner reads the same report about themselves: "you did not come", not "the learner";
        // well behind the plan, their page says what helps rather than a figure alone.
        HttpResponse<String> nothing = new HubClient(hub).json("POST", "/api/checkins", "Bearer " + keys.get("absent"),
                "{\"progress\":0,\"hoursSpent\":0,\"mood\":2,\"needHelp\":false}");
        assertThat(nothing.statusCode()).as(nothing.body()).isIn(200, 201);
        browser.driver.get(hub.url().resolve("/fr/me.html#key=" + keys.get("absent")).toString());
        String date = waiting().until(d -> d.findElement(By.id("me-report")).isDisplayed()
                ? d.findElement(By.id("me-report-date")).getText() : null);
        assertThat(date).contains(t("fr", "plans.outcome.you.no-show")).doesNotContain(t("fr", "plans.outcome.no-show"));
        assertThat(browser.driver.findElement(By.id("me-standing")).getText())
                .contains("sont allés jusqu’à 0", "Prendre du retard arrive et se rattrape");

        // The team corrects the report while the page is open: the answer to the first is refused,
        // and the page shows the later report, saying it was corrected, with its own question.
        HubClient client = new HubClient(hub);
        HttpResponse<String> held = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/learners/"
                + ids.get("absent") + "/reports", token(client, lcm, "lcm"),
                "{\"date\":\"" + today().minusDays(1) + "\",\"outcome\":\"held\",\"notes\":\"Loops.\""
                        + replacing(client, "/api/cohorts/" + cohort.cohortId() + "/learners/" + ids.get("absent"),
                        token(client, lcm, "lcm"), today().minusDays(1)) + "}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        browser.driver.findElement(By.id("me-report-confirm")).click();
        waiting().until(d -> asRead(d.findElement(By.id("me-report-answered")).getText())
                .equals(asRead(t("fr", "plans.report.replaced"))));
        assertThat(browser.driver.findElement(By.id("me-report-date")).getText()).contains(t("fr", "plans.outcome.you.held"));
        assertThat(browser.driver.findElement(By.id("me-report-answer")).isDisplayed()).isTrue();
        browser.assertAccessible(axe, SCREENSHOTS, "plans-me-report-corrected-fr");
    }
}
