package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.store.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The staff pages in Debian's headless Chromium against the local hub: an LCM signs in, computes a
 * matching draft for a cohort, reads its reasons, excludes a pair, computes again and publishes; a
 * mentor edits their profile (errors next to the fields), sets a weekly 1:1 with a mentee, downloads
 * its invite, writes a session note and releases a mentee; the learner's page shows the mentor and
 * the 1:1, downloads the invite and asks for another mentor. axe-core on each page, and no
 * sideways scrolling at 375 px.
 */
class StaffPagesBrowserIT extends HubBrowserBase {
    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9._-]+)");

    private Path downloads;

    // One cohort of a path no other test uses, so only this test's mentors can cover it.
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String pathId = "staff-pages-" + run;
    private final String lcm = "lcm-" + run + "@example.org";
    private final String nadia = "nadia-" + run + "@example.org";
    private final String owen = "owen-" + run + "@example.org";
    private final Map<String, String> learners = new LinkedHashMap<>();
    private String cohortId;

    @BeforeAll
    void start() throws Exception {
        this.downloads = browser.allowDownloads();

        HttpResponse<String> cohort = client.json("POST", "/api/cohorts", staffToken(lcm, "lcm"), "{\"pathId\":\"" + pathId
                + "\",\"startDate\":\"" + LocalDate.now().plusDays(14) + "\",\"weeks\":8,\"seats\":10,\"language\":\"en\","
                + "\"title\":\"Data basics " + run + "\"}");
        assertThat(cohort.statusCode()).as(cohort.body()).isEqualTo(201);
        cohortId = HubClient.parse(cohort).get("cohortId").asText();
        mentor(nadia, "Nadia Haddad");
        mentor(owen, "Owen Price");
        learner("Ama Mensah", "en");
        learner("Bruno Costa", "en");
        learner("Chloé Garnier", "fr");
    }

    private String staffToken(String email, String role) throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }

    private void mentor(String email, String name) throws Exception {
        mentor(email, name, pathId, "en");
    }

    private void mentor(String email, String name, String path, String language) throws Exception {
        HttpResponse<String> saved = client.json("PUT", "/api/mentors/me", staffToken(email, "mentor"), "{\"name\":\""
                + name + "\",\"paths\":[\"" + path + "\"],\"skills\":[\"Spreadsheets\"],\"languages\":[\"" + language + "\"],"
                + "\"timezone\":\"Europe/Paris\",\"capacity\":3,"
                + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private void learner(String name, String language) throws Exception {
        learner(name, language, pathId, cohortId);
    }

    private void learner(String name, String language, String path, String cohort) throws Exception {
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + run + "@example.org";
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + name + "\",\"email\":\""
                + email + "\",\"pathId\":\"" + path + "\",\"cohortId\":\"" + cohort + "\",\"language\":\"" + language
                + "\",\"timezone\":\"Europe/Paris\",\"goals\":\"Spreadsheets\",\"hoursPerWeek\":2,\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        learners.put(name, HubClient.parse(signup).get("learnerId").asText());
        learners.put(name + " email", email);
    }

    private JsonNode outbox(String email) throws Exception {
        return HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                null, null)).get("messages");
    }

    private void open(String path) {
        browser.driver.get(hub.url().resolve(path).toString());
    }

    /** Lists are drawn again when their data comes back: an element gone meanwhile is looked up again. */
    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }

    private WebElement visible(String css) {
        return waiting().until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    private void signIn(String email, String role) {
        StaffSignIn.signIn(browser, hub, email, role, "en", null);
        String page = role.equals("lcm") ? "/en/staff/matching.html" : "/en/staff/mentor.html";
        assertThat(browser.driver.findElement(By.cssSelector("a[href='" + page + "']")).isDisplayed()).isTrue();
    }

    private void accessible(String name) throws IOException {
        browser.assertAccessible(axe, SCREENSHOTS, name);
    }

    private List<String> cardTitles(String list) {
        return browser.driver.findElements(By.cssSelector(list + " .staff-card > h4")).stream().map(WebElement::getText).toList();
    }

    private WebElement card(String list, String title) {
        return browser.driver.findElements(By.cssSelector(list + " .staff-card")).stream()
                .filter(c -> c.findElement(By.tagName("h4")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title + " in " + cardTitles(list)));
    }

    private String matchedMentor(String learner) {
        Map<String, AttributeValue> match = moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.match(learners.get(learner)))).item();
        return match == null || match.isEmpty() ? null : match.get("mentorId").s();
    }

    @Test
    void anLcmReviewsADraftExcludesAPairRecomputesAndPublishes_thenMentorAndLearnerSeeIt() throws Exception {
        signIn(lcm, "lcm");
        open("/en/staff/matching.html");
        WebElement select = visible("#matching-cohort-id");
        waiting().until(d -> !new Select(select).getOptions().isEmpty());
        new Select(select).selectByValue(cohortId);
        browser.driver.findElement(By.id("matching-compute")).click();
        assertThat(browser.driver.getCurrentUrl()).as("the address follows the cohort picked").endsWith("?cohort=" + cohortId);
        assertThat(browser.driver.findElement(By.id("matching-current")).isDisplayed()).as("nothing published yet").isFalse();

        // Two English learners proposed with names, score and reasons; the French one left out, with why.
        waiting().until(d -> cardTitles("#matching-pairs").size() == 2);
        List<String> pairs = cardTitles("#matching-pairs");
        assertThat(pairs).allSatisfy(t -> assertThat(t).matches("(Ama Mensah|Bruno Costa) with (Nadia Haddad|Owen Price)"));
        WebElement first = card("#matching-pairs", pairs.get(0));
        assertThat(first.getText()).containsPattern("Fit \\d+ / 100").contains("In favour").contains("Both speak English")
                .contains("Covers the path “" + pathId + "”").contains("in common on");
        assertThat(cardTitles("#matching-unmatched")).containsExactly("Chloé Garnier");
        assertThat(visible("#matching-unmatched").getText()).contains("speaks French");
        // A learner of two languages: the mentors who speak them all, none who speaks either.
        assertThat(browser.driver.executeScript("var r = window.LcmStaff.reason; return ["
                + "r({code: 'languages', params: {languages: ['fr', 'en']}}),"
                + "r({code: 'no-language', params: {languages: ['fr', 'en']}})]"))
                .isEqualTo(List.of("Both speak French and English", "No mentor speaks French or English"));
        accessible("staff-matching");

        // Exclude Ama's proposed pair, compute again: Ama goes to the other mentor.
        String amaPair = pairs.stream().filter(t -> t.startsWith("Ama Mensah")).findFirst().orElseThrow();
        String excludedMentor = amaPair.substring("Ama Mensah with ".length());
        String otherMentor = excludedMentor.equals("Nadia Haddad") ? "Owen Price" : "Nadia Haddad";
        card("#matching-pairs", amaPair).findElement(By.xpath(".//button[text()='Exclude']")).click();
        assertThat(visible("#matching-choice-list").getText()).contains("Excluded: " + amaPair);
        browser.driver.findElement(By.id("matching-recompute")).click();
        waiting().until(d -> cardTitles("#matching-pairs").contains("Ama Mensah with " + otherMentor));
        assertThat(cardTitles("#matching-pairs")).hasSize(2).doesNotContain(amaPair);

        // Publishing is asked in the page: focus goes into the question, Escape publishes nothing
        // and gives focus back to the button, so the keyboard user carries on from there.
        browser.driver.findElement(By.id("matching-publish")).click();
        WebElement ask = visible("#matching-confirm");
        assertThat(ask.getAttribute("role")).isEqualTo("alertdialog");
        // People, not mails: a mentor given both learners is one person to email.
        long mentors = cardTitles("#matching-pairs").stream().map(t -> t.substring(t.indexOf(" with ") + 6)).distinct().count();
        assertThat(visible("#matching-draft-title").getText()).startsWith("Draft for Data basics " + run + " · starts ");
        assertThat(ask.getText()).containsPattern("Publish 2 pairs for Data basics " + run + " · starts \\S+ \\d+ \\S+ \\d{4}\\? ")
                .contains("? 2 learners and "
                + (mentors == 1 ? "1 mentor" : mentors + " mentors") + " will be told by email.");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("matching-confirm");
        ask.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertThat(ask.isDisplayed()).as("Escape closes the question").isFalse();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("matching-publish");
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        visible("#matching-confirm-yes").click();
        WebElement result = visible("#matching-result");
        assertThat(result.getText()).contains("2 pairs published").contains("Ama Mensah with " + otherMentor);
        assertThat(browser.driver.findElements(By.cssSelector("#matching-pairs button"))).as("a published draft is done").isEmpty();
        accessible("staff-matching-published");

        String otherEmail = otherMentor.equals("Owen Price") ? owen : nadia;
        assertThat(matchedMentor("Ama Mensah")).isEqualTo(LocalIssuer.subFor(otherEmail));
        assertThat(matchedMentor("Bruno Costa")).isNotNull();
        assertThat(matchedMentor("Chloé Garnier")).isNull();
        assertThat(outbox(learners.get("Ama Mensah email"))).anySatisfy(m ->
                assertThat(m.get("text").asText()).contains(otherMentor + " will be your mentor"));
        assertThat(outbox(otherEmail)).anySatisfy(m -> assertThat(m.get("text").asText()).contains("Ama Mensah"));
        // Above the next draft, the published pairs: a line per mentor with their mentees.
        WebElement current = visible("#matching-current");
        assertThat(current.findElement(By.tagName("h2")).getText()).isEqualTo("Published pairs");
        assertThat(current.findElements(By.cssSelector("li")).stream().map(WebElement::getText))
                .anySatisfy(line -> assertThat(line).startsWith(otherMentor + " — ").contains("Ama Mensah"))
                .allSatisfy(line -> assertThat(line).matches("(Nadia Haddad|Owen Price) — .+"));
        assertThat(current.getText()).contains("Bruno Costa").doesNotContain("Chloé Garnier");
        accessible("staff-matching-published-pairs");
        for (String lang : List.of("en", "fr")) {
            open((lang.equals("en") ? "/en/staff/matching.html" : "/fr/staff/appariement.html") + "?cohort=" + cohortId);
            visible("#matching-current li");
            browser.screenshot(375, SCREENSHOTS.resolve(lang + "-matching-published-pairs-375.png"));
            browser.screenshot(1280, SCREENSHOTS.resolve(lang + "-matching-published-pairs-1280.png"));
        }
        assertThat(visible("#matching-current h2").getText()).isEqualTo("Binômes publiés");

        mentorSeesProfileAndMentees(otherEmail, otherMentor);
        learnerSeesTheMentor("Ama Mensah", otherMentor, otherEmail);
        // Each side ends a pair, with a reason.
        learnerAsksForAnotherMentor("Bruno Costa");
        mentorReleases(otherEmail, "Ama Mensah");
    }

    private void mentorSeesProfileAndMentees(String email, String name) throws Exception {
        signIn(email, "mentor");
        open("/en/staff/mentor.html");
        waiting().until(d -> name.equals(d.findElement(By.id("profile-name")).getAttribute("value")));
        // A path the site does not publish keeps its box, ticked, so saving keeps it.
        assertThat(browser.driver.findElement(By.cssSelector("#profile-paths input[value='" + pathId + "']")).isSelected())
                .isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("#profile-slots li"))).hasSize(1);
        assertThat(browser.driver.findElement(By.id("mentor-profile-state")).getText()).matches("[12] of 3 places used\\.");

        // Wrong values: each message next to its field, nothing saved.
        // The saved zone shows in words, never as its id.
        WebElement zone = browser.driver.findElement(By.id("profile-timezone"));
        Select zones = new Select(zone);
        assertThat(zones.getFirstSelectedOption().getAttribute("value")).isNotEmpty();
        assertThat(zones.getFirstSelectedOption().getText()).contains(" — ").doesNotContain("/");
        zones.selectByIndex(0);
        WebElement capacity = browser.driver.findElement(By.id("profile-capacity"));
        capacity.clear();
        capacity.sendKeys("0");
        browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();
        WebElement zoneError = visible("#profile-timezone-error");
        assertThat(zoneError.getText()).isEqualTo("Choose your time zone from the list.");
        assertThat(visible("#profile-capacity-error").getText()).contains("Capacity");
        assertThat(zone.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(zone.getAttribute("aria-describedby")).contains("profile-timezone-error");
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(zone);
        accessible("staff-mentor-errors");

        // Fixed, with a second weekly slot: saved, as the API reads it back.
        // A zone beyond the common ones, named by the browser: the city and the zone in words.
        WebElement lisbon = zone.findElement(By.cssSelector("option[value='Europe/Lisbon']"));
        assertThat(lisbon.getText()).startsWith("Lisbon — ").contains("Western European").endsWith(ZoneLabels.today("Lisbon (UTC+0)", "Europe/Lisbon").substring("Lisbon ".length()));
        zones.selectByVisibleText(lisbon.getText());
        capacity.clear();
        capacity.sendKeys("4");
        browser.driver.findElement(By.id("profile-add-slot")).click();
        WebElement slot = browser.driver.findElements(By.cssSelector("#profile-slots li")).get(1);
        new Select(slot.findElement(By.cssSelector("[data-part=day]"))).selectByValue("thu");
        browser.driver.executeScript("arguments[0].value = '09:00'; arguments[1].value = '11:30';",
                slot.findElement(By.cssSelector("[data-part=from]")), slot.findElement(By.cssSelector("[data-part=to]")));
        browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("profile-status")).getText().equals("Your profile is saved."));
        assertThat(browser.driver.findElements(By.cssSelector("#mentor-profile .field-error"))).isEmpty();
        String token = staffToken(email, "mentor");
        JsonNode saved = HubClient.parse(client.json("GET", "/api/mentors/me", token, null));
        assertThat(saved.get("timezone").asText()).isEqualTo("Europe/Lisbon");
        assertThat(saved.get("capacity").asInt()).isEqualTo(4);
        assertThat(saved.get("availability").toString()).contains("{\"day\":\"thu\",\"from\":\"09:00\",\"to\":\"11:30\"}");

        HttpResponse<String> mentees = client.json("GET", "/api/mentors/me/mentees", token, null);
        assertThat(mentees.statusCode()).as(mentees.body()).isEqualTo(200);
        menteesFlow(HubClient.parse(mentees).get("mentees"));
        accessible("staff-mentor");
    }

    private WebElement menteeCard(String name) {
        return waiting().until(d -> d.findElements(By.cssSelector("#mentees .staff-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().equals(name)).findFirst().orElse(null));
    }

    /** The file the page saved under {@code name} (downloads go to a folder of this test). */
    private String downloaded(String name) throws IOException {
        Path file = downloads.resolve(name);
        waiting().until(d -> Files.exists(file));
        String text = Files.readString(file);
        Files.delete(file);
        return text;
    }

    /** The mentee's card: a weekly 1:1 (and its invite), a session note. */
    private void menteesFlow(JsonNode mentees) throws IOException {
        List<String> names = new ArrayList<>();
        mentees.forEach(m -> names.add(m.get("name").asText()));
        assertThat(names).contains("Ama Mensah");
        waiting().until(d -> d.findElements(By.cssSelector("#mentees .staff-card h3")).size() == names.size());
        assertThat(browser.driver.findElements(By.cssSelector("#mentees .staff-card h3")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrderElementsOf(names);
        WebElement card = menteeCard("Ama Mensah");
        // Her zone as the zone lists name it: a city, the zone's name and its offset.
        assertThat(card.getText()).contains(ZoneLabels.today("Paris — Central European Time (UTC+1)", "Europe/Paris"));
        String n = card.findElement(By.cssSelector("form")).getAttribute("id").replaceAll("^m(\\d+)-.*", "$1");
        // No series yet: the list says so, and the page asks for none (no 404 in the console).
        waiting().until(d -> !d.findElement(By.id("m" + n + "-series")).getAttribute("textContent").isEmpty());
        assertThat((Number) browser.driver.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return /\\/one-to-one$/.test(e.name); }).length"))
                .as("requests for a series the mentee list says does not exist").isEqualTo(0L);

        card.findElement(By.xpath(".//summary[text()='Regular 1:1']")).click();
        new Select(browser.driver.findElement(By.id("m" + n + "-day"))).selectByValue("wed");
        browser.driver.executeScript("arguments[0].value = '18:30';", browser.driver.findElement(By.id("m" + n + "-time")));
        browser.driver.findElement(By.cssSelector("#m" + n + "-one button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("m" + n + "-one-status")).getText().startsWith("The 1:1 is set"));
        card.findElement(By.xpath(".//button[text()='Download the invite (.ics)']")).click();
        assertThat(downloaded("one-to-one.ics")).contains("BEGIN:VCALENDAR").contains("RRULE:").contains("BYDAY=WE");

        card.findElement(By.xpath(".//summary[text()='Session notes']")).click();
        browser.driver.findElement(By.id("m" + n + "-note-text")).sendKeys("Went through pivot tables.");
        browser.driver.findElement(By.cssSelector("#m" + n + "-notes button[type=submit]")).click();
        waiting().until(d -> card.getText().contains("Went through pivot tables."));
    }

    private void mentorReleases(String email, String learner) {
        signIn(email, "mentor");
        open("/en/staff/mentor.html");
        WebElement card = menteeCard(learner);
        card.findElement(By.xpath(".//summary[text()='Release this mentee']")).click();
        WebElement button = card.findElement(By.xpath(".//button[starts-with(text(), 'Release ')]"));
        button.click();
        WebElement error = visible("#mentees .field-error");
        assertThat(error.getText()).as("a release needs a reason").isNotBlank();
        card.findElement(By.cssSelector("textarea[name=reason]")).sendKeys("We agreed a mentor closer to her hours would help.");
        button.click();
        waiting().until(d -> d.findElement(By.id("mentees-status")).getText().contains(learner + " is released"));
        assertThat(browser.driver.findElements(By.cssSelector("#mentees .staff-card h3")).stream().map(WebElement::getText))
                .doesNotContain(learner);
        assertThat(matchedMentor(learner)).as("the match is gone").isNull();
    }

    private String learnerKey(String learner) throws Exception {
        StringBuilder mails = new StringBuilder();
        outbox(learners.get(learner + " email")).forEach(m -> mails.append(m.get("text").asText()).append('\n'));
        Matcher key = KEY.matcher(mails);
        assertThat(key.find()).as("the confirmation's personal link").isTrue();
        return key.group(1);
    }

    private void learnerSeesTheMentor(String learner, String mentorName, String mentorEmail) throws Exception {
        String key = learnerKey(learner);
        JsonNode me = HubClient.parse(client.json("GET", "/api/me", "Bearer " + key, null));
        // The next meeting moves to the Thursday: the series still reads as every Wednesday.
        String planned = null;
        for (JsonNode m : me.get("oneToOne").get("meetings")) {
            if (java.time.OffsetDateTime.parse(m.get("start").asText()).isAfter(java.time.OffsetDateTime.now())) {
                planned = m.get("planned").asText();
                break;
            }
        }
        assertThat(planned).as("a meeting to come").isNotNull();
        assertThat(client.json("PUT", "/api/mentors/me/mentees/" + me.get("learnerId").asText() + "/one-to-one/meetings/"
                + planned, staffToken(mentorEmail, "mentor"), "{\"date\":\"" + LocalDate.parse(planned).plusDays(1)
                + "\",\"time\":\"18:30\"}").statusCode()).isEqualTo(200);
        for (String lang : List.of("en", "fr")) {
            open("/" + lang + "/me.html#key=" + key);
            visible("#me-home");
            WebElement section = browser.driver.findElement(By.id("me-mentor"));
            assertThat(section.isDisplayed()).isTrue();
            assertThat(section.getText()).contains(mentorName).contains(me.get("mentor").get("email").asText());
            assertThat(browser.driver.findElement(By.id("me-rematch-box")).isDisplayed()).isTrue();
            // A meeting was moved: the rule is how it usually goes, and the meeting is listed as moved.
            assertThat(browser.driver.findElement(By.id("me-series")).getText())
                    .contains(lang.equals("en") ? "Usually every Wednesday" : "D’habitude chaque mercredi");
            assertThat(browser.driver.findElements(By.cssSelector("#me-meetings li[data-status=moved]"))).hasSize(1);
            // Set at 18:30 in the mentor's zone (Lisbon): 19:30 in the learner's own (Paris).
            assertThat(browser.driver.findElement(By.id("me-next")).getText()).contains(lang.equals("en") ? "19:30" : "19 h 30",
                    lang.equals("en") ? "Central European Time" : "heure d’Europe centrale").doesNotContain("Europe/Paris");
            assertThat(browser.driver.findElement(By.id("me-mentor-time")).getText()).contains(lang.equals("en") ? "18:30" : "18 h 30",
                    lang.equals("en") ? "Western European Time" : "heure d’Europe de l’Ouest").doesNotContain("Europe/Lisbon");
            browser.driver.findElement(By.id("me-ics")).click();
            assertThat(downloaded("one-to-one.ics")).contains("RRULE:").contains("BYDAY=WE");
            accessible(lang + "-me-matched");
        }
    }

    private void learnerAsksForAnotherMentor(String learner) throws Exception {
        String key = learnerKey(learner);
        open("/en/me.html#key=" + key);
        WebElement box = visible("#me-rematch-box");
        box.findElement(By.tagName("summary")).click();
        browser.driver.findElement(By.cssSelector("#me-rematch button[type=submit]")).click();
        assertThat(visible("#me-mentor-status").getText()).as("a reason is asked for").contains("why");
        assertThat(browser.driver.findElement(By.id("me-rematch-reason")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.driver.findElement(By.id("me-rematch-reason")).sendKeys("Our hours never line up.");
        browser.driver.findElement(By.cssSelector("#me-rematch button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("me-mentor-status")).getText().contains("another mentor"));
        waiting().until(d -> d.findElement(By.id("me-mentor-details")).getText().contains("No mentor yet"));
        assertThat(matchedMentor(learner)).as("the match is gone").isNull();
    }

    /**
     * A mentor invited by name is confirmed by name and address, greeted by name in the invitation,
     * and finds that name in their profile's form at the first visit (the sign-in's name claim).
     */
    @Test
    void aMentorInvitedByNameIsConfirmedGreetedAndFindsTheNameInTheirProfile() throws Exception {
        String malik = "malik-" + run + "@example.org";
        signIn(lcm, "lcm");
        open("/en/staff/dashboard.html?cohort=" + cohortId);
        WebElement form = visible("#team-invite");
        form.findElement(By.id("team-invite-email")).sendKeys(malik);
        form.findElement(By.id("team-invite-name")).sendKeys("Malik Benali");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> form.getText().contains("Malik Benali (" + malik + ") has been invited as a mentor."));
        assertThat(outbox(malik).at("/0/text").asText()).startsWith("Hello Malik Benali,\n")
                .contains("That sign-in page asks for no password");

        signIn(malik, "mentor");
        open("/en/staff/mentor.html");
        waiting().until(d -> "Malik Benali".equals(d.findElement(By.id("profile-name")).getAttribute("value")));
    }

    @Test
    void aMentorWithoutAProfileFillsInTheEmptyFormAndSavesIt() throws Exception {
        String email = "pia-" + run + "@example.org";
        signIn(email, "mentor");
        browser.consoleErrors(); // what the sign-in pages logged
        open("/en/staff/mentor.html");
        assertThat(visible("#mentor-profile-state").getText()).contains("no profile yet");
        // No profile yet is the page's empty state, not a failed request in the console.
        assertThat(browser.consoleErrors()).as("the console at a new mentor's first visit")
                .noneMatch(m -> m.contains("/api/mentors/me"));
        assertThat(browser.driver.findElements(By.cssSelector("#profile-slots li"))).as("one empty slot to fill").hasSize(1);
        browser.driver.findElement(By.id("profile-name")).sendKeys("Pia Lindqvist");
        // Paths by their title, languages by name (English is ticked for an English page).
        browser.driver.findElement(By.xpath("//label[text()='Web basics: HTML and CSS in 6 weeks']")).click();
        browser.driver.findElement(By.xpath("//label[text()='Getting started with Python in 8 weeks']")).click();
        browser.driver.findElement(By.xpath("//label[text()='Spanish']")).click();
        WebElement zoneField = browser.driver.findElement(By.id("profile-timezone"));
        Select zone = new Select(zoneField);
        assertThat(zone.getFirstSelectedOption().getAttribute("value")).as("the browser's own zone").isNotEmpty();
        // Stockholm is not a common zone: it is listed once the list is opened.
        zoneField.click();
        zoneField.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        zone.selectByVisibleText(ZoneLabels.today("Stockholm — Central European Time (UTC+1)", "Europe/Stockholm"));
        // Every zone under its current name, its city in words; the common ones by offset.
        List<String> values = zone.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertThat(values).contains("Europe/Kyiv", "Asia/Kathmandu", "America/Nuuk", "Asia/Yangon", "Atlantic/Faroe")
                .doesNotContain("Europe/Kiev", "Asia/Katmandu", "America/Godthab", "Asia/Rangoon", "Asia/Saigon",
                        "Pacific/Truk", "Pacific/Ponape", "Atlantic/Faeroe", "Africa/Asmera");
        String every = browser.driver.findElement(By.id("profile-timezone")).getAttribute("textContent");
        assertThat(every).contains("Dumont d’Urville Station — ", ZoneLabels.today("Center, North Dakota — Central Time (UTC−6)", "America/North_Dakota/Center"),
                "Algiers — Central European Time (UTC+1)").doesNotContain("DumontDUrville", "_", "Standard Time (UTC+1)");
        assertThat(browser.driver.findElement(By.cssSelector("#profile-timezone optgroup option")).getText())
                .isEqualTo(ZoneLabels.today("Pago Pago — Samoa Time (UTC−11)", "Pacific/Pago_Pago"));
        browser.driver.findElement(By.id("profile-capacity")).sendKeys("2");
        WebElement slot = browser.driver.findElement(By.cssSelector("#profile-slots li"));
        new Select(slot.findElement(By.cssSelector("[data-part=day]"))).selectByValue("sat");
        browser.driver.executeScript("arguments[0].value = '22:00'; arguments[1].value = '01:00';",
                slot.findElement(By.cssSelector("[data-part=from]")), slot.findElement(By.cssSelector("[data-part=to]")));
        browser.driver.findElement(By.id("profile-paused")).click();
        browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("profile-status")).getText().equals("Your profile is saved."));
        assertThat(browser.driver.findElement(By.id("mentor-profile-state")).getText()).isEqualTo("0 of 2 places used.");

        JsonNode saved = HubClient.parse(client.json("GET", "/api/mentors/me", staffToken(email, "mentor"), null));
        assertThat(saved.get("name").asText()).isEqualTo("Pia Lindqvist");
        assertThat(saved.get("paths").toString()).isEqualTo("[\"python-8-weeks\",\"web-basics-6-weeks\"]");
        assertThat(saved.get("languages").toString()).isEqualTo("[\"en\",\"es\"]");
        assertThat(saved.get("paused").asBoolean()).isTrue();
        assertThat(saved.get("availability").toString()).isEqualTo("[{\"day\":\"sat\",\"from\":\"22:00\",\"to\":\"01:00\"}]");

        // Opened again, the saved zone (not a common one) stands in the list's order, not alone at its end,
        // before the list was ever opened.
        open("/en/staff/mentor.html");
        waiting().until(d -> "Europe/Stockholm".equals(d.findElement(By.id("profile-timezone")).getAttribute("value")));
        @SuppressWarnings("unchecked")
        List<String> others = (List<String>) browser.driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#profile-timezone optgroup:last-of-type option'), function (o) { return o.text; });");
        assertThat(others).as("the other zones").hasSizeGreaterThan(100).contains(ZoneLabels.today("Stockholm — Central European Time (UTC+1)", "Europe/Stockholm"));
        assertThat(others.indexOf(ZoneLabels.today("Stockholm — Central European Time (UTC+1)", "Europe/Stockholm"))).isLessThan(others.size() - 1);
        assertThat((Boolean) browser.driver.executeScript("var t = arguments[0], c = new Intl.Collator('en');"
                + " return t.every(function (x, i) { return i === 0 || c.compare(t[i - 1], x) <= 0; });", others))
                .as("the other zones in order").isTrue();

        // A language the page offers no box for keeps its box, named in words rather than by its code.
        assertThat(client.json("PUT", "/api/mentors/me", staffToken(email, "mentor"), "{\"name\":\"Pia Lindqvist\","
                + "\"paths\":[\"python-8-weeks\"],\"skills\":[],\"languages\":[\"en\",\"ru\"],\"timezone\":\"Europe/Stockholm\","
                + "\"capacity\":2,\"availability\":[{\"day\":\"sat\",\"from\":\"10:00\",\"to\":\"12:00\"}]}").statusCode())
                .isEqualTo(200);
        open("/en/staff/mentor.html");
        waiting().until(d -> !d.findElements(By.xpath("//label[text()='Russian']")).isEmpty());
        assertThat(browser.driver.findElements(By.xpath("//label[text()='ru']"))).isEmpty();
    }

    @Test
    void aMentorOnTheFrenchPageGetsTheirMailsInFrenchUnlessTheyChooseEnglish() throws Exception {
        String email = "lea-mail-" + run + "@example.org";
        StaffSignIn.signIn(browser, hub, email, "mentor", "fr", null);
        open("/fr/staff/espace-mentor.html");
        visible("#mentor-profile-state");
        // Each language named in its own words, never by its code; the page's own is offered.
        WebElement choice = browser.driver.findElement(By.id("profile-mail-language"));
        assertThat(choice.findElement(By.tagName("legend")).getText().replace("\u2060", ""))
                .isEqualTo("Langue des e-mails que le hub vous envoie");
        assertThat(choice.findElements(By.tagName("label"))).extracting(WebElement::getText)
                .containsExactly("English", "Français");
        assertThat(browser.driver.findElement(By.id("profile-mail-language-fr")).isSelected()).isTrue();

        // Mentors in English too, which the page lists first.
        browser.driver.findElement(By.id("profile-name")).sendKeys("Léa Martin");
        browser.driver.findElement(By.cssSelector("#profile-paths input[value='python-8-weeks']")).click();
        browser.driver.findElement(By.id("profile-language-en")).click();
        browser.driver.findElement(By.id("profile-capacity")).sendKeys("2");
        WebElement slot = browser.driver.findElement(By.cssSelector("#profile-slots li"));
        browser.driver.executeScript("arguments[0].value = '18:00'; arguments[1].value = '20:00';",
                slot.findElement(By.cssSelector("[data-part=from]")), slot.findElement(By.cssSelector("[data-part=to]")));
        browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("profile-status")).getText().equals("Votre profil est enregistré."));
        String token = staffToken(email, "mentor");
        JsonNode saved = HubClient.parse(client.json("GET", "/api/mentors/me", token, null));
        assertThat(saved.get("languages").toString()).isEqualTo("[\"en\",\"fr\"]");
        assertThat(saved.get("mailLanguage").asText()).isEqualTo("fr");
        accessible("staff-mentor-fr-mail-language");

        // Chosen and saved, it stays, whatever page opens the profile next.
        open("/en/staff/mentor.html");
        waiting().until(d -> "Léa Martin".equals(d.findElement(By.id("profile-name")).getAttribute("value")));
        assertThat(browser.driver.findElement(By.id("profile-mail-language-fr")).isSelected()).isTrue();
        browser.driver.findElement(By.cssSelector("label[for='profile-mail-language-en']")).click();
        browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("profile-status")).getText().equals("Your profile is saved."));
        assertThat(HubClient.parse(client.json("GET", "/api/mentors/me", token, null)).get("mailLanguage").asText())
                .isEqualTo("en");
    }

    @Test
    void theSitesMentorProfilePagesLeadToTheOneEditor() throws Exception {
        for (String page : List.of("/en/mentor-profile.html", "/fr/profil-mentor.html")) {
            open(page);
            WebElement link = visible("main a.button");
            assertThat(link.getAttribute("href")).endsWith(page.startsWith("/en") ? "/en/staff/mentor.html"
                    : "/fr/staff/espace-mentor.html");
            assertThat(browser.driver.findElements(By.cssSelector("main form"))).isEmpty();
        }
    }

    @Test
    void withoutASignInTheStaffPagesSaySoAndLinkToIt() throws IOException {
        open(StaffSignIn.page("en"));
        browser.driver.executeScript("sessionStorage.clear()");
        for (String page : List.of("en/staff/matching", "en/staff/mentor", "fr/staff/appariement", "fr/staff/espace-mentor",
                "en/staff/dashboard", "fr/staff/cohortes")) {
            open("/" + page + ".html");
            WebElement notice = visible("#staff-signin-needed");
            String signInPage = StaffSignIn.page(page.substring(0, 2));
            assertThat(notice.findElement(By.tagName("a")).getAttribute("href")).contains(signInPage + "?return=/" + page);
            assertThat(visible("#staff-sign-in").getAttribute("href")).contains(signInPage + "?return=/" + page);
            assertThat(browser.driver.findElements(By.cssSelector("form")).stream().filter(WebElement::isDisplayed)).isEmpty();
            accessible("staff-" + page.replace('/', '-') + "-signed-out");
        }
    }

    /**
     * An LCM who is no mentor, signed in, opens the mentor page (by a link, or an old bookmark): the
     * page says it is for mentors and leads to her dashboard, never "sign in first" beside her name;
     * her other pages' header does not offer it.
     */
    @Test
    void anLcmWhoIsNoMentorReadsThatTheMentorPageIsForMentorsNotThatSheMustSignIn() throws Exception {
        for (String lang : List.of("en", "fr")) {
            boolean en = lang.equals("en");
            String dashboard = en ? "/en/staff/dashboard.html" : "/fr/staff/tableau-de-bord.html";
            StaffSignIn.signIn(browser, hub, lcm, "lcm", lang, null);
            open(dashboard);
            visible("#staff-sign-out");
            assertThat(browser.driver.findElement(By.cssSelector("[data-staff-link=mentor]")).isDisplayed()).isFalse();
            open(en ? "/en/staff/mentor.html" : "/fr/staff/espace-mentor.html");
            WebElement notice = visible("#staff-wrong-role");
            assertThat(notice.getText()).startsWith(en ? "This page is for mentors, and your account has no mentor role."
                    : "Cette page est réservée aux mentors, et votre compte n’a pas le rôle de mentor.");
            WebElement go = notice.findElement(By.id("staff-wrong-role-dashboard"));
            assertThat(go.getText()).isEqualTo(en ? "Open your dashboard" : "Ouvrir votre tableau de bord");
            assertThat(go.getAttribute("href")).endsWith(dashboard);
            assertThat(browser.driver.findElement(By.id("staff-signin-needed")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .doesNotContain(en ? "Sign in" : "Connectez-vous");
            assertThat(browser.driver.findElements(By.cssSelector("main form")).stream().filter(WebElement::isDisplayed)).isEmpty();
            accessible("staff-" + lang + "-mentor-page-lcm-only");
            go.click();
            waiting().until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(dashboard));
        }
    }

    /**
     * A mentor with 3 mentees asks for 2 places while renaming themself: the capacity field says how
     * many are placed, in the page's language, and everything else stays as typed, so one correction
     * and one save keep it all.
     */
    @Test
    void aCapacityBelowThePlacedMenteesIsSaidOnItsFieldAndTheRestStaysAsTyped() throws Exception {
        for (String lang : List.of("fr", "en")) {
            String email = "emma-" + lang + "-" + run + "@example.org";
            mentor(email, "Emma Leroy");
            moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.mentor(LocalIssuer.subFor(email)))
                    .updateExpression("SET assigned = :n").expressionAttributeValues(Map.of(":n", AttributeValue.fromN("3"))));
            StaffSignIn.signIn(browser, hub, email, "mentor", lang, null);
            open("fr".equals(lang) ? "/fr/staff/espace-mentor.html" : "/en/staff/mentor.html");
            waiting().until(d -> "Emma Leroy".equals(d.findElement(By.id("profile-name")).getAttribute("value")));
            offsetsOfToday();
            WebElement name = browser.driver.findElement(By.id("profile-name"));
            name.clear();
            name.sendKeys("Emma L.");
            WebElement skills = browser.driver.findElement(By.id("profile-skills"));
            skills.clear();
            skills.sendKeys("Python, SQL");
            WebElement capacity = browser.driver.findElement(By.id("profile-capacity"));
            capacity.clear();
            capacity.sendKeys("2");
            browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();

            assertThat(visible("#profile-capacity-error").getAttribute("textContent")).isEqualTo("fr".equals(lang)
                    ? "3\u00a0mentoré·es vous sont déjà confié·es\u00a0: votre capacité ne peut pas être inférieure à 3."
                    : "3 mentees are placed with you: your capacity cannot be lower than 3.");
            assertThat(browser.driver.findElement(By.id("profile-status")).getText()).isEqualTo("fr".equals(lang)
                    ? "Corrigez les champs signalés ci-dessus." : "Please correct the fields marked above.");
            assertThat(capacity.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver.switchTo().activeElement()).isEqualTo(capacity);
            assertThat(name.getAttribute("value")).isEqualTo("Emma L.");
            assertThat(skills.getAttribute("value")).isEqualTo("Python, SQL");
            accessible("staff-" + lang + "-mentor-below-placed");

            capacity.clear();
            capacity.sendKeys("3");
            browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();
            String done = "fr".equals(lang) ? "Votre profil est enregistré." : "Your profile is saved.";
            waiting().until(d -> d.findElement(By.id("profile-status")).getText().equals(done));
            assertThat(browser.driver.findElements(By.cssSelector("#mentor-profile .field-error"))).isEmpty();
            JsonNode saved = HubClient.parse(client.json("GET", "/api/mentors/me", staffToken(email, "mentor"), null));
            assertThat(saved.get("name").asText()).isEqualTo("Emma L.");
            assertThat(saved.get("skills").toString()).isEqualTo("[\"Python\",\"SQL\"]");
            assertThat(saved.get("capacity").asInt()).isEqualTo(3);
        }
    }

    /**
     * The zone list and a zone's words (a mentee's card) give the offset in force today, not the
     * standard one the catalogue bakes: one of Sydney and London keeps summer time on any day.
     */
    private void offsetsOfToday() {
        for (String id : List.of("Australia/Sydney", "Europe/London")) {
            String today = "(" + utc(java.time.ZoneId.of(id).getRules().getOffset(java.time.Instant.now())) + ")";
            assertThat(browser.driver.findElement(By.cssSelector("#profile-timezone option[value='" + id + "']")).getText())
                    .endsWith(today);
        }
        // The catalogue's words, with the offset of today (Auckland is UTC+13 in the southern summer).
        String auckland = (String) browser.driver.executeScript("return LcmI18n.zoneLabel('Pacific/Auckland')");
        assertThat(auckland).startsWith("Auckland — ")
                .endsWith("(" + utc(java.time.ZoneId.of("Pacific/Auckland").getRules().getOffset(java.time.Instant.now())) + ")");
    }

    /** "UTC+11", "UTC+5:30", "UTC\u22123", as the lists write an offset. */
    private static String utc(java.time.ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        int abs = Math.abs(minutes);
        return "UTC" + (minutes < 0 ? "\u2212" : "+") + abs / 60 + (abs % 60 == 0 ? "" : String.format(":%02d", abs % 60));
    }

    @Test
    void theFrenchPagesSpeakFrenchComputeADraftAndSaveAProfile() throws Exception {
        // A French cohort on a path of its own, a French-speaking mentor and learner for it only.
        String path = "pages-fr-" + run;
        String lcmFr = "lcm-fr-" + run + "@example.org";
        HttpResponse<String> cohort = client.json("POST", "/api/cohorts", staffToken(lcmFr, "lcm"), "{\"pathId\":\"" + path
                + "\",\"startDate\":\"" + LocalDate.now().plusDays(14) + "\",\"weeks\":8,\"seats\":10,\"language\":\"fr\","
                + "\"title\":\"Bases des données " + run + "\"}");
        assertThat(cohort.statusCode()).as(cohort.body()).isEqualTo(201);
        String frCohort = HubClient.parse(cohort).get("cohortId").asText();
        mentor("sofiane-" + run + "@example.org", "Sofiane Benali", path, "fr");
        learner("Inès Roux", "fr", path, frCohort);

        StaffSignIn.signIn(browser, hub, lcmFr, "lcm", "fr", null);
        open("/en/staff/matching.html");
        // The address names the cohort shown, and the switch keeps it.
        assertThat(java.net.URI.create(browser.driver.findElement(By.cssSelector("nav a.lang-switch")).getAttribute("href"))
                .getPath()).isEqualTo("/fr/staff/appariement.html");
        assertThat(browser.driver.findElement(By.cssSelector("nav a.lang-switch")).getAttribute("hreflang")).isEqualTo("fr");
        browser.driver.findElement(By.cssSelector("nav a.lang-switch")).click();
        waiting().until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/fr/staff/appariement.html"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.driver.findElement(By.cssSelector("nav a.lang-switch")).getText()).isEqualTo("English");
        assertThat(browser.driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Appariement");
        WebElement select = visible("#matching-cohort-id");
        waiting().until(d -> !new Select(select).getOptions().isEmpty());
        assertThat(new Select(select).getOptions()).extracting(WebElement::getText).singleElement().satisfies(o ->
                // The title first, as the LCM knows the cohort; its start after it.
                assertThat(o).startsWith("Bases des données " + run + " · début le ").doesNotContain("-"));
        // A phone cuts the choice short: the line below the list names the cohort shown in full.
        // A sentence: the start read in full, as a person reads a day (« lundi 21 décembre 2026 »).
        assertThat(waiting().until(d -> d.findElements(By.id("matching-cohort-id-shown")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).getAttribute("textContent").replace('\u00a0', ' '))
                .isEqualTo("Affichage : Bases des données " + run + " · début le "
                        + org.lcmhub.domain.Language.FR.day(LocalDate.now().plusDays(14)) + ".");
        browser.screenshot(375, SCREENSHOTS.resolve("matching-cohort-shown-fr.png"));
        WebElement compute = browser.driver.findElement(By.id("matching-compute"));
        assertThat(compute.getText()).isEqualTo("Calculer un brouillon");
        compute.click();
        waiting().until(d -> cardTitles("#matching-pairs").size() == 1);
        assertThat(cardTitles("#matching-pairs")).containsExactly("Inès Roux avec Sofiane Benali");
        WebElement pair = card("#matching-pairs", "Inès Roux avec Sofiane Benali");
        assertThat(pair.getText()).containsPattern("Adéquation \\d+ / 100").contains("Points forts");
        assertThat(pair.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
        assertThat(pair.findElements(By.tagName("button"))).extracting(WebElement::getText).containsExactly("Imposer", "Exclure");
        assertThat(browser.driver.findElement(By.id("matching-status")).getText()).isEqualTo("Brouillon calculé.");
        assertThat(browser.driver.findElement(By.id("matching-summary")).getText())
                .startsWith("1 binôme proposé. Il peut être publié jusqu’au ");
        assertThat(browser.driver.findElement(By.id("matching-publish")).getText()).isEqualTo("Publier 1 binôme");
        pair.findElement(By.xpath(".//button[text()='Exclure']")).click();
        assertThat(visible("#matching-choice-list").getText()).contains("Exclu : Inès Roux avec Sofiane Benali");
        accessible("staff-appariement");

        // A mentor without a profile fills in the French page and saves it.
        String lea = "lea-" + run + "@example.org";
        signIn(lea, "mentor");
        open("/staff/espace-mentor.html"); // the old address leads to the new page
        waiting().until(d -> d.getCurrentUrl().endsWith("/fr/staff/espace-mentor.html"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.driver.findElement(By.cssSelector("nav a.lang-switch")).getAttribute("href"))
                .endsWith("/en/staff/mentor.html");
        assertThat(visible("#mentor-profile-state").getText()).isEqualTo(
                "Vous n’avez pas encore de profil : remplissez-le puis enregistrez-le.");
        WebElement slot = browser.driver.findElement(By.cssSelector("#profile-slots li"));
        assertThat(slot.findElement(By.cssSelector("[data-remove]")).getAttribute("aria-label")).isEqualTo("Retirer le créneau 1");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=profile-capacity]")).getText())
                .isEqualTo("Combien de mentoré·es pouvez-vous suivre ?");
        browser.driver.findElement(By.id("profile-name")).sendKeys("Léa Fontaine");
        browser.driver.findElement(By.xpath("//label[text()='Les bases du web : HTML et CSS en 6 semaines']")).click();
        assertThat(browser.driver.findElement(By.id("profile-language-fr")).isSelected()).as("the page's language").isTrue();
        browser.driver.findElement(By.id("profile-paused")).click(); // never proposed to other tests' drafts
        new Select(browser.driver.findElement(By.id("profile-timezone"))).selectByVisibleText(ZoneLabels.today("Paris — heure d’Europe centrale (UTC+1)", "Europe/Paris"));
        browser.driver.findElement(By.id("profile-capacity")).sendKeys("2");
        new Select(slot.findElement(By.cssSelector("[data-part=day]"))).selectByValue("wed");
        browser.driver.executeScript("arguments[0].value = '17:00'; arguments[1].value = '19:00';",
                slot.findElement(By.cssSelector("[data-part=from]")), slot.findElement(By.cssSelector("[data-part=to]")));
        browser.driver.findElement(By.cssSelector("#mentor-profile button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("profile-status")).getText().equals("Votre profil est enregistré."));
        assertThat(browser.driver.findElement(By.id("mentor-profile-state")).getText()).isEqualTo("0 place occupée sur 2.");
        assertThat(visible("#mentees-status").getText()).startsWith("Pas encore de mentoré");
        accessible("staff-espace-mentor");

        JsonNode saved = HubClient.parse(client.json("GET", "/api/mentors/me", staffToken(lea, "mentor"), null));
        assertThat(saved.get("name").asText()).isEqualTo("Léa Fontaine");
        assertThat(saved.get("languages").toString()).isEqualTo("[\"fr\"]");
        assertThat(saved.get("availability").toString()).isEqualTo("[{\"day\":\"wed\",\"from\":\"17:00\",\"to\":\"19:00\"}]");
    }
}
