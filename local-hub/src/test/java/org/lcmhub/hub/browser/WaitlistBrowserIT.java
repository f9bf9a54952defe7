package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.HubClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Who waits for a seat, on the cohort's card, in Chromium, English and French, 375 and 1280 px:
 * "3 waiting: see who" unfolds the learners in their order, each with their place in line and the
 * moment they began waiting, in words, on the reader's clock; seats added through the card's form are said to have gone to the first of them, by
 * name, and the list moves up.
 */
class WaitlistBrowserIT extends HubBrowserBase {
    private static final String PATH = "data-analysis-10-weeks";
    private static final Path SHOTS = SCREENSHOTS;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-waitlist-" + run + "@example.org";
    private String cohort;

    /** One seat, taken by Awa; Youssef, Chloé and Ben wait, in that order. */
    @BeforeAll
    void fullCohort() throws Exception {
        HttpResponse<String> made = client.json("POST", "/api/cohorts", token(), "{\"pathId\":\"" + PATH + "\",\"startDate\":\""
                + LocalDate.now().plusDays(50) + "\",\"weeks\":10,\"seats\":1,\"language\":\"fr\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        cohort = HubClient.parse(made).get("cohortId").asText();
        String[][] people = {{"Awa Diop", "fr"}, {"Youssef Alaoui", "fr"}, {"Chloé Martin", "en"}, {"Ben Li", "en"}};
        for (String[] person : people) {
            HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + person[0] + "\",\"email\":\""
                    + person[0].split(" ")[0].toLowerCase().replace("é", "e") + "." + run + "@example.org\",\"pathId\":\"" + PATH
                    + "\",\"cohortId\":\"" + cohort + "\",\"language\":\"" + person[1] + "\",\"timezone\":\"Africa/Casablanca\","
                    + "\"consent\":true}");
            assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        }
    }

    private String token() throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null, "{\"email\":\"" + alice + "\",\"role\":\"lcm\"}");
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }

    /** When each learner still waiting began to, in the waitlist's order, as the API gives it. */
    private List<String> waitingSince() throws Exception {
        HttpResponse<String> answer = client.json("GET", "/api/cohorts/" + cohort + "/waitlist", token(), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> since = new ArrayList<>();
        HubClient.parse(answer).get("waiting").forEach(w -> since.add(w.get("since").asText()));
        return since;
    }

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(30));
    }

    private WebElement card() {
        return waiting().until(d -> d.findElements(By.cssSelector("#cohorts-list .staff-card[data-cohort='" + cohort + "']"))
                .stream().findFirst().orElse(null));
    }

    private void open(String lang) {
        browser.driver.get(hub.url().resolve("en".equals(lang) ? "/en/staff/cohorts.html" : "/fr/staff/cohortes.html").toString());
    }

    /** The names listed under the card's waitlist once it shows {@code count} of them. */
    private List<String> listed(int count) {
        return waiting().until(d -> {
            List<WebElement> rows = card().findElements(By.cssSelector(".staff-waitlist-list > li"));
            return rows.size() == count ? rows.stream().map(r -> r.findElement(By.tagName("strong")).getText()).toList() : null;
        });
    }

    @Test
    void theCardListsWhoWaitsInOrderAndNamesWhoGetsTheSeatsAdded() throws Exception {
        StaffSignIn.signIn(browser, hub, alice, "lcm", "en", null);
        int seats = 1;
        for (String lang : List.of("en", "fr")) {
            Language reader = "en".equals(lang) ? Language.EN : Language.FR;
            open(lang);
            WebElement summary = card().findElement(By.cssSelector(".staff-waitlist > summary"));
            int waitingNow = 3 - (seats - 1);
            assertThat(asRead(summary.getText())).isEqualTo("en".equals(lang)
                    ? waitingNow + " waiting: see who" : waitingNow + " en attente : voir qui");
            summary.click();
            List<String> names = listed(waitingNow);
            assertThat(names).isEqualTo(List.of("Youssef Alaoui", "Chloé Martin", "Ben Li").subList(seats - 1, 3));
            List<WebElement> rows = card().findElements(By.cssSelector(".staff-waitlist-list > li"));
            WebElement first = rows.get(0);
            assertThat(first.getAttribute("value")).isEqualTo("1");
            // Each one's place in line, and the moment they began waiting, to the minute on the
            // reader's clock: all joined today, so the day alone would not tell them apart.
            List<String> since = waitingSince();
            for (int i = 0; i < rows.size(); i++) {
                ZonedDateTime joined = Instant.parse(since.get(i)).atZone(ZoneId.systemDefault());
                String when = asRead(reader.dayAndTime(joined));
                assertThat(asRead(rows.get(i).findElement(By.className("staff-waitlist-about")).getText())).startsWith("en".equals(lang)
                        ? "position " + (i + 1) + " in line · waiting since " + when + " · "
                        : "position " + (i + 1) + " dans la file · en attente depuis le " + when + " · ");
            }
            assertThat(card().findElement(By.cssSelector(".staff-waitlist > .hint")).getText()).contains("en".equals(lang)
                    ? "Times are on your browser’s clock: " : "Heures à l’horloge de votre navigateur : ");
            assertThat(first.findElement(By.className("staff-waitlist-mail")).getAttribute("href")).startsWith("mailto:");
            browser.assertAccessible(axe, SHOTS, lang + "-cohort-waitlist");

            // One more seat: it goes to the first waiting, whom the card names.
            WebElement edit = card().findElements(By.cssSelector("details.staff-details:not(.staff-waitlist) > summary")).get(0);
            edit.click();
            WebElement form = card().findElement(By.tagName("form"));
            WebElement seatsField = form.findElement(By.name("seats"));
            seatsField.clear();
            seatsField.sendKeys(String.valueOf(++seats));
            form.findElement(By.cssSelector("button[type=submit]")).click();
            String given = names.get(0);
            String said = "en".equals(lang) ? "Saved. Seat given to " + given + "; they were emailed."
                    : "Enregistré. Place donnée à " + given + "\u00a0: un e-\u2060mail l’en a informé·e.";
            By status = By.cssSelector("[data-cohort='" + cohort + "'] > .staff-status");
            waiting().until(d -> said.equals(d.findElement(status).getAttribute("textContent")));
            // The list, still unfolded, moves up: the next learner is now first.
            assertThat(listed(waitingNow - 1)).isEqualTo(names.subList(1, names.size()));
            assertThat(asRead(summary.getText())).startsWith(String.valueOf(waitingNow - 1));
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SHOTS.resolve(lang + "-cohort-waitlist-seat-given-" + width + ".png"));
            }
        }
    }
}
