package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.store.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner waiting in a cohort more than half over, in Chromium, English and French: My page says
 * the cohort is too far along to give them a seat, with no seat elsewhere the way to a later
 * cohort, and once the path has one, that seat offered first and taken in one step; the cohort's
 * card tells its team the same, naming the cohort those waiting can move to and its start.
 */
class PastHalfWaitlistBrowserIT extends HubBrowserBase {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String lcm = "lcm-half-" + run + "@example.org";

    private WebDriverWait waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(20));
    }

    private WebElement visible(String css) {
        return waiting().until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    private void signUp(String name, String email, Cohort c, String lang) throws Exception {
        HttpResponse<String> signup = client.json("POST", "/api/signups", null, "{\"name\":\"" + name + "\",\"email\":\"" + email
                + "\",\"pathId\":\"" + c.pathId() + "\",\"cohortId\":\"" + c.cohortId() + "\",\"language\":\"" + lang
                + "\",\"timezone\":\"UTC\",\"consent\":true}");
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
    }

    /** The personal link of the newest mail to {@code email}, as the learner clicks it. */
    private String link(String email) throws Exception {
        String text = HubClient.parse(client.json("GET", "/dev/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                null, null)).get("messages").get(0).get("text").asText();
        Matcher m = Pattern.compile("(http\\S+/me\\.html#key=[A-Za-z0-9._-]+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    /**
     * A one-seat cohort of 8 weeks, Kojo seated, Zoé then Ama waiting, whose first day is then moved
     * 40 days back (the sign-up offers no cohort past half): its last day offered went 12 days ago.
     */
    private Cohort stuckCohort(String lang) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Cohort c = new Cohort("half-" + lang + "-" + run, "half-path-" + lang + run, "Night group " + lang.toUpperCase(),
                Language.of(lang), today.minusDays(5), 8, 1, true, 0, 0, Set.of(LocalIssuer.subFor(lcm)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(c);
        for (String name : List.of("Kojo", "Zoé", "Ama")) {
            signUp(name + " Mensah", email(name, lang), c, lang);
        }
        LocalDate start = today.minusDays(40);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.cohort(c.cohortId()))
                .updateExpression("SET startDate = :start, lastOfferedDay = :last")
                .expressionAttributeValues(Map.of(":start", Keys.s(start.toString()),
                        ":last", Keys.s(Offers.lastOfferedDay(start, 8).toString()))));
        return c;
    }

    private String email(String name, String lang) {
        return name.toLowerCase().replace("é", "e") + "-half-" + lang + run + "@example.org";
    }

    @Test
    void aLearnerWaitingInACohortPastItsHalfIsToldSoAndOfferedTheNextCohortFirstAsItsTeamIs() throws Exception {
        for (String lang : List.of("en", "fr")) {
            boolean en = lang.equals("en");
            Cohort stuck = stuckCohort(lang);
            String zoe = email("Zoé", lang);

            // No other cohort of the path has a seat: no seat will come, and the way to a later one.
            browser.driver.get(link(zoe));
            String status = asRead(visible("#me-status").getText());
            assertThat(status).contains(en ? "You are on the waitlist of “" + stuck.title() + "”, but this cohort is too far along to give you a seat"
                            : "Vous êtes sur la liste d’attente de « " + stuck.title() + " », mais cette cohorte est trop avancée pour vous donner une place",
                    en ? "No other cohort of the course path has a seat just now." : "Aucune autre cohorte du parcours n’a de place pour l’instant.")
                    .doesNotContain(en ? "it is yours automatically" : "elle est pour vous");
            assertThat(browser.driver.findElement(By.id("me-elsewhere")).isDisplayed()).isFalse();
            assertThat(visible("#me-lcm-text").getText()).startsWith(en ? "Once you have a seat in a cohort" : "Dès que vous aurez une place dans une cohorte")
                    .doesNotContain(en ? "we email you when a seat is yours" : "nous vous écrivons dès qu’une place");
            browser.assertAccessible(axe, SCREENSHOTS, lang + "-me-past-half-nowhere");

            Cohort next = new Cohort("half-next-" + lang + "-" + run, stuck.pathId(), "Morning group " + lang.toUpperCase(),
                    Language.of(lang), LocalDate.now(ZoneOffset.UTC).plusDays(7), 8, 12, true, 0, 0, stuck.lcms(), Instant.now());
            new DynamoCohortStore(moto.dynamo(), moto.table()).create(next);
            String nextDay = Language.of(lang).day(next.startDate());

            // The team reads it on the cohort's card, with the cohort those waiting can move to.
            StaffSignIn.signIn(browser, hub, lcm, "lcm", lang, null);
            browser.driver.get(hub.url().resolve(en ? "/en/staff/cohorts.html" : "/fr/staff/cohortes.html").toString());
            WebElement card = waiting().until(d -> d.findElements(By.cssSelector(".staff-card[data-cohort='" + stuck.cohortId() + "']"))
                    .stream().findFirst().orElse(null));
            card.findElement(By.cssSelector(".staff-waitlist > summary")).click();
            WebElement none = waiting().until(d -> {
                WebElement p = card.findElement(By.className("staff-waitlist-none"));
                return p.isDisplayed() ? p : null;
            });
            assertThat(asRead(none.getText())).isEqualTo(en
                    ? "More than half over, this cohort gives no more seats to its waitlist: a seat freed or added stays free, as too little"
                    + " of the course path would be left to follow with the group. Its waiting learners can move to “" + next.title()
                    + "”, which starts on " + nextDay + ": their own page offers them that seat."
                    : "À plus de la moitié de son parcours, cette cohorte ne donne plus de place à sa liste d’attente : une place libérée"
                    + " ou ajoutée reste libre, car il resterait trop peu du parcours à suivre avec le groupe. Les personnes en attente"
                    + " peuvent passer à « " + next.title() + " », qui commence le " + asRead(nextDay)
                    + " : leur page personnelle leur propose cette place.");
            waiting().until(d -> card.findElements(By.cssSelector(".staff-waitlist-list > li")).size() == 2);
            browser.assertAccessible(axe, SCREENSHOTS, lang + "-cohort-waitlist-past-half");

            // My page: the seat elsewhere first, right under the words, before the cohort's facts; taken in one step.
            browser.driver.get(link(zoe));
            waiting().until(d -> asRead(d.findElement(By.id("me-status")).getText())
                    .endsWith(en ? "Take a seat in another cohort of the course path instead:" : "Prenez plutôt une place dans une autre cohorte du parcours :"));
            // The line above has said another cohort has seats: the offer names it, without saying so again.
            assertThat(asRead(visible("#me-elsewhere-text").getText())).startsWith(en ? "“" + next.title() + "”, which starts on "
                    + nextDay + ", has seats (" : "« " + next.title() + " », qui commence le " + asRead(nextDay) + ", a des places (");
            Boolean first = (Boolean) browser.driver.executeScript("var e = document.getElementById('me-elsewhere');"
                    + "return e.previousElementSibling.id === 'me-status'"
                    + " && !!(e.compareDocumentPosition(document.getElementById('me-cohort')) & Node.DOCUMENT_POSITION_FOLLOWING);");
            assertThat(first).isTrue();
            browser.assertAccessible(axe, SCREENSHOTS, lang + "-me-past-half-elsewhere");
            visible("#me-move").click();
            // The cohort waited in began 40 days ago: the question says it started then, never that it starts.
            String stuckDay = asRead(Language.of(lang).day(LocalDate.now(ZoneOffset.UTC).minusDays(40)));
            assertThat(asRead(visible("#me-move-confirm-text").getText())).isEqualTo(en
                    ? "Leave the waitlist of “" + stuck.title() + "”, which started on " + stuckDay + ", and take a seat in “"
                    + next.title() + "”, which starts on " + nextDay + "? Your place on the waitlist is given up."
                    : "Quitter la liste d’attente de « " + stuck.title() + " », qui a commencé le " + stuckDay
                    + ", et prendre une place dans « " + next.title() + " », qui commence le " + asRead(nextDay)
                    + "\u202f? Votre place sur la liste d’attente est abandonnée.");
            visible("#me-move-confirm-yes").click();
            waiting().until(d -> asRead(d.findElement(By.id("me-status")).getText())
                    .contains(en ? "You are enrolled in “" + next.title() : "Vous êtes inscrit·e à « " + next.title()));
        }
    }
}
