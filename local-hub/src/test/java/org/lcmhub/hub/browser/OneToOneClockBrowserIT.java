package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A mentor in Casablanca and a mentee in Paris: the mentor page (before and after saving) and My
 * page show each 1:1 at the time the server worked out, in English and French. The server's zone
 * data puts Morocco at UTC+1 outside Ramadan; a browser's may say UTC+0 (this Chromium's does), so a
 * page converting times itself would be an hour out. The reader's own zone is set far away too.
 */
class OneToOneClockBrowserIT extends HubBrowserBase {
    private static final String PATH = "python-8-weeks";
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** French times may come back from getText with plain spaces for the no-break ones. */
    private static final String SPACE = "[ \u00a0]";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String farid = "farid-clock-" + run + "@example.org";
    private String key;
    private String learnerId;
    private LocalDate first;
    private LocalTime inParis;

    @BeforeAll
    void start() throws Exception {
        String lcm = "lcm-clock-" + run + "@example.org";
        Cohort cohort = new Cohort("clk-" + run, PATH, "Python " + run, Language.EN, LocalDate.now().minusDays(7), 20, 20,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        HttpResponse<String> saved = client.json("PUT", "/api/mentors/me", token(client, farid, "mentor"),
                "{\"name\":\"Farid Benali\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                        + "\"timezone\":\"Africa/Casablanca\",\"capacity\":3,"
                        + "\"availability\":[{\"day\":\"thu\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String id = UUID.randomUUID().toString();
        LearnerKey issued = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, "Hugo Lefebvre",
                "hugo-clock-" + run + "@example.org", PATH, cohort.cohortId(), Language.FR, "Europe/Paris", "Python", 3,
                LearnerStatus.ENROLLED, null, cohort.startDate().atStartOfDay(ZoneOffset.UTC).toInstant()),
                issued.hash(), Instant.now(), Duration.ZERO);
        key = issued.token();
        learnerId = id;
        String team = token(client, lcm, "lcm");
        // Pinned to Farid: other tests' mentors share the table.
        String draft = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", team,
                "{\"pins\":[{\"learnerId\":\"" + id + "\",\"mentorId\":\"" + LocalIssuer.subFor(farid) + "\"}]}"))
                .get("draftId").asText();
        JsonNode published = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/"
                + draft + "/publish", team, null));
        assertThat(published.get("published")).as(published.toString()).hasSize(1);
        // The next Thursday on which the server's zone data puts Casablanca at UTC+1 (not Ramadan).
        first = LocalDate.now().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        while (!first.atTime(19, 0).atZone(CASABLANCA).getOffset().equals(ZoneOffset.ofHours(1))) {
            first = first.plusWeeks(1);
        }
        inParis = first.atTime(19, 0).atZone(CASABLANCA).withZoneSameInstant(PARIS).toLocalTime();
        // The reader's own zone plays no part either.
        browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Pacific/Auckland"));
    }

    /** The lines a text takes between the space after {@code arguments[1]} and {@code arguments[2]}. */
    private static final String LINES_OF_DATE = "const text = arguments[0].firstChild; const all = text.textContent;"
            + " const from = all.indexOf(arguments[1]); if (from < 0) return 0;"
            + " const start = from + arguments[1].length + 1; const end = all.indexOf(arguments[2], start);"
            + " const range = document.createRange(); range.setStart(text, start); range.setEnd(text, end);"
            + " return new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top))).size;";

    private static String token(HubClient client, String email, String role) throws Exception {
        return "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}")).get("token").asText();
    }

    /** "19:00" in English, "19 h" (or "19 h 30") in French. */
    private static String said(LocalTime t, String lang) {
        if ("en".equals(lang)) {
            return t.toString();
        }
        return t.getHour() + SPACE + "h" + (t.getMinute() == 0 ? "" : SPACE + String.format("%02d", t.getMinute()));
    }

    /**
     * The form opens with the series as it is, its first date included; saved unchanged, the
     * meeting list stays as it was, the meeting moved on the side still moved, and nobody is mailed.
     */
    private void savingTheSeriesAsItIsKeepsItsFirstDateAndItsMovedMeeting() throws Exception {
        LocalDate second = first.plusWeeks(1);
        HttpResponse<String> moved = client.json("PUT", "/api/mentors/me/mentees/" + learnerId + "/one-to-one/meetings/"
                + second, token(client, farid, "mentor"), "{\"date\":\"" + second.plusDays(1) + "\",\"time\":\"18:30\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        for (String lang : java.util.List.of("en", "fr")) {
            WebElement card = openCard(lang);
            WebElement firstDate = card.findElement(By.cssSelector("input[name=firstDate]"));
            browser.waiting().withMessage(() -> "the first date shown: " + firstDate.getAttribute("value"))
                    .until(d -> first.toString().equals(firstDate.getAttribute("value")));
            java.util.List<String> before = browser.waiting().until(d -> whens(card).isEmpty() ? null : whens(card));
            // Another time, before saving: the page says the moved meeting keeps its own; back to 19:00, it says nothing.
            WebElement time = card.findElement(By.cssSelector("input[name=time]"));
            WebElement warnings = card.findElement(By.cssSelector("[id$='-warnings']"));
            String kept = "en".equals(lang) ? "The meeting you moved or cancelled stays as it is"
                    : "Le rendez-\u2060vous que vous avez déplacé ou annulé reste tel quel";
            String typeTime = "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))";
            browser.driver.executeScript(typeTime, time, "20:00");
            browser.waiting().until(d -> warnings.getText().contains(kept));
            browser.driver.executeScript(typeTime, time, "19:00");
            browser.waiting().until(d -> !warnings.getText().contains(kept));
            card.findElement(By.cssSelector("form[id$='-one'] button[type=submit]")).click();
            WebElement status = card.findElement(By.cssSelector("form[id$='-one'] > [role=status]"));
            String unchanged = "en".equals(lang) ? "Nothing has changed: the 1:1s with Hugo Lefebvre stay as they were"
                    : "Rien n’a changé" + SPACE + ": les rendez-\u2060vous avec Hugo Lefebvre restent tels quels";
            browser.waiting().withMessage(() -> "after saving: " + status.getText())
                    .until(d -> status.getText().matches(unchanged + ".*"));
            assertThat(whens(card)).isEqualTo(before);
            assertThat(firstDate.getAttribute("value")).isEqualTo(first.toString());
        }
    }

    private static java.util.List<String> whens(WebElement card) {
        return card.findElements(By.cssSelector(".staff-meeting-when")).stream().map(WebElement::getText).toList();
    }

    /** Hugo's card on the mentor page in {@code lang}, its 1:1 panel open. */
    private WebElement openCard(String lang) {
        return openCard(lang, "Hugo Lefebvre");
    }

    private WebElement openCard(String lang, String name) {
        browser.driver.get(hub.url().resolve("en".equals(lang) ? "/en/staff/mentor.html" : "/fr/staff/espace-mentor.html")
                .toString());
        WebElement card = card(name);
        card.findElement(By.cssSelector("details.staff-details summary")).click();
        return card;
    }

    private WebElement card() {
        return card("Hugo Lefebvre");
    }

    private WebElement card(String name) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector("#mentees .staff-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().equals(name)).findFirst().orElse(null));
    }

    @Test
    void theMentorAndTheMenteeSeeEachMeetingAtTheTimeTheServerWorkedOut() throws Exception {
        StaffSignIn.signIn(browser, hub, farid, "mentor", "en", null);
        LocalTime seven = LocalTime.of(19, 0);
        for (String lang : java.util.List.of("en", "fr")) {
            WebElement card = openCard(lang);
            WebElement times = card.findElement(By.cssSelector("[id$='-times']"));
            if ("en".equals(lang)) {
                new Select(card.findElement(By.cssSelector("select[name=day]"))).selectByValue("thu");
                browser.driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                        card.findElement(By.cssSelector("input[name=firstDate]")), first.toString());
                browser.driver.executeScript("arguments[0].value = '19:00'; arguments[0].dispatchEvent(new Event('input'))",
                        card.findElement(By.cssSelector("input[name=time]")));
            }
            // Before saving: both clocks as the server will send them in the mails and the invite.
            // The next meeting by its date (it may be next week's), then its time on each clock.
            // French writes the first of a month « 1er ».
            String dayOfMonth = first.getDayOfMonth() + ("fr".equals(lang) && first.getDayOfMonth() == 1 ? "er" : "");
            String on = "\\S+" + SPACE + dayOfMonth + SPACE + "\\S+" + SPACE + first.getYear() + SPACE
                    + ("en".equals(lang) ? "at " : "à ");
            String mine = on + said(seven, lang);
            String theirs = on + said(inParis, lang) + " \\(";
            browser.waiting().withMessage(() -> "the preview says: " + times.getText() + ", not " + mine + " · " + theirs)
                    .until(d -> times.getText().matches("(?s).*" + mine + " \\(.*" + theirs + ".*"));
            if ("en".equals(lang)) {
                card.findElement(By.cssSelector("form[id$='-one'] button[type=submit]")).click();
                browser.waiting().until(d -> card.findElement(By.cssSelector(".staff-series")).getText()
                        .startsWith("Set: every Thursday at 19:00"));
            }
            // After: the meeting list, each line on both clocks, as the server gives them.
            WebElement meeting = browser.waiting().until(d -> card.findElements(By.cssSelector(".staff-meeting-when")).stream()
                    .findFirst().orElse(null));
            String when = meeting.getText();
            assertThat(when).matches("en".equals(lang)
                    ? ".* at " + said(seven, lang) + " \\(your time\\) · .* at " + said(inParis, lang) + " for Hugo Lefebvre"
                    : ".* à " + said(seven, lang) + " \\(votre heure\\) · .* à " + said(inParis, lang) + " pour Hugo Lefebvre");
            // In full, as a sentence reads a day ("Thursday 10 December 2026"), not "Thu 10 Dec 2026".
            assertThat(when).as("the first meeting's day").startsWith("en".equals(lang) ? "Thursday" : "jeudi")
                    .containsPattern("^\\S+" + SPACE + dayOfMonth + SPACE);
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-clock-mentor-" + lang);
        }
        savingTheSeriesAsItIsKeepsItsFirstDateAndItsMovedMeeting();
        for (String lang : java.util.List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + key).toString());
            WebElement next = browser.waiting().until(d -> d.findElements(By.id("me-next")).stream()
                    .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
            assertThat(next.getText()).matches("en".equals(lang)
                    ? "Next: .* at " + said(inParis, lang) + ", your time \\(.*\\)\\."
                    : "Prochain : .* à " + said(inParis, lang) + ", votre heure \\(.*\\)\\.");
            assertThat(browser.driver.findElement(By.id("me-mentor-time")).getText()).matches("en".equals(lang)
                    ? "For your mentor that is .* at " + said(seven, lang) + " \\(.*\\)\\."
                    : "Pour votre mentor, c’est le .* à " + said(seven, lang) + " \\(.*\\)\\.");
            // The second Thursday was moved: the rule is how it usually goes, no longer every meeting.
            assertThat(browser.driver.findElement(By.id("me-series")).getText())
                    .startsWith("en".equals(lang) ? "Usually every Thursday" : "D’habitude chaque jeudi");
            assertThat(browser.driver.findElements(By.cssSelector("#me-meetings li[data-status=moved]"))).hasSize(1);
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-clock-me-" + lang);
        }
        aChangeOfTimeWithdrawsTheMenteesProposalAndBothAreTold();
        anAcceptedProposalIsSaidApartFromTheSeries();
        aSeriesUnderWayIsSaidFromItsNextMeeting();
        aNewFirstDateAfterASeriesThatIsOverStartsANewOne();
        aLaterFirstDateKeepsTheMovedMeetingApart();
    }

    /**
     * The walk's case: Hugo's move of the next Thursday to the Friday after is accepted; Farid then
     * asks for Tuesdays from a later date, two meetings. Before saving the page says the moved
     * meeting stays besides those asked; after, the line says the two from the first Tuesday and
     * the moved one apart, the list starts with the Friday (it comes first), which says the
     * Thursday it was planned on; Hugo's next 1:1 is that Friday.
     */
    private void aLaterFirstDateKeepsTheMovedMeetingApart() throws Exception {
        LocalDate thursday = first.plusWeeks(1);
        LocalDate friday = thursday.plusDays(1);
        movedByHugo(thursday, friday);
        WebElement card = openCard("en");
        browser.waiting().until(d -> whens(card).size() == 2);
        String type = "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))";
        new Select(card.findElement(By.cssSelector("select[name=day]"))).selectByValue("tue");
        browser.driver.executeScript(type, card.findElement(By.cssSelector("input[name=firstDate]")),
                first.plusWeeks(2).toString());
        browser.driver.executeScript(type, card.findElement(By.cssSelector("input[name=weeks]")), "2");
        WebElement warnings = card.findElement(By.cssSelector("[id$='-warnings']"));
        browser.waiting().withMessage(() -> "the preview warns: " + warnings.getText()).until(d -> warnings.getText()
                .contains("The meeting you moved to a date these times do not have stays as it is, besides the meetings asked."));
        card.findElement(By.cssSelector("form[id$='-one'] button[type=submit]")).click();
        browser.waiting().until(d -> whens(card).size() == 3);
        LocalDate tuesday = first.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        assertThat(card.findElement(By.cssSelector(".staff-series")).getText())
                .containsPattern("2 meetings to come from Tuesday" + SPACE + tuesday.getDayOfMonth() + SPACE)
                .containsPattern("The meeting moved to Friday" + SPACE + friday.getDayOfMonth() + SPACE)
                .contains("stays too, besides these.");
        assertThat(whens(card).get(0)).as("listed by time: the moved Friday first").startsWith("Fri")
                .containsPattern("^\\S+" + SPACE + friday.getDayOfMonth() + SPACE);
        assertThat(whens(card).get(1)).startsWith("Tue").containsPattern("^\\S+" + SPACE + tuesday.getDayOfMonth() + SPACE);
        assertThat(card.findElement(By.cssSelector(".staff-meetings")).getText())
                .as("the moved one keeps the date it was planned on")
                .containsPattern("was planned on Thursday" + SPACE + thursday.getDayOfMonth() + SPACE);
        browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-later-first-date-mentor-en");
        WebElement fr = openCard("fr");
        browser.waiting().until(d -> fr.findElement(By.cssSelector(".staff-series")).getText()
                .matches("(?s).*Le rendez-\u2060vous déplacé au vendredi" + SPACE + friday.getDayOfMonth()
                        + (friday.getDayOfMonth() == 1 ? "er" : "") + SPACE + ".*"));
        // On a phone the moved meeting's day, month and year are read on one line, never "12 décembre"
        // then "2026"; the line may break after the weekday, as every long date's may.
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        Object rows = browser.driver.executeScript(LINES_OF_DATE, fr.findElement(By.cssSelector(".staff-series")),
                "déplacé au vendredi", " à ");
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.screenshot(375, SCREENSHOTS.resolve("one-to-one-kept-apart-mentor-fr-375.png"));
        assertThat(((Number) rows).intValue()).as("lines the moved meeting's day, month and year take at 375 px").isEqualTo(1);
        browser.driver.get(hub.url().resolve("/en/me.html#key=" + key).toString());
        WebElement next = browser.waiting().until(d -> d.findElements(By.id("me-next")).stream()
                .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(next.getText()).as("the real next meeting").startsWith("Next: Fri").contains(" " + friday.getDayOfMonth() + " ");
        // Hugo's series line counts the two Tuesdays and says the moved Friday besides them, as the "Next" line names it;
        // on My page each day in full ("Friday 11 December 2026"), as its other sentences say one day.
        for (String lang : java.util.List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html").toString());
            WebElement series = browser.waiting().until(d -> d.findElements(By.id("me-series")).stream()
                    .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
            // Until the second Tuesday, its day in full: what the invite's count and the mentor's say too.
            LocalDate last = tuesday.plusWeeks(1);
            String lastDay = ("en".equals(lang) ? "Tuesday" : "mardi") + SPACE + last.getDayOfMonth()
                    + ("fr".equals(lang) && last.getDayOfMonth() == 1 ? "er" : "") + SPACE + "\\S+" + SPACE + last.getYear();
            assertThat(series.getText()).as(lang).matches("en".equals(lang)
                    ? "Every \\S+, \\d+" + SPACE + "minutes: 2" + SPACE + "more meetings, until " + lastDay
                            + "\\. The meeting moved to Friday" + SPACE + friday.getDayOfMonth() + SPACE + ".* at .* takes place too\\."
                    : "Chaque \\S+, \\d+" + SPACE + "minutes" + SPACE + ": encore 2" + SPACE + "rendez-\u2060vous, jusqu’au "
                            + lastDay + "\\. Le rendez-\u2060vous déplacé au vendredi" + SPACE
                            + friday.getDayOfMonth() + SPACE + ".* à .* a lieu aussi\\.");
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-kept-apart-me-" + lang);
        }
    }

    /** Hugo proposes {@code to} at 10:00, his time, for the meeting planned on {@code planned}; Farid accepts. */
    private void movedByHugo(LocalDate planned, LocalDate to) throws Exception {
        HttpResponse<String> proposed = client.json("POST", "/api/me/one-to-one/meetings/" + planned + "/proposal",
                "Bearer " + key, "{\"date\":\"" + to + "\",\"time\":\"10:00\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        HttpResponse<String> accepted = client.json("POST", "/api/mentors/me/mentees/" + learnerId + "/one-to-one/meetings/"
                + planned + "/proposal/answer", token(client, farid, "mentor"), "{\"answer\":\"accepted\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    }

    /**
     * Hugo proposes the Friday after the next Thursday instead, Farid accepts: the series line says
     * Thursdays as how it usually goes, counts the meetings to come and those moved, never a series
     * of Thursdays "from" a Friday.
     */
    private void anAcceptedProposalIsSaidApartFromTheSeries() throws Exception {
        LocalDate friday = first.plusDays(1);
        movedByHugo(first, friday);
        for (String lang : java.util.List.of("en", "fr")) {
            WebElement card = openCard(lang);
            WebElement line = card.findElement(By.cssSelector(".staff-series"));
            browser.waiting().until(d -> !line.getText().isBlank());
            // The form keeps the series' Thursdays at 20:00, and its preview names the next meeting at
            // those times, dated, not the moved Friday at 10:00 as if the series had moved.
            assertThat(new Select(card.findElement(By.cssSelector("select[name=day]"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("thu");
            assertThat(card.findElement(By.cssSelector("input[name=time]")).getAttribute("value")).isEqualTo("20:00");
            WebElement times = card.findElement(By.cssSelector("[id$='-times']"));
            String thursday = ("en".equals(lang) ? "Your time" + SPACE + "?: Thursday" : "Votre heure" + SPACE + ": jeudi")
                    + SPACE + "\\d+(er)?" + SPACE + "\\S+" + SPACE + "\\d{4}" + SPACE + ("en".equals(lang) ? "at " : "à ")
                    + said(LocalTime.of(20, 0), lang) + " .*";
            browser.waiting().withMessage(() -> "the preview says: " + times.getText())
                    .until(d -> times.getText().matches("(?s)" + thursday));
            // Two Thursdays moved (this one and the second, earlier): the rule is how it usually goes.
            assertThat(line.getText().replaceAll("[\u00a0\u202f]", " ")).matches("en".equals(lang)
                    ? "Set: usually every Thursday at 20:00 \\(your time\\), 30 min; \\d meetings to come, 2 of them moved\\."
                    : "Fixé : d’habitude chaque jeudi à 20 h \\(votre heure\\), 30 min ; \\d rendez-\u2060vous à venir, "
                            + "dont 2 déplacés\\.");
        }
    }

    /**
     * Five Thursdays from three weeks ago: two or three are held by now. The series line says the
     * meetings left from the next one, not five from a date three weeks past.
     */
    private void aSeriesUnderWayIsSaidFromItsNextMeeting() throws Exception {
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(org.lcmhub.store.Keys.oneToOne(learnerId))
                .updateExpression("SET firstDate = :d, weeks = :five REMOVE occurrences")
                .expressionAttributeValues(Map.of(
                        ":d", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(first.minusWeeks(3).toString()),
                        ":five", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("5"))));
        WebElement card = openCard("en");
        // The form asks for the meetings to come: it shows the next one's date and how many are left.
        browser.waiting().until(d -> !card.findElement(By.cssSelector("input[name=firstDate]")).getAttribute("value").isBlank());
        LocalDate next = LocalDate.parse(card.findElement(By.cssSelector("input[name=firstDate]")).getAttribute("value"));
        assertThat(next).isBetween(first.minusWeeks(1), first);
        assertThat(card.findElement(By.cssSelector("input[name=weeks]")).getAttribute("value")).matches("[23]");
        assertThat(card.findElement(By.cssSelector(".staff-series")).getText())
                .containsPattern(", [23] meetings to come from ").doesNotContain("5 meetings")
                .containsPattern("The [23] meetings already past stay as they were\\.");
    }

    /**
     * Hugo's series is over (every meeting past; never changed, its sequence 0): the page names no time to come, nor
     * the old series' room. Farid gives a new
     * first date, two meetings, and saves (in French): the page says the invite was sent (not "nothing
     * has changed", though the new series starts its sequence again), lists those two meetings, and
     * names the first on both clocks; Hugo's page gives it as his next 1:1.
     */
    private void aNewFirstDateAfterASeriesThatIsOverStartsANewOne() throws Exception {
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(org.lcmhub.store.Keys.oneToOne(learnerId))
                .updateExpression("SET firstDate = :d, #seq = :zero REMOVE occurrences")
                .expressionAttributeNames(Map.of("#seq", "sequence")).expressionAttributeValues(Map.of(
                        ":d", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(first.minusWeeks(20).toString()),
                        ":zero", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("0"))));
        for (String lang : java.util.List.of("en", "fr")) {
            WebElement card = openCard(lang);
            WebElement firstDate = card.findElement(By.cssSelector("input[name=firstDate]"));
            browser.waiting().until(d -> card.findElement(By.cssSelector(".staff-meetings")).getText()
                    .contains("en".equals(lang) ? "No meeting left" : "Plus aucun rendez-\u2060vous"));
            // Over: no date to come to offer, and the line says none is left rather than a count of past ones.
            assertThat(firstDate.getAttribute("value")).isEmpty();
            assertThat(card.findElement(By.cssSelector(".staff-series")).getText()).contains("en".equals(lang)
                    ? "No meeting is left: pick a first date" : "Il ne reste aucun rendez-\u2060vous");
            assertThat(card.findElement(By.cssSelector("[id$='-times']")).getText()).as("no time to come to name").isEmpty();
            // Nor the room of meetings that are over: the new series gets its own unless Farid gives a link.
            assertThat(card.findElement(By.cssSelector("input[name=location]")).getAttribute("value"))
                    .as("the old series' room").isEmpty();
        }
        WebElement card = card();
        browser.driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                card.findElement(By.cssSelector("input[name=firstDate]")), first.plusWeeks(1).toString());
        browser.driver.executeScript("arguments[0].value = '2'; arguments[0].dispatchEvent(new Event('input'))",
                card.findElement(By.cssSelector("input[name=weeks]")));
        card.findElement(By.cssSelector("form[id$='-one'] button[type=submit]")).click();
        WebElement status = card.findElement(By.cssSelector("form[id$='-one'] > [role=status]"));
        browser.waiting().withMessage(() -> "after saving: " + status.getText())
                .until(d -> status.getText().startsWith("Le rendez-\u2060vous est fixé"));
        browser.waiting().until(d -> whens(card).size() == 2);
        // Days in full, « 1er » for the first of a month.
        String day = first.plusWeeks(1).getDayOfMonth() + (first.plusWeeks(1).getDayOfMonth() == 1 ? "er" : "");
        assertThat(whens(card).get(0)).startsWith("jeudi").containsPattern("^\\S+" + SPACE + day + SPACE);
        assertThat(card.findElement(By.cssSelector("[id$='-times']")).getText())
                .matches("Votre heure" + SPACE + ": jeudi" + SPACE + day + SPACE + "\\S+"
                        + SPACE + "\\d{4}" + SPACE + "à " + said(LocalTime.of(20, 0), "fr") + " .*");
        browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-new-after-over-mentor-fr");
        browser.driver.get(hub.url().resolve("/en/me.html#key=" + key).toString());
        WebElement next = browser.waiting().until(d -> d.findElements(By.id("me-next")).stream()
                .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(next.getText()).startsWith("Next: ").contains(" " + first.plusWeeks(1).getDayOfMonth() + " ");
    }

    /**
     * Hugo proposes another time for the third meeting; Farid, typing another time, is told before
     * saving that the change withdraws it; saved, Hugo's page says it was withdrawn and why.
     */
    private void aChangeOfTimeWithdrawsTheMenteesProposalAndBothAreTold() throws Exception {
        LocalDate third = first.plusWeeks(2);
        HttpResponse<String> proposed = client.json("POST", "/api/me/one-to-one/meetings/" + third + "/proposal",
                "Bearer " + key, "{\"date\":\"" + third.plusDays(1) + "\",\"time\":\"10:00\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String typeTime = "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))";
        for (String lang : java.util.List.of("fr", "en")) {
            browser.driver.get(hub.url().resolve("en".equals(lang) ? "/en/staff/mentor.html" : "/fr/staff/espace-mentor.html")
                    .toString());
            WebElement card = card();
            // The panel opens by itself on the waiting proposal: opened here, not toggled shut.
            browser.driver.executeScript("arguments[0].open = true",
                    card.findElement(By.cssSelector("details.staff-details")));
            WebElement time = card.findElement(By.cssSelector("input[name=time]"));
            browser.waiting().until(d -> "19:00".equals(time.getAttribute("value")));
            WebElement warnings = card.findElement(By.cssSelector("[id$='-warnings']"));
            String said = "en".equals(lang) ? "Hugo Lefebvre proposed another time for a meeting this change moves or removes"
                    : "Hugo Lefebvre a proposé un autre horaire pour un rendez-\u2060vous que ce changement déplace ou supprime";
            browser.driver.executeScript(typeTime, time, "20:00");
            browser.waiting().withMessage(() -> "before saving: " + warnings.getText())
                    .until(d -> warnings.getText().contains(said));
            if ("en".equals(lang)) {
                card.findElement(By.cssSelector("form[id$='-one'] button[type=submit]")).click();
                browser.waiting().until(d -> card.findElement(By.cssSelector(".staff-series")).getText()
                        .startsWith("Set: usually every Thursday at 20:00"));
            }
        }
        for (String lang : java.util.List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + key).toString());
            WebElement line = browser.waiting().until(d -> d.findElements(
                    By.cssSelector(".learner-proposal[data-status=withdrawn]")).stream().findFirst().orElse(null));
            assertThat(line.getText()).contains("en".equals(lang)
                    ? "was withdrawn when Farid Benali moved this 1:1" : "a été retirée quand Farid Benali a déplacé ce rendez-\u2060vous");
        }
    }

    /**
     * Léa, Farid's second mentee, in a cohort of her own. One meeting is said as that meeting, on
     * the mentor page and on My page, never "every Thursday"; changed under way, the series plans the
     * meetings asked from the date given and keeps the held ones as they were; cancelled, My page and the mentor
     * page say so, not that no 1:1 was set yet. Cancelling one meeting is asked as one.
     */
    @Test
    void oneMeetingAChangeUnderWayAndACancelledSeriesAreSaidAsTheyAre() throws Exception {
        String id = UUID.randomUUID().toString();
        LearnerKey issued = menteeOfFarid("clk2", id, "Léa Martin", Language.EN, "Europe/Paris");
        String mentor = token(client, farid, "mentor");
        String series = "/api/mentors/me/mentees/" + id + "/one-to-one";
        HttpResponse<String> once = client.json("PUT", series, mentor, "{\"day\":\"thu\",\"time\":\"19:00\","
                + "\"durationMinutes\":30,\"firstDate\":\"" + first + "\",\"weeks\":1}");
        assertThat(once.statusCode()).as(once.body()).isEqualTo(201);
        StaffSignIn.signIn(browser, hub, farid, "mentor", "en", null);
        String day = "\\S+" + SPACE + first.getDayOfMonth() + SPACE + "\\S+" + SPACE + first.getYear();
        for (String lang : java.util.List.of("en", "fr")) {
            WebElement card = leasCard(lang);
            String line = browser.waiting().until(d -> {
                String t = card.findElement(By.cssSelector(".staff-series")).getText();
                return t.isBlank() ? null : t;
            });
            assertThat(line).matches("en".equals(lang)
                    ? "Set: one meeting, on " + day + " at 19:00 \\(your time\\), 30" + SPACE + "min"
                    : "Fixé" + SPACE + ": un seul rendez-\u2060vous, le " + day + " à 19" + SPACE + "h \\(votre heure\\), 30"
                            + SPACE + "min");
            // Cancelling one meeting is asked as that one, not "every 1:1"; Escape keeps it.
            card.findElement(By.xpath(".//button[text()='" + ("en".equals(lang) ? "Cancel the 1:1 series"
                    : "Annuler la série de rendez-\u2060vous") + "']")).click();
            WebElement confirm = card.findElement(By.cssSelector(".staff-confirm"));
            assertThat(confirm.getText()).contains("en".equals(lang) ? "Cancel the 1:1 still to come with Léa Martin?"
                    : "Annuler le rendez-\u2060vous à venir avec Léa Martin\u202f?").doesNotContain("every", "tous")
                    // Its answers speak of that meeting, not of a series.
                    .contains("en".equals(lang) ? "Yes, cancel it" : "Oui, l’annuler")
                    .doesNotContain("series", "série");
            confirm.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + issued.token()).toString());
            WebElement mine = browser.waiting().until(d -> d.findElements(By.id("me-series")).stream()
                    .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
            assertThat(mine.getText()).matches("en".equals(lang)
                    ? "One meeting, on " + day + " at " + said(inParis, lang) + ", 30" + SPACE + "minutes\\."
                    : "Un seul rendez-\u2060vous, le " + day + " à " + said(inParis, lang) + ", 30" + SPACE + "minutes\\.");
            // Its heading does not call one meeting "regular" either.
            assertThat(browser.driver.findElement(By.cssSelector("#me-one-to-one h3")).getText())
                    .isEqualTo("en".equals(lang) ? "Meeting your mentor" : "Rencontrer votre mentor");
        }

        // Moved, the one meeting says so, from when to when, at its own time.
        HttpResponse<String> moved = client.json("PUT", series + "/meetings/" + first, mentor,
                "{\"date\":\"" + first.plusDays(1) + "\",\"time\":\"19:00\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        String nextDay = "\\S+" + SPACE + first.plusDays(1).getDayOfMonth() + SPACE + "\\S+" + SPACE + first.plusDays(1).getYear();
        for (String lang : java.util.List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + issued.token()).toString());
            WebElement mine = browser.waiting().until(d -> d.findElements(By.id("me-series")).stream()
                    .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
            assertThat(mine.getText()).matches("en".equals(lang)
                    ? "One meeting, on " + nextDay + " at " + said(inParis, lang) + ", 30" + SPACE + "minutes, moved from "
                            + day + " at " + said(inParis, lang) + "\\."
                    : "Un seul rendez-\u2060vous, le " + nextDay + " à " + said(inParis, lang) + ", 30" + SPACE
                            + "minutes, déplacé du " + day + " à " + said(inParis, lang) + "\\.");
        }

        // Six Thursdays from four weeks before the coming one: three or four are held (this week's may
        // be past). Farid sets Fridays from the Friday after next, two meetings: the count is of the
        // meetings to come, from that date; the held Thursdays stay as they were, none "moved".
        LocalDate from = LocalDate.now().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).minusWeeks(4);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(org.lcmhub.store.Keys.oneToOne(id))
                .updateExpression("SET firstDate = :d, weeks = :six REMOVE occurrences")
                .expressionAttributeValues(Map.of(
                        ":d", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(from.toString()),
                        ":six", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("6"))));
        WebElement card = leasCard("en");
        WebElement weeks = card.findElement(By.cssSelector("input[name=weeks]"));
        browser.waiting().until(d -> weeks.getAttribute("value").matches("[23]"));
        LocalDate friday = LocalDate.now().plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        new org.openqa.selenium.support.ui.Select(card.findElement(By.cssSelector("select[name=day]"))).selectByValue("fri");
        browser.driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
                + "arguments[2].value = '2'; arguments[2].dispatchEvent(new Event('input'))",
                card.findElement(By.cssSelector("input[name=firstDate]")), friday.toString(), weeks);
        card.findElement(By.cssSelector("form[id$='-one'] button[type=submit]")).click();
        WebElement status = card.findElement(By.cssSelector("form[id$='-one'] > [role=status]"));
        browser.waiting().withMessage(() -> "after saving: " + status.getText())
                .until(d -> status.getText().startsWith("The 1:1 is set; "));
        String fri = "\\S+" + SPACE + friday.getDayOfMonth() + SPACE + "\\S+" + SPACE + friday.getYear();
        WebElement seriesLine = card.findElement(By.cssSelector(".staff-series"));
        browser.waiting().withMessage(() -> "the series line: " + seriesLine.getText())
                .until(d -> seriesLine.getText().matches("Set: every Friday at 19:00 \\(your time\\), 30" + SPACE + "min, 2 meetings "
                        + "to come from " + fri + "\\. The [34] meetings already past stay as they were\\."));
        assertThat(weeks.getAttribute("value")).isEqualTo("2");
        assertThat(card.findElement(By.cssSelector("input[name=firstDate]")).getAttribute("value")).isEqualTo(friday.toString());
        JsonNode asLearner = HubClient.parse(client.json("GET", "/api/me", "Bearer " + issued.token(), null)).get("oneToOne");
        assertThat(asLearner.get("meetings")).extracting(m -> m.get("status").asText()).doesNotContain("moved");
        assertThat(asLearner.get("meetings").findValuesAsText("mentorLocal")).filteredOn(t -> t.compareTo(LocalDate.now().toString()) > 0)
                .containsExactly(friday + "T19:00", friday.plusWeeks(1) + "T19:00");
        browser.driver.get(hub.url().resolve("/en/me.html#key=" + issued.token()).toString());
        WebElement next = browser.waiting().until(d -> d.findElements(By.id("me-next")).stream()
                .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(next.getText()).startsWith("Next: ").doesNotContain("over");

        HttpResponse<String> cancelled = client.json("DELETE", series, mentor, null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        for (String lang : java.util.List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + issued.token()).toString());
            WebElement mine = browser.waiting().until(d -> d.findElements(By.id("me-series")).stream()
                    .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
            assertThat(mine.getText()).isEqualTo("en".equals(lang)
                    ? "Your mentor cancelled your regular 1:1s. If they set new ones, you will get the invite by email."
                    : "Votre mentor a annulé vos rendez-\u2060vous réguliers. Si de nouveaux rendez-\u2060vous sont fixés, vous recevrez "
                            + "l’invitation par e-\u2060mail.");
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-cancelled-me-" + lang);
            // The mentor page knows it too: not "no 1:1 set yet".
            WebElement line = leasCard(lang).findElement(By.cssSelector(".staff-series"));
            browser.waiting().until(d -> !line.getText().isBlank());
            assertThat(line.getText()).isEqualTo("en".equals(lang)
                    ? "You cancelled the 1:1 series. To start again, set a new first date and save the 1:1."
                    : "Vous avez annulé la série de rendez-\u2060vous. Pour reprendre, choisissez une nouvelle première "
                            + "date et enregistrez le rendez-\u2060vous.");
        }
    }

    /**
     * The walk's case: every Tuesday at 18:30 for three weeks; Farid moves the first to the
     * Thursday and cancels the second, Nina's proposal for the third is accepted. Neither page says
     * "every Tuesday … 3" any more: My page lists the three on Nina's clock, the moved ones with the
     * Tuesday they were planned on, the cancelled one as such; the mentor's line counts two to come.
     */
    @Test
    void aSeriesMovedAndCancelledIsSaidAsItWillBe() throws Exception {
        String id = UUID.randomUUID().toString();
        LearnerKey issued = menteeOfFarid("clk3", id, "Nina Roux", Language.FR, "America/Toronto");
        String mentor = token(client, farid, "mentor");
        String series = "/api/mentors/me/mentees/" + id + "/one-to-one";
        LocalDate tue = LocalDate.now().plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        HttpResponse<String> set = client.json("PUT", series, mentor, "{\"day\":\"tue\",\"time\":\"18:30\","
                + "\"durationMinutes\":30,\"firstDate\":\"" + tue + "\",\"weeks\":3}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        HttpResponse<String> moved = client.json("PUT", series + "/meetings/" + tue, mentor,
                "{\"date\":\"" + tue.plusDays(2) + "\",\"time\":\"18:30\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        HttpResponse<String> cancelled = client.json("DELETE", series + "/meetings/" + tue.plusWeeks(1), mentor, null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        LocalDate third = tue.plusWeeks(2);
        HttpResponse<String> proposed = client.json("POST", "/api/me/one-to-one/meetings/" + third + "/proposal",
                "Bearer " + issued.token(), "{\"date\":\"" + third.plusDays(1) + "\",\"time\":\"10:00\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        HttpResponse<String> accepted = client.json("POST", series + "/meetings/" + third + "/proposal/answer", mentor,
                "{\"answer\":\"accepted\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        // Nina's clock in Toronto, not Farid's in Casablanca.
        LocalTime hers = tue.atTime(18, 30).atZone(CASABLANCA).withZoneSameInstant(ZoneId.of("America/Toronto")).toLocalTime();
        StaffSignIn.signIn(browser, hub, farid, "mentor", "en", null);
        for (String lang : java.util.List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + issued.token()).toString());
            WebElement mine = browser.waiting().until(d -> d.findElements(By.id("me-series")).stream()
                    .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
            // The count is that of the lines under it, the cancelled one said apart: three dates, not "2 to come".
            assertThat(mine.getText().replaceAll("[\u00a0\u202f]", " ")).isEqualTo("en".equals(lang)
                    ? "Usually every Tuesday, 30 minutes; the next 3 dates, one of them cancelled:"
                    : "D’habitude chaque mardi, 30 minutes ; les 3 prochaines dates, dont une annulée :");
            java.util.List<WebElement> items = browser.driver.findElements(By.cssSelector("#me-meetings li"));
            assertThat(items).extracting(e -> e.getAttribute("data-status")).containsExactly("moved", "cancelled", "moved");
            // On Nina's clock: the Thursday, from the Tuesday, at her time of Farid's 18:30; each day in full.
            assertThat(items.get(0).getText()).matches("en".equals(lang)
                    ? "Thursday" + SPACE + tue.plusDays(2).getDayOfMonth() + SPACE + ".* at " + said(hers, lang) + ", moved from Tuesday"
                            + SPACE + tue.getDayOfMonth() + SPACE + ".* at " + said(hers, lang)
                    : "jeudi" + SPACE + tue.plusDays(2).getDayOfMonth() + SPACE + ".* à " + said(hers, lang)
                            + ", déplacé du mardi" + SPACE + tue.getDayOfMonth() + SPACE + ".* à " + said(hers, lang));
            assertThat(items.get(1).getText()).matches("(?s)" + ("en".equals(lang) ? "Tuesday.*: cancelled" : "mardi.*" + SPACE + ": annulé"));
            assertThat(items.get(2).getText()).matches("(?s).*" + ("en".equals(lang) ? " at 10:00, moved from Tuesday.*"
                    : " à 10" + SPACE + "h, déplacé du mardi.*"));
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-changed-me-" + lang);
            WebElement card = openCard(lang, "Nina Roux");
            WebElement line = card.findElement(By.cssSelector(".staff-series"));
            browser.waiting().until(d -> !line.getText().isBlank());
            assertThat(line.getText().replaceAll("[\u00a0\u202f]", " ")).isEqualTo("en".equals(lang)
                    ? "Set: usually every Tuesday at 18:30 (your time), 30 min; 2 meetings to come, 2 of them moved. "
                            + "One meeting cancelled."
                    : "Fixé : d’habitude chaque mardi à 18 h 30 (votre heure), 30 min ; 2 rendez-\u2060vous "
                            + "à venir, dont 2 déplacés. Un rendez-\u2060vous annulé.");
        }
    }

    /**
     * Awa's 1:1 with Karim began ten minutes ago and lasts an hour: My page says it is under way
     * until its end on her clock, and names next week's as the next one, not this one again; the
     * mentor's list says it under way too, with nothing to move or cancel, and counts it neither
     * among the meetings past nor among those to come.
     */
    @Test
    void aOneToOneUnderWayIsSaidAsSuchNotAsHeldAndNext() throws Exception {
        String karim = mentorInCasablanca("karim", "Karim Alaoui");
        String id = UUID.randomUUID().toString();
        LearnerKey issued = menteeOf(karim, "clk5", id, "Awa Diallo", Language.FR, "Europe/Paris");
        java.time.ZonedDateTime begun = tenMinutesAgo();
        stored(new org.lcmhub.pairing.Appointment(id, LocalIssuer.subFor(karim), "clk5-" + run, UUID.randomUUID().toString(), 0,
                begun.getDayOfWeek(), begun.toLocalTime(), 60, CASABLANCA, begun.toLocalDate(), 3, null, Instant.now()));
        LocalTime until = begun.plusHours(1).withZoneSameInstant(PARIS).toLocalTime();
        java.time.ZonedDateTime next = begun.plusWeeks(1).withZoneSameInstant(PARIS);
        StaffSignIn.signIn(browser, hub, karim, "mentor", "en", null);
        for (String lang : java.util.List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + issued.token()).toString());
            WebElement line = browser.waiting().until(d -> d.findElements(By.id("me-next")).stream()
                    .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
            String on = "\\S+" + SPACE + next.getDayOfMonth() + ("fr".equals(lang) && next.getDayOfMonth() == 1 ? "er" : "")
                    + SPACE + "\\S+" + SPACE + next.getYear();
            browser.waiting().withMessage(() -> "the next line: " + line.getText()).until(d -> line.getText().matches("en".equals(lang)
                    ? "Your 1:1 with Karim Alaoui is under way, until " + said(until, lang) + "\\. Next: " + on + " at "
                            + said(next.toLocalTime(), lang) + ", your time \\(.*\\)\\."
                    : "Votre rendez-\u2060vous avec Karim Alaoui est en cours, jusqu’à " + said(until, lang) + "\\. Prochain"
                            + SPACE + ": " + on + " à " + said(next.toLocalTime(), lang) + ", votre heure \\(.*\\)\\."));
            // Two more after this one: the one under way is not counted to come either.
            assertThat(browser.driver.findElement(By.id("me-series")).getText()).matches("en".equals(lang)
                    ? "Every \\S+, 60 minutes: 2 more meetings, until .*" : "Chaque \\S+, 60 minutes" + SPACE + ": encore 2 rendez-\u2060vous, jusqu’au .*");
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-under-way-me-" + lang);

            WebElement card = openCard(lang, "Awa Diallo");
            WebElement first = browser.waiting().until(d -> card.findElements(By.cssSelector(".staff-meeting")).stream()
                    .findFirst().orElse(null));
            assertThat(first.findElement(By.cssSelector(".staff-meeting-status")).getText().replaceAll("[\u00a0\u202f]", " "))
                    .isEqualTo("en".equals(lang) ? "Under way, until " + said(begun.plusHours(1).toLocalTime(), lang) + " (your time)."
                            : "En cours, jusqu’à " + said(begun.plusHours(1).toLocalTime(), lang).replace(SPACE, " ") + " (votre heure).");
            assertThat(first.findElements(By.tagName("button"))).as("nothing to move or cancel").isEmpty();
            assertThat(card.findElements(By.cssSelector(".staff-meeting"))).hasSize(3);
            WebElement series = card.findElement(By.cssSelector(".staff-series"));
            browser.waiting().until(d -> !series.getText().isBlank());
            assertThat(series.getText()).as("not counted as past").doesNotContain("already past").doesNotContain("déjà passé");
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-under-way-mentor-" + lang);
        }
    }

    /**
     * Sami's 1:1, planned for tomorrow, was moved to ten minutes ago and is under way: the mentor's
     * list says so in one sentence, not a line "moved" and another "under way", under a heading
     * that does not call the meeting under way "coming".
     */
    @Test
    void aMovedMeetingUnderWayIsOneSentenceUnderAHeadingThatNamesIt() throws Exception {
        String nadia = mentorInCasablanca("nadia", "Nadia Tazi");
        String id = UUID.randomUUID().toString();
        menteeOf(nadia, "clk6", id, "Sami Idrissi", Language.EN, "Europe/Paris");
        java.time.ZonedDateTime begun = tenMinutesAgo();
        LocalDate planned = begun.toLocalDate().plusDays(1);
        stored(new org.lcmhub.pairing.Appointment(id, LocalIssuer.subFor(nadia), "clk6-" + run, UUID.randomUUID().toString(), 1,
                planned.getDayOfWeek(), begun.toLocalTime(), 60, CASABLANCA, planned, 3, null, Instant.now(),
                java.util.List.of(org.lcmhub.pairing.Occurrence.moved(planned, begun.toLocalDate(), begun.toLocalTime()))));
        String until = said(begun.plusHours(1).toLocalTime(), "en");
        StaffSignIn.signIn(browser, hub, nadia, "mentor", "en", null);
        for (String lang : java.util.List.of("en", "fr")) {
            WebElement card = openCard(lang, "Sami Idrissi");
            WebElement first = browser.waiting().until(d -> card.findElements(By.cssSelector(".staff-meeting")).stream()
                    .findFirst().orElse(null));
            String day = browser.driver.executeScript("return window.LcmI18n.longDate(arguments[0]);", planned.toString())
                    .toString().replaceAll("[\u00a0\u202f]", " ");
            assertThat(first.findElements(By.cssSelector(".staff-meeting-status")).stream()
                    .map(e -> e.getText().replaceAll("[\u00a0\u202f]", " ")).toList())
                    .containsExactly("en".equals(lang)
                            ? "Under way, until " + until + " (your time); it was planned on " + day + " and moved."
                            : "En cours, jusqu’à " + said(begun.plusHours(1).toLocalTime(), lang).replace(SPACE, " ")
                                    + " (votre heure) ; il était prévu le " + day + " et a été déplacé.");
            assertThat(first.findElements(By.tagName("button"))).as("nothing to move or cancel").isEmpty();
            assertThat(card.findElement(By.cssSelector(".staff-meetings h4")).getText())
                    .isEqualTo("en".equals(lang) ? "The meeting under way and those to come"
                            : "Le rendez-\u2060vous en cours et ceux à venir");
            browser.assertAccessible(axe, SCREENSHOTS, "one-to-one-moved-under-way-mentor-" + lang);
        }
    }

    /** A mentor in Casablanca of their own, {@code name}: Farid's seats are taken by the other tests' mentees. */
    private String mentorInCasablanca(String tag, String name) throws Exception {
        String email = tag + "-clock-" + run + "@example.org";
        HttpResponse<String> saved = client.json("PUT", "/api/mentors/me", token(client, email, "mentor"),
                "{\"name\":\"" + name + "\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                        + "\"timezone\":\"Africa/Casablanca\",\"capacity\":3,"
                        + "\"availability\":[{\"day\":\"thu\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return email;
    }

    /** Ten minutes ago in Casablanca, to the minute: a meeting of an hour begun then is under way. */
    private static java.time.ZonedDateTime tenMinutesAgo() {
        return java.time.ZonedDateTime.now(CASABLANCA).minusMinutes(10).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** Set in the store: the API saves a series from its next meeting only, and moves none to a time begun. */
    private void stored(org.lcmhub.pairing.Appointment series) {
        new org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore(moto.dynamo(), moto.table()).save(
                series, null, null, org.lcmhub.appointments.store.AppointmentStore.Withdrawals.NONE);
    }

    /** {@code name}, Farid's mentee in a cohort of her own (begun a week ago) tagged {@code tag}: her key. */
    private LearnerKey menteeOfFarid(String tag, String id, String name, Language language, String zone) throws Exception {
        return menteeOf(farid, tag, id, name, language, zone);
    }

    private LearnerKey menteeOf(String mentor, String tag, String id, String name, Language language, String zone)
            throws Exception {
        String lcm = "lcm-" + tag + "-" + run + "@example.org";
        Cohort cohort = new Cohort(tag + "-" + run, PATH, "Python " + tag + " " + run, Language.EN, LocalDate.now().minusDays(7),
                20, 20, true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        LearnerKey issued = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, name,
                tag + "-" + id.substring(0, 8) + "@example.org", PATH, cohort.cohortId(), language, zone, "Python", 3,
                LearnerStatus.ENROLLED, null, cohort.startDate().atStartOfDay(ZoneOffset.UTC).toInstant()),
                issued.hash(), Instant.now(), Duration.ZERO);
        String team = token(client, lcm, "lcm");
        String draft = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", team,
                "{\"pins\":[{\"learnerId\":\"" + id + "\",\"mentorId\":\"" + LocalIssuer.subFor(mentor) + "\"}]}"))
                .get("draftId").asText();
        JsonNode published = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/" + draft
                + "/publish", team, null));
        assertThat(published.get("published")).as(published.toString()).hasSize(1);
        return issued;
    }

    /**
     * Yara set Tuesdays at 18:00 in Paris, then moved to New York: her page says the series, its
     * next meeting and the form on her clock now, as her mentee's page names her zone; saved as
     * the form shows it, the meetings stay at the same instants.
     */
    @Test
    void aMentorWhoMovedReadsTheSeriesOnTheirClockNow() throws Exception {
        String yara = "yara-clock-" + run + "@example.org";
        String profile = "{\"name\":\"Yara Haddad\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"en\"],"
                + "\"timezone\":\"%s\",\"capacity\":3,\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}";
        HttpResponse<String> saved = client.json("PUT", "/api/mentors/me", token(client, yara, "mentor"),
                profile.formatted("Europe/Paris"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String id = UUID.randomUUID().toString();
        menteeOf(yara, "clk4", id, "Tom Baker", Language.EN, "Europe/London");
        String base = "/api/mentors/me/mentees/" + id + "/one-to-one";
        HttpResponse<String> set = client.json("PUT", base, token(client, yara, "mentor"),
                "{\"day\":\"tue\",\"time\":\"18:00\",\"durationMinutes\":30,\"weeks\":3}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        JsonNode series = HubClient.parse(set).get("oneToOne");
        java.time.ZonedDateTime next = java.time.OffsetDateTime.parse(series.at("/meetings/0/start").asText())
                .atZoneSameInstant(ZoneId.of("America/New_York"));
        saved = client.json("PUT", "/api/mentors/me", token(client, yara, "mentor"), profile.formatted("America/New_York"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        StaffSignIn.signIn(browser, hub, yara, "mentor", "en", null);
        WebElement card = openCard("en", "Tom Baker");
        WebElement line = card.findElement(By.cssSelector("[id$='-series']"));
        String mine = next.toLocalTime().toString();
        browser.waiting().withMessage(() -> "the series: " + line.getText())
                .until(d -> line.getText().startsWith("Set: every " + next.getDayOfWeek().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.UK) + " at " + mine + " (your time)"));
        assertThat(card.findElement(By.cssSelector("input[name=time]")).getAttribute("value")).isEqualTo(mine);
        assertThat(whens(card).get(0)).contains(" at " + mine + " (your time)");
        // The form sent back as shown: the same meetings, at the same instants, on her clock now.
        card.findElement(By.cssSelector("form[id$='-one'] button[type=submit]")).click();
        WebElement status = card.findElement(By.cssSelector("form[id$='-one'] > [role=status]"));
        browser.waiting().until(d -> !status.getText().isBlank());
        JsonNode after = HubClient.parse(client.json("GET", base, token(client, yara, "mentor"), null)).get("oneToOne");
        assertThat(java.time.OffsetDateTime.parse(after.at("/meetings/0/start").asText()).toInstant())
                .isEqualTo(next.toInstant());
    }

    /** Léa's card on the mentor page in {@code lang}, its 1:1 panel open. */
    private WebElement leasCard(String lang) {
        browser.driver.get(hub.url().resolve("en".equals(lang) ? "/en/staff/mentor.html" : "/fr/staff/espace-mentor.html")
                .toString());
        WebElement card = browser.waiting().until(d -> d.findElements(By.cssSelector("#mentees .staff-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().equals("Léa Martin")).findFirst().orElse(null));
        card.findElement(By.cssSelector("details.staff-details summary")).click();
        return card;
    }
}
