package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A learner who waited from before the start and was given a seat in week 7 of a 14-week cohort
 * (more seats, before its half: later, no seat goes to its waitlist): My page counts his weeks from
 * his seat, not from his sign-up: his history's first row is his week 1 with 13 % planned (his plan
 * spreads the path over the 8 weeks left), the plan's
 * line starts at his check-in, and the page says the cohort is in its week 7 and this is his week 1.
 * In English and in French, axe-core clean.
 */
class LateJoinerBrowserIT extends HubBrowserBase {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aLearnerGivenASeatInWeekSevenSeesHisPlanFromWeekSeven(String lang) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lcm = "lcm-late-" + run + "@example.org";
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6);
        Cohort cohort = new Cohort("late-" + run, "path-late-" + run, "Data " + run, Language.of(lang), start, 14, 1, true,
                0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        place(cohort, "Ana Avant", LearnerKey.issue(UUID.randomUUID().toString()), lang);
        LearnerKey felix = LearnerKey.issue(UUID.randomUUID().toString());
        assertThat(place(cohort, "Félix Côté", felix, lang)).isEqualTo(LearnerStatus.WAITLISTED);
        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + cohort.cohortId(), token(lcm), "{\"seats\":2}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        HttpResponse<String> sent = client.json("POST", "/api/checkins", "Bearer " + felix.token(),
                "{\"progress\":10,\"hoursSpent\":5,\"mood\":3,\"needHelp\":false}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode standing = HubClient.parse(client.json("GET", "/api/me", "Bearer " + felix.token(), null)).get("standing");
        int first = standing.get("firstWeek").asInt();
        int planWeeks = standing.get("planWeeks").asInt();
        assertThat(first).as(standing.toString()).isGreaterThan(1);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + felix.token()).toString());
        WebElement row = browser.waiting().until(d -> d.findElements(By.cssSelector("#me-history tbody tr"))
                .stream().findFirst().orElse(null));
        JsonNode words = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/learner.json").toFile()).get(lang);
        // The row is his own first week (his history counts from his seat), with its plan at its end.
        assertThat(asRead(row.findElement(By.tagName("th")).getAttribute("textContent")))
                .startsWith(words.get("me.history.weekOf").asText().replace("{week}", "1").split(" \\(")[0] + " (");
        assertThat(row.findElement(By.cssSelector("td:nth-of-type(2)")).getAttribute("textContent").replaceAll("[^0-9]", ""))
                .isEqualTo(standing.at("/planByWeek/0").asText()).isEqualTo(String.valueOf(Math.round(100.0 / planWeeks)));
        // The plan's dashes start at his check-in's week (its dot), one point a week of his plan.
        String[] plan = browser.driver.findElement(By.cssSelector("#me-chart polyline.chart-plan")).getAttribute("points").split(" ");
        assertThat(plan).hasSize(planWeeks);
        WebElement dot = browser.driver.findElement(By.cssSelector("#me-chart circle.chart-dot"));
        assertThat(Double.parseDouble(plan[0].split(",")[0])).isCloseTo(Double.parseDouble(dot.getAttribute("cx")),
                org.assertj.core.data.Offset.offset(0.1));
        // Said in words: the cohort's week, and that this is his own first one, counted from his seat.
        String cohortWeek = words.get("me.cohort.weekOfCohort").asText().replace("{week}", String.valueOf(first))
                .replace("{weeks}", "14");
        String joined = words.get("me.cohort.joinedWeek").asText().replace("{week}", "1");
        assertThat(asRead(browser.driver.findElement(By.id("me-cohort")).getText()))
                .contains(asRead(cohortWeek))
                .contains(asRead(joined.substring(joined.indexOf("{date}") + "{date}".length())));
        browser.assertAccessible(axe, SCREENSHOTS, "late-joiner-" + lang);

        // Once he left there is no standing: his weeks still count from his seat, not his sign-up.
        assertThat(client.json("POST", "/api/me/withdraw", "Bearer " + felix.token(), null).statusCode()).isEqualTo(200);
        browser.driver.get("about:blank");
        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + felix.token()).toString());
        WebElement left = browser.waiting().until(d -> d.findElements(By.cssSelector("#me-history tbody tr"))
                .stream().findFirst().orElse(null));
        assertThat(left.findElement(By.cssSelector("td:nth-of-type(2)")).getAttribute("textContent").replaceAll("[^0-9]", ""))
                .isEqualTo(String.valueOf(Math.round(100.0 / planWeeks)));
    }

    /**
     * The same Félix on his LCM's dashboard: his row reads "week 1" beside learners in the cohort's
     * week 7, and says why: he joined in the cohort's week 7, on the day named in full. Ana, there
     * from the start, has no such note; his panel says it too. In English and in French, axe-core clean.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void hisLcmReadsOnTheDashboardInWhichWeekAndOnWhichDayHeJoined(String lang) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lcm = "lcm-joined-" + run + "@example.org";
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6);
        Cohort cohort = new Cohort("joined-" + run, "path-joined-" + run, "Data " + run, Language.of(lang), start, 14, 1,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        LearnerKey ana = LearnerKey.issue(UUID.randomUUID().toString());
        place(cohort, "Ana Avant", ana, lang);
        LearnerKey felix = LearnerKey.issue(UUID.randomUUID().toString());
        assertThat(place(cohort, "Félix Côté", felix, lang)).isEqualTo(LearnerStatus.WAITLISTED);
        HttpResponse<String> patched = client.json("PATCH", "/api/cohorts/" + cohort.cohortId(), token(lcm), "{\"seats\":2}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        StaffSignIn.signIn(browser, hub, lcm, "lcm", lang, null);
        browser.driver.get(hub.url().resolve(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html")
                + "?cohort=" + cohort.cohortId()).toString());
        String row = "#dash-learners [data-learner='" + felix.learnerId() + "']";
        WebElement joined = browser.waiting().until(d -> d.findElements(By.cssSelector(row + " .dash-joined"))
                .stream().findFirst().orElse(null));
        JsonNode words = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/staff.json").toFile()).get(lang);
        // His seat began today on his clock (Montreal), in the cohort's week 7.
        String said = words.get("dash.joinedWeek").asText().replace("{week}", "7")
                .replace("{date}", Language.of(lang).day(LocalDate.now(java.time.ZoneId.of("America/Toronto"))));
        assertThat(asRead(joined.getText())).isEqualTo(asRead("· " + said));
        assertThat(browser.driver.findElements(By.cssSelector("#dash-learners [data-learner='" + ana.learnerId()
                + "'] .dash-joined"))).as("Ana started with the cohort").isEmpty();
        // His panel says it next to his week, as his row does.
        browser.driver.findElement(By.cssSelector(row + " button")).click();
        WebElement status = browser.waiting().until(d -> d.findElement(By.id("dash-detail-status")).isDisplayed()
                ? d.findElement(By.id("dash-detail-status")) : null);
        assertThat(asRead(status.getText())).contains(asRead(said));
        browser.screenshot(375, SCREENSHOTS.resolve("late-joiner-dashboard-" + lang + "-375.png"));
        browser.screenshot(1280, SCREENSHOTS.resolve("late-joiner-dashboard-" + lang + "-1280.png"));
        browser.assertAccessible(axe, SCREENSHOTS, "late-joiner-dashboard-" + lang);
    }

    /**
     * Fatou, in Auckland, reads by when this week's check-in is due: the end of the Sunday of her
     * week, on her clock, named in full, with the days left as the dashboard's tile counts them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void myPageSaysByWhenThisWeeksCheckInIsDueOnTheLearnersClock(String lang) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Cohort cohort = new Cohort("due-" + run, "path-due-" + run, "Data " + run, Language.of(lang),
                LocalDate.now(ZoneOffset.UTC).minusWeeks(1), 10, 5, true, 0, 0, Set.of(LocalIssuer.subFor("lcm-due@example.org")),
                Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        LearnerKey fatou = LearnerKey.issue(UUID.randomUUID().toString());
        assertThat(place(cohort, "Fatou Diallo", fatou, lang, "Pacific/Auckland")).isEqualTo(LearnerStatus.ENROLLED);

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + fatou.token()).toString());
        WebElement state = browser.waiting().until(d -> d.findElement(By.id("me-checkin-state")).isDisplayed()
                ? d.findElement(By.id("me-checkin-state")) : null);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Pacific/Auckland"));
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int left = (int) java.time.temporal.ChronoUnit.DAYS.between(today, sunday) + 1;
        String day = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", "fr".equals(lang) ? java.util.Locale.FRENCH
                : java.util.Locale.UK).format(sunday);
        if ("fr".equals(lang) && sunday.getDayOfMonth() == 1) {
            day = day.replaceFirst(" 1 ", " 1er ");
        }
        JsonNode words = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/learner.json").toFile()).get(lang);
        String key = left == 1 ? "me.checkin.due.today" : "me.checkin.due.other";
        assertThat(asRead(state.getText())).contains(asRead(words.get(key).asText().replace("{date}", day)
                .replace("{count}", String.valueOf(left))));
        browser.assertAccessible(axe, SCREENSHOTS, "check-in-due-" + lang);
    }

    /** Signed up two weeks before the cohort's start, in Montreal; the status the seat gave. */
    private LearnerStatus place(Cohort cohort, String name, LearnerKey key, String lang) {
        return place(cohort, name, key, lang, "America/Toronto");
    }

    /** Signed up two weeks before the cohort's start, in {@code zone}; the status the seat gave. */
    private LearnerStatus place(Cohort cohort, String name, LearnerKey key, String lang, String zone) {
        Learner learner = new Learner(key.learnerId(), name, key.learnerId() + "@example.org", cohort.pathId(),
                cohort.cohortId(), Language.of(lang), zone, null, 5, LearnerStatus.ENROLLED, null,
                cohort.startDate().minusWeeks(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        return new org.lcmhub.signup.store.dynamodb.DynamoSignupStore(moto.dynamo(), moto.table())
                .place(learner, key.hash(), Instant.now(), Duration.ZERO).learner().status();
    }

    private String token(String email) throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"lcm\"}");
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }
}
