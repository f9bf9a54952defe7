package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
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
import org.openqa.selenium.WebElement;

/**
 * A learner whose personal plan runs two weeks past their cohort's end, in Chromium, in English and
 * French, 375 and 1280 px, axe-core clean: after the cohort's last day My page still offers the
 * week's check-in and says why (their own plan runs until its end), takes it, and the check-in
 * page says the same above its form.
 */
class PersonalPlanCheckInBrowserIT extends HubBrowserBase {
    private static final String PATH = "python-8-weeks";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private JsonNode words;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> keys = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        this.words = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/learner.json").toFile());
        HubClient client = new HubClient(hub);
        String lcm = "lcm-own-plan-" + run + "@example.org";
        // Eight weeks that ended eight days ago (in Paris, the learners' zone).
        LocalDate today = LocalDate.now(PARIS);
        Cohort cohort = new Cohort("own-" + run, PATH, "Python " + run, Language.EN, today.minusWeeks(9), 8, 20, true,
                0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String team = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + lcm + "\",\"role\":\"lcm\"}")).get("token").asText();
        for (String lang : List.of("en", "fr")) {
            String id = UUID.randomUUID().toString();
            LearnerKey key = LearnerKey.issue(id);
            new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, "en".equals(lang) ? "Ella" : "Fanny",
                    lang + "-own-" + run + "@example.org", PATH, cohort.cohortId(), Language.of(lang), "Europe/Paris",
                    "Finish the path", 3, LearnerStatus.ENROLLED, null,
                    cohort.startDate().minusDays(3).atStartOfDay(PARIS).toInstant()), key.hash(), Instant.now(), Duration.ZERO);
            keys.put(lang, key.token());
            // Their LCM gives them two more weeks: fewer hours a week, a later end.
            HttpResponse<String> plan = client.json("PUT", "/api/cohorts/" + cohort.cohortId() + "/learners/" + id + "/plan",
                    team, "{\"basedOn\":0,\"weeklyHours\":3,\"endDate\":\"" + cohort.endDate().plusWeeks(2) + "\"}");
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        }
    }

    /**
     * The literal parts of a message around its placeholders, as the page's text must hold them
     * (WebDriver reads a no-break space as a space).
     */
    private List<String> parts(String lang, String key) {
        return List.of(words.get(lang).get(key).asText().replace('\u00a0', ' ').split("\\{[a-z]+\\}"));
    }

    private WebElement shown(String id) {
        return browser.waiting().until(d -> {
            WebElement e = d.findElement(By.id(id));
            return e.isDisplayed() && !e.getText().isBlank() ? e : null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void afterTheCohortMyPageAndTheCheckInPageTakeTheWeekOfTheirOwnPlan(String lang) throws Exception {
        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keys.get(lang)).toString());
        WebElement state = shown("me-checkin-state");
        assertThat(state.getText()).contains(parts(lang, "me.checkin.ownPlan"));
        assertThat(browser.driver.findElement(By.id("me-cohort")).getText()).contains(parts(lang, "me.cohort.ownPlan"));
        // Not told it is over while their plan runs.
        assertThat(browser.driver.findElement(By.id("me-status")).getText())
                .doesNotContain(parts(lang, "me.status.finished").get(1));
        WebElement box = browser.driver.findElement(By.id("me-checkin-box"));
        assertThat(box.isDisplayed()).isTrue();
        box.findElement(By.id("checkin-progress")).sendKeys("70");
        box.findElement(By.id("checkin-hours")).sendKeys("3");
        box.findElement(By.id("checkin-mood-4")).click();
        box.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.id("me-checkin-state")).getText()
                .contains(words.get(lang).get("me.checkin.sent").asText().replace('\u00a0', ' ')));
        assertThat(browser.driver.findElement(By.id("me-checkin-state")).getText())
                .contains(parts(lang, "me.checkin.ownPlan"));
        browser.assertAccessible(axe, SCREENSHOTS, "own-plan-me-" + lang);

        browser.driver.get(hub.url().resolve(lang.equals("en") ? "/en/check-in.html" : "/fr/point-d-etape.html").toString());
        assertThat(shown("checkin-weeks").getText()).contains(parts(lang, "me.checkin.ownPlan"));
        browser.assertAccessible(axe, SCREENSHOTS, "own-plan-checkin-" + lang);
    }

    /** The check-in page says what My page says above the form: the week's check-in is sent, and the plan's hours. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theCheckInPageSaysTheWeeksCheckInIsSentAndThePlansHours(String lang) throws Exception {
        HttpResponse<String> sent = new HubClient(hub).json("POST", "/api/checkins", "Bearer " + keys.get(lang),
                "{\"progress\":75,\"hoursSpent\":3,\"mood\":4,\"needHelp\":false}");
        assertThat(sent.statusCode()).as(sent.body()).isIn(200, 201);
        JsonNode plans = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/plans.json").toFile());
        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + keys.get(lang)).toString());
        shown("me-checkin-state");
        browser.driver.get(hub.url().resolve(lang.equals("en") ? "/en/check-in.html" : "/fr/point-d-etape.html").toString());
        assertThat(shown("checkin-weeks").getText())
                .contains(words.get(lang).get("me.checkin.sent").asText().replace('\u00a0', ' '));
        String plan = plans.get(lang).get("plans.checkin.plan").asText().replace('\u00a0', ' ');
        assertThat(shown("checkin-plan").getText()).startsWith(plan.substring(0, plan.indexOf("{date}")).replace("{hours}", "3"));
        browser.assertAccessible(axe, SCREENSHOTS, "own-plan-checkin-sent-" + lang);
    }

    /**
     * A plan stretched this week keeps the figures of the weeks gone by: each row of the history
     * compares the week with the plan in force that week (the cohort's twelve weeks), this week
     * with the current plan (fifteen weeks).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aStretchedPlanKeepsThePastWeeksFiguresInTheHistory(String lang) throws Exception {
        HubClient client = new HubClient(hub);
        String lcm = "lcm-stretch-" + lang + run + "@example.org";
        // Twelve weeks from the Monday five weeks before this one (in Paris, the learner's zone): this is week 6.
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Cohort cohort = new Cohort("stretch-" + lang + run, PATH, "Python " + run, Language.EN, monday.minusWeeks(5), 12,
                20, true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String id = UUID.randomUUID().toString();
        LearnerKey key = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, "Fatou", lang + "-stretch-" + run
                + "@example.org", PATH, cohort.cohortId(), Language.of(lang), "Europe/Paris", null, 3,
                LearnerStatus.ENROLLED, null, cohort.startDate().minusDays(3).atStartOfDay(PARIS).toInstant()),
                key.hash(), Instant.now(), Duration.ZERO);
        DynamoCheckInStore checkIns = new DynamoCheckInStore(moto.dynamo(), moto.table());
        for (int week = 1; week <= 6; week++) {
            checkIns.put(new WeeklyCheckIn(id, cohort.cohortId(), IsoWeek.of(cohort.startDate().plusWeeks(week - 1)),
                    7 * week, null, 3, 4, null, false, null, Instant.now()));
        }
        String team = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + lcm + "\",\"role\":\"lcm\"}")).get("token").asText();
        HttpResponse<String> plan = client.json("PUT", "/api/cohorts/" + cohort.cohortId() + "/learners/" + id + "/plan",
                team, "{\"basedOn\":0,\"weeklyHours\":2,\"endDate\":\"" + cohort.endDate().plusWeeks(3) + "\"}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + key.token()).toString());
        browser.waiting().until(d -> d.findElements(By.cssSelector("#me-history tbody tr")).size() == 6);
        @SuppressWarnings("unchecked")
        List<String> planned = (List<String>) browser.driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#me-history tbody tr'), function (tr) { return tr.querySelectorAll('td')[1].textContent; })");
        // Newest first: this week, 6 of 15; weeks 5 to 1, of the twelve in force then (not 33, 27, 20, 13, 7 of 15).
        assertThat(planned.stream().map(t -> t.replaceAll("[^0-9]", "")).toList())
                .containsExactly("40", "42", "33", "25", "17", "8");
        // Side by side, last week's 42 % (the plan then) and the new plan's figure at the start of
        // this week (5 of 15 weeks): the standing says the plan changed today, and names both.
        JsonNode standing = HubClient.parse(client.json("GET", "/api/me", "Bearer " + key.token(), null)).path("standing");
        assertThat(standing.path("planChangedOn").asText()).isEqualTo(LocalDate.now(PARIS).toString());
        assertThat(standing.path("expectedProgress").asInt()).isEqualTo(33);
        String said = words.get(lang).get("me.standing.planChanged").asText()
                .replace("{date}", Language.of(lang).day(LocalDate.now(PARIS))).replace("{before}", "42")
                .replace("{expected}", "33").replace("{weekEnd}", "40").replace("{progress}", "42");
        assertThat(browser.driver.findElement(By.id("me-standing")).getAttribute("textContent").replace('\u00a0', ' '))
                .isEqualTo(said.replace('\u00a0', ' '));
        browser.assertAccessible(axe, SCREENSHOTS, "stretched-plan-history-" + lang);
    }
}
