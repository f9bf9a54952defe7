package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.lcmhub.store.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The matching page keeps a draft for the team, in Chromium, English and French at 375 and
 * 1280 px: an LCM computes a draft, pins one pair and excludes another, reloads, and finds the
 * draft and both choices as they were, each card saying what computing again does to it and no
 * publishing offered (the API refuses it) until then; a colleague opening the page finds them too,
 * computes again and publishes, the excluded pair absent; the page then opens on the published
 * pairs alone. A draft past its end is said expired, with
 * computing again as the way on, and no publish button.
 */
class MatchingDraftBrowserIT extends HubBrowserBase {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-md-" + run + "@example.org";
    private final String bruno = "bruno-md-" + run + "@example.org";

    @BeforeAll
    void mentors() throws Exception {
        // The path is this class's own: no other test's mentor is proposed. Places for every case to publish two pairs.
        for (String name : List.of("Nadia Benali", "Pierre Morel")) {
            HttpResponse<String> saved = client.json("PUT", "/api/mentors/me",
                    token(name.split(" ")[0].toLowerCase() + "-md-" + run + "@example.org", "mentor"),
                    "{\"name\":\"" + name + "\",\"paths\":[\"" + path() + "\"],\"skills\":[\"Python\"],"
                            + "\"languages\":[\"fr\",\"en\"],\"timezone\":\"Europe/Paris\",\"capacity\":12,"
                            + "\"availability\":[{\"day\":\"tue\",\"from\":\"18:00\",\"to\":\"21:00\"}]}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        }
    }

    private String path() {
        return "path-md-" + run;
    }

    /** A cohort run by Alice and Bruno, starting in two weeks, with two learners signed up. */
    private Cohort cohort(Language language, String what) throws Exception {
        Cohort cohort = new Cohort("md-" + what + "-" + language.code() + "-" + run, path(), "Données " + language.code() + " " + run,
                language, LocalDate.now().plusDays(14), 8, 20, true, 0, 0,
                Set.of(LocalIssuer.subFor(alice), LocalIssuer.subFor(bruno)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        for (String name : List.of("Lina Haddad", "Tom Girard")) {
            HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + name + "\",\"email\":\""
                    + name.split(" ")[0].toLowerCase() + "-" + cohort.cohortId() + "@example.org\",\"pathId\":\"" + path()
                    + "\",\"cohortId\":\"" + cohort.cohortId() + "\",\"language\":\"" + language.code()
                    + "\",\"timezone\":\"Europe/Paris\",\"goals\":\"Python\",\"hoursPerWeek\":2,\"consent\":true}");
            assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        }
        return cohort;
    }

    private String token(String email, String role) throws Exception {
        HttpResponse<String> answer = client.json("POST", "/dev/token", null,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        return "Bearer " + HubClient.parse(answer).get("token").asText();
    }

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(30));
    }

    private WebElement visible(String css) {
        return waiting().until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    private List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .map(e -> asRead(e.getText())).toList();
    }

    private void width(int px) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", px, "height", 900, "deviceScaleFactor", 1, "mobile", px < 600));
    }

    private void shot(String name, int px) throws Exception {
        browser.screenshot(px, SCREENSHOTS.resolve(name + "-" + px + ".png"));
        width(px);
    }

    @Test
    void aDraftAndItsPinsAndExclusionsOutliveAReloadAndReachAColleagueWhoPublishesIt() throws Exception {
        Words fr = new Words("Imposer", "Exclure", "heure d’Europe centrale", "a été calculé le", "binômes publiés",
                "Exclu\u00a0: ne sera pas publié une fois le brouillon recalculé", "Imposé\u00a0: gardé au prochain calcul",
                "Recalculez pour les appliquer avant de publier.", "Binômes imposés et exclus sur ce brouillon", "Recalculer");
        Words en = new Words("Pin", "Exclude", "Central European Time", "was computed on", "pairs published",
                "Excluded: will not be published once you compute again", "Pinned: kept when you compute again",
                "Compute again to apply them before publishing.", "Pins and exclusions on this draft", "Compute again");
        check(Language.FR, 1280, "/fr/staff/appariement.html", fr);
        check(Language.EN, 375, "/en/staff/matching.html", en);
        check(Language.FR, 375, "/fr/staff/appariement.html", fr);
        check(Language.EN, 1280, "/en/staff/matching.html", en);
    }

    private record Words(String pin, String exclude, String zone, String reopened, String published, String excludedCard,
                         String pinnedCard, String pending, String choicesTitle, String recompute) {
    }

    /** The proposed pairs as their cards mark them: the pair's title, then its mark, if any. */
    private List<String> marks() {
        return browser.driver.findElements(By.cssSelector("#matching-pairs .staff-card")).stream()
                .map(c -> asRead(c.findElement(By.tagName("h4")).getText()) + " | " + c.findElements(By.cssSelector(".pair-choice"))
                        .stream().map(m -> asRead(m.getText())).findFirst().orElse("")).toList();
    }

    private void check(Language language, int px, String page, Words w) throws Exception {
        String pin = w.pin();
        String exclude = w.exclude();
        String zone = w.zone();
        String reopened = w.reopened();
        String published = w.published();
        String cohortCase = px + "";
        Cohort cohort = cohort(language, "kept" + cohortCase);
        String address = page + "?cohort=" + cohort.cohortId();
        browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Paris"));
        StaffSignIn.signIn(browser, hub, alice, "lcm", language.code(), null);
        width(px);
        browser.driver.get(hub.url().resolve(address).toString());
        visible("#matching-cohort button[type=submit]").click();
        waiting().until(d -> d.findElements(By.cssSelector("#matching-pairs .staff-card")).size() == 2);
        List<String> pairs = texts("#matching-pairs .staff-card > h4");
        String summary = visible("#matching-summary").getText();
        // The first pair pinned, the second excluded: choices for the next computation, kept with the draft.
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#matching-pairs .staff-card"));
        cards.get(0).findElement(By.xpath(".//button[text()='" + pin + "']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#matching-choice-list li")).size() == 1);
        browser.driver.findElements(By.cssSelector("#matching-pairs .staff-card")).get(1)
                .findElement(By.xpath(".//button[text()='" + exclude + "']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#matching-choice-list li")).size() == 2);
        List<String> choices = texts("#matching-choice-list li");
        waitForChoicesKept(cohort, 1, 1);
        // Each card says what computing again does to it; publishing waits for that.
        List<String> marked = List.of(pairs.get(0) + " | " + asRead(w.pinnedCard()), pairs.get(1) + " | " + asRead(w.excludedCard()));
        assertThat(marks()).isEqualTo(marked);
        assertThat(browser.driver.findElement(By.id("matching-publish")).isDisplayed()).isFalse();
        assertThat(asRead(visible("#matching-pending").getText())).endsWith(asRead(w.pending()));
        assertThat(asRead(visible("#matching-choices h3").getText())).isEqualTo(asRead(w.choicesTitle()));
        shot("matching-draft-pending-" + language.code(), px);
        String draftId = moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.latestDraft(cohort.cohortId()))).item().get("draftId").s();
        HttpResponse<String> refused = client.json("POST", "/api/cohorts/" + cohort.cohortId() + "/matching/" + draftId
                + "/publish", token(alice, "lcm"), null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Keys.latestDraft(cohort.cohortId()))).item()).doesNotContainKey("publishedAt");

        browser.driver.navigate().refresh();
        waiting().until(d -> d.findElements(By.cssSelector("#matching-pairs .staff-card")).size() == 2);
        assertThat(texts("#matching-pairs .staff-card > h4")).isEqualTo(pairs);
        assertThat(visible("#matching-summary").getText()).isEqualTo(summary);
        // Its end in the reader's own time zone (Paris here), named as the other staff pages name it.
        assertThat(summary).endsWith(zone + ").").doesNotContain("UTC", "universel", "Universal");
        assertThat(texts("#matching-choice-list li")).isEqualTo(choices);
        assertThat(asRead(visible("#matching-status").getText())).contains(reopened).endsWith(asRead(w.pending()));
        assertThat(marks()).isEqualTo(marked);
        assertThat(browser.driver.findElement(By.id("matching-publish")).isDisplayed()).isFalse();
        shot("matching-draft-reloaded-" + language.code(), px);

        // A colleague opens the page: the same draft and choices, publishing not offered; they
        // compute again, and publish the new draft, without the excluded pair.
        StaffSignIn.signIn(browser, hub, bruno, "lcm", language.code(), null);
        width(px);
        browser.driver.get(hub.url().resolve(address).toString());
        waiting().until(d -> d.findElements(By.cssSelector("#matching-pairs .staff-card")).size() == 2);
        assertThat(texts("#matching-pairs .staff-card > h4")).isEqualTo(pairs);
        assertThat(texts("#matching-choice-list li")).isEqualTo(choices);
        assertThat(marks()).isEqualTo(marked);
        assertThat(browser.driver.findElement(By.id("matching-publish")).isDisplayed()).isFalse();
        visible("#matching-recompute").click();
        waiting().until(d -> !d.findElements(By.cssSelector("#matching-pairs .staff-card")).isEmpty()
                && d.findElement(By.id("matching-draft")).isDisplayed()
                && !d.findElement(By.id("matching-publish")).getText().isEmpty()
                && d.findElement(By.id("matching-publish")).isDisplayed());
        List<String> recomputed = texts("#matching-pairs .staff-card > h4");
        assertThat(recomputed).contains(pairs.get(0)).doesNotContain(pairs.get(1));
        assertThat(marks()).allMatch(m -> m.endsWith(" | "));
        assertThat(browser.driver.findElement(By.id("matching-pending")).isDisplayed()).isFalse();
        shot("matching-draft-recomputed-" + language.code(), px);
        visible("#matching-publish").click();
        visible("#matching-confirm-yes").click();
        String result = asRead(visible("#matching-result").getText());
        assertThat(result).contains(published).contains(pairs.get(0)).doesNotContain(pairs.get(1));
        shot("matching-draft-published-" + language.code(), px);

        // Published, it no longer opens the page: the pairs are listed as published.
        browser.driver.navigate().refresh();
        waiting().until(d -> !d.findElements(By.cssSelector("#matching-current-list li")).isEmpty());
        assertThat(browser.driver.findElement(By.id("matching-draft")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("matching-status")).isDisplayed()).isFalse();
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The choices are saved in the background: the reload comes once the draft holds them. */
    private void waitForChoicesKept(Cohort cohort, int pins, int exclusions) {
        waiting().until(d -> {
            Map<String, AttributeValue> latest = moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                    .key(Keys.latestDraft(cohort.cohortId()))).item();
            Map<String, AttributeValue> draft = moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                    .key(Keys.draft(cohort.cohortId(), latest.get("draftId").s()))).item();
            com.fasterxml.jackson.databind.JsonNode choices;
            try {
                choices = new com.fasterxml.jackson.databind.ObjectMapper().readTree(draft.get("choices").s());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return choices.get("pins").size() == pins && choices.get("exclusions").size() == exclusions;
        });
    }

    @Test
    void aDraftPastItsEndIsSaidExpiredAndComputingAgainIsTheWayOn() throws Exception {
        for (Language language : List.of(Language.EN, Language.FR)) {
            Cohort cohort = cohort(language, "expired");
            StaffSignIn.signIn(browser, hub, alice, "lcm", language.code(), null);
            String address = (language == Language.FR ? "/fr/staff/appariement.html" : "/en/staff/matching.html")
                    + "?cohort=" + cohort.cohortId();
            browser.driver.get(hub.url().resolve(address).toString());
            visible("#matching-cohort button[type=submit]").click();
            waiting().until(d -> d.findElements(By.cssSelector("#matching-pairs .staff-card")).size() == 2);
            // A week on: the draft's end has passed; TTL has not removed it yet.
            String ended = String.valueOf(Instant.now().minusSeconds(60).getEpochSecond());
            moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.latestDraft(cohort.cohortId()))
                    .updateExpression("SET draftExpiresAt = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromN(ended))));
            browser.driver.navigate().refresh();
            String said = visible("#matching-status").getText();
            assertThat(said).contains(language == Language.FR ? "Le dernier brouillon a expiré le " : "The last draft expired on ")
                    .contains(language == Language.FR ? "Calculez-en un nouveau." : "Compute a new one.");
            assertThat(browser.driver.findElement(By.id("matching-draft")).isDisplayed()).isFalse();
            assertThat(visible("#matching-compute").isEnabled()).isTrue();
            shot("matching-draft-expired-" + language.code(), language == Language.FR ? 1280 : 375);
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
