package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The check-in page with a script and the learner's key held, in English and French, 375 and 1280
 * px: once sent, it says so with the way back to My page and no empty form to send again; opened
 * again that week, the form starts from what was sent; before
 * the cohort's first week it says when check-ins open, and offers no form the API would refuse.
 */
class CheckInPageBrowserIT extends HubBrowserBase {
    private static final String PATH = "python-8-weeks";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Map<String, String> PAGE = Map.of("en", "/en/check-in.html", "fr", "/fr/point-d-etape.html");

    private JsonNode words;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void start() throws Exception {
        this.words = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/learner.json").toFile());
    }

    /** A learner of a new cohort starting on {@code start}; their key, held by the browser through My page. */
    private void learnerOf(String lang, LocalDate start) {
        String token = placed(lang, start);
        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + token).toString());
        browser.waiting().until(d -> !d.getCurrentUrl().contains("key="));
        browser.waiting().until(d -> d.findElement(By.id("me-cohort")).isDisplayed());
    }

    /** A learner placed in a new cohort starting on {@code start}: their key. */
    private String placed(String lang, LocalDate start) {
        Cohort cohort = new Cohort("ci-page-" + lang + "-" + start + "-" + UUID.randomUUID().toString().substring(0, 8), PATH, "Python " + run, Language.of(lang),
                start, 8, 20, true, 0, 0, Set.of(LocalIssuer.subFor("lcm-ci-" + run + "@example.org")), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String id = UUID.randomUUID().toString();
        LearnerKey key = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, "Kofi", id + "@example.org", PATH,
                cohort.cohortId(), Language.of(lang), "Europe/Paris", "Finish the path", 3, LearnerStatus.ENROLLED, null,
                Instant.now()), key.hash(), Instant.now(), Duration.ZERO);
        return key.token();
    }

    private String text(String lang, String key) {
        return text(words, lang, key);
    }

    private static String text(JsonNode words, String lang, String key) {
        return words.get(lang).get(key).asText().replace('\u00a0', ' ');
    }

    /** A day in full, as the pages write one day in a sentence, as WebDriver reads it. */
    private static String longDay(String lang, LocalDate day) {
        return Language.of(lang).day(day);
    }

    private void shots(String name) throws IOException {
        browser.screenshot(375, SCREENSHOTS.resolve("checkinpage-" + name + "-375.png"));
        browser.screenshot(1280, SCREENSHOTS.resolve("checkinpage-" + name + "-1280.png"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void onceSentThePageLeadsBackToMyPageWithNoFormToSendAgain(String lang) throws Exception {
        learnerOf(lang, LocalDate.now(PARIS).minusWeeks(2));
        browser.driver.get(hub.url().resolve(PAGE.get(lang)).toString());
        WebElement form = browser.driver.findElement(By.cssSelector(".checkin-form"));
        form.findElement(By.id("checkin-progress")).sendKeys("30");
        form.findElement(By.id("checkin-hours")).sendKeys("4");
        form.findElement(By.id("checkin-mood-4")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement success = browser.waiting().until(d -> {
            WebElement s = d.findElement(By.cssSelector(".checkin-form .form-success"));
            return s.isDisplayed() ? s : null;
        });
        assertThat(success.getText()).contains(text(lang, "checkin.done"));
        WebElement back = success.findElement(By.tagName("a"));
        assertThat(back.getText()).isEqualTo(words.get(lang).get("nav.myPage").asText());
        assertThat(back.getAttribute("href")).endsWith("/" + lang + "/me.html");
        assertThat(form.findElement(By.id("checkin-progress")).isDisplayed()).isFalse();
        assertThat(form.findElement(By.cssSelector("button[type=submit]")).isDisplayed()).isFalse();
        shots(lang + "-sent");

        // Opened again the same week, the page says it is sent and starts from what was sent, as My page does.
        browser.driver.get(hub.url().resolve(PAGE.get(lang)).toString());
        WebElement again = browser.driver.findElement(By.cssSelector(".checkin-form"));
        WebElement progress = again.findElement(By.id("checkin-progress"));
        browser.waiting().until(d -> "30".equals(progress.getDomProperty("value")));
        assertThat(again.findElement(By.id("checkin-hours")).getDomProperty("value")).isEqualTo("4");
        assertThat(again.findElement(By.id("checkin-mood-4")).isSelected()).isTrue();
        assertThat(browser.driver.findElement(By.id("checkin-weeks")).getText()).isEqualTo(text(lang, "me.checkin.sent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void beforeTheCohortThePageSaysWhenCheckInsOpenAndOffersNoForm(String lang) throws Exception {
        LocalDate start = LocalDate.now(PARIS).plusWeeks(2);
        learnerOf(lang, start);
        browser.driver.get(hub.url().resolve(PAGE.get(lang)).toString());
        WebElement weeks = browser.waiting().until(d -> {
            WebElement e = d.findElement(By.id("checkin-weeks"));
            return e.isDisplayed() && !e.getText().isBlank() ? e : null;
        });
        // The day in full, in the page's language ("Sunday 3 January 2027"), never "Sun 3 Jan 2027".
        assertThat(weeks.getText()).isEqualTo(text(lang, "me.checkin.notYet").replace("{date}", longDay(lang, start)));
        assertThat(browser.driver.findElement(By.cssSelector(".checkin-form")).isDisplayed()).isFalse();
        shots(lang + "-not-yet");
    }

    /**
     * Where the page cannot know the learner (no script, or a key pasted rather than held), the form
     * is there; the API's refusal says the case: the cohort has not started, not "not started, or over".
     */
    @ParameterizedTest
    @ValueSource(strings = {"en-script", "fr-script", "en-none", "fr-none"})
    void aCheckInBeforeTheCohortFromAKeyPastedHereIsToldItHasNotStarted(String run) throws Exception {
        String lang = run.substring(0, 2);
        boolean script = run.endsWith("script");
        LocalDate start = LocalDate.now(PARIS).plusWeeks(2);
        String key = placed(lang, start);
        JsonNode site = new ObjectMapper().readTree(Checkout.root().resolve("site/messages/site.json").toFile());
        Browser fresh = Browser.start(true);
        try {
            fresh.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !script));
            fresh.driver.get(hub.url().resolve(PAGE.get(lang)).toString());
            fresh.driver.findElement(By.id("checkin-key")).sendKeys(key);
            fresh.driver.findElement(By.id("checkin-progress")).sendKeys("10");
            fresh.driver.findElement(By.id("checkin-hours")).sendKeys("2");
            fresh.driver.findElement(By.id("checkin-mood-3")).click();
            fresh.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
            WebElement said = fresh.waiting().until(d -> d.findElements(By.cssSelector(script ? ".checkin-form .form-errors" : "#checkin-error"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            // With a script, the day it starts, in full, from the API's code and ISO day; without one, the page's line.
            assertThat(said.getText()).as(run).contains(script
                    ? text(site, lang, "err_weekNotStartedOn").replace("{date}", longDay(lang, start))
                    : text(site, lang, "err_weekNotStarted")).doesNotContain(text(site, lang, "err_week"));
            // Without a script, My page shows no dates: the line sends the learner where the date is, the mail with the link.
            if (!script) {
                assertThat(said.getText()).as(run).doesNotContain(lang.equals("en") ? "My page" : "Mon espace")
                        .contains(lang.equals("en") ? "Its start date is in the email that brought your personal link"
                                : "Sa date de début figure dans l’e-\u2060mail qui vous a apporté votre lien personnel");
            }
            // The screenshot's own script only: without one, the page's never ran.
            fresh.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            fresh.screenshot(375, SCREENSHOTS.resolve("checkinpage-" + run + "-not-yet-375.png"));
        } finally {
            fresh.close();
        }
    }

    /**
     * The learner asked for help this week (from another device). Here, with a script but the key
     * pasted, the form cannot show that request: sent with its box unticked, it keeps the request,
     * and the thank-you says the LCM will write. Opened with the key held, the form starts from the
     * week's answers, the box ticked: unticked there, the request is withdrawn.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aRequestForHelpIsWithdrawnOnlyByAFormThatShowedIt(String lang) throws Exception {
        String key = placed(lang, LocalDate.now(PARIS).minusWeeks(2));
        assertThat(client.json("POST", "/api/checkins", "Bearer " + key,
                "{\"progress\":20,\"hoursSpent\":3,\"mood\":2,\"needHelp\":true}").statusCode()).isEqualTo(201);
        Browser fresh = Browser.start(true);
        try {
            fresh.driver.get(hub.url().resolve(PAGE.get(lang)).toString());
            fresh.driver.findElement(By.id("checkin-key")).sendKeys(key);
            fresh.driver.findElement(By.id("checkin-progress")).sendKeys("25");
            fresh.driver.findElement(By.id("checkin-hours")).sendKeys("3");
            fresh.driver.findElement(By.id("checkin-mood-3")).click();
            assertThat(fresh.driver.findElement(By.id("checkin-help")).isSelected()).isFalse();
            fresh.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
            WebElement success = fresh.waiting().until(d -> d.findElements(By.cssSelector(".checkin-form .form-success"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(success.getText()).as("the request still stands").contains(text(lang, "checkin.doneHelp"));
            fresh.screenshot(375, SCREENSHOTS.resolve("checkinpage-" + lang + "-pasted-help-kept-375.png"));
            fresh.screenshot(1280, SCREENSHOTS.resolve("checkinpage-" + lang + "-pasted-help-kept-1280.png"));
        } finally {
            fresh.close();
        }
        JsonNode kept = thisWeek(key);
        assertThat(kept.get("progress").asInt()).isEqualTo(25);
        assertThat(kept.get("needHelp").asBoolean()).as("not withdrawn unseen").isTrue();

        browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + key).toString());
        browser.waiting().until(d -> !d.getCurrentUrl().contains("key="));
        browser.driver.get(hub.url().resolve(PAGE.get(lang)).toString());
        WebElement help = browser.driver.findElement(By.id("checkin-help"));
        browser.waiting().until(d -> "25".equals(d.findElement(By.id("checkin-progress")).getDomProperty("value")));
        assertThat(help.isSelected()).as("the request shown").isTrue();
        shots(lang + "-help-shown");
        help.click();
        browser.driver.findElement(By.cssSelector(".checkin-form button[type=submit]")).click();
        WebElement done = browser.waiting().until(d -> d.findElements(By.cssSelector(".checkin-form .form-success"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(done.getText()).contains(text(lang, "checkin.done")).doesNotContain(text(lang, "checkin.doneHelp"));
        assertThat(thisWeek(key).get("needHelp").asBoolean()).as("withdrawn where it was shown").isFalse();
    }

    /** The learner's check-in of this week, as {@code GET /api/me} lists it. */
    private JsonNode thisWeek(String key) throws Exception {
        JsonNode me = org.lcmhub.hub.testing.HubClient.parse(client.json("GET", "/api/me", "Bearer " + key, null));
        assertThat(me.get("checkIns")).hasSize(1);
        return me.get("checkIns").get(0);
    }
}
