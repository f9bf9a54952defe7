package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.RunningCohorts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff sign-in in Debian's headless Chromium through the local OpenID Connect flow (the code path
 * that runs against Cognito on AWS): an LCM asks for the dashboard, signs in (authorize → code →
 * token with PKCE) and lands on it; her session renews silently past the ID token's short life;
 * she adds a colleague and invites a mentor by email; each signs in from the invitation in the
 * outbox (English, French) and sees what their role allows; sign-out ends the session and revokes
 * its refresh token. axe-core on each page, light and dark, at 375 and 1280 px.
 */
class StaffSignInBrowserIT extends HubBrowserBase {
    private static final Duration SHORT_LIFE = Duration.ofSeconds(12);
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/\\S+)");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String lcm = "ines-" + run + "@example.org";
    private final String colleague = "colin-" + run + "@example.org";
    private final String mentor = "malik-" + run + "@example.org";
    private String cohortTitle;
    private String cohortId;

    @BeforeAll
    void start() throws Exception {
        hub.signIn().lifetimes(SHORT_LIFE, Duration.ofDays(30));
        cohortTitle = "Sign-in cohort " + run;
        // Begun a week ago: the API creates no such cohort, the store holds it as if made before.
        cohortId = RunningCohorts.create(moto, lcm, "signin-" + run, cohortTitle, org.lcmhub.domain.Language.EN, LocalDate.now().minusDays(7), 8, 10);
    }

    @AfterAll
    void stop() throws IOException {
        hub.signIn().lifetimes(Duration.ofHours(1), Duration.ofDays(30));
    }

    private WebDriverWait waiting() {
        // A page that is replaced (a form posted, a list drawn again) leaves stale elements: look again.
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }

    private void open(String path) {
        browser.driver.get(hub.url().resolve(path).toString());
    }

    private String path() {
        URI uri = URI.create(browser.driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private WebElement visible(String css) {
        return waiting().until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    /** The current page without its query (the dashboard keeps the open cohort there). */
    private String pageOnly() {
        return URI.create(browser.driver.getCurrentUrl()).getRawPath();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> session() {
        return (Map<String, Object>) browser.driver.executeScript(
                "return JSON.parse(sessionStorage.getItem('lcmhub.staff'))");
    }

    /** The path of the sign-in link in the newest mail to {@code to}. */
    private String invitationLink(String to) throws Exception {
        JsonNode messages = HubClient.parse(client.json("GET", "/dev/outbox?to="
                + URLEncoder.encode(to, StandardCharsets.UTF_8), null, null)).get("messages");
        assertThat(messages).isNotEmpty();
        Matcher m = LINK.matcher(messages.get(0).get("text").asText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void accessible(String name) throws IOException {
        browser.assertAccessible(axe, SCREENSHOTS, name);
    }

    /** On the sign-in page reached from {@code link}: start, fill the local form, land where the link leads. */
    private void signInFrom(String link, String email, String role, String expectedLanding) throws IOException {
        open(link);
        visible("#signin-go").click();
        waiting().until(d -> path().startsWith("/oidc/authorize"));
        StaffSignIn.fillForm(browser, email, role);
        waiting().until(d -> pageOnly().equals(expectedLanding));
    }

    private void signOut(String lang) {
        visible("#staff-sign-out").click();
        waiting().until(d -> path().equals(StaffSignIn.page(lang)));
        assertThat(visible("#signin-state").getText())
                .isEqualTo(lang.equals("fr") ? "Déconnexion effectuée." : "You are signed out.");
        assertThat(session()).isNull();
    }

    /**
     * A renewal still on its way when she signs out must not bring the session back: the sign-out
     * ends it, revokes the refresh token and goes to the sign-in page, which says she is signed out.
     * The token endpoint's answers are held here so the renewal lands between the two.
     */
    @Test
    void aRenewalAnsweredDuringTheSignOutDoesNotSignHerInAgain() throws Exception {
        StaffSignIn.signIn(browser, hub, "rita-" + run + "@example.org", "lcm", "en", null);
        open("/en/staff/cohorts.html");
        visible("#staff-sign-out");
        browser.driver.executeScript("window.__held = []; window.__answered = 0; var send = window.fetch;"
                + "window.fetch = function (u, o) { var body = o && typeof o.body === 'string' ? o.body : '';"
                + "  if (body.indexOf('token=') < 0) { return send(u, o); }"
                + "  return new Promise(function (ok, no) { window.__held.push(function () {"
                + "    send(u, o).then(function (r) { window.__answered++; ok(r); }, no); }); }); };"
                // Due now: the page asks for a new ID token.
                + "var s = JSON.parse(sessionStorage.getItem('lcmhub.staff')); s.exp = Math.floor(Date.now() / 1000) - 1;"
                + "sessionStorage.setItem('lcmhub.staff', JSON.stringify(s)); window.LcmAuth.token();");
        waiting().until(d -> ((Number) browser.driver.executeScript("return window.__held.length")).intValue() == 1);
        visible("#staff-sign-out").click();
        waiting().until(d -> ((Number) browser.driver.executeScript("return window.__held.length")).intValue() == 2);
        // The renewal's answer comes first, then the revocation's.
        browser.driver.executeScript("window.__held[0]()");
        waiting().until(d -> ((Number) browser.driver.executeScript("return window.__answered")).intValue() == 1);
        Thread.sleep(300);
        browser.driver.executeScript("window.__held[1]()");
        waiting().until(d -> path().equals(StaffSignIn.page("en")));
        waiting().until(d -> "You are signed out.".equals(d.findElement(By.id("signin-state")).getText()));
        assertThat(session()).isNull();
    }

    @Test
    void anLcmSignsInOnThePageSheWantedRenewsSilentlyInvitesAColleagueAndAMentorWhoSignInFromTheirMail()
            throws Exception {
        // Not signed in, the dashboard says so; its link names the sign-in page, which brings her back
        // (a click goes past it, straight to the sign-in: aStaffPageWithoutASession… below).
        open("/en/staff/dashboard.html");
        assertThat(visible("#staff-signin-needed").getText())
                .startsWith("Sign in with your team account: you will come back to this page.");
        assertThat(visible("#staff-who").getText()).isEqualTo("You are not signed in.");
        WebElement ask = visible("#staff-sign-in-notice");
        assertThat(ask.getAttribute("href")).endsWith("/en/staff-sign-in.html?return=/en/staff/dashboard.html");
        assertThat(visible("#staff-sign-in").getAttribute("href")).isEqualTo(ask.getAttribute("href"));
        open(ask.getAttribute("href"));
        waiting().until(d -> path().equals("/en/staff-sign-in.html?return=/en/staff/dashboard.html"));
        assertThat(visible("#signin-state").getText()).isEqualTo("You are not signed in.");
        accessible("signin-en");
        visible("#signin-go").click();
        waiting().until(d -> path().startsWith("/oidc/authorize"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to LCM Hub");
        assertThat(browser.driver.getPageSource()).doesNotContain("issuer").doesNotContain("token");
        accessible("signin-local-form-en");
        // A mistake is shown next to its field, in plain words.
        WebElement email = browser.driver.findElement(By.id("signin-email"));
        email.sendKeys("ines");
        email.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        assertThat(visible("#signin-email-error").getText()).isEqualTo("Type an email address, like name@example.org.");
        assertThat(visible("#signin-role-error").getText()).isEqualTo("Choose a role.");
        accessible("signin-local-form-errors-en");
        StaffSignIn.fillForm(browser, lcm, "lcm");

        // The callback traded the code (with the PKCE verifier) and went on to the page asked for.
        waiting().until(d -> pageOnly().equals("/en/staff/dashboard.html"));
        assertThat(visible("#dash-title").getText()).isEqualTo(cohortTitle);
        assertThat(visible("#staff-who").getText()).contains("Signed in as " + lcm, "LCM");
        assertThat(visible("#staff-sign-out").getText()).isEqualTo("Sign out");
        assertThat(browser.driver.findElement(By.id("staff-signin-needed")).isDisplayed()).isFalse();
        Map<String, Object> first = session();
        assertThat(first).containsEntry("email", lcm);

        // Past the ID token's life the page renewed it with the refresh token, unasked.
        Thread.sleep(SHORT_LIFE.plusSeconds(2).toMillis());
        Map<String, Object> renewed = session();
        assertThat(renewed.get("id")).isNotEqualTo(first.get("id"));
        assertThat(((Number) renewed.get("exp")).longValue()).isGreaterThan(((Number) first.get("exp")).longValue());

        // She adds a colleague to the team and invites a mentor, by email, with the renewed token.
        visible("#team-members li");
        WebElement add = browser.driver.findElement(By.id("team-email"));
        add.sendKeys(colleague);
        add.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#team-members li")).size() == 2);
        assertThat(visible("#team-add [role=status]").getText())
                .isEqualTo(colleague + " is on the team and has been sent an invitation.");
        WebElement invite = browser.driver.findElement(By.id("team-invite-email"));
        invite.sendKeys(mentor);
        new Select(browser.driver.findElement(By.id("team-invite-language"))).selectByValue("fr");
        invite.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#team-invite [role=status]")).getText()
                .equals(mentor + " has been invited as a mentor."));
        accessible("dashboard-team-en");

        String refresh = (String) session().get("refresh");
        signOut("en");
        HttpResponse<String> revoked = client.send("POST", "/oidc/token", null, "application/x-www-form-urlencoded",
                "grant_type=refresh_token&client_id=" + hub.signIn().clientId() + "&refresh_token=" + refresh);
        assertThat(revoked.statusCode()).as("sign-out revoked the refresh token").isEqualTo(400);
        open("/en/staff/dashboard.html");
        visible("#staff-sign-in-notice");
        // Signed out, a staff page asks to sign in and shows no empty list under its own heading.
        open("/en/staff/cohorts.html");
        visible("#staff-sign-in-notice");
        assertThat(browser.driver.findElement(By.id("cohorts-mine-title")).isDisplayed()).isFalse();

        // The colleague signs in from his invitation and sees the cohort's dashboard.
        String colleagueLink = invitationLink(colleague);
        assertThat(colleagueLink).isEqualTo("/en/staff-sign-in.html?return=/en/staff/dashboard.html%3Fcohort%3D" + cohortId);
        signInFrom(colleagueLink, colleague, "lcm", "/en/staff/dashboard.html");
        assertThat(path()).isEqualTo("/en/staff/dashboard.html?cohort=" + cohortId);
        assertThat(visible("#dash-title").getText()).isEqualTo(cohortTitle);
        assertThat(visible("#staff-who").getText()).contains(colleague);
        // An LCM's pages on the sign-in page start, as the team's navigation does, with the cohorts.
        open(StaffSignIn.page("en"));
        visible("#signin-pages li");
        assertThat(browser.driver.findElements(By.cssSelector("#signin-pages li")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText))
                .containsExactly("Cohorts", "LCM dashboard", "Mentor matching", "Write and review guides");
        assertThat(visible("#signin-pages li a").getAttribute("href")).endsWith("/en/staff/cohorts.html");
        open("/en/staff/cohorts.html");
        signOut("en");

        // The mentor's invitation is in French: the French sign-in page, then the French mentor page.
        String mentorLink = invitationLink(mentor);
        assertThat(mentorLink).isEqualTo("/fr/connexion-equipe.html?return=/fr/staff/espace-mentor.html");
        open(mentorLink);
        assertThat(visible("#signin-state").getText()).isEqualTo("Aucun compte n’est connecté.");
        accessible("signin-fr");
        visible("#signin-go").click();
        waiting().until(d -> path().startsWith("/oidc/authorize"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion à LCM Hub");
        accessible("signin-local-form-fr");
        StaffSignIn.fillForm(browser, mentor, "mentor");
        waiting().until(d -> path().equals("/fr/staff/espace-mentor.html"));
        assertThat(visible("#staff-who").getText()).contains("Connecté·e : " + mentor, "Mentor");
        assertThat(visible("#staff-sign-out").getText()).isEqualTo("Se déconnecter");
        waiting().until(d -> d.findElement(By.id("mentor-profile-state")).getText()
                .equals("Vous n’avez pas encore de profil : remplissez-le puis enregistrez-le."));
        accessible("espace-mentor-signed-in-fr");
        // What a mentor's role allows: the sign-in page lists the mentor page only; the dashboard refuses.
        open(StaffSignIn.page("fr"));
        assertThat(visible("#signin-state").getText()).isEqualTo("Connecté·e : " + mentor + " · Mentor");
        assertThat(browser.driver.findElements(By.cssSelector("#signin-pages li")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText)).containsExactly("Mon espace mentor");
        assertThat(visible("#signin-pages li a").getAttribute("href")).endsWith("/fr/staff/espace-mentor.html");
        accessible("signin-signed-in-fr");
        open("/fr/staff/tableau-de-bord.html");
        assertThat(visible("#staff-wrong-role").getText())
                .startsWith("Cette page est réservée aux LCM, et votre compte n’a pas le rôle de LCM.");
        assertThat(browser.driver.findElement(By.id("dash-body")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("staff-signin-needed")).isDisplayed()).isFalse();
        signOut("fr");
    }

    /**
     * A review mail's link, followed signed out: the page's "Sign in" goes straight to the sign-in
     * form (not by the sign-in page), and once signed in she is back on the very address of the
     * link, its whole query with it. English and French, at 375 and 1280 px.
     */
    @Test
    void aStaffPageWithoutASessionSignsInInOneStepAndComesBackToTheSameAddress() throws Exception {
        for (String lang : List.of("en", "fr")) {
            String link = "/" + lang + "/staff/guides.html?set=review-" + run + "&from=mail";
            open(StaffSignIn.page(lang));
            browser.driver.executeScript("sessionStorage.clear()");
            open(link);
            WebElement ask = visible("#staff-sign-in-notice");
            assertThat(ask.getAttribute("href")).endsWith(StaffSignIn.page(lang) + "?return=/" + lang
                    + "/staff/guides.html%3Fset%3Dreview-" + run + "%26from%3Dmail");
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve("signin-one-step-" + lang + "-" + width + ".png"));
            }
            (lang.equals("en") ? visible("#staff-sign-in") : ask).click();
            waiting().until(d -> path().startsWith("/oidc/authorize"));
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            StaffSignIn.fillForm(browser, lcm, "lcm");
            waiting().until(d -> path().equals(link));
            assertThat(visible("#staff-who").getText()).contains(lcm);
            assertThat(browser.driver.findElement(By.id("staff-signin-needed")).isDisplayed()).isFalse();
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve("signin-one-step-back-" + lang + "-" + width + ".png"));
            }
            signOut(lang);
        }
    }

    /**
     * A mentor who follows a link to an LCM page is signed in, not expired: each LCM page (dashboard,
     * cohorts, matching, guides) says it is for LCMs and links to her own space, with none of the
     * page's forms and no "sign in again"; an LCM on the same pages still has all of them.
     */
    @Test
    void aMentorOnAnLcmPageIsToldItIsForLcmsAndLinkedToHerSpaceWhileAnLcmStillHasThePage() throws Exception {
        Map<String, Map<String, String>> pages = Map.of(
                "en", Map.of("dashboard", "/en/staff/dashboard.html", "cohorts", "/en/staff/cohorts.html",
                        "matching", "/en/staff/matching.html", "guides", "/en/staff/guides.html"),
                "fr", Map.of("dashboard", "/fr/staff/tableau-de-bord.html", "cohorts", "/fr/staff/cohortes.html",
                        "matching", "/fr/staff/appariement.html", "guides", "/fr/staff/guides.html"));
        String reader = "dmitri-" + run + "@example.org";
        for (String lang : List.of("en", "fr")) {
            boolean fr = lang.equals("fr");
            String space = fr ? "/fr/staff/espace-mentor.html" : "/en/staff/mentor.html";
            StaffSignIn.signIn(browser, hub, reader, "mentor", lang, pages.get(lang).get("dashboard"));
            for (String view : List.of("dashboard", "cohorts", "matching", "guides")) {
                if (!pageOnly().equals(pages.get(lang).get(view))) { open(pages.get(lang).get(view)); }
                WebElement said = visible("#staff-wrong-role");
                assertThat(said.getText()).as(view).startsWith(fr
                        ? "Cette page est réservée aux LCM, et votre compte n’a pas le rôle de LCM."
                        : "This page is for LCMs, and your account has no LCM role.");
                WebElement link = visible("#staff-wrong-role-mentor");
                assertThat(link.getText()).isEqualTo(fr ? "Mon espace mentor" : "My mentor page");
                assertThat(URI.create(link.getAttribute("href")).getPath()).isEqualTo(space);
                assertThat(browser.driver.findElement(By.id("staff-signin-needed")).isDisplayed()).as(view).isFalse();
                assertThat(browser.driver.findElement(By.id("staff-view")).isDisplayed()).as(view).isFalse();
                assertThat(browser.driver.findElements(By.cssSelector("#staff-view form")).stream()
                        .noneMatch(WebElement::isDisplayed)).as(view).isTrue();
                String page = browser.driver.findElement(By.tagName("main")).getText();
                assertThat(page).as(view).doesNotContain(fr ? "expiré" : "expired")
                        .doesNotContain(fr ? "Reconnectez-vous" : "Sign in again")
                        .doesNotContain(fr ? "Connectez-vous avec votre compte" : "Sign in with your team account");
                assertThat(visible("#staff-who").getText()).contains(reader).contains("Mentor");
                if (view.equals("dashboard") || view.equals("cohorts")) {
                    for (int width : new int[] {375, 1280}) {
                        browser.screenshot(width, SCREENSHOTS.resolve("wrong-role-" + view + "-" + lang + "-" + width + ".png"));
                    }
                }
            }
            link(space);
            signOut(lang);
        }
        // An LCM reads the same pages whole: no role notice, the create form and the dashboard's cohort.
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "fr", pages.get("fr").get("cohorts"));
        assertThat(visible("#cohorts-create").isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("staff-wrong-role")).isDisplayed()).isFalse();
        open(pages.get("fr").get("dashboard"));
        waiting().until(d -> !d.findElement(By.id("dash-title")).getText().isEmpty());
        assertThat(browser.driver.findElement(By.id("staff-wrong-role")).isDisplayed()).isFalse();
        signOut("fr");
    }

    /** The mentor's link leads to her space, which opens for her. */
    private void link(String space) {
        visible("#staff-wrong-role-mentor").click();
        waiting().until(d -> pageOnly().equals(space));
        assertThat(browser.driver.findElement(By.id("staff-wrong-role")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("staff-view")).isDisplayed()).isTrue();
    }

    /**
     * A sign-in return link this tab did not start (an old link, another tab) is said in the
     * reader's language, the one of the staff pages she last read here, and leads back to the
     * sign-in page in it.
     */
    @Test
    void aSignInReturnThisTabDidNotStartIsSaidInTheReadersLanguage() throws Exception {
        for (String lang : List.of("fr", "en")) {
            open(StaffSignIn.page(lang));
            visible("#signin-go");
            browser.driver.executeScript("sessionStorage.clear()");
            open("/staff/callback.html?code=old-" + run + "&state=elsewhere");
            WebElement problem = visible("#callback-problem");
            assertThat(problem.getText()).isEqualTo(lang.equals("fr")
                    ? "La connexion n’a pas abouti. Veuillez réessayer." : "Sign-in did not finish. Please try again.");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            assertThat(browser.driver.findElement(By.id("callback-title")).getText())
                    .isEqualTo(lang.equals("fr") ? "Connexion de l’équipe" : "Staff sign-in");
            assertThat(URI.create(visible("#callback-back").getAttribute("href")).getPath()).isEqualTo(StaffSignIn.page(lang));
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve("callback-unstarted-" + lang + "-" + width + ".png"));
            }
        }
    }

    /**
     * Only an address of this site is returned to: never another host, however it is written (a
     * tab or a backslash that the browser drops or reads as "/"), before sign-in or after it.
     */
    @Test
    void onlyAnAddressOfThisSiteIsReturnedToAfterSignIn() {
        open(StaffSignIn.page("en"));
        browser.driver.executeScript("sessionStorage.clear()");
        // Through the sign-in: a return address that a browser reads as another host lands on the sign-in page.
        String evil = "%2F%09%2Fevil.example%2Fx";
        open(StaffSignIn.page("en") + "?return=" + evil);
        visible("#signin-go").click();
        waiting().until(d -> path().startsWith("/oidc/authorize"));
        StaffSignIn.fillForm(browser, lcm, "lcm");
        waiting().until(d -> path().equals(StaffSignIn.page("en")));
        assertThat(URI.create(browser.driver.getCurrentUrl()).getHost()).isEqualTo(hub.url().getHost());
        waiting().until(d -> d.findElement(By.id("signin-state")).getText().contains(lcm));
        // Signed in, the same link does not send her on either.
        open(StaffSignIn.page("en") + "?return=" + evil);
        waiting().until(d -> d.findElement(By.id("signin-state")).getText().contains(lcm));
        assertThat(URI.create(browser.driver.getCurrentUrl()).getHost()).isEqualTo(hub.url().getHost());
        assertThat(path()).isEqualTo(StaffSignIn.page("en") + "?return=" + evil);
        // And each way of writing another host, as the page's script judges it.
        for (String bad : List.of("//evil.example/x", "/\\evil.example/x", "/\t/evil.example/x", "/\n/evil.example/x",
                "/\\/evil.example", "https://evil.example/", "javascript:alert(1)", "evil.example", "")) {
            assertThat(browser.driver.executeScript("return LcmAuth.returnPath(arguments[0])", bad)).as(bad).isNull();
        }
        assertThat(browser.driver.executeScript("return LcmAuth.returnPath('/en/staff/guides.html?set=a&b=c#x')"))
                .isEqualTo("/en/staff/guides.html?set=a&b=c#x");
    }
}
