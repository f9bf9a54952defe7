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
 * shown as not editable (drawn so), and why, and fewer weeks than have begun are refused before
 * anything is asked or sent; new dates of a cohort still to come are asked about first, naming
 * them, then saved, and the card says so, and whom they were emailed to, in view on a phone.
 * Closing sign-ups is asked first, naming the cohort.
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
            looksDisabled(start, form.findElement(By.name("weeks")));
            // Shorter than the weeks begun: refused next to the field at once, in the API's words and
            // the page's language, with no question about dates that cannot be saved and nothing sent.
            browser.driver.executeScript("window.patches = 0; var f = window.fetch; window.fetch = function (u, o) {"
                    + " if (o && o.method === 'PATCH') { window.patches++; } return f.apply(this, arguments); };");
            WebElement weeks = form.findElement(By.name("weeks"));
            weeks.clear();
            weeks.sendKeys("2");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = waiting().until(d -> d.findElements(By.cssSelector("[data-cohort='" + running.cohortId()
                    + "'] .field-error")).stream().findFirst().orElse(null));
            assertThat(asRead(error.getText())).isEqualTo("en".equals(lang)
                    ? "Give 3 weeks at least: that many have begun." : "Indiquez au moins 3 semaines : elles ont commencé.");
            assertThat(browser.driver.findElement(By.id("cohorts-confirm")).isDisplayed()).as("no question asked").isFalse();
            assertThat(weeks.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
            assertThat(((Number) browser.driver.executeScript("return window.patches")).intValue()).as("nothing sent").isZero();
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-edit-weeks-refused-" + width + ".png"));
            }
            assertThat(stored(running.cohortId()).get("weeks").asInt()).isEqualTo(10);
        }
    }

    /**
     * A disabled field is drawn apart from one to type in, light and dark, by the one stylesheet:
     * hatched and dashed, whatever rule of a page drew it (the staff pages' date fields have their own).
     */
    private void looksDisabled(WebElement disabled, WebElement enabled) {
        String look = "var s = getComputedStyle(arguments[0]); return s.borderTopStyle + ' ' + s.backgroundImage;";
        WebElement other = browser.driver.findElement(By.id("create-title"));
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.driver.executeScript("arguments[0].disabled = true;", other);
            for (WebElement field : List.of(disabled, other)) {
                assertThat((String) browser.driver.executeScript(look, field)).as(scheme + " " + field.getAttribute("name"))
                        .startsWith("dashed repeating-linear-gradient(");
            }
            browser.driver.executeScript("arguments[0].disabled = false;", other);
            assertThat((String) browser.driver.executeScript(look, enabled)).as(scheme + " enabled").isEqualTo("solid none");
        }
        browser.colorScheme("light");
    }

    @Test
    void savedNewDatesStaySaidWithTheLearnersEmailedAndTheCardStaysInViewOnAPhone() throws Exception {
        String lcm = token(alice);
        HttpResponse<String> made = client.json("POST", "/api/cohorts", lcm, "{\"pathId\":\"" + PATH + "\",\"startDate\":\""
                + LocalDate.now().plusDays(40) + "\",\"weeks\":10,\"seats\":20,\"language\":\"en\",\"title\":\"Moved " + run + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String moved = HubClient.parse(made).get("cohortId").asText();
        for (String name : List.of("Ana", "Bob")) {
            HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + name + "\",\"email\":\""
                    + name.toLowerCase() + "." + run + "@example.org\",\"pathId\":\"" + PATH + "\",\"cohortId\":\"" + moved
                    + "\",\"language\":\"en\",\"timezone\":\"Europe/Paris\",\"consent\":true}");
            assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        }
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
            open(lang);
            WebElement form = editForm(moved);
            LocalDate newStart = LocalDate.now().plusDays("en".equals(lang) ? 41 : 42);
            browser.driver.executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("startDate")),
                    newStart.toString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> d.findElement(By.id("cohorts-confirm")).isDisplayed());
            // Worded by the count of learners told, who get the old dates beside the new.
            assertThat(browser.driver.findElement(By.id("cohorts-confirm-text")).getAttribute("textContent")).endsWith("en".equals(lang)
                    ? "The 2 learners enrolled or on its waitlist each get an email with the new and old dates."
                    : "Les 2 apprenant·es inscrit·es ou en liste d’attente recevront chacun·e un e-\u2060mail avec les nouvelles et les anciennes dates.");
            browser.driver.findElement(By.cssSelector("#cohorts-confirm [data-confirm-yes]")).click();
            String said = "en".equals(lang) ? "Saved. The new dates were emailed to 2 learners, enrolled or on the waitlist."
                    : "Enregistré. Les nouvelles dates ont été envoyées par e-\u2060mail à 2 apprenant·es, inscrit·es ou en liste d’attente.";
            By status = By.cssSelector("[data-cohort='" + moved + "'] > .staff-status");
            waiting().until(d -> said.equals(d.findElement(status).getAttribute("textContent")));
            assertThat(stored(moved).get("startDate").asText()).isEqualTo(newStart.toString());
            // Still there to be read a moment later, with the form folded.
            Thread.sleep(1500);
            WebElement card = card(moved);
            assertThat(card.findElement(status).getAttribute("textContent")).isEqualTo(said);
            assertThat(card.findElement(status).isDisplayed()).isTrue();
            assertThat(card.findElement(By.tagName("details")).getAttribute("open")).isNull();
            // The saved card is the one on the screen (its heading focused), not the next.
            Map<?, ?> seen = (Map<?, ?>) browser.driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " var s = arguments[1].getBoundingClientRect();"
                    + " return {top: r.top, statusBottom: s.bottom, height: innerHeight,"
                    + " focused: arguments[0].contains(document.activeElement) && document.activeElement.tagName};",
                    card, card.findElement(status));
            // (Scrolled to its top, the card may start a fraction of a pixel above the screen's edge.)
            assertThat(((Number) seen.get("top")).doubleValue()).as("card top " + seen).isGreaterThan(-1);
            assertThat(((Number) seen.get("statusBottom")).doubleValue()).as("status bottom " + seen)
                    .isLessThanOrEqualTo(((Number) seen.get("height")).doubleValue());
            assertThat(seen.get("focused")).isEqualTo("H3");
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-edit-saved-" + width + ".png"));
            }
        }
    }

    /**
     * Closing sign-ups hides the cohort from new learners: asked first, in words naming the cohort
     * and saying they can be opened again; "no" closes nothing and gives the focus back. Opening
     * them again is not asked.
     */
    @Test
    void closingSignUpsIsAskedNamingTheCohortAndOpeningThemAgainIsNot() throws Exception {
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            open(lang);
            String close = "en".equals(lang) ? "Close sign-ups" : "Fermer les inscriptions";
            WebElement toggle = card(french).findElement(By.xpath(".//button[text()='" + close + "']"));
            toggle.click();
            WebElement confirm = waiting().until(d -> d.findElements(By.id("cohorts-confirm")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            // Named as the pickers name it, with its first day: cohorts of a path may share a title, and
            // this one's English twin (same title, same first day) is told apart by its language.
            String title = card(french).findElement(By.tagName("h3")).getText();
            String day = asRead(Language.of(lang).day(LocalDate.parse(stored(french).get("startDate").asText())));
            assertThat(asRead(browser.driver.findElement(By.id("cohorts-confirm-text")).getAttribute("textContent")))
                    .startsWith("en".equals(lang) ? "Close sign-ups for " + title + " · starts " + day + " · In French? "
                            : "Fermer les inscriptions à " + title + " · début le " + day + " · En français\u202f? ")
                    .endsWith("en".equals(lang) ? "You can open sign-ups again until the cohort is half over."
                            : "Vous pourrez rouvrir les inscriptions jusqu’à la moitié de la cohorte.");
            assertThat(confirm.findElement(By.cssSelector("[data-confirm-yes]")).getText()).isEqualTo(close);
            assertThat(toggle.isDisplayed()).as("the button that asked, hidden beside the answer").isFalse();
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-close-confirm-" + width + ".png"));
            }
            browser.assertAccessible(axe, SCREENSHOTS, lang + "-cohort-close-confirm");
            // "No" closes nothing; the focus is back on the button.
            confirm.findElement(By.cssSelector("[data-confirm-no]")).click();
            assertThat(toggle).isEqualTo(browser.driver.switchTo().activeElement());
            assertThat(stored(french).get("open").asBoolean()).isTrue();
            toggle.click();
            waiting().until(d -> d.findElement(By.id("cohorts-confirm")).isDisplayed());
            browser.driver.findElement(By.cssSelector("#cohorts-confirm [data-confirm-yes]")).click();
            waiting().until(d -> !stored(french).get("open").asBoolean());
            // Opened again at once: nothing is hidden from anyone by it.
            String reopen = "en".equals(lang) ? "Open sign-ups" : "Ouvrir les inscriptions";
            waiting().until(d -> card(french).findElement(By.xpath(".//button[text()='" + reopen + "']")).isDisplayed());
            card(french).findElement(By.xpath(".//button[text()='" + reopen + "']")).click();
            waiting().until(d -> stored(french).get("open").asBoolean());
            assertThat(browser.driver.findElement(By.id("cohorts-confirm")).isDisplayed()).as("nothing asked").isFalse();
            // A cohort begun is under way since its first day, never said to start on a day gone by.
            WebElement runningToggle = card(running.cohortId()).findElement(By.xpath(".//button[text()='" + close + "']"));
            runningToggle.click();
            waiting().until(d -> d.findElement(By.id("cohorts-confirm")).isDisplayed());
            String since = asRead(Language.of(lang).day(running.startDate()));
            assertThat(asRead(browser.driver.findElement(By.id("cohorts-confirm-text")).getAttribute("textContent")))
                    .startsWith(("en".equals(lang) ? "Close sign-ups for " : "Fermer les inscriptions à ")
                            + card(running.cohortId()).findElement(By.tagName("h3")).getText()
                            + ("en".equals(lang) ? " · under way since " + since + "? " : " · en cours depuis le " + since + "\u202f? "));
            browser.driver.findElement(By.cssSelector("#cohorts-confirm [data-confirm-no]")).click();
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
            // Nobody enrolled or waiting: no mail is announced.
            assertThat(browser.driver.findElement(By.id("cohorts-confirm-text")).getAttribute("textContent")).endsWith("en".equals(lang)
                    ? "Nobody is enrolled or on its waitlist yet: no email is sent."
                    : "Personne n’est encore inscrit·e ni en liste d’attente\u00a0: aucun e-\u2060mail n’est envoyé.");
            // Nor by its button, which would otherwise promise to write to learners who are not there.
            assertThat(confirm.findElement(By.cssSelector("[data-confirm-yes]")).getText())
                    .isEqualTo("en".equals(lang) ? "Change the dates" : "Changer les dates");
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
    /**
     * The earliest first day the forms offer is the API's: the day after the one that has come at
     * UTC+14. A day before it is refused under the field, on the create and the edit form alike,
     * naming that day in full, before anything is sent.
     */
    @Test
    void aFirstDayThatHasBegunSomewhereIsRefusedNamingTheFirstOpenDay() throws Exception {
        JsonNode words = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.lcmhub.hub.testing.Checkout.root().resolve("site/messages/staff.json").toFile());
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            open(lang);
            LocalDate first = LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1);
            Language reader = "en".equals(lang) ? Language.EN : Language.FR;
            String refusal = asRead(words.get(lang).get("cohorts.err.startDate.past").asText()
                    .replace("{date}", reader.day(first)));
            WebElement create = waiting().until(d -> d.findElement(By.id("cohorts-create")));
            WebElement start = create.findElement(By.name("startDate"));
            assertThat(start.getDomProperty("min")).isEqualTo(first.toString());
            browser.driver.executeScript("arguments[0].value = arguments[1];", start, first.minusDays(1).toString());
            create.findElement(By.cssSelector("button[type=submit]")).click();
            // Under the first day's field: the path left unchosen is said under its own at the same time.
            WebElement error = waiting().until(d -> start.findElement(By.xpath("ancestor::div[@class='field']"))
                    .findElements(By.cssSelector(".field-error")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(asRead(error.getText())).isEqualTo(refusal);
            assertThat(start.getDomAttribute("aria-invalid")).isEqualTo("true");
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-create-start-past-" + width + ".png"));
            }

            WebElement form = editForm(french);
            WebElement edit = form.findElement(By.name("startDate"));
            assertThat(edit.getDomProperty("min")).isEqualTo(first.toString());
            browser.driver.executeScript("arguments[0].value = arguments[1];", edit, first.minusDays(1).toString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement refused = waiting().until(d -> form.findElements(By.cssSelector(".field-error")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(asRead(refused.getText())).isEqualTo(refusal);
            assertThat(browser.driver.findElement(By.id("cohorts-confirm")).isDisplayed()).as("nothing asked").isFalse();
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-edit-start-past-" + width + ".png"));
            }
        }
        assertThat(stored(french).get("startDate").asText()).isEqualTo(LocalDate.now().plusDays(60).toString());
    }

    /**
     * A new cohort with several fields wrong gets a message under each at once, the first day's
     * included, before anything is sent: the seats asked for without naming learners enrolled, as a
     * new cohort has none (the edit form keeps that condition).
     */
    @Test
    void everyWrongFieldOfANewCohortIsSaidAtOnce() throws Exception {
        JsonNode words = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.lcmhub.hub.testing.Checkout.root().resolve("site/messages/staff.json").toFile());
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        int before = HubClient.parse(client.json("GET", "/api/cohorts/mine", token(alice), null)).get("cohorts").size();
        for (String lang : List.of("en", "fr")) {
            open(lang);
            LocalDate first = LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1);
            Language reader = "en".equals(lang) ? Language.EN : Language.FR;
            WebElement create = waiting().until(d -> d.findElement(By.id("cohorts-create")));
            new org.openqa.selenium.support.ui.Select(create.findElement(By.name("pathId"))).selectByValue(PATH);
            browser.driver.executeScript("arguments[0].value = arguments[1];", create.findElement(By.name("startDate")),
                    first.minusDays(6).toString());
            for (String name : List.of("weeks", "seats")) {
                create.findElement(By.name(name)).clear();
                create.findElement(By.name(name)).sendKeys("0");
            }
            create.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> create.findElements(By.cssSelector(".field-error")).size() == 3);
            Map<String, String> said = new java.util.HashMap<>();
            for (String name : List.of("startDate", "weeks", "seats")) {
                WebElement input = create.findElement(By.name(name));
                assertThat(input.getDomAttribute("aria-invalid")).as(name).isEqualTo("true");
                said.put(name, asRead(input.findElement(By.xpath("ancestor::div[@class='field']"))
                        .findElement(By.cssSelector(".field-error")).getText()));
            }
            assertThat(said).containsEntry("startDate", asRead(words.get(lang).get("cohorts.err.startDate.past").asText()
                            .replace("{date}", reader.day(first))))
                    .containsEntry("weeks", asRead(words.get(lang).get("cohorts.err.weeks").asText()))
                    .containsEntry("seats", asRead(words.get(lang).get("cohorts.err.seatsNew").asText()));
            assertThat(asRead(create.findElement(By.id("cohorts-create-status")).getText()))
                    .isEqualTo(asRead(words.get(lang).get("cohorts.notSaved").asText()));
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-cohort-create-all-wrong-" + width + ".png"));
            }
        }
        assertThat(HubClient.parse(client.json("GET", "/api/cohorts/mine", token(alice), null)).get("cohorts").size())
                .as("nothing sent").isEqualTo(before);
    }
}
