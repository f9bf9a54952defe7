package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A mentee's card on the mentor page and the learner's report on My page, in English and French:
 * Zoé asked for help and the team called her (a contact note the mentor cannot read); she missed
 * one Tuesday 1:1 and at the next her mentor lowered her hours and added an objective, recommending
 * the path's fifth step. The card keeps the standing's reasons with it, above the last report; says
 * the team answered her request; the report form starts on the latest Tuesday met, not today; both
 * sides list what the report changed in the plan; the step's link opens on that step.
 */
class MenteeCardBrowserIT extends HubBrowserBase {
    private static final String PATH = "python-8-weeks";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String mentor = "ines-card-" + run + "@example.org";
    private String key;
    private String lastMet;
    private LocalDate nextMeeting;
    private java.time.OffsetDateTime nextStart;
    private String lcm;
    private String cohortId;

    @BeforeAll
    void start() throws Exception {
        lcm = "lcm-card-" + run + "@example.org";
        Cohort cohort = new Cohort("card-" + run, PATH, "Python " + run, Language.EN, LocalDate.now().minusDays(30), 8, 20,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        cohortId = cohort.cohortId();
        String me = token(mentor, "mentor");
        HttpResponse<String> profile = client.json("PUT", "/api/mentors/me", me,
                "{\"name\":\"Inès Card\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                        + "\"timezone\":\"Europe/Paris\",\"capacity\":3,"
                        + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        String id = UUID.randomUUID().toString();
        LearnerKey issued = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, "Zoé Card", "zoe-card-" + run + "@example.org",
                PATH, cohort.cohortId(), Language.FR, "Europe/Paris", null, 3, LearnerStatus.ENROLLED, null,
                cohort.startDate().atStartOfDay(ZoneOffset.UTC).toInstant()), issued.hash(), Instant.now(), Duration.ZERO);
        key = issued.token();
        // She checked in every week so far (no silence to count her out), and asks for help this week.
        Instant now = Instant.now();
        DynamoCheckInStore checkIns = new DynamoCheckInStore(moto.dynamo(), moto.table());
        IsoWeek thisWeek = IsoWeek.of(LocalDate.ofInstant(now, PARIS));
        int progress = 5;
        for (LocalDate d = cohort.startDate(); !IsoWeek.of(d).equals(thisWeek); d = d.plusWeeks(1), progress += 8) {
            checkIns.put(new WeeklyCheckIn(id, cohort.cohortId(), IsoWeek.of(d), progress, null, 3, 4, null, false, null,
                    d.atTime(20, 0).atZone(PARIS).toInstant()));
        }
        checkIns.put(new WeeklyCheckIn(id, cohort.cohortId(), thisWeek, progress, null, 3, 3, null, true, null, now));
        String team = token(lcm, "lcm");
        String draft = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", team,
                "{\"pins\":[{\"learnerId\":\"" + id + "\",\"mentorId\":\"" + LocalIssuer.subFor(mentor) + "\"}]}"))
                .get("draftId").asText();
        JsonNode published = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/" + draft
                + "/publish", team, null));
        assertThat(published.get("published")).as(published.toString()).hasSize(1);
        // The team calls her back.
        HttpResponse<String> note = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/learners/" + id + "/notes",
                team, "{\"text\":\"Called: we went through loops\",\"contact\":true}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        // Tuesdays at 18:30 from three weeks back: set for next week, then moved back in the table.
        String series = "/api/mentors/me/mentees/" + id + "/one-to-one";
        LocalDate next = LocalDate.now().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        HttpResponse<String> set = client.json("PUT", series, me, "{\"day\":\"tue\",\"time\":\"18:30\","
                + "\"durationMinutes\":30,\"firstDate\":\"" + next + "\",\"weeks\":6}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        LocalDate first = next.minusWeeks(3);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.oneToOne(id))
                .updateExpression("SET firstDate = :d").expressionAttributeValues(Map.of(":d", AttributeValue.fromS(first.toString()))));
        JsonNode meetings = HubClient.parse(client.json("GET", series, me, null)).get("oneToOne").get("meetings");
        lastMet = java.util.stream.StreamSupport.stream(meetings.spliterator(), false)
                .filter(m -> !java.time.OffsetDateTime.parse(m.get("start").asText()).toInstant().isAfter(now))
                .reduce((a, b) -> b).orElseThrow().get("mentorLocal").asText().substring(0, 10);
        JsonNode coming = java.util.stream.StreamSupport.stream(meetings.spliterator(), false)
                .filter(m -> java.time.OffsetDateTime.parse(m.get("start").asText()).toInstant().isAfter(now))
                .findFirst().orElseThrow();
        nextMeeting = LocalDate.parse(coming.get("mentorLocal").asText().substring(0, 10));
        nextStart = java.time.OffsetDateTime.parse(coming.get("start").asText());
        String reports = "/api/mentors/me/mentees/" + id + "/reports";
        HttpResponse<String> noShow = client.json("POST", reports, me, "{\"date\":\"" + first + "\",\"outcome\":\"no-show\"}");
        assertThat(noShow.statusCode()).as(noShow.body()).isEqualTo(201);
        HttpResponse<String> held = client.json("POST", reports, me, "{\"date\":\"" + first.plusWeeks(1) + "\",\"outcome\":\"held\",\"notes\":\"Loops.\","
                + "\"planChange\":{\"weeklyHours\":2,\"endDate\":\"" + cohort.endDate() + "\",\"objectives\":[{\"description\":"
                + "\"Automate the weekly report\",\"targetDate\":\"" + cohort.endDate() + "\"}]},"
                + "\"resources\":[{\"kind\":\"step\",\"step\":5}]}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
    }

    private String token(String email, String role) throws Exception {
        return "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}")).get("token").asText();
    }

    private WebElement card(String lang) {
        browser.driver.get(hub.url().resolve("en".equals(lang) ? "/en/staff/mentor.html" : "/fr/staff/espace-mentor.html")
                .toString());
        return browser.waiting().until(d -> d.findElements(By.cssSelector("#mentees .staff-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().equals("Zoé Card")).findFirst().orElse(null));
    }

    /** The facts of the card in order, each "dt:" or "dd:" with its text, the reasons' dd by its codes. */
    private List<String> facts(WebElement card) {
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) browser.driver.executeScript("return [...arguments[0].querySelectorAll('.staff-facts > *')]"
                + ".map(e => e.tagName.toLowerCase() + ':' + (e.classList.contains('staff-reasons')"
                + " ? [...e.querySelectorAll('li')].map(li => li.dataset.code).join(',') : e.textContent))", card);
        return out;
    }

    /**
     * The session note's date starts on today on the mentor's own clock, which saves; a later day is
     * refused naming the latest one, in full. Her zone is one whose day is not UTC's right now (a
     * page counting in UTC would give another day), at every hour: Samoa's UTC−11 before 11:00 UTC,
     * Kiritimati's UTC+14 from then.
     */
    /**
     * The lines the day-month-year of the refusal under a date field ({@code arguments[0]}) is laid
     * on, and whether the refusal is wider than its column; with a day ({@code arguments[1]}), the
     * same refusal worded by the page's own catalogue and date helper for that day first.
     */
    private static final String DATE_LINES = "var error = arguments[0].closest('.field').querySelector('.field-error');"
            + "if (arguments[1]) { error.textContent = LcmI18n.t('plans.err.dateLatest', {date: LcmI18n.longDate(arguments[1])}); }"
            + "var walk = document.createTreeWalker(error, NodeFilter.SHOW_TEXT), node, m;"
            + "while ((node = walk.nextNode()) && !(m = /\\d{1,2}(?:er)?\\u00a0\\S+\\u00a0\\d{4}/.exec(node.data))) {}"
            + "if (!m) { return {lines: -1, overflows: true, text: error.textContent}; }"
            + "var r = document.createRange(), tops = [];"
            + "for (var k = m.index; k < m.index + m[0].length; k++) { r.setStart(node, k); r.setEnd(node, k + 1);"
            + "  var rect = r.getClientRects()[0]; if (rect && tops.indexOf(Math.round(rect.top)) < 0) { tops.push(Math.round(rect.top)); } }"
            + "return {lines: tops.length, overflows: error.scrollWidth > error.clientWidth + 1, text: error.textContent};";

    @Test
    void theSessionNoteStartsOnTheMentorsTodayAndARefusalNamesTheLatestDay() throws Exception {
        ZoneId zone = ZoneId.of(java.time.ZonedDateTime.now(ZoneOffset.UTC).getHour() < 11 ? "Pacific/Pago_Pago" : "Pacific/Kiritimati");
        String me = token(mentor, "mentor");
        HttpResponse<String> moved = client.json("PUT", "/api/mentors/me", me,
                "{\"name\":\"Inès Card\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                        + "\"timezone\":\"" + zone.getId() + "\",\"capacity\":3,"
                        + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        try {
            StaffSignIn.signIn(browser, hub, mentor, "mentor", "en", null);
            for (String lang : List.of("en", "fr")) {
                LocalDate today = LocalDate.now(zone);
                assertThat(today).as("a zone whose day is not UTC's").isNotEqualTo(LocalDate.now(ZoneOffset.UTC));
                WebElement card = card(lang);
                WebElement notes = card.findElement(By.cssSelector("form[id$='-notes']"));
                browser.driver.executeScript("arguments[0].closest('details').open = true", notes);
                WebElement date = notes.findElement(By.cssSelector("input[name=date]"));
                assertThat(date.getAttribute("value")).as("the note's date: today for the mentor").isEqualTo(today.toString());
                notes.findElement(By.cssSelector("textarea[name=text]")).sendKeys("Went through loops " + lang);
                notes.findElement(By.cssSelector("button[type=submit]")).click();
                WebElement state = notes.findElement(By.cssSelector("[role=status]"));
                browser.waiting().withMessage(() -> "saved: " + state.getText()).until(d -> state.getText().contains(
                        "en".equals(lang) ? "saved" : "enregistrée"));
                // A later day: refused, naming the mentor's today in full.
                browser.driver.executeScript("arguments[0].value = arguments[1]", date, today.plusDays(1).toString());
                notes.findElement(By.cssSelector("textarea[name=text]")).sendKeys("Too soon");
                notes.findElement(By.cssSelector("button[type=submit]")).click();
                String day = org.lcmhub.domain.Language.of(lang).day(today);
                browser.waiting().withMessage(() -> "refused: " + notes.getText()).until(d -> notes.getText()
                        .replace('\u00a0', ' ').contains("en".equals(lang) ? "Give the date of the session: " + day + " at the latest."
                                : "Indiquez la date de la séance, au plus tard le " + day + "."));
                browser.screenshot("en".equals(lang) ? 1280 : 375, SCREENSHOTS.resolve("mentee-note-date-" + lang + ".png"));
                // The report's date goes no later than the same day, and a later one is refused naming it.
                WebElement report = card.findElement(By.cssSelector("form[id$='-report']"));
                browser.driver.executeScript("arguments[0].closest('details').open = true", report);
                WebElement reportDate = report.findElement(By.cssSelector("input[name=date]"));
                browser.waiting().withMessage(() -> "the report's max: " + reportDate.getAttribute("max"))
                        .until(d -> today.toString().equals(reportDate.getAttribute("max")));
                // Typed as a person does (the form then leaves the prefilled 1:1, whose report may exist
                // when the mentor's today is a Monday), with an outcome and notes: only the date is wrong.
                browser.driver.executeScript("arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input'))", reportDate, today.plusDays(1).toString());
                new org.openqa.selenium.support.ui.Select(report.findElement(By.name("outcome"))).selectByValue("held");
                WebElement reportNotes = report.findElement(By.name("notes"));
                reportNotes.clear();
                reportNotes.sendKeys("Loops " + lang);
                report.findElement(By.cssSelector("button[type=submit]")).click();
                browser.waiting().withMessage(() -> "refused: " + report.getText()).until(d -> report.getText()
                        .replace('\u00a0', ' ').contains("en".equals(lang) ? "Give the date of the 1:1: " + day + " at the latest."
                                : "Indiquez la date du rendez-\u2060vous, au plus tard le " + day + "."));
                browser.screenshot("en".equals(lang) ? 375 : 1280, SCREENSHOTS.resolve("mentee-report-date-" + lang + ".png"));
                // At 1280 px the form's column is narrow: the refusal's day may end a line after its
                // weekday, never inside its day, month and year ("7 décembre 2026"), today's day as a
                // long one ("mercredi 30 septembre 2026"), which as one unbreakable run the column broke inside its year.
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                try {
                    for (String asked : java.util.Arrays.asList(null, "2026-09-30")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> laid = (Map<String, Object>) browser.driver.executeScript(DATE_LINES,
                                reportDate, asked);
                        assertThat(laid).as(lang + " " + asked).containsEntry("lines", 1L).containsEntry("overflows", false);
                    }
                } finally {
                    browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
            }
        } finally {
            HttpResponse<String> back = client.json("PUT", "/api/mentors/me", me,
                    "{\"name\":\"Inès Card\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                            + "\"timezone\":\"Europe/Paris\",\"capacity\":3,"
                            + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        }
    }

    /**
     * Zoé moves to Tokyo: the Tuesday 18:30 meeting in Paris is 02:30 on Wednesday on her calendar.
     * The mentor page's report form names her day beside the mentor's, as her page reads it.
     */
    @Test
    void theReportFormNamesTheDayTheLearnerReadsWhenHerCalendarIsAhead() throws Exception {
        HttpResponse<String> moved = client.json("PATCH", "/api/me", "Bearer " + key, "{\"timezone\":\"Asia/Tokyo\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        try {
            StaffSignIn.signIn(browser, hub, mentor, "mentor", "en", null);
            for (String lang : List.of("en", "fr")) {
                WebElement card = card(lang);
                WebElement report = card.findElement(By.cssSelector("form[id$='-report']"));
                browser.driver.executeScript("arguments[0].closest('details').open = true", report);
                Language l = Language.of(lang);
                String mine = l.day(nextMeeting);
                String theirs = l.day(nextMeeting.plusDays(1));
                String expected = ("en".equals(lang) ? "Next 1:1: " + mine + ", in the regular series; Zoé Card sees it as "
                        + theirs + ", their day in their time zone. To change it, move that meeting under “Regular 1:1”."
                        : "Prochain rendez-\u2060vous : " + mine + ", dans la série régulière\u202f; Zoé Card le voit le "
                        + theirs + ", dans son fuseau horaire. Pour le changer, déplacez ce rendez-\u2060vous dans "
                        + "« Rendez-\u2060vous individuel régulier ».").replace('\u00a0', ' ');
                WebElement hint = report.findElement(By.cssSelector("[id$='-next-series']"));
                browser.waiting().withMessage(() -> "the hint: " + hint.getAttribute("textContent"))
                        .until(d -> hint.getAttribute("textContent").replace('\u00a0', ' ').equals(expected));
            }
        } finally {
            HttpResponse<String> back = client.json("PATCH", "/api/me", "Bearer " + key, "{\"timezone\":\"Europe/Paris\"}");
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        }
    }

    /**
     * The dashboard's report form names the series' next meeting, the 1:1 Zoé reads as her next
     * whatever date is typed, in full on the reader's clock (the browser's zone), as the mentor page
     * names it; and its date goes no later than the LCM's today, who has no mentor profile and so no
     * zone of their own: Zoé's (Paris).
     */
    @Test
    void theDashboardsReportFormNamesTheSeriesNextMeeting() throws Exception {
        StaffSignIn.signIn(browser, hub, lcm, "lcm", "en", null);
        for (String lang : List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html")
                    + "?cohort=" + cohortId).toString());
            String zone = (String) browser.driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
            java.time.ZonedDateTime at = nextStart.atZoneSameInstant(ZoneId.of(zone));
            browser.waiting().until(d -> d.findElements(By.cssSelector("#dash-learners button.link-button")).stream()
                    .filter(b -> b.getText().equals("Zoé Card")).findFirst().orElse(null)).click();
            WebElement panel = browser.waiting().until(d -> d.findElements(By.cssSelector("#dash-detail-report-form details"))
                    .stream().findFirst().orElse(null));
            panel.findElement(By.tagName("summary")).click();
            Language l = Language.of(lang);
            String expected = ("en".equals(lang) ? "Next 1:1 of Zoé Card’s regular series: " + l.day(at.toLocalDate()) + " at "
                    + l.time(at.toLocalTime()) + ", your time. Zoé Card sees that meeting as their next 1:1, not this date."
                    : "Prochain rendez-\u2060vous de la série régulière : " + l.day(at.toLocalDate()) + " à "
                    + l.time(at.toLocalTime()) + ", à votre heure. Zoé Card voit ce rendez-\u2060vous comme le "
                    + "prochain, pas cette date.").replace('\u00a0', ' ');
            WebElement hint = browser.driver.findElement(By.id("dash-report-next-hint"));
            browser.waiting().withMessage(() -> "the hint: " + hint.getText())
                    .until(d -> hint.getText().replace('\u00a0', ' ').equals(expected));
            assertThat(panel.findElement(By.cssSelector("input[name=date]")).getAttribute("max"))
                    .isEqualTo(LocalDate.now(PARIS).toString());
            browser.driver.executeScript("arguments[0].scrollIntoView()", hint);
            browser.screenshot("en".equals(lang) ? 1280 : 375, SCREENSHOTS.resolve("dashboard-report-next-" + lang + ".png"));
            browser.screenshot("en".equals(lang) ? 375 : 1280, SCREENSHOTS.resolve("dashboard-report-next-" + lang + "-b.png"));
        }
    }

    @Test
    void theMenteesCardAndMyPageSayWhatHappenedAndWhatChanged() throws Exception {
        StaffSignIn.signIn(browser, hub, mentor, "mentor", "en", null);
        for (String lang : List.of("en", "fr")) {
            WebElement card = card(lang);
            browser.waiting().until(d -> facts(card).stream().anyMatch(f -> f.startsWith("dt:" + ("en".equals(lang)
                    ? "Last report" : "Dernier compte rendu"))));
            List<String> facts = facts(card);
            int standing = facts.indexOf("dt:" + ("en".equals(lang) ? "Standing" : "Situation"));
            assertThat(facts.get(standing + 2)).as("the reasons right under their standing: " + facts)
                    .startsWith("dd:").contains("missed-one-to-ones");
            assertThat(facts.get(standing + 3)).startsWith("dt:" + ("en".equals(lang) ? "Last report" : "Dernier compte rendu"));
            // When and how the team answered (the contact note of today, on her clock), the week's Monday in full.
            String answered = Language.of(lang).day(LocalDate.now(PARIS));
            String monday = Language.of(lang).day(LocalDate.now(PARIS).with(DayOfWeek.MONDAY));
            String checkIn = facts.get(facts.indexOf("dt:" + ("en".equals(lang) ? "Last check-in" : "Dernier point d’étape")) + 1)
                    .replace('\u00a0', ' ');
            assertThat(checkIn).startsWith("dd:" + ("en".equals(lang) ? "Week of " + monday + ":" : "Semaine du " + monday + " :"))
                    .endsWith("en".equals(lang) ? "asked for help — the team answered on " + answered + ": a contact note by the LCM team"
                            : "a demandé de l’aide — l’équipe a répondu le " + answered + " : note de contact de l’équipe LCM");
            // A short date, where one is used, writes the first of a month as French does.
            assertThat(((String) browser.driver.executeScript("return LcmI18n.date('2026-12-01')")).replace('\u00a0', ' '))
                    .isEqualTo("en".equals(lang) ? "Tue 1 Dec 2026" : "mar. 1er déc. 2026");
            // The report form starts on the latest Tuesday met, not on today.
            WebElement report = card.findElement(By.cssSelector("form[id$='-report']"));
            browser.driver.executeScript("arguments[0].closest('details').open = true", report);
            WebElement date = report.findElement(By.cssSelector("input[name=date]"));
            browser.waiting().withMessage(() -> "the report's date: " + date.getAttribute("value"))
                    .until(d -> lastMet.equals(date.getAttribute("value")));
            // The series sets the next 1:1 the learner reads: no field it would ignore, but its day and how to move it.
            assertThat(report.findElement(By.cssSelector("input[name=nextSession]")).isDisplayed()).isFalse();
            String next = org.lcmhub.domain.Language.of(lang).day(nextMeeting);
            assertThat(report.findElement(By.cssSelector("[id$='-next-series']")).getAttribute("textContent").replace('\u00a0', ' '))
                    .isEqualTo("en".equals(lang) ? "Next 1:1: " + next + ", in the regular series; Zoé Card sees this date. "
                            + "To change it, move that meeting under “Regular 1:1”."
                            : "Prochain rendez-\u2060vous : " + next + ", dans la série régulière\u202f; Zoé Card voit cette date. "
                            + "Pour la changer, déplacez ce rendez-\u2060vous dans « Rendez-\u2060vous individuel régulier ».");
            WebElement past = browser.waiting().until(d -> card.findElements(By.cssSelector(".plan-changes")).stream()
                    .findFirst().orElse(null));
            assertThat(past.getText().replace('\u00a0', ' ')).contains("en".equals(lang)
                    ? "Hours a week: from 3 to 2." : "Heures par semaine : de 3 à 2.")
                    .contains("en".equals(lang) ? "Objective added: Automate the weekly report, by "
                            : "Objectif ajouté : Automate the weekly report, pour le ");
            browser.screenshot("en".equals(lang) ? 1280 : 375, SCREENSHOTS.resolve("mentee-card-" + lang + ".png"));
            browser.assertAccessible(axe, SCREENSHOTS, "mentee-card-" + lang);
        }
        for (String lang : List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + key).toString());
            WebElement changes = browser.waiting().until(d -> d.findElements(By.cssSelector("#me-report-changes")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(changes.getText().replace('\u00a0', ' ')).contains("en".equals(lang)
                    ? "Objective added: Automate the weekly report" : "Objectif ajouté : Automate the weekly report");
            WebElement step = browser.driver.findElement(By.cssSelector("#me-report-resources a"));
            assertThat(step.getAttribute("href")).endsWith("#step-5");
            browser.assertAccessible(axe, SCREENSHOTS, "me-report-changes-" + lang);
            step.click();
            WebElement target = browser.waiting().until(d -> d.findElements(By.id("step-5")).stream().findFirst().orElse(null));
            assertThat(target.getText()).contains("en".equals(lang) ? "Lists and dictionaries" : "5");
        }
    }
}
