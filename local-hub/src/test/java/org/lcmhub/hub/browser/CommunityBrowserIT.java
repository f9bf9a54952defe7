package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A cohort's places in Chromium, English then French, axe-core clean at 375 and 1280 px: an LCM
 * adds a chat (a plain-http address refused in place first) and the weekly call on the dashboard,
 * and a webhook address off Slack's hosts is refused; the code of conduct and an FAQ entry, which
 * becomes a guide draft; an enrolled learner of the cohort sees them on My page, the call's day in
 * the page's language, agrees to be named and reports a problem privately, which the LCM reads,
 * handles and finds in the moderation log.
 */
class CommunityBrowserIT extends HubBrowserBase {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-" + run + "@example.org";
    private Cohort cohort;
    private LearnerKey awa;

    @BeforeAll
    void start() throws Exception {
        cohort = new Cohort("cb-" + run, "python-8-weeks", "Python du jeudi " + run, Language.FR, LocalDate.now().minusWeeks(1), 8,
                20, true, 0, 0, Set.of(LocalIssuer.subFor(alice)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort);
        String id = UUID.randomUUID().toString();
        awa = LearnerKey.issue(id);
        new DynamoSignupStore(moto.dynamo(), moto.table()).place(new Learner(id, "Awa Diallo", "awa." + run + "@example.org",
                cohort.pathId(), cohort.cohortId(), Language.FR, "Europe/Paris", null, null, LearnerStatus.ENROLLED, null,
                Instant.now()), awa.hash(), Instant.now(), Duration.ZERO);
    }

    /** A line of the delivery log to the team's channel, as the deliverer records it. */
    private void logged(String event, String status, String error) {
        var deliveries = new org.lcmhub.community.store.dynamodb.DynamoDeliveryStore(moto.dynamo(), moto.table());
        Instant at = Instant.now().minusSeconds(3600);
        deliveries.claim(cohort.cohortId(), "staff", event + "#" + run, event, at, at);
        deliveries.finish(cohort.cohortId(), "staff", event + "#" + run, status, 1, error, at);
    }

    private void open(String path) {
        browser.driver.get(hub.url().resolve(path).toString());
    }

    /** Lists are drawn again when their data comes back: an element gone meanwhile is looked up again. */
    private org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting() {
        return new PageWait(browser.driver, Duration.ofSeconds(30));
    }

    private WebElement field(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void add(String kind, String label, String url) {
        new Select(field("community-kind")).selectByValue(kind);
        field("community-label").clear();
        field("community-label").sendKeys(label);
        field("community-url").clear();
        field("community-url").sendKeys(url);
        field("community-add").findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The form that adds a place as the page gave it: no kind, day, hour, zone or length of a place edited. */
    private void freshForm(String zone) {
        assertThat(new Select(field("community-kind")).getFirstSelectedOption().getAttribute("value")).isEqualTo("slack");
        assertThat(field("community-label").getAttribute("value")).isEmpty();
        assertThat(field("community-url").getAttribute("value")).isEmpty();
        assertThat(new Select(field("community-day")).getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(field("community-time").getAttribute("value")).isEmpty();
        assertThat(field("community-zone").getAttribute("value")).isEqualTo(zone);
        assertThat(field("community-duration").getAttribute("value")).isEqualTo("60");
        assertThat(field("community-call").isDisplayed()).isFalse();
    }

    private String status() {
        return field("community-add").findElement(By.cssSelector("[role=status]")).getText();
    }

    /**
     * A place is edited in the form that adds one, filled with it and named in its heading; a bad
     * address is refused in place, "Cancel" leaves the place as it was and gives the focus back to
     * its button, "Save the changes" changes it where it stands in the list. Its own cohort, so the
     * other test's places stay as they are.
     */
    @Test
    void anLcmEditsAPlaceInTheFormThatAddsOne() throws Exception {
        Cohort own = new Cohort("cbe-" + run, "python-8-weeks", "Python edit " + run, Language.FR, LocalDate.now().minusWeeks(1), 8,
                20, true, 0, 0, Set.of(LocalIssuer.subFor(alice)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(own);
        for (String lang : List.of("en", "fr")) {
            boolean en = "en".equals(lang);
            StaffSignIn.signIn(browser, hub, alice, null, "lcm", lang, null);
            open((en ? "/en/staff/dashboard.html" : "/fr/staff/tableau-de-bord.html") + "?cohort=" + own.cohortId());
            waiting().until(d -> d.findElement(By.id("community")).isDisplayed());
            String zone = field("community-zone").getAttribute("value");
            String old = en ? "Old chat" : "Ancien salon";
            add("slack", old, "https://example.slack.com/archives/" + lang);
            waiting().until(d -> asRead(status()).equals((en ? "Place added: " : "Lieu ajouté : ") + old));
            String weekly = en ? "Weekly call" : "Appel de la semaine";
            new Select(field("community-kind")).selectByValue("call");
            new Select(field("community-day")).selectByValue("thu");
            browser.driver.executeScript("document.getElementById('community-time').value = '18:30'");
            new Select(field("community-zone")).selectByValue("Europe/Paris");
            field("community-duration").clear();
            field("community-duration").sendKeys("45");
            add("call", weekly, "https://meet.jit.si/weekly-" + lang);
            waiting().until(d -> asRead(status()).equals((en ? "Place added: " : "Lieu ajouté : ") + weekly));
            freshForm(zone);
            // The call edited first, then the chat: its day, hour, zone and length go with it.
            waiting().until(d -> d.findElements(By.cssSelector("#community-channels button[aria-label='"
                    + (en ? "Edit " : "Modifier ") + weekly + "']")).stream().findFirst().orElse(null)).click();
            assertThat(new Select(field("community-day")).getFirstSelectedOption().getAttribute("value")).isEqualTo("thu");
            WebElement edit = waiting().until(d -> d.findElements(By.cssSelector("#community-channels button[aria-label='"
                    + (en ? "Edit " : "Modifier ") + old + "']")).stream().findFirst().orElse(null));
            edit.click();
            assertThat(field("community-add-heading").getText()).isEqualTo((en ? "Change " : "Modifier ") + old);
            assertThat(field("community-label").getAttribute("value")).isEqualTo(old);
            assertThat(field("community-label")).isEqualTo(browser.driver.switchTo().activeElement());
            WebElement save = field("community-add").findElement(By.cssSelector("button[type=submit]"));
            assertThat(save.getText()).isEqualTo(en ? "Save the changes" : "Enregistrer les modifications");
            browser.assertAccessible(axe, SCREENSHOTS, "community-edit-" + lang);
            // "Cancel": nothing changes, the form adds again, the focus is back on the place's button.
            field("community-label").sendKeys(" typed");
            field("community-add").findElement(By.xpath(".//button[text()='" + (en ? "Cancel" : "Annuler") + "']")).click();
            assertThat(field("community-add-heading").getText()).isEqualTo(en ? "Add a place" : "Ajouter un lieu");
            freshForm(zone);
            WebElement again = field("community-channels").findElement(By.cssSelector("button[aria-label='"
                    + (en ? "Edit " : "Modifier ") + old + "']"));
            assertThat(again).isEqualTo(browser.driver.switchTo().activeElement());
            again.click();
            String renamed = en ? "Python chat" : "Salon Python";
            add("discord", renamed, "http://discord.gg/python");
            waiting().until(d -> "true".equals(field("community-url").getAttribute("aria-invalid")));
            assertThat(status()).contains("https://");
            add("discord", renamed, "https://discord.gg/python-" + lang);
            waiting().until(d -> asRead(status()).equals((en ? "Place changed: " : "Lieu modifié : ") + renamed));
            waiting().until(d -> field("community-channels").getText().contains(renamed + " · Discord"));
            assertThat(field("community-channels").findElements(By.tagName("li"))).hasSize(en ? 2 : 4);
            assertThat(field("community-add-heading").getText()).isEqualTo(en ? "Add a place" : "Ajouter un lieu");
            freshForm(zone);
            assertThat(field("community-channels").findElement(By.linkText(renamed)).getAttribute("href"))
                    .isEqualTo("https://discord.gg/python-" + lang);
        }
    }

    @Test
    void anLcmAddsPlacesAndTheLearnerSeesThemOnMyPage() throws Exception {
        for (String lang : List.of("en", "fr")) {
            // Named in English (the ID token's name), as the page header names her; without a name in French.
            StaffSignIn.signIn(browser, hub, alice, "en".equals(lang) ? "Alice Martin" : null, "lcm", lang, null);
            if ("fr".equals(lang)) { // an LCM in Toronto, whose browser says so
                browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Toronto"));
            }
            open(("fr".equals(lang) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort="
                    + cohort.cohortId());
            waiting().until(d -> d.findElement(By.id("community")).isDisplayed());
            // The cohort picker leads with the title, its start after it (begun a week ago: under way since it);
            // the line below names it in full.
            String option = new Select(field("dash-cohort")).getFirstSelectedOption().getAttribute("textContent");
            assertThat(option).startsWith(cohort.title() + ("fr".equals(lang) ? " · en cours depuis le " : " · under way since "));
            // A sentence: the start read in full, as a person reads a day ("Monday 14 December 2026").
            assertThat(field("dash-cohort-shown").getAttribute("textContent").replace('\u00a0', ' ')).isEqualTo(
                    ("fr".equals(lang) ? "Affichage : " : "Showing ") + cohort.title() + ("fr".equals(lang) ? " · en cours depuis le " : " · under way since ")
                            + Language.of(lang).day(cohort.startDate()) + ".");
            if ("fr".equals(lang)) {
                // The log's lines read as sentences: what the refusal means and what to do, in plain
                // words; the status code stays in the API's log, in no sentence and no tooltip.
                waiting().until(d -> field("community-log").getText().contains("Point du jour → le canal de l’équipe : non remis, "));
                WebElement failed = field("community-log").findElement(By.xpath("./li[contains(., 'non remis')]"));
                assertThat(failed.getText()).contains(". Le service de discussion ne connaît pas l’adresse de ce canal : ",
                        "Que faire\u202f? Créez sur le service une nouvelle adresse de publication pour le canal "
                                + "et enregistrez-la sous « Publier dans un canal ».");
                assertThat(field("community-log").getText()).doesNotContain("404", "HTTP");
                assertThat(failed.getAttribute("title")).isNullOrEmpty();
                assertThat(field("community-log").getText()).contains("Demande d’aide → le canal de l’équipe : remis, ")
                        .doesNotContain("Le canal", "le service a répondu");
                // The form explains the providers' word rather than leaving it to the reader.
                assertThat(field("community-hook").findElement(By.cssSelector("label[for=hook-url]")).getText())
                        .isEqualTo("L’adresse de publication du canal");
                assertThat(field("community-heading").findElement(By.xpath("..")).getText()).doesNotContain("webhook entrant du canal");
                // The logs say which clock their times are on: the reader's, not the reminder's or the call's.
                String toronto = String.valueOf(browser.driver.executeScript("return LcmI18n.zone('America/Toronto')"));
                assertThat(field("community-log-zone").getAttribute("textContent")).isEqualTo("Heures à l’horloge de votre navigateur\u00a0: " + toronto + ".");
                assertThat(field("mod-log-zone").getAttribute("textContent")).isEqualTo(field("community-log-zone").getAttribute("textContent"));
                // Each time in the reader's zone (Toronto's here), which the line above named: not again on each line.
                assertThat(field("community-log").getText()).containsPattern("non remis, \\w+\\.? \\d+(?:er)? \\S+ \\d{4} à \\d{1,2}[ \u00a0]h(?:[ \u00a0]\\d{2})?\\.")
                        .doesNotContain(toronto).doesNotContain("(");
                assertThat(field("mod-log").getText()).doesNotContain(toronto).doesNotContain("(");
            }
            if ("en".equals(lang)) {
                add("slack", "#python-thursday", "http://example.slack.com/archives/C1");
                waiting().until(d -> "true".equals(field("community-url").getAttribute("aria-invalid")));
                assertThat(status()).contains("https://");
                add("slack", "#python-thursday", "https://example.slack.com/archives/C1");
                waiting().until(d -> status().equals("Place added: #python-thursday"));
                // Removing a place is asked first, naming it; "keep" keeps it; then it goes, and is said gone.
                add("docs", "Old notes", "https://docs.example.org/old");
                waiting().until(d -> status().equals("Place added: Old notes"));
                waiting().until(d -> d.findElements(By.cssSelector("#community-channels li")).size() == 2);
                WebElement removeOld = field("community-channels").findElement(By.cssSelector("button[aria-label='Remove Old notes']"));
                removeOld.click();
                waiting().until(d -> field("community-confirm").isDisplayed());
                assertThat(field("community-confirm-text").getText())
                        .isEqualTo("Remove Old notes from the cohort’s places? Learners will no longer find it on My page.");
                // The button that asked steps aside while the question is open; the answers say what they do.
                assertThat(removeOld.isDisplayed()).isFalse();
                assertThat(field("community-confirm-yes").getText()).isEqualTo("Remove this place");
                assertThat(field("community-confirm-no").getText()).isEqualTo("Keep this place");
                field("community-confirm-no").click();
                assertThat(field("community-confirm").isDisplayed()).isFalse();
                assertThat(removeOld.isDisplayed()).isTrue();
                assertThat(field("community-channels").findElements(By.tagName("li"))).hasSize(2);
                field("community-channels").findElement(By.cssSelector("button[aria-label='Remove Old notes']")).click();
                waiting().until(d -> field("community-confirm").isDisplayed());
                field("community-confirm-yes").click();
                waiting().until(d -> status().equals("Place removed: Old notes"));
                waiting().until(d -> d.findElements(By.cssSelector("#community-channels li")).size() == 1);
                // A webhook address off Slack's hosts is refused in place; nothing is kept.
                waiting().until(d -> field("community-hooks").getText().equals("No channel receives posts yet."));
                field("hook-url").sendKeys("https://hooks.example.org/services/T0/B0/secret");
                field("community-hook").findElement(By.cssSelector("button[type=submit]")).click();
                waiting().until(d -> "true".equals(field("hook-url").getAttribute("aria-invalid")));
                assertThat(field("community-hook").findElement(By.cssSelector("[role=status]")).getText())
                        .contains("cannot be used");
                // Another service's address is named as such, beside the service chosen.
                field("hook-url").clear();
                field("hook-url").sendKeys("https://discord.com/api/webhooks/1/abc");
                field("community-hook").findElement(By.cssSelector("button[type=submit]")).click();
                waiting().until(d -> field("community-hook").findElement(By.cssSelector("[role=status]")).getText()
                        .startsWith("This is a Discord address"));
                assertThat(field("community-hook").findElement(By.cssSelector("[role=status]")).getText())
                        .isEqualTo("This is a Discord address, and the service chosen is Slack: choose Discord as the service, "
                                + "or give the posting address Slack made for the channel.");
                assertThat(field("community-log").getText()).isEqualTo("Nothing posted yet.");
                logged("digest", "failed", "HTTP 404");
                logged("asked-for-help", "sent", null);
                // The team writes the cohort's code of conduct; the log says who did.
                waiting().until(d -> field("moderation").isDisplayed());
                waiting().until(d -> field("mod-reports").getText().equals("No report so far."));
                field("mod-conduct-text").sendKeys("Soyez bienveillants.\n\nPas de publicité, pas de message privé sans demander.");
                field("mod-conduct").findElement(By.cssSelector("button[type=submit]")).click();
                waiting().until(d -> field("mod-conduct").findElement(By.cssSelector("[role=status]")).getText()
                        .equals("Code of conduct saved."));
                waiting().until(d -> field("mod-log").getText().contains("Alice Martin: Code of conduct updated"));
                assertThat(field("mod-log").getText()).doesNotContain(alice);
                // Its times are on the clock named once above it ("Times are on your browser's clock: …"), not on each line.
                String zone = String.valueOf(browser.driver.executeScript("return LcmI18n.zone(LcmI18n.browserZone())"));
                assertThat(field("mod-log-zone").getAttribute("textContent")).isEqualTo("Times are on your browser’s clock: " + zone + ".");
                assertThat(field("mod-log").getText()).doesNotContain(zone).doesNotContain("(");
            } else {
                new Select(field("community-kind")).selectByValue("call");
                assertThat(field("community-call").isDisplayed()).isTrue();
                // No day or time is chosen for the LCM: a call with a name and an address only is refused, field by field.
                assertThat(new Select(field("community-day")).getFirstSelectedOption().getText()).isEqualTo("Choisissez un jour");
                assertThat(field("community-time").getAttribute("value")).isEmpty();
                add("call", "Appel du jeudi", "https://meet.jit.si/python-jeudi");
                waiting().until(d -> "true".equals(field("community-day").getAttribute("aria-invalid")));
                assertThat(field("community-time").getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(status()).isEqualTo("Choisissez le jour de l’appel. Donnez l’heure en heures et minutes, par exemple 18 h 30.");
                assertThat(field("community-channels").findElements(By.tagName("li"))).hasSize(1);
                new Select(field("community-day")).selectByValue("thu");
                // The zone starts on the browser's own, both in words; the LCM picks Paris by its name.
                Select zone = new Select(field("community-zone"));
                assertThat(zone.getFirstSelectedOption().getText()).isEqualTo(ZoneLabels.today("Toronto — heure de l’Est (UTC−5)", "America/Toronto"));
                assertThat(zone.getOptions()).extracting(WebElement::getText).noneMatch(text -> text.contains("/"));
                zone.selectByVisibleText(ZoneLabels.today("Paris — heure d’Europe centrale (UTC+1)", "Europe/Paris"));
                browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
                browser.driver.executeScript("document.getElementById('community-time').value = '18:30'");
                add("call", "Appel du jeudi", "https://meet.jit.si/python-jeudi");
                waiting().until(d -> asRead(status()).equals("Lieu ajouté : Appel du jeudi"));
                field("faq-question").sendKeys("Où trouver les exercices ?");
                field("faq-answer").sendKeys("Dans le dossier partagé, rangés par semaine.");
                field("community-faq-add").findElement(By.cssSelector("button[type=submit]")).click();
                waiting().until(d -> field("community-faq").getText().contains("Où trouver les exercices ?"));
                // Each entry's buttons sit under its answer, a short one too, never beside it (1280 px here).
                assertThat(browser.driver.executeScript("return [...document.querySelectorAll('#community-faq li')].every(li => {"
                        + " const answer = li.querySelector('p'), button = li.querySelector('button');"
                        + " return !button || button.getBoundingClientRect().top >= answer.getBoundingClientRect().bottom; })"))
                        .as("the FAQ's buttons under each answer").isEqualTo(true);
                field("community-faq").findElement(By.xpath(".//button[text()='En faire un brouillon de guide']")).click();
                // Said under the entry, by its button, not under the form further down.
                WebElement drafted = waiting().until(d -> field("community-faq").findElements(By.cssSelector("li [role=status]"))
                        .stream().filter(p -> p.getText().startsWith("Un brouillon de guide a été créé")).findFirst().orElse(null));
                // Guides are public: the LCM is told to take names out, and led to the draft.
                assertThat(drafted.getText()).contains("retirez-en tout nom de personne");
                assertThat(drafted.findElement(By.linkText("Ouvrir le brouillon")).getAttribute("href"))
                        .contains("/fr/staff/guides.html?set=");
                // The learner's report (sent in English below, the first time round), read and handled in French.
                waiting().until(d -> field("mod-reports").getText().contains("Awa Diallo"));
                assertThat(field("mod-reports").getText()).contains("Un message dans un canal", "Une remarque moqueuse",
                        "À traiter");
            }
            waiting().until(d -> d.findElements(By.cssSelector("#community-channels li")).size() == ("en".equals(lang) ? 1 : 2));
            assertThat(field("main").getText()).doesNotContain("slack ·").doesNotContain(cohort.cohortId());
            browser.assertAccessible(axe, SCREENSHOTS, "community-dashboard-" + lang);
            if ("fr".equals(lang)) { // the open report's form was checked above; now the LCM handles it
                new Select(field("mod-action-0")).selectByValue("warned");
                field("mod-note-0").sendKeys("Message retiré, auteur averti.");
                field("mod-reports").findElement(By.cssSelector("button")).click();
                waiting().until(d -> field("mod-reports-state").getText().equals("Marqué comme traité et consigné."));
                waiting().until(d -> field("mod-log").getText().contains(alice + " : Avertissement"));
                // The line says whose report it was about, so the log reads alone.
                assertThat(asRead(field("mod-log").getText())).contains(alice + " : Avertissement, sur le signalement envoyé par Awa Diallo");
                // Its time reads as the other logs' do: "à", and no zone (the line above the log names it once).
                assertThat(field("mod-log").getText()).containsPattern("\\d{4} à \\d{1,2}[ \u00a0]h(?:[ \u00a0]\\d{2})?, " + java.util.regex.Pattern.quote(alice));
                assertThat(field("mod-log").getText()).contains("Message retiré, auteur averti.",
                        "Code de conduite modifié", "Question de la FAQ transformée en brouillon de guide");
                waiting().until(d -> field("mod-reports").getText().contains("Traité"));
            }

            open("/" + lang + "/me.html#key=" + awa.token());
            waiting().until(d -> d.findElement(By.id("me-community")).isDisplayed());
            String places = field("me-channels").getText();
            assertThat(places).contains("#python-thursday");
            if ("fr".equals(lang)) {
                assertThat(places).contains("Appel de groupe hebdomadaire", "Appel du jeudi",
                        "Chaque jeudi à 18 h 30 (heure d’Europe centrale), 60 minutes", "Ajouter l’appel à mon agenda");
                field("me-faq").findElement(By.tagName("summary")).click();
                assertThat(field("me-faq").getText()).contains("Où trouver les exercices ?", "rangés par semaine");
                // Her choice from the first time round holds; the code reads in paragraphs.
                assertThat(field("me-share-name").isSelected()).isTrue();
                assertThat(browser.driver.getPageSource()).contains("Les lieux de votre cohorte (sa discussion");
                // Her report, handled by the team above, says what became of it in plain words.
                WebElement mine = waiting().until(d -> field("me-reports-box").isDisplayed() ? field("me-reports") : null);
                assertThat(field("me-reports-box").getText()).startsWith("Vos signalements");
                assertThat(mine.getText()).contains("Un message dans un canal", "Une remarque moqueuse",
                        "la personne concernée a reçu un avertissement").doesNotContain("warned", "handled", "message ·");
            } else {
                assertThat(places).contains("Slack").doesNotContain("Appel");
                assertThat(field("me-share-name").isSelected()).isFalse();
                field("me-share-name").click();
                waiting().until(d -> field("me-share").getText().contains("Saved: the group may greet you by your first name."));
                field("me-problem").findElement(By.tagName("summary")).click();
                field("me-problem-form").findElement(By.cssSelector("button[type=submit]")).click();
                waiting().until(d -> "true".equals(field("me-problem-text").getAttribute("aria-invalid")));
                field("me-problem-text").sendKeys("Une remarque moqueuse sur mon code dans le salon.");
                field("me-problem-form").findElement(By.cssSelector("button[type=submit]")).click();
                waiting().until(d -> field("me-problem-form").getText().contains("Sent. Your LCM team reads it"));
                // The report is listed at once, received and not reviewed yet.
                waiting().until(d -> field("me-reports-box").isDisplayed()
                        && field("me-reports").getText().contains("Received: your LCM team has not reviewed it yet."));
                assertThat(field("me-reports").getText()).contains("A message in a channel", "Une remarque moqueuse");
            }
            // One piece of code sets the code's paragraphs here and on the sign-up form.
            assertThat(browser.driver.executeScript("return typeof LcmConduct.render")).isEqualTo("function");
            waiting().until(d -> field("me-conduct-text").findElements(By.tagName("p")).size() == 2);
            assertThat(field("me-conduct-text").getText()).startsWith("Soyez bienveillants.");
            browser.assertAccessible(axe, SCREENSHOTS, "community-me-" + lang);
        }

        open("/en/staff/dashboard.html?cohort=" + cohort.cohortId());
        waiting().until(d -> field("community-log").getText().contains("Daily digest → the team’s channel: not delivered, "));
        assertThat(field("community-log").getText()).contains(". The chat service does not know this channel’s address: ",
                "What to do: make a new posting address for the channel in the service and save it under “Post to a channel”.")
                .doesNotContain("HTTP", "404");
        assertThat(field("community-log").getText()).contains("Asked for help → the team’s channel: delivered, ")
                .doesNotContain("The team", "the service answered");

        // Before joining: the sign-up form shows the chosen cohort's code of conduct, in either language.
        browser.driver.manage().deleteAllCookies();
        for (String lang : List.of("en", "fr")) {
            open("fr".equals(lang) ? "/fr/paths/python-en-8-semaines.html" : "/en/paths/python-in-8-weeks.html");
            waiting().until(d -> !d.findElements(By.cssSelector("input[name=cohortId][value='" + cohort.cohortId() + "']")).isEmpty());
            browser.driver.findElement(By.cssSelector("input[name=cohortId][value='" + cohort.cohortId() + "']")).click();
            WebElement code = waiting().until(d -> d.findElement(By.cssSelector(".cohort-choices details")).isDisplayed()
                    ? d.findElement(By.cssSelector(".cohort-choices details")) : null);
            code.findElement(By.tagName("summary")).click();
            assertThat(code.getText()).startsWith("fr".equals(lang) ? "Lire le code de conduite de cette cohorte"
                    : "Read this cohort’s code of conduct").contains("Soyez bienveillants.", "Pas de publicité");
            assertThat(code.findElements(By.tagName("p"))).hasSize(2);
            assertThat(browser.driver.executeScript("return typeof LcmConduct.render")).isEqualTo("function");
            browser.assertAccessible(axe, SCREENSHOTS, "community-signup-conduct-" + lang);
        }
    }
}
