package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.RunningCohorts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff already signed in: an invitation's link takes them straight on to its cohort, the header
 * names them by their name (the address behind it), and the team's invite forms take a name.
 * Screenshots at 1280 and 375 px in target/screenshots/.
 */
class StaffSignedInBrowserIT extends HubBrowserBase {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String lcm = "alice-" + run + "@example.org";
    private final String title = "Signed-in cohort " + run;
    private final LocalDate start = LocalDate.now().minusDays(7);
    private String cohortId;

    @BeforeAll
    void cohort() throws Exception {
        // Begun a week ago: written to the store, as the API creates no such cohort.
        cohortId = RunningCohorts.create(moto, lcm, "python-8-weeks", title, org.lcmhub.domain.Language.EN, start, 8, 10);
    }

    @Test
    void signedInTheInvitationLinkGoesStraightToItsCohortInBothLanguages() {
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            String dashboard = lang.equals("fr") ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html";
            // As the invitation mail writes it: the cohort's query escaped inside return=.
            open(StaffSignIn.page(lang) + "?return=" + dashboard + "%3Fcohort%3D" + cohortId);
            waiting().until(d -> path().equals(dashboard + "?cohort=" + cohortId));
            waiting().until(d -> d.findElement(By.id("dash-title")).getText().equals(title));
        }
        // Another site's address is no page to go on to: the sign-in page stays, with her pages.
        open(StaffSignIn.page("en") + "?return=//example.org/en/staff/dashboard.html");
        waiting().until(d -> d.findElement(By.id("signin-pages")).isDisplayed());
        assertThat(path()).startsWith(StaffSignIn.page("en"));
    }

    @Test
    void theHeaderNamesWhoIsSignedInByTheirNameWithTheAddressBehindIt() throws Exception {
        StaffSignIn.signIn(browser, hub, lcm, "Alice Martin", "lcm", "en", null);
        assertThat(browser.driver.findElement(By.id("signin-state")).getText()).isEqualTo("Signed in as Alice Martin (" + lcm + ") · LCM");
        for (String lang : List.of("en", "fr")) {
            open(lang.equals("fr") ? "/fr/staff/cohortes.html" : "/en/staff/cohorts.html");
            WebElement who = waiting().until(d -> {
                WebElement w = d.findElement(By.id("staff-who"));
                return w.getText().contains("Alice Martin") ? w : null;
            });
            assertThat(who.getText().replace('\u00a0', ' '))
                    .startsWith(lang.equals("fr") ? "Connecté·e : Alice Martin" : "Signed in as Alice Martin");
            // The address is shown under the name, not left to a tooltip a touch screen cannot open.
            assertThat(who.getAttribute("title")).isNullOrEmpty();
            for (int width : new int[] {1280, 375}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
                WebElement address = who.findElement(By.className("staff-address"));
                assertThat(address.isDisplayed()).as(width + " px").isTrue();
                assertThat(address.getText()).isEqualTo(lcm);
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-staff-header-name-" + width + ".png"));
            }
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        // Without a name, the address, once.
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", "/en/staff/cohorts.html");
        waiting().until(d -> d.findElement(By.id("staff-who")).getText().startsWith("Signed in as " + lcm));
        assertThat(browser.driver.findElements(By.cssSelector("#staff-who .staff-address"))).isEmpty();
    }

    @Test
    void anLcmAddsAColleagueAndInvitesAMentorByNameAndAMistakeIsShownUnderItsField() throws Exception {
        String colleague = "bruno-" + run + "@example.org";
        String mentor = "maya-" + run + "@example.org";
        for (String lang : List.of("fr", "en")) {
            StaffSignIn.signIn(browser, hub, lcm, "lcm", lang, null);
            open((lang.equals("fr") ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort=" + cohortId);
            waiting().until(d -> d.findElement(By.cssSelector("#team-members li")).isDisplayed());
            assertThat(label("team-name")).startsWith(lang.equals("fr") ? "Son nom (facultatif" : "Their name (optional");
            assertThat(label("team-invite-name")).startsWith(lang.equals("fr") ? "Nom de la personne mentor (facultatif" : "Mentor’s name (optional");
            // A mistake is said under its field, in the page's language.
            browser.driver.findElement(By.id("team-email")).sendKeys("bruno");
            submit("team-email");
            WebElement error = waiting().until(d -> d.findElement(By.id("team-email-error")));
            assertThat(error.getText()).isEqualTo(lang.equals("fr")
                    ? "Saisissez une adresse e-\u2060mail, par exemple nom@example.org."
                    : "Type an email address, like name@example.org.");
            assertThat(browser.driver.findElement(By.id("team-email")).getAttribute("aria-invalid")).isEqualTo("true");
            for (int width : new int[] {1280, 375}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
                java.nio.file.Files.createDirectories(SCREENSHOTS);
                java.nio.file.Files.write(SCREENSHOTS.resolve(lang + "-team-name-" + width + ".png"), browser.driver
                        .findElement(By.id("team")).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.driver.findElement(By.id("team-email")).clear();
        }
        // The English page's form: the colleague is listed by the typed name until he signs in.
        browser.driver.findElement(By.id("team-email")).sendKeys(colleague);
        browser.driver.findElement(By.id("team-name")).sendKeys("Bruno Costa");
        submit("team-email");
        waiting().until(d -> d.findElements(By.cssSelector("#team-members li")).stream()
                .anyMatch(li -> li.getText().startsWith("Bruno Costa · " + colleague)));
        assertThat(browser.driver.findElements(By.id("team-email-error"))).as("the mistake is gone").isEmpty();
        assertThat(browser.driver.findElement(By.id("team-name")).getAttribute("value")).isEmpty();

        // The mentor's invitation carries the name to the API.
        browser.driver.executeScript("window.sentBodies = []; var f = window.fetch; window.fetch = function (u, o) {"
                + " if (o && o.body) { window.sentBodies.push(JSON.parse(o.body)); } return f.apply(this, arguments); };");
        browser.driver.findElement(By.id("team-invite-email")).sendKeys(mentor);
        browser.driver.findElement(By.id("team-invite-name")).sendKeys("Maya Diallo");
        submit("team-invite-email");
        // Confirmed by the name given, beside the address it went to.
        waiting().until(d -> d.findElement(By.cssSelector("#team-invite [role=status]")).getText()
                .equals("Maya Diallo (" + mentor + ") has been invited as a mentor."));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sent = (List<Map<String, Object>>) browser.driver.executeScript("return window.sentBodies");
        assertThat(sent).anySatisfy(b -> assertThat(b).containsEntry("email", mentor).containsEntry("name", "Maya Diallo"));
    }

    /** The colleague's invitation is in the language of the page that added them, not the cohort's. */
    @Test
    void aColleagueAddedFromTheFrenchDashboardOfAnEnglishCohortIsToldInFrench() throws Exception {
        String colleague = "eve-" + run + "@example.org";
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "fr", null);
        open("/fr/staff/tableau-de-bord.html?cohort=" + cohortId);
        waiting().until(d -> d.findElement(By.cssSelector("#team-members li")).isDisplayed());
        browser.driver.findElement(By.id("team-email")).sendKeys(colleague);
        submit("team-email");
        waiting().until(d -> d.findElements(By.cssSelector("#team-members li")).stream()
                .anyMatch(li -> li.getText().contains(colleague)));
        com.fasterxml.jackson.databind.JsonNode mails = HubClient.parse(client.json("GET", "/dev/outbox?to="
                + java.net.URLEncoder.encode(colleague, java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("subject").asText()).isEqualTo("Vous rejoignez l’équipe LCM de «\u00a0" + title
                + ", en cours depuis le " + org.lcmhub.domain.Language.FR.day(start) + "\u00a0»");
        assertThat(mails.get(0).get("text").asText()).contains("/fr/connexion-equipe.html?return=/fr/staff/tableau-de-bord.html");
    }

    @Test
    void aColleagueAddedByNameFromTheCohortsPageIsListedByThatName() {
        String colleague = "chen-" + run + "@example.org";
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "fr", "/fr/staff/cohortes.html");
        WebElement card = waiting().until(d -> d.findElement(By.cssSelector("li.staff-card[data-cohort='" + cohortId + "']")));
        WebElement add = card.findElements(By.cssSelector("details.staff-details")).stream()
                .filter(d -> d.findElements(By.cssSelector("input[name=email]")).size() == 1).findFirst().orElseThrow();
        add.findElement(By.tagName("summary")).click();
        assertThat(add.findElement(By.cssSelector("label[for$='-name']")).getText()).startsWith("Son nom (facultatif");
        add.findElement(By.cssSelector("input[name=email]")).sendKeys(colleague);
        add.findElement(By.cssSelector("input[name=name]")).sendKeys("Chen Wei");
        add.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> add.findElement(By.cssSelector("[role=status]")).getText().equals("Ajouté à l’équipe."));
        open("/fr/staff/tableau-de-bord.html?cohort=" + cohortId);
        waiting().until(d -> d.findElements(By.cssSelector("#team-members li")).stream()
                .anyMatch(li -> li.getText().startsWith("Chen Wei · " + colleague)));
    }

    /**
     * The team's index page (/en/staff/, /fr/staff/) asks whoever is signed out to sign in; someone
     * signed in is named there instead, in the staff header's words, with the pages of their role, no
     * prompt to sign in and the header's sign-out. The public footer then leads to these pages.
     */
    @Test
    void theTeamsIndexNamesWhoIsSignedInWithTheirPagesInsteadOfAskingThemToSignIn() throws Exception {
        open("/en/staff/");
        browser.driver.executeScript("sessionStorage.clear()");
        open("/en/staff/");
        assertThat(browser.driver.findElement(By.cssSelector("main a.button[href='/en/staff-sign-in.html']")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("staff-index-who")).isDisplayed()).isFalse();
        assertThat(footerLink()).isEqualTo("Staff sign-in → /en/staff-sign-in.html");

        StaffSignIn.signIn(browser, hub, lcm, "Alice Martin", "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            open(lang.equals("fr") ? "/fr/staff/cohortes.html" : "/en/staff/cohorts.html");
            String header = waiting().until(d -> {
                String w = d.findElement(By.id("staff-who")).getText();
                return w.contains("Alice Martin") ? w : null;
            });
            open("/" + lang + "/staff/");
            WebElement who = waiting().until(d -> {
                WebElement w = d.findElement(By.id("staff-index-who"));
                return w.isDisplayed() ? w : null;
            });
            assertThat(who.getText()).as("as the header says it").isEqualTo(header);
            assertThat(who.getText().replace('\u00a0', ' '))
                    .startsWith(lang.equals("fr") ? "Connecté·e : Alice Martin" : "Signed in as Alice Martin").contains(lcm);
            assertThat(browser.driver.findElement(By.id("staff-index-sign-out")).getText())
                    .isEqualTo(lang.equals("fr") ? "Se déconnecter" : "Sign out");
            assertThat(footerLink()).isEqualTo(lang.equals("fr") ? "Les pages de l’équipe → /fr/staff/" : "The team’s pages → /en/staff/");
            String main = browser.driver.findElement(By.tagName("main")).getText();
            assertThat(main).doesNotContainIgnoringCase(lang.equals("fr") ? "connectez-vous" : "sign in")
                    .doesNotContain(lang.equals("fr") ? "vous connecter" : "sign in first");
            assertThat(browser.driver.findElements(By.cssSelector("main a.button")).stream().noneMatch(WebElement::isDisplayed))
                    .as("no sign-in button").isTrue();
            assertThat(shownLinks()).containsExactly("/" + lang + "/staff/" + (lang.equals("fr") ? "cohortes" : "cohorts") + ".html",
                    "/" + lang + "/staff/" + (lang.equals("fr") ? "tableau-de-bord" : "dashboard") + ".html",
                    "/" + lang + "/staff/" + (lang.equals("fr") ? "appariement" : "matching") + ".html",
                    "/" + lang + "/staff/guides.html");
            assertThat(browser.driver.findElement(By.id("staff-index-pages-heading")).getText())
                    .isEqualTo(lang.equals("fr") ? "Vos pages" : "Your pages");
            browser.assertAccessible(axe, SCREENSHOTS, lang + "-staff-index-signed-in");
        }
        // A mentor, who gave no name: their address, and their own page only.
        String mentor = "mona-" + run + "@example.org";
        StaffSignIn.signIn(browser, hub, mentor, "mentor", "en", null);
        open("/en/staff/");
        waiting().until(d -> d.findElement(By.id("staff-index-who")).getText().equals("Signed in as " + mentor + " Mentor"));
        assertThat(shownLinks()).containsExactly("/en/staff/mentor.html");
        // Signing out here ends the session, as the header's button does; the footer is the sign-in again.
        browser.driver.findElement(By.id("staff-index-sign-out")).click();
        waiting().until(d -> "You are signed out.".equals(d.findElement(By.id("signin-state")).getText()));
        assertThat(footerLink()).isEqualTo("Staff sign-in → /en/staff-sign-in.html");
    }

    /** The public footer's way in for the team: its words and where it leads. */
    private String footerLink() {
        WebElement a = browser.driver.findElement(By.cssSelector("footer [data-staff-footer]"));
        return a.getText() + " → " + URI.create(a.getAttribute("href")).getPath();
    }

    /** The team's pages the index shows, in order. */
    private List<String> shownLinks() {
        return browser.driver.findElements(By.cssSelector("#staff-index-pages a")).stream().filter(WebElement::isDisplayed)
                .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
    }

    private void submit(String fieldId) {
        browser.driver.findElement(By.id(fieldId)).findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
    }

    private String label(String forId) {
        return browser.driver.findElement(By.cssSelector("label[for='" + forId + "']")).getText().replace('\u00a0', ' ');
    }

    private void open(String path) {
        browser.driver.get(hub.url().resolve(path).toString());
    }

    private String path() {
        URI uri = URI.create(browser.driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }
}
