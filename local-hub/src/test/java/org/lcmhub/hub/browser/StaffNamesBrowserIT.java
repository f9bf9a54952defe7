package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.RunningCohorts;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An LCM signs in with her name on the local sign-in form: the team list and the notes on a
 * learner's panel name her by it, in English and in French; a note written before (by address
 * only) keeps the address. The mentor's notes for the team carry the mentor's name. Screenshots at 1280 and 375 px in target/screenshots/.
 */
class StaffNamesBrowserIT extends HubBrowserBase {

    @Test
    void theTeamListAndTheLearnersNotesNameTheLcmByTheNameSheSignedInWith() throws Exception {
        String lcm = "lea." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String bearer = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + lcm + "\",\"role\":\"lcm\"}")).get("token").asText();
        String cohortId = RunningCohorts.create(moto, lcm, "python-8-weeks", "Python, named team", org.lcmhub.domain.Language.EN,
                LocalDate.now(ZoneOffset.UTC).minusWeeks(1), 8, 10);
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"Ana Lima\",\"email\":\"ana."
                + UUID.randomUUID() + "@example.org\",\"pathId\":\"python-8-weeks\",\"cohortId\":\"" + cohortId
                + "\",\"language\":\"en\",\"timezone\":\"Africa/Abidjan\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        String ana = HubClient.parse(signup).get("learnerId").asText();
        assertThat(client.json("POST", "/api/cohorts/" + cohortId + "/learners/" + ana + "/notes", bearer,
                "{\"text\":\"Mailed Ana\",\"contact\":false}").statusCode()).isEqualTo(201);
        String mentor = mentorWritesANote(cohortId, ana, bearer);

        for (String lang : List.of("fr", "en")) {
            // The form asks the name in the reader's language, beside the address.
            open(StaffSignIn.page(lang));
            waiting().until(d -> d.findElement(By.id("signin-go")).isDisplayed());
            browser.driver.findElement(By.id("signin-go")).click();
            WebElement label = waiting().until(d -> d.findElement(By.cssSelector("label[for=signin-name]")));
            assertThat(label.getText()).startsWith(lang.equals("fr") ? "Votre nom (facultatif" : "Your name (optional");
            for (int width : new int[] {1280, 375}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-staff-names-signin-" + width + ".png"));
            }
        }
        signInWithName(lcm, "Léa Moreau");
        open("/en/staff/dashboard.html");
        waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
        waiting().until(d -> d.findElement(By.cssSelector("#team-members li")).getText()
                .equals("Léa Moreau · " + lcm + " (you)"));

        new Select(browser.driver.findElement(By.id("dash-note-learner"))).selectByVisibleText("Ana Lima");
        browser.driver.findElement(By.id("dash-note-text")).sendKeys("Called Ana about loops");
        browser.driver.findElement(By.id("dash-note-contact")).click();
        browser.driver.findElement(By.cssSelector("#dash-note button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("dash-note-state")).getText().startsWith("Recorded"));

        for (String lang : List.of("en", "fr")) {
            open(lang.equals("fr") ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html");
            waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed());
            waiting().until(d -> d.findElement(By.cssSelector("#dash-learners [data-learner='" + ana + "'] button"))).click();
            List<String> notes = waiting().until(d -> {
                List<String> shown = d.findElements(By.cssSelector("#dash-detail-notes li .dash-meta")).stream()
                        .map(WebElement::getText).toList();
                return shown.size() == 2 ? shown : null;
            });
            assertThat(notes.get(0)).as(lang).startsWith("Léa Moreau, ").doesNotContain(lcm);
            assertThat(notes.get(1)).as(lang + ": written before she had a name").startsWith(lcm + ", ");
            // The mentor's notes for the team say which mentor wrote them.
            String session = waiting().until(d -> d.findElements(By.cssSelector("#dash-detail-sessions li .dash-meta"))
                    .stream().map(WebElement::getText).findFirst().orElse(null));
            assertThat(session).as(lang).startsWith("Inès Moreau, ").doesNotContain(mentor);
            waiting().until(d -> d.findElement(By.cssSelector("#team-members li")).getText().startsWith("Léa Moreau · "));
            for (int width : new int[] {1280, 375}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(lang + "-staff-names-notes-" + width + ".png"),
                        browser.driver.findElement(By.id("dash-detail")).getScreenshotAs(OutputType.BYTES));
                Files.write(SCREENSHOTS.resolve(lang + "-staff-names-team-" + width + ".png"),
                        browser.driver.findElement(By.id("team")).getScreenshotAs(OutputType.BYTES));
            }
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Inès, a mentor with a profile, is paired with the cohort's learner and writes a note after their 1:1. */
    private String mentorWritesANote(String cohortId, String learnerId, String lcmBearer) throws Exception {
        String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String bearer = "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"mentor\"}")).get("token").asText();
        HttpResponse<String> profile = client.json("PUT", "/api/mentors/me", bearer, "{\"name\":\"Inès Moreau\","
                + "\"paths\":[\"python-8-weeks\"],\"languages\":[\"en\"],\"timezone\":\"Africa/Abidjan\",\"capacity\":3,"
                + "\"availability\":[{\"day\":\"tue\",\"from\":\"17:00\",\"to\":\"21:00\"}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        // Pinned: the run's other mentors of the path must not take her place.
        String draftId = HubClient.parse(client.json("POST", "/api/cohorts/" + cohortId + "/matching", lcmBearer,
                "{\"pins\":[{\"learnerId\":\"" + learnerId + "\",\"mentorId\":\"" + LocalIssuer.subFor(email) + "\"}]}"))
                .get("draftId").asText();
        HttpResponse<String> published = client.json("POST", "/api/cohorts/" + cohortId + "/matching/" + draftId + "/publish",
                lcmBearer, null);
        assertThat(HubClient.parse(published).get("published")).as(published.body()).hasSize(1);
        HttpResponse<String> note = client.json("POST", "/api/mentors/me/mentees/" + learnerId + "/sessions", bearer,
                "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\",\"text\":\"We went through loops.\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        return email;
    }

    /** The local issuer's form, with the optional name Cognito would keep as the account's {@code name}. */
    private void signInWithName(String email, String name) {
        open(StaffSignIn.page("en"));
        browser.driver.executeScript("sessionStorage.clear()");
        open(StaffSignIn.page("en"));
        waiting().until(d -> d.findElement(By.id("signin-go")).isDisplayed());
        browser.driver.findElement(By.id("signin-go")).click();
        waiting().until(d -> d.findElement(By.id("signin-name"))).sendKeys(name);
        StaffSignIn.fillForm(browser, email, "lcm");
        waiting().until(d -> d.findElement(By.id("signin-state")).getText().contains(email));
    }

    private void open(String path) {
        browser.driver.get(hub.url().resolve(path).toString());
    }

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }
}
