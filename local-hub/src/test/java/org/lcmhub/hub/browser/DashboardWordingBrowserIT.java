package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.RunningCohorts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How the dashboard words what could read oddly, English and French: a cohort nobody has joined
 * yet says so (not that every learner has a mentor), offers no CSV, and its matching draft says there
 * is nobody to pair rather than "0 pairs" and a deadline; a learner's week that is not the cohort's
 * says why (their time zone, or when they joined); the learner's panel tells the mentor's notes
 * for the team apart from the 1:1 reports, and shows no empty list of the first.
 */
class DashboardWordingBrowserIT extends HubBrowserBase {
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("page", "/en/staff/dashboard.html", "none", "No learner in this cohort yet.",
                    "matching", "/en/staff/matching.html", "nobody", "There is no learner to pair yet: nobody has joined this cohort.",
                    "alone", "No learner yet, so nobody is waiting for a mentor.",
                    "joined", "0% done, week 1 since they joined",
                    "zone", "40% done, week 5 in their time zone", "plain", "40% done, week 4",
                    "reports", "Written after each 1:1 by the mentor or the team, with how it went: the learner reads them and may answer."),
            "fr", Map.of("page", "/fr/staff/tableau-de-bord.html", "none", "Personne dans cette cohorte pour l’instant.",
                    "matching", "/fr/staff/appariement.html",
                    "nobody", "Il n’y a encore aucun·e apprenant·e à apparier\u00a0: personne n’a rejoint cette cohorte.",
                    "alone", "La cohorte est encore vide : personne n’attend de mentor.",
                    "joined", "0\u202f% fait, semaine 1 depuis son arrivée",
                    "zone", "40\u202f% fait, semaine 5 dans son fuseau horaire", "plain", "40\u202f% fait, semaine 4",
                    "reports", "Écrits après chaque rendez-\u2060vous par la personne mentor ou l’équipe, avec son déroulement\u00a0: "
                            + "l’apprenant·e les lit et peut y répondre."));

    private final String lcm = "lcm.wording." + UUID.randomUUID() + "@example.org";
    /** A Monday three weeks ago: the cohort is in its fourth week. */
    private final LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(3);

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }

    /** Written to the store: a first day that has begun is one the API would refuse. */
    private String cohort(String title, LocalDate first) throws Exception {
        return RunningCohorts.create(moto, lcm, "python-8-weeks", title, org.lcmhub.domain.Language.EN, first, 8, 10);
    }

    private String signUp(String cohortId, String name, String zone) throws Exception {
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + name + "\",\"email\":\""
                + UUID.randomUUID() + "@example.org\",\"pathId\":\"python-8-weeks\",\"cohortId\":\"" + cohortId + "\","
                + "\"language\":\"en\",\"timezone\":\"" + zone + "\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        return HubClient.parse(signup).get("learnerId").asText();
    }

    private void open(String page, String cohortId) {
        browser.driver.get(hub.url().resolve(page + "?cohort=" + cohortId).toString());
        waiting().until(d -> d.findElement(By.id("dash-body")).isDisplayed()
                && cohortId.equals(d.findElement(By.id("dash-cohort")).getAttribute("value")));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void anEmptyCohortSaysItHasNoLearnerYet() throws Exception {
        String empty = cohort("Nobody yet " + UUID.randomUUID().toString().substring(0, 6), LocalDate.now().plusDays(12));
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            open(WORDS.get(lang).get("page"), empty);
            String none = WORDS.get(lang).get("none");
            waiting().until(d -> text("dash-learners-count").equals(none));
            assertThat(text("dash-alone-empty")).isEqualTo(WORDS.get(lang).get("alone"));
            // Nothing to export: no download offered.
            assertThat(browser.driver.findElement(By.id("dash-csv")).isDisplayed()).isFalse();
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-dashboard-empty-" + width + ".png"));
            }
            browser.assertAccessible(axe, SCREENSHOTS, "dashboard-empty-" + lang);

            // Matching says there is nobody to pair, with no deadline and nothing to publish.
            browser.driver.get(hub.url().resolve(WORDS.get(lang).get("matching") + "?cohort=" + empty).toString());
            waiting().until(d -> empty.equals(d.findElement(By.id("matching-cohort-id")).getAttribute("value")));
            browser.driver.findElement(By.id("matching-compute")).click();
            waiting().until(d -> d.findElement(By.id("matching-draft-title")).isDisplayed());
            assertThat(browser.driver.findElement(By.id("matching-summary")).getAttribute("textContent"))
                    .isEqualTo(WORDS.get(lang).get("nobody"));
            // The announcement says what happened, not "Draft computed." above "nobody to pair"; the
            // sentence is seen once, under the draft's heading.
            assertThat(browser.driver.findElement(By.id("matching-status")).getAttribute("textContent"))
                    .isEqualTo(WORDS.get(lang).get("nobody"));
            assertThat(browser.driver.findElement(By.id("matching-status")).getSize().getHeight()).as("seen once").isLessThanOrEqualTo(1);
            assertThat(browser.driver.findElement(By.id("matching-publish")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("matching-pairs-title")).isDisplayed()).isFalse();
            for (int width : new int[] {375, 1280}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-matching-nobody-" + width + ".png"));
            }
            browser.assertAccessible(axe, SCREENSHOTS, "matching-nobody-" + lang);
        }
    }

    /**
     * "Checked in this week" names the Sunday the API gives (UTC's week: each learner has until the
     * end of it on their own clock), said on the reader's calendar on both sides of their midnight:
     * in Auckland, already Monday while UTC is on Sunday, the week's check-ins were due yesterday
     * (never "due today" for a Sunday gone); in Los Angeles, still Sunday while UTC is on Monday, the
     * new week's are due next week (never 8 days left in a week).
     */
    @Test
    void theWeeksDueDayIsSaidOnTheReadersCalendarEitherSideOfTheirMidnight() throws Exception {
        String cohortId = cohort("Due day " + UUID.randomUUID().toString().substring(0, 6), start);
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        Map<String, List<String>> words = Map.of(
                "en", List.of("Due today, Sunday 6\u00a0December", "Were due yesterday, Sunday 6\u00a0December",
                        "Due next week, by Sunday 13\u00a0December", "Due by Sunday 13\u00a0December: 7\u00a0days left, today included"),
                "fr", List.of("À rendre aujourd’hui, dimanche 6\u00a0décembre", "Étaient à rendre hier, dimanche 6\u00a0décembre",
                        "À rendre la semaine prochaine, d’ici le dimanche 13\u00a0décembre",
                        "À rendre d’ici le dimanche 13\u00a0décembre\u00a0: il reste 7\u00a0jours, aujourd’hui compris"));
        // Each moment with the reader's zone: a minute either side of their midnight, from Sunday 6 to Monday 7 December 2026.
        List<String[]> moments = List.of(
                new String[] {"2026-12-06T10:59:00Z", "Pacific/Auckland"}, new String[] {"2026-12-06T11:01:00Z", "Pacific/Auckland"},
                new String[] {"2026-12-07T07:59:00Z", "America/Los_Angeles"}, new String[] {"2026-12-07T08:01:00Z", "America/Los_Angeles"});
        for (String lang : List.of("en", "fr")) {
            open(WORDS.get(lang).get("page"), cohortId);
            for (int i = 0; i < moments.size(); i++) {
                java.time.Instant at = java.time.Instant.parse(moments.get(i)[0]);
                // The Sunday the API names at that moment: its week's, in UTC.
                LocalDate dueBy = LocalDate.ofInstant(at, ZoneOffset.UTC).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                @SuppressWarnings("unchecked")
                Map<String, Object> due = (Map<String, Object>) browser.driver.executeScript(
                        "return LcmStaff.checkInsDue(arguments[0], LcmI18n.dayIn(new Date(arguments[1]), arguments[2]));",
                        dueBy.toString(), moments.get(i)[0], moments.get(i)[1]);
                assertThat(due.get("text")).as(lang + " at " + moments.get(i)[0] + " in " + moments.get(i)[1])
                        .isEqualTo(words.get(lang).get(i));
                assertThat(due.get("open")).as("the week still running for the reader").isEqualTo(i >= 2);
            }
        }
    }

    @Test
    void aLearnersWeekThatIsNotTheCohortsSaysWhyAndThePanelTellsNotesFromReports() throws Exception {
        String cohortId = cohort("Weeks apart " + UUID.randomUUID().toString().substring(0, 6), start);
        String late = signUp(cohortId, "Kenji Late", "Asia/Tokyo");
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            Map<String, String> w = WORDS.get(lang);
            open(w.get("page"), cohortId);
            // Joined today, in the cohort's fourth week: his first week is his own.
            WebElement row = waiting().until(d -> d.findElement(By.cssSelector("#dash-learners [data-learner='" + late + "']")));
            assertThat(browser.driver.findElement(By.id("dash-csv")).isDisplayed()).as("a learner to export").isTrue();
            assertThat(row.getText()).contains(w.get("joined"));

            // On the Sunday evening (UTC) ending the cohort's fourth week it is Monday in Tokyo: his fifth.
            long sundayEvening = start.plusWeeks(3).plusDays(6).atTime(20, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
            assertThat(progress(5, "Asia/Tokyo", sundayEvening)).isEqualTo(w.get("zone"));
            // In Paris it is still Sunday, as in Tokyo twelve hours earlier: the cohort's week, nothing to explain.
            assertThat(progress(4, "Europe/Paris", sundayEvening)).isEqualTo(w.get("plain"));
            assertThat(progress(4, "Asia/Tokyo", sundayEvening - 12 * 3600_000L)).isEqualTo(w.get("plain"));
            // Before the first day there is no week 0: the cohort's start is said, in full as a sentence reads a day.
            long eve = start.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
            assertThat(progress(0, "Europe/Paris", eve).replace('\u00a0', ' ')).isEqualTo((lang.equals("en") ? "The cohort starts on "
                    : "La cohorte commence le ") + org.lcmhub.domain.Language.of(lang).day(start));

            // The panel: no empty list of the mentor's notes; the 1:1 reports say what they are.
            row.findElement(By.tagName("button")).click();
            waiting().until(d -> d.findElement(By.id("dash-detail-reports-empty")).isDisplayed());
            assertThat(browser.driver.findElement(By.id("dash-detail-sessions-box")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("dash-detail")).getAttribute("textContent")).contains(w.get("reports"));
            if (lang.equals("fr")) {
                browser.colorScheme("dark");
                browser.screenshot(375, SCREENSHOTS.resolve("fr-dashboard-weeks-dark-375.png"));
                browser.colorScheme("light");
            }
            browser.assertAccessible(axe, SCREENSHOTS, "dashboard-weeks-" + lang);
        }
    }

    /** The page's progress words for a learner of {@code week} in {@code zone} at the moment {@code at} (ms). */
    private String progress(int week, String zone, long at) {
        return (String) browser.driver.executeScript("return LcmDashboard.progressText("
                + "{ learnerId: 'x', progress: 40, week: arguments[0], timezone: arguments[1] }, arguments[2])", week, zone, at);
    }
}
