package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A cohort's edit form in Chromium, English and French, 375 and 1280 px: the title field holds the
 * title as stored, in the cohort's language, whatever the page's; a running cohort's first day is
 * shown as not editable, and why; new dates of a cohort still to come are asked about first,
 * naming them, then saved.
 */
class CohortEditBrowserIT extends HubBrowserBase {
    private static final String PATH = "data-analysis-10-weeks";
    private static final String FRENCH_TITLE = "Analyse de données\u00a0: du tableur à Python en 10\u00a0semaines";
    private static final String ENGLISH_TITLE = "Data analysis: from spreadsheets to Python in 10 weeks";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-edit-" + run + "@example.org";
    private String french;
    private String english;
    private Cohort running;

    /** Started 17 days ago in UTC, 17 or 18 in UTC+14: its third week has begun. */
    @BeforeAll
    void cohorts() throws Exception {
        String lcm = token(alice);
        for (String language : List.of("fr", "en")) {
            HttpResponse<String> made = client.json("POST", "/api/cohorts", lcm, "{\"pathId\":\"" + PATH + "\",\"startDate\":\""
                    + LocalDate.now().plusDays(60) + "\",\"weeks\":10,\"seats\":20,\"language\":\"" + language + "\"}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            if ("fr".equals(language)) {
                french = HubClient.parse(made).get("cohortId").asText();
            } else {
                english = HubClient.parse(made).get("cohortId").asText();
            }
        }
        running = new Cohort("edit-run-" + run, PATH, "Running " + run, Language.FR, LocalDate.now(ZoneOffset.UTC).minusDays(17),
                10, 20, true, 0, 0, Set.of(LocalIssuer.subFor(alice)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(running);
    }

    private String token(String email) throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null, "{\"email\":\"" + email + "\",\"role\":\"lcm\"}");
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(30));
    }

    private WebElement card(String cohortId) {
        return waiting().until(d -> d.findElements(By.cssSelector("#cohorts-list .staff-card[data-cohort='" + cohortId + "']"))
                .stream().findFirst().orElse(null));
    }

    /** The card's edit form, unfolded. */
    private WebElement editForm(String cohortId) {
        WebElement card = card(cohortId);
        card.findElements(By.tagName("summary")).get(0).click();
        return card.findElement(By.tagName("form"));
    }

    private void open(String lang) {
        browser.driver.get(hub.url().resolve("en".equals(lang) ? "/en/staff/cohorts.html" : "/fr/staff/cohortes.html").toString());
    }

    private JsonNode stored(String cohortId) {
        try {
            return HubClient.parse(client.json("GET", "/api/cohorts/" + cohortId, token(alice), null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTitleFieldHoldsTheStoredTitleInTheCohortsLanguageAndSavingTheSeatsKeepsIt() throws Exception {
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            open(lang);
            WebElement frForm = editForm(french);
            assertThat(frForm.findElement(By.name("title")).getAttribute("value")).isEqualTo(FRENCH_TITLE);
            WebElement enForm = editForm(english);
            assertThat(enForm.findElement(By.name("title")).getAttribute("value")).isEqualTo(ENGLISH_TITLE);
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-edit-title-" + width + ".png"));
            }
            WebElement seats = frForm.findElement(By.name("seats"));
            seats.clear();
            seats.sendKeys("en".equals(lang) ? "21" : "22");
            frForm.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> stored(french).get("seats").asInt() == ("en".equals(lang) ? 21 : 22));
            assertThat(stored(french).get("storedTitle").asText()).isEqualTo(FRENCH_TITLE);
        }
    }

    @Test
    void aRunningCohortsFirstDayIsShownAsNotEditableAndWhy() throws Exception {
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            open(lang);
            WebElement form = editForm(running.cohortId());
            WebElement start = form.findElement(By.name("startDate"));
            assertThat(start.isEnabled()).isFalse();
            WebElement hint = browser.driver.findElement(By.id(start.getAttribute("aria-describedby")));
            assertThat(asRead(hint.getText())).startsWith("en".equals(lang) ? "The cohort began on" : "La cohorte a commencé le");
            assertThat(form.findElement(By.name("weeks")).getAttribute("min")).isEqualTo("3");
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-edit-running-" + width + ".png"));
            }
            // Shorter than the weeks begun: refused next to the field, in the page's language.
            WebElement weeks = form.findElement(By.name("weeks"));
            weeks.clear();
            weeks.sendKeys("2");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            // The shorter length is asked about first: said yes to, the API refuses it.
            card(running.cohortId()).findElement(By.cssSelector("#cohorts-confirm [data-confirm-yes]")).click();
            WebElement error = waiting().until(d -> d.findElements(By.cssSelector("[data-cohort='" + running.cohortId()
                    + "'] .field-error")).stream().findFirst().orElse(null));
            assertThat(asRead(error.getText())).isEqualTo("en".equals(lang)
                    ? "Give 3 weeks at least: that many have begun." : "Indiquez au moins 3 semaines : elles ont commencé.");
            assertThat(stored(running.cohortId()).get("weeks").asInt()).isEqualTo(10);
        }
    }

    @Test
    void newDatesOfACohortStillToComeAreAskedAboutNamingThemThenSaved() throws Exception {
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            open(lang);
            LocalDate newStart = LocalDate.now().plusDays("en".equals(lang) ? 70 : 77);
            WebElement form = editForm(english);
            browser.driver.executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("startDate")),
                    newStart.toString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement confirm = waiting().until(d -> d.findElements(By.id("cohorts-confirm")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            Language reader = "en".equals(lang) ? Language.EN : Language.FR;
            String question = asRead(confirm.getText());
            assertThat(question).contains(asRead(reader.day(newStart))).contains(asRead(reader.day(newStart.plusWeeks(10).minusDays(1))));
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-edit-confirm-" + width + ".png"));
            }
            // "No" saves nothing.
            confirm.findElement(By.cssSelector("[data-confirm-no]")).click();
            assertThat(stored(english).get("startDate").asText()).isNotEqualTo(newStart.toString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> d.findElement(By.id("cohorts-confirm")).isDisplayed());
            browser.driver.findElement(By.cssSelector("#cohorts-confirm [data-confirm-yes]")).click();
            waiting().until(d -> stored(english).get("startDate").asText().equals(newStart.toString()));
        }
    }
}
