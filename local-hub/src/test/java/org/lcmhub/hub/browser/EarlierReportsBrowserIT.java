package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A mentor reports on two 1:1s before the learner comes back to My page: the page shows the last
 * one's report and, under it, the earlier one still waiting for an answer, named by its day and
 * how it went. The learner opens it, reads that the plan has changed again since, and confirms it;
 * the earlier report is confirmed, the last one still waits, and the list is gone. English and French.
 */
class EarlierReportsBrowserIT extends HubBrowserBase {
    private static final String PATH = "python-8-weeks";
    /** The mentor's zone, whose day a report is dated on: "yesterday" is Paris's. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String mentor = "mila-earlier-" + run + "@example.org";
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private JsonNode messages;
    private Cohort cohort;

    @BeforeAll
    void start() throws Exception {
        messages = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/plans.json").toFile());
        String lcm = "lcm-earlier-" + run + "@example.org";
        cohort = new Cohort("erl-" + run, PATH, "Python " + run, Language.FR, LocalDate.now(PARIS).minusDays(7), 8, 20, true,
                0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        HttpResponse<String> profile = client.json("PUT", "/api/mentors/me", token(mentor, "mentor"),
                "{\"name\":\"Mila Earlier\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                        + "\"timezone\":\"Europe/Paris\",\"capacity\":2,"
                        + "\"availability\":[{\"day\":\"wed\",\"from\":\"17:00\",\"to\":\"21:00\"}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        StringBuilder pins = new StringBuilder();
        for (String lang : List.of("en", "fr")) {
            String id = UUID.randomUUID().toString();
            ids.put(lang, id);
            keys.put(lang, place(new Learner(id, "en".equals(lang) ? "Eve Early" : "Élise Tôt", lang + "-earlier-" + run
                    + "@example.org", PATH, cohort.cohortId(), Language.of(lang), "Europe/Paris", "Automate my reports", 5,
                    LearnerStatus.ENROLLED, null, cohort.startDate().atStartOfDay(ZoneOffset.UTC).toInstant())));
            pins.append(pins.isEmpty() ? "" : ",").append("{\"learnerId\":\"").append(id).append("\",\"mentorId\":\"")
                    .append(LocalIssuer.subFor(mentor)).append("\"}");
        }
        // Pinned to Mila: other classes' mentors share the table.
        String team = token(lcm, "lcm");
        String draft = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", team,
                "{\"pins\":[" + pins + "]}")).get("draftId").asText();
        JsonNode published = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/"
                + draft + "/publish", team, null));
        assertThat(published.get("published")).as(published.toString()).hasSize(2);
    }

    private String token(String email, String role) throws Exception {
        return "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}")).get("token").asText();
    }

    private String t(String lang, String key) {
        return asRead(messages.get(lang).get(key).asText());
    }

    /** A report on {@code day} that sets the hours to {@code hours}: each one a new plan version. */
    private void report(String lang, LocalDate day, String outcome, int basedOn, int hours) throws Exception {
        HttpResponse<String> filed = client.json("POST", "/api/mentors/me/mentees/" + ids.get(lang) + "/reports",
                token(mentor, "mentor"), "{\"date\":\"" + day + "\",\"outcome\":\"" + outcome + "\",\"notes\":\"Loops.\","
                        + "\"basedOn\":" + basedOn + ",\"planChange\":{\"weeklyHours\":" + hours + ",\"endDate\":\""
                        + cohort.endDate().plusWeeks(2) + "\",\"objectives\":[]}}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    }

    /** "1:1 of Monday 7 December · Held", as the page names a 1:1: its day in full and how it went for the learner. */
    private String named(String lang, LocalDate day, String outcome) {
        return t(lang, "plans.report.date").replace("{date}", Language.of(lang).day(day)) + " · "
                + t(lang, "plans.outcome.you." + outcome);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLearnerReadsAndConfirmsTheReportOnAnEarlier1to1(String lang) throws Exception {
        LocalDate yesterday = LocalDate.now(PARIS).minusDays(1);
        LocalDate before = yesterday.minusDays(1);
        report(lang, before, "held", 0, 2);
        report(lang, yesterday, "cancelled-by-mentor", 1, 4);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keys.get(lang)).toString());
        WebElement list = browser.waiting().until(d -> byId("me-report-earlier").isDisplayed() ? byId("me-report-earlier") : null);
        assertThat(byId("me-report-title").getText()).isEqualTo(t(lang, "plans.report.heading"));
        assertThat(byId("me-report-date").getText()).isEqualTo(named(lang, yesterday, "cancelled-by-mentor"));
        assertThat(byId("me-report-plan").getText()).isEqualTo(t(lang, "plans.report.planChanged"));
        assertThat(byId("me-report-earlier-title").getText()).isEqualTo(t(lang, "plans.report.earlier"));
        List<WebElement> earlier = list.findElements(By.cssSelector("li button"));
        assertThat(earlier).extracting(WebElement::getText).containsExactly(named(lang, before, "held"));
        assertThat(list.getText()).doesNotContainPattern("\\d{4}-\\d{2}").doesNotContain(ids.get(lang), "held");
        assertThat(byId("me-report-back").isDisplayed()).isFalse();
        browser.screenshot(375, SCREENSHOTS.resolve("plans-earlier-list-" + lang + "-375.png"));
        browser.screenshot(1280, SCREENSHOTS.resolve("plans-earlier-list-" + lang + "-1280.png"));
        browser.assertAccessible(axe, SCREENSHOTS, "plans-earlier-list-" + lang);

        // Chosen, the earlier report fills the block, its heading naming the 1:1, and takes the focus.
        earlier.get(0).click();
        String headingOf = t(lang, "plans.report.headingOf").replace("{date}", Language.of(lang).day(before));
        browser.waiting().until(d -> byId("me-report-title").getText().equals(headingOf));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("me-report-title");
        // The heading names the day: the line under it says how it went, without the day again.
        assertThat(byId("me-report-date").getText()).isEqualTo(t(lang, "plans.outcome.you.held"));
        // Its plan is no longer the one above: the page does not say it is.
        assertThat(byId("me-report-plan").getText()).isEqualTo(t(lang, "plans.report.planChangedSince"));
        assertThat(byId("me-report-changes").isDisplayed()).isTrue();
        assertThat(byId("me-report-back").isDisplayed()).isTrue();
        assertThat(byId("me-report-earlier").isDisplayed()).as("nothing else waits").isFalse();
        browser.screenshot(375, SCREENSHOTS.resolve("plans-earlier-shown-" + lang + "-375.png"));
        browser.screenshot(1280, SCREENSHOTS.resolve("plans-earlier-shown-" + lang + "-1280.png"));
        browser.assertAccessible(axe, SCREENSHOTS, "plans-earlier-shown-" + lang);

        byId("me-report-confirm").click();
        browser.waiting().until(d -> byId("me-report-answered").getText().equals(t(lang, "plans.report.confirmed")));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("me-report-answered");
        assertThat(byId("me-report-title").getText()).isEqualTo(headingOf);
        assertThat(byId("me-report-answer").isDisplayed()).isFalse();
        assertThat(byId("me-report-earlier").isDisplayed()).isFalse();
        JsonNode reports = HubClient.parse(client.json("GET", "/api/me/plan", "Bearer " + keys.get(lang), null)).get("reports");
        Map<String, String> answers = new HashMap<>();
        reports.forEach(r -> answers.put(r.get("date").asText(), r.path("answer").isNull() ? null : r.path("answer").asText(null)));
        assertThat(answers).containsEntry(before.toString(), "confirmed").containsEntry(yesterday.toString(), null);

        // Back to the last 1:1's report, still asking for its answer.
        byId("me-report-last").click();
        browser.waiting().until(d -> byId("me-report-title").getText().equals(t(lang, "plans.report.heading")));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("me-report-title");
        assertThat(byId("me-report-answer").isDisplayed()).isTrue();
        assertThat(byId("me-report-back").isDisplayed()).isFalse();
        assertThat(byId("me-report-earlier").isDisplayed()).isFalse();
    }
}
