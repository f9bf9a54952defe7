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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.openqa.selenium.By;

/**
 * The walk's mentor page. A mentee who asked for help today came last of eight, learners at risk
 * after those with no warning sign: the cards come as the mentor should act on them, a proposal
 * waiting for an answer first, then whoever to get in touch with (asked for help, silent now, likely
 * to drop out), then those to watch, then the others; by name within each, in English and French.
 * Right after accepting a move, the series' preview still named the meeting just moved away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MentorBrowserIT extends HubBrowserBase {
    private static final String PATH = "python-8-weeks";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int WEEKS = 8;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String mentor = "nadia-order-" + run + "@example.org";
    /** Each mentee's name and the standing the API gives them (Assessment.status). */
    private final Map<String, String> standings = new LinkedHashMap<>();
    private Cohort cohort;
    private int past;
    /** The Tuesday of Xavier's next 1:1, the one he asks to move. */
    private LocalDate next;
    private String xavierId;
    private String xavierKey;
    /** A space as getText may give it: French no-break ones read as spaces. */
    private static final String SPACE = "[ \u00a0]";

    /** How a mentee checked in: the weeks behind them, and this week's. */
    private enum Habit { STEADY, HELP, MISSED_LAST, BEHIND, SLIPPING }

    @BeforeAll
    void start() throws Exception {
        String lcm = "lcm-order-" + run + "@example.org";
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        past = 5;
        cohort = new Cohort("ord-" + run, PATH, "Python " + run, Language.EN, monday.minusWeeks(past), 10, 20,
                true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        HttpResponse<String> profile = client.json("PUT", "/api/mentors/me", token(mentor, "mentor"),
                "{\"name\":\"Nadia Order\",\"paths\":[\"" + PATH + "\"],\"languages\":[\"fr\",\"en\"],"
                        + "\"timezone\":\"Europe/Paris\",\"capacity\":8,"
                        + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        // Named so that the alphabet alone would put them in another order.
        Map<String, Habit> who = new LinkedHashMap<>();
        who.put("Aaron Calme", Habit.STEADY);
        who.put("Bérénice Calme", Habit.STEADY);
        who.put("Ulysse Lent", Habit.BEHIND);
        who.put("Victor Glisse", Habit.SLIPPING);
        who.put("Xavier Attente", Habit.STEADY);
        who.put("Yann Silence", Habit.MISSED_LAST);
        who.put("Zoé Aide", Habit.HELP);
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        int seat = 0;
        for (Map.Entry<String, Habit> e : who.entrySet()) {
            String id = UUID.randomUUID().toString();
            LearnerKey issued = LearnerKey.issue(id);
            new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, e.getKey(),
                    "order-" + seat + "-" + run + "@example.org", PATH, cohort.cohortId(), Language.FR, "Europe/Paris",
                    "Python", 4, LearnerStatus.ENROLLED, null, cohort.startDate().minusDays(1).atStartOfDay(ZoneOffset.UTC)
                            .toInstant()), issued.hash(), Instant.now(), Duration.ZERO);
            checkIns(id, e.getValue());
            ids.put(e.getKey(), id);
            keys.put(e.getKey(), issued.token());
            seat++;
        }
        String team = token(lcm, "lcm");
        StringBuilder pins = new StringBuilder();
        for (String id : ids.values()) {
            pins.append(pins.length() == 0 ? "" : ",").append("{\"learnerId\":\"").append(id).append("\",\"mentorId\":\"")
                    .append(LocalIssuer.subFor(mentor)).append("\"}");
        }
        String draft = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching", team,
                "{\"pins\":[" + pins + "]}")).get("draftId").asText();
        JsonNode published = HubClient.parse(client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/" + draft
                + "/publish", team, null));
        assertThat(published.get("published")).as(published.toString()).hasSize(who.size());
        // Xavier, on track, proposes another time for his next 1:1: it waits for Nadia's answer.
        String xavier = ids.get("Xavier Attente");
        xavierId = xavier;
        xavierKey = keys.get("Xavier Attente");
        next = LocalDate.now(PARIS).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        HttpResponse<String> set = client.json("PUT", "/api/mentors/me/mentees/" + xavier + "/one-to-one",
                token(mentor, "mentor"), "{\"day\":\"tue\",\"time\":\"18:30\",\"durationMinutes\":30,\"firstDate\":\""
                        + next + "\",\"weeks\":2}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        HttpResponse<String> proposed = client.json("POST", "/api/me/one-to-one/meetings/" + next + "/proposal",
                "Bearer " + keys.get("Xavier Attente"), "{\"date\":\"" + next.plusDays(1) + "\",\"time\":\"19:00\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode mentees = HubClient.parse(client.json("GET", "/api/mentors/me/mentees", token(mentor, "mentor"), null))
                .get("mentees");
        StreamSupport.stream(mentees.spliterator(), false).forEach(m -> standings.put(m.get("name").asText(),
                m.get("risk").get("status").asText()));
    }

    /** One check-in a week from the cohort's start, as {@code habit} sends them (as the demo data's habits do). */
    private void checkIns(String id, Habit habit) {
        DynamoCheckInStore store = new DynamoCheckInStore(moto.dynamo(), moto.table());
        for (int w = 1; w <= past + 1; w++) {
            boolean thisWeek = w > past;
            int planned = (int) Math.round(100.0 * w / WEEKS);
            Integer progress;
            int mood = 4;
            double hours = 4;
            boolean help = false;
            switch (habit) {
                case STEADY -> progress = thisWeek ? null : planned;
                case HELP -> { progress = planned; help = thisWeek; }
                case MISSED_LAST -> progress = w <= past - 1 ? planned : null;
                case BEHIND -> { progress = thisWeek ? null : (int) Math.max(1, Math.round(planned * 0.4)); hours = 3; mood = 3; }
                default -> { // SLIPPING: on plan for half the weeks, then ever less
                    int half = past / 2;
                    progress = thisWeek ? null : w <= half ? planned : (int) Math.round(100.0 * half / WEEKS) + 2 * (w - half);
                    hours = w <= half ? 4 : Math.max(0.5, 4 - 2 * (w - half));
                    mood = w <= half ? 4 : Math.max(1, 4 - 2 * (w - half));
                }
            }
            if (progress == null) {
                continue;
            }
            LocalDate monday = cohort.startDate().plusWeeks(w - 1);
            Instant sent = thisWeek ? Instant.now().minusSeconds(60) : monday.plusDays(1).atTime(19, 0).atZone(PARIS).toInstant();
            store.put(new WeeklyCheckIn(id, cohort.cohortId(), IsoWeek.of(monday), progress, null, hours, mood, null, help,
                    null, sent, null));
        }
    }

    private String token(String email, String role) throws Exception {
        return "Bearer " + HubClient.parse(client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}")).get("token").asText();
    }

    @Test
    @Order(1)
    void theMentorReadsFirstWhoWaitsForAnAnswerThenWhoToContactThenWhoToWatch() throws Exception {
        // The standings the page orders by, as the API gives them: each group has its mentee.
        assertThat(standings).as("the API's standings").containsEntry("Zoé Aide", "help")
                .containsEntry("Yann Silence", "silent").containsEntry("Victor Glisse", "at-risk")
                .containsEntry("Ulysse Lent", "watch");
        assertThat(standings.get("Aaron Calme")).isIn("ok", "signs");
        assertThat(standings.get("Bérénice Calme")).isIn("ok", "signs");
        List<String> expected = List.of("Xavier Attente", "Zoé Aide", "Yann Silence", "Victor Glisse", "Ulysse Lent",
                "Aaron Calme", "Bérénice Calme");
        StaffSignIn.signIn(browser, hub, mentor, "mentor", "en", null);
        for (String lang : List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("en".equals(lang) ? "/en/staff/mentor.html" : "/fr/staff/espace-mentor.html")
                    .toString());
            List<String> names = browser.waiting().until(d -> {
                List<String> shown = d.findElements(By.cssSelector("#mentees .staff-card")).stream()
                        .map(c -> c.findElement(By.tagName("h3")).getText()).toList();
                return shown.size() == expected.size() ? shown : null;
            });
            assertThat(names).as(lang).isEqualTo(expected);
            // The first card is the one whose proposal waits: the count above the cards says it.
            assertThat(browser.driver.findElements(By.cssSelector("#mentees .staff-card")).get(0)
                    .findElements(By.cssSelector(".staff-waiting"))).isNotEmpty();
        }
    }

    /**
     * The preview under the form names the next meeting at the series' own times: once Nadia accepts
     * Xavier's move, never the Tuesday just moved away, even while the new preview is on its way
     * (slowed here, as a busy hub is), then the Tuesday after.
     */
    @Test
    @Order(2)
    void acceptingAMoveDrawsThePreviewAgainFromTheNewSeries() throws Exception {
        StaffSignIn.signIn(browser, hub, mentor, "mentor", "en", null);
        browser.driver.get(hub.url().resolve("/en/staff/mentor.html").toString());
        org.openqa.selenium.WebElement card = browser.waiting().until(d -> d.findElements(By.cssSelector("#mentees .staff-card"))
                .stream().filter(c -> c.findElement(By.tagName("h3")).getText().equals("Xavier Attente")).findFirst().orElse(null));
        org.openqa.selenium.WebElement times = card.findElement(By.cssSelector("[id$='-times']"));
        String moved = "Tuesday" + SPACE + next.getDayOfMonth() + SPACE;
        String after = "Tuesday" + SPACE + next.plusWeeks(1).getDayOfMonth() + SPACE;
        browser.waiting().withMessage(() -> "the preview says: " + times.getText())
                .until(d -> times.getText().matches("(?s)Your time: " + moved + ".*"));
        browser.driver.executeScript("var plain = window.fetch; window.fetch = function (url) {"
                + " var answer = plain.apply(this, arguments); if (!/\\/preview$/.test(String(url))) return answer;"
                + " return answer.then(function (r) { return new Promise(function (done) { setTimeout(function () { done(r); }, 3000); }); }); };");
        card.findElements(By.cssSelector(".staff-proposal button")).stream()
                .filter(b -> b.getText().equals("Accept the new time")).findFirst().orElseThrow().click();
        browser.waiting().until(d -> card.findElements(By.cssSelector(".staff-meetings [role=status]")).stream()
                .anyMatch(s -> s.getText().startsWith("New time accepted")));
        assertThat(times.getText()).as("the preview while the new one is asked for").doesNotContainPattern(moved);
        browser.waiting().withMessage(() -> "the preview says: " + times.getText())
                .until(d -> times.getText().matches("(?s)Your time: " + after + ".*"));
    }

    /**
     * The walk's My page: Nadia then sets Tuesdays from the week after (the Wednesday Xavier moved
     * to is kept apart from them) and accepts his move of the first of those to the Thursday. The
     * dated list holds every meeting that takes place, the one kept apart too, by date, and the count
     * is the list's; each "accepted" line names the meeting it moved.
     */
    @Test
    @Order(3)
    void myPageListsAndCountsTheMeetingKeptApartAndSaysWhichMeetingEachAcceptedMoveWasOf() throws Exception {
        String me = token(mentor, "mentor");
        String series = "/api/mentors/me/mentees/" + xavierId + "/one-to-one";
        LocalDate second = next.plusWeeks(1);
        HttpResponse<String> set = client.json("PUT", series, me, "{\"day\":\"tue\",\"time\":\"18:30\",\"durationMinutes\":30,"
                + "\"firstDate\":\"" + second + "\",\"weeks\":3}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        HttpResponse<String> proposed = client.json("POST", "/api/me/one-to-one/meetings/" + second + "/proposal",
                "Bearer " + xavierKey, "{\"date\":\"" + second.plusDays(2) + "\",\"time\":\"19:00\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        HttpResponse<String> accepted = client.json("POST", series + "/meetings/" + second + "/proposal/answer", me,
                "{\"answer\":\"accepted\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode meetings = HubClient.parse(accepted).get("oneToOne").get("meetings");
        assertThat(StreamSupport.stream(meetings.spliterator(), false).filter(m -> m.get("apart").asBoolean()))
                .as("the Wednesday kept apart: " + meetings).hasSize(1);
        for (String lang : List.of("en", "fr")) {
            browser.driver.get(hub.url().resolve("/" + lang + "/me.html#key=" + xavierKey).toString());
            List<String> listed = browser.waiting().until(d -> {
                List<String> lines = d.findElements(By.cssSelector("#me-meetings li")).stream()
                        .map(li -> li.getText()).toList();
                return lines.isEmpty() ? null : lines;
            });
            String wednesday = "en".equals(lang) ? "Wednesday" : "mercredi";
            String thursday = "en".equals(lang) ? "Thursday" : "jeudi";
            String tuesday = "en".equals(lang) ? "Tuesday" : "mardi";
            assertThat(listed).as(lang).hasSize(4);
            assertThat(listed.get(0)).as(lang).matches(wednesday + SPACE + day(next.plusDays(1)) + SPACE + ".*");
            assertThat(listed.get(1)).as(lang).matches(thursday + SPACE + day(second.plusDays(2)) + SPACE + ".*");
            assertThat(listed.get(2)).as(lang).matches(tuesday + SPACE + day(second.plusWeeks(1)) + SPACE + ".*");
            assertThat(listed.get(3)).as(lang).matches(tuesday + SPACE + day(second.plusWeeks(2)) + SPACE + ".*");
            // Both moved meetings are said moved, as the list says them.
            assertThat(browser.driver.findElements(By.cssSelector("#me-meetings li[data-status=moved]"))).hasSize(2);
            assertThat(listed.get(0)).endsWith("en".equals(lang) ? ", moved" : ", déplacé");
            String line = browser.driver.findElement(By.id("me-series")).getText();
            assertThat(line).as(lang).contains("en".equals(lang) ? "4 meetings to come" : "4 rendez-\u2060vous à venir")
                    .doesNotContain("en".equals(lang) ? "takes place too" : "a lieu aussi");
            List<String> answers = browser.driver.findElements(By.cssSelector("#me-proposal-state [data-status=accepted]"))
                    .stream().map(p -> p.getText()).toList();
            assertThat(answers).as(lang).hasSize(2);
            String of = "en".equals(lang) ? "Nadia Order accepted moving your 1:1 of " : "Nadia Order a accepté de déplacer votre rendez-\u2060vous du ";
            assertThat(answers.get(0)).as(lang).matches(of + tuesday + SPACE + day(next) + SPACE + ".*" + wednesday + SPACE
                    + day(next.plusDays(1)) + SPACE + ".*");
            assertThat(answers.get(1)).as(lang).matches(of + tuesday + SPACE + day(second) + SPACE + ".*" + thursday + SPACE
                    + day(second.plusDays(2)) + SPACE + ".*");
        }
    }

    /** A day of the month as a long date says it: French writes the first « 1er ». */
    private static String day(LocalDate d) {
        return d.getDayOfMonth() + (d.getDayOfMonth() == 1 ? "(er)?" : "");
    }
}
