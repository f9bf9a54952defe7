package org.lcmhub.hub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.guides.GuideSite;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.store.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Guides from the browser, in Chromium against the local hub: an LCM writes a guide and its
 * translation in English, sees the site's check beside the body line and the preview rendered by
 * the bake, sends the set for review; a second LCM, in French, asks for a change; the first fixes
 * it; the second approves, and both pages and the guides list show it; its history restores a
 * version as a new draft. An image uploaded while fixing shows in the preview and on the published
 * page. The guide is for learners of a course path, chosen by its title. A site guide's French
 * translation, for learners of a path, is changed alone: its paths and its pair's translation key
 * stay, and the two pages still link each other. A reader suggests a guide from the public form. axe-core on the editor and the form, screenshots at 375 and 1280 px.
 */
class GuidesBrowserIT extends HubBrowserBase {
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String slug = "keeping-a-team-log-" + run;
    private final String title = "Keeping a team log " + run;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        this.wait = new PageWait(browser.driver, Duration.ofSeconds(30));
    }

    private WebElement find(String css) {
        return wait.until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() ? e : null;
        });
    }

    private void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String email, String lang) {
        String page = lang.equals("fr") ? "/fr/staff/guides.html" : "/en/staff/guides.html";
        StaffSignIn.signIn(browser, hub, email, "lcm", lang, page);
        find("#guides-sets");
    }

    private void openSet() {
        wait.until(d -> d.findElements(By.cssSelector("#guides-sets button")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(title)).findFirst().orElse(null)).click();
        wait.until(d -> d.findElement(By.id("g0-title")).getAttribute("value").equals(title));
    }

    private int status(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(hub.url().resolve(path)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String text(String path) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(hub.url().resolve(path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** A label's words, spaces as spaces (French puts a no-break space before a colon). */
    private String label(String forId) {
        return find("label[for='" + forId + "']").getText().replace('\u00a0', ' ').strip();
    }

    /** The id of the element that has the focus. */
    private String focused() {
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }

    /** Waits for an element to hold the words (French's no-break spaces read as spaces, as WebDriver may give them). */
    private void waitText(String css, String text) {
        try {
            wait.until(d -> spaced(d.findElement(By.cssSelector(css)).getText()).contains(spaced(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(css + " says \"" + browser.driver.findElement(By.cssSelector(css)).getText()
                    + "\", not \"" + text + "\"", e);
        }
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void anLcmWritesAnotherApprovesAndTheGuideIsOnTheSite() throws Exception {
        signIn("ana-" + run + "@example.org", "en");
        find("#guides-new").click();
        // A blank guide is not a page of mistakes: the preview answers, no field says it is missing yet.
        waitText("#guides-preview-status", "Preview of the guide in English");
        assertThat(browser.driver.findElements(By.cssSelector("#guides-forms .field-error"))).isEmpty();
        // A field left empty says so once the author has been there.
        find("#g0-title").click();
        find("#g0-slug").click();
        waitText("#g0-title-error", "This field is required");
        assertThat(browser.driver.findElements(By.id("g0-summary-error"))).as("not reached yet").isEmpty();
        // Saved blank, it is refused with the list of what to fix at the top of the form, where the
        // focus goes; each line leads to its field. A draft needs only what names it: the rest is
        // asked for when it is sent for review.
        find("#guides-save").click();
        waitText("#guides-errors", "Title: This field is required.");
        assertThat(focused()).isEqualTo("guides-errors");
        assertThat(find("#guides-errors").getAttribute("role")).isEqualTo("alert");
        // Said once, by the box: nothing under the buttons repeats that fields need attention.
        assertThat(browser.driver.findElement(By.id("guides-status")).isDisplayed()).as("a second message under Save").isFalse();
        // Listed as the form reads, top to bottom.
        assertThat(find("#guides-errors ul").getText()).containsSubsequence("Title:", "Page address:")
                .doesNotContain("Summary:", "Author:", "LCM roles it serves:", "Topics:", "Text (Markdown):");
        find("#guides-errors a[href='#g0-slug']").click();
        assertThat(focused()).isEqualTo("g0-slug");
        type("#g0-title", title);
        // The page address follows the title (lower case, hyphens) and shows the link it makes.
        wait.until(d -> slug.equals(d.findElement(By.id("g0-slug")).getAttribute("value")));
        assertThat(find("#g0-slug-hint").getText()).contains(hub.url().resolve("/en/guides/" + slug + ".html").toString());
        type("#g0-slug", slug);
        type("#g0-summary", "Why a shared log helps the next LCM of a cohort.");
        type("#g0-author", "Ana Silva");
        find("#g0-tags-community").click();
        type("#g0-body", "## Why\n\nSee [the old page](/en/no-such-page.html).\n");
        // The site's own check, beside the body line it concerns; the preview is the bake's page.
        waitText("#g0-body-lines-error", "Line 3");
        // In the editor's words (a code with the link), not the bake's English for people keeping Git.
        assertThat(find("#g0-body-lines-error").getText()).contains("/en/no-such-page.html", "leads to no page of the site")
                .doesNotContain("the bake produces");
        waitText("#guides-preview", "Why");
        assertThat(find("#guides-preview h1").getText()).isEqualTo(title);
        type("#g0-body", "## Why\n\nA log tells the next LCM what was tried.\n");
        wait.until(d -> d.findElements(By.id("g0-body-lines-error")).isEmpty());

        // Written for learners, and so is its translation; for learners of one course path, chosen by
        // its title (a guide for LCMs is not asked which).
        assertThat(browser.driver.findElement(By.id("g0-paths")).isDisplayed()).isFalse();
        new org.openqa.selenium.support.ui.Select(find("#g0-audience")).selectByValue("learner");
        // LCM roles mean nothing to a learner: not asked, and none is needed to save.
        wait.until(d -> !d.findElement(By.id("g0-roles")).isDisplayed());
        assertThat(label("g0-paths-web-basics-6-weeks")).isEqualTo("Web basics: HTML and CSS in 6 weeks");
        find("#g0-paths-web-basics-6-weeks").click();
        find("#guides-add-translation").click();
        assertThat(browser.driver.findElement(By.id("guides-add-translation")).isDisplayed()).as("both languages are there").isFalse();
        assertThat(new org.openqa.selenium.support.ui.Select(find("#g1-audience")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("learner");
        assertThat(find("#g1-paths-web-basics-6-weeks").isSelected()).isTrue();
        // The original is chosen by its title: this set's guide, or a published guide of the other language.
        org.openqa.selenium.support.ui.Select original = new org.openqa.selenium.support.ui.Select(find("#g1-translationOf"));
        assertThat(original.getFirstSelectedOption().getAttribute("value")).isEqualTo(slug);
        assertThat(original.getFirstSelectedOption().getText()).contains(title);
        wait.until(d -> original.getOptions().stream().anyMatch(o -> "welcoming-a-new-cohort".equals(o.getAttribute("value"))
                && o.getText().equals("Welcoming a new cohort")));
        type("#g1-title", "Tenir un journal d’équipe à l’été " + run);
        wait.until(d -> ("tenir-un-journal-d-equipe-a-l-ete-" + run).equals(d.findElement(By.id("g1-slug")).getAttribute("value")));
        type("#g1-title", "Tenir un journal d'équipe " + run);
        type("#g1-slug", slug + "-fr");
        // A guide that has its French already: the site's check says so in the reader's words, naming it.
        find("label[for='g1-translationOf']").click();
        original.selectByValue("welcoming-a-new-cohort");
        waitText("#g1-translationOf-error", "This language already has a translation of that guide: “Accueillir une nouvelle cohorte”.");
        assertThat(find("#g1-translationOf-error").getText()).doesNotContain("content/", "translationKey");
        original.selectByValue(slug);
        wait.until(d -> d.findElements(By.id("g1-translationOf-error")).isEmpty());
        type("#g1-summary", "Pourquoi un journal partagé aide le ou la prochaine LCM.");
        type("#g1-body", "## Pourquoi\n\nUn journal dit ce qui a été essayé, jusqu'aux courgettes.\n");
        find("#guides-save").click();
        waitText("#guides-status", "Draft saved");
        assertThat(browser.driver.findElement(By.id("guides-errors")).isDisplayed()).as("nothing left to fix").isFalse();
        browser.assertAccessible(axe, SCREENSHOTS, "guides-editor-en");
        // A link to no page holds the set back from review until it is mended.
        type("#g0-body", "## Why\n\nSee [the log](/en/no-such-page.html).\n");
        find("#guides-submit").click();
        waitText("#guides-status", "Not sent for review yet");
        assertThat(find("#guides-errors").getText()).contains("/en/no-such-page.html");
        assertThat(find("#guides-set-state").getText()).startsWith("Draft");
        type("#g0-body", "## Why\n\nA log tells the next LCM what was tried.\n");
        find("#guides-submit").click();
        waitText("#guides-status", "Sent for review");
        assertThat(browser.driver.findElement(By.id("guides-approve")).isDisplayed()).as("the author cannot approve").isFalse();

        signIn("bea-" + run + "@example.org", "fr");
        openSet();
        // The saved set keeps its path, named in the reader's language.
        assertThat(find("#g0-paths-web-basics-6-weeks").isSelected()).isTrue();
        assertThat(label("g0-paths-web-basics-6-weeks")).isEqualTo("Les bases du web : HTML et CSS en 6 semaines");
        assertThat(browser.driver.findElement(By.id("g0-image")).findElement(By.xpath("../..")).isDisplayed())
                .as("no image is added to a set in review").isFalse();
        type("#guides-comment", "Ajoutez un exemple, s'il vous plaît.");
        find("#guides-request-changes").click();
        waitText("#guides-review-status", "Renvoyé");
        waitText("#guides-comments", "Ajoutez un exemple");
        // One's own remark starts its line with a capital, as any line does.
        assertThat(find("#guides-comments li").getText()).startsWith("Vous, ").contains("(demande des modifications)");
        browser.assertAccessible(axe, SCREENSHOTS, "guides-review-fr");

        signIn("ana-" + run + "@example.org", "en");
        openSet();
        waitText("#guides-comments", "asks for changes");
        // The reviewer is named by her address, as in the guide's history.
        waitText("#guides-comments", "bea-" + run + "@example.org");
        type("#g0-body", "## Why\n\nA log tells the next LCM what was tried.\n\nFor example: the week's questions, or the hornworts.\n");
        // An image (a PNG named .jpg: its bytes say what it is) goes in at the cursor and shows in the preview.
        Path fake = Files.createTempFile("board", ".png");
        Files.writeString(fake, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        browser.driver.findElement(By.id("g0-image")).sendKeys(fake.toString());
        waitText("#g0-image-status", "not a PNG, JPEG or WebP image");
        assertThat(find("#g0-body").getAttribute("value")).doesNotContain("/img/guides/");
        Path image = Files.createTempFile("team-log", ".jpg");
        java.awt.image.BufferedImage drawn = new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        drawn.getGraphics().fillRect(10, 10, 100, 40);
        javax.imageio.ImageIO.write(drawn, "png", image.toFile());
        browser.driver.findElement(By.id("g0-image")).sendKeys(image.toString());
        waitText("#g0-image-status", "Image added");
        assertThat(find("#g0-body").getAttribute("value")).containsPattern("!\\[describe the image\\]\\(/img/guides/[0-9a-f]{16}\\.png\\)");
        wait.until(d -> d.findElements(By.cssSelector("#guides-preview img[src^='data:image/png']")).size() == 1);
        browser.assertAccessible(axe, SCREENSHOTS, "guides-image-en");
        find("#guides-submit").click();
        waitText("#guides-status", "Sent for review");

        signIn("bea-" + run + "@example.org", "fr");
        // The review mail's link (GuidesApiIT) opens the set by itself.
        String setId = new DynamoGuideStore(moto.dynamo(), moto.table()).all().stream()
                .filter(s -> s.guides().get(0).title().equals(title)).findFirst().orElseThrow().id();
        browser.driver.get(hub.url().resolve("/fr/staff/guides.html?set=" + setId).toString());
        wait.until(d -> d.findElement(By.id("g0-title")).getAttribute("value").equals(title));
        // Approval asks first, saying where the guides go live; "not yet" publishes nothing.
        find("#guides-approve").click();
        assertThat(find("#guides-confirm").getText()).contains("en ligne pour tout le monde",
                hub.url().resolve("/en/guides/" + slug + ".html").toString(), hub.url().resolve("/fr/guides/" + slug + "-fr.html").toString());
        // Escape, as "not yet", closes the question and gives focus back to the approve button.
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("guides-confirm");
        find("#guides-confirm").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.id("guides-confirm")).isDisplayed());
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("guides-approve");
        find("#guides-approve").click();
        find("#guides-confirm-no").click();
        wait.until(d -> !d.findElement(By.id("guides-confirm")).isDisplayed());
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("guides-approve");
        assertThat(status("/en/guides/" + slug + ".html")).as("not published yet").isEqualTo(404);
        find("#guides-approve").click();
        find("#guides-confirm-yes").click();
        waitText("#guides-review-status", "Publié");
        assertThat(focused()).as("what was published, said where the question was").isEqualTo("guides-review-status");
        // One link a line to each page published, the original and its translation.
        assertThat(browser.driver.findElements(By.cssSelector("#guides-review-status li > a"))).hasSize(2);
        // Every published version is kept: the history offers to restore one, as a new draft.
        wait.until(d -> d.findElements(By.cssSelector("#guides-published button")).stream()
                .filter(b -> spaced(b.getAttribute("aria-label")).equals("Historique du guide « " + title + " »")
                        && b.getText().equals("Historique")).findFirst().orElse(null)).click();
        waitText("#guides-versions", "Version 1");
        // Who wrote and who approved it, by the addresses people know them by, never a sign-in id;
        // headed without an elision to get wrong ("Historique de Accueillir…").
        assertThat(spaced(find("#guides-versions li").getText()))
                .contains("écrite par ana-" + run + "@example.org, approuvée par bea-" + run + "@example.org");
        assertThat(spaced(find("#guides-history-title").getText())).isEqualTo("Historique du guide « " + title + " »");
        // The version on the site is taken up to be changed, not "restored".
        assertThat(find("#guides-versions button").getText()).isEqualTo("Modifier cette version");
        find("#guides-versions button").click();
        waitText("#guides-status", "Un brouillon contenant la version 1, celle du site, est ouvert");

        browser.driver.get(hub.url().resolve("/en/guides/" + slug + ".html").toString());
        assertThat(find("h1").getText()).isEqualTo(title);
        assertThat(find("article").getText()).contains("the week's questions");
        assertThat(text("/en/guides/" + slug + ".md")).contains("\nroles=\naudience=learner\npaths=web-basics-6-weeks\n");
        // Published with the guide: served by the site, and drawn (the browser decoded it).
        WebElement published = find("article img[src^='/img/guides/']");
        assertThat(published.getAttribute("alt")).isEqualTo("describe the image");
        wait.until(d -> Long.valueOf(120).equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth;", published)));
        browser.driver.get(hub.url().resolve("/fr/guides/" + slug + "-fr.html").toString());
        assertThat(find("h1").getText()).startsWith("Tenir un journal");
        browser.driver.get(hub.url().resolve("/en/guides.html").toString());
        assertThat(find("main").getText()).contains(title);
        // Found by the site's search at once: the publish indexed the pages it wrote.
        browser.driver.get(hub.url().resolve("/en/guides.html?q=hornworts").toString());
        wait.until(d -> d.findElements(By.cssSelector("#search-results a[href='/en/guides/" + slug + ".html']")).size() == 1);
        // Its title's words find it first, above an older guide that mentions both ("the team", "a log"),
        // although the small index it is in weighs every word as common.
        browser.driver.get(hub.url().resolve("/en/guides.html?q=team%20log").toString());
        wait.until(d -> d.findElements(By.cssSelector("#search-results .search-list a")).size() >= 2);
        assertThat(browser.driver.findElements(By.cssSelector("#search-results .search-list a")))
                .extracting(a -> a.getAttribute("href")).first().asString().endsWith("/en/guides/" + slug + ".html");
        // In French too, and alone: the pages holding only words that start like it ("cours", "court")
        // are the whole index's answer to a word it lacks, not results.
        browser.driver.get(hub.url().resolve("/fr/guides.html?q=courgettes").toString());
        wait.until(d -> d.findElements(By.cssSelector("#search-results a[href='/fr/guides/" + slug + "-fr.html']")).size() == 1);
        assertThat(browser.driver.findElements(By.cssSelector("#search-results li"))).hasSize(1);
    }

    /** A line added at the end of the first guide's body, then the set saved and sent for review (the page in French). */
    private void addLineAndSendForReviewInFrench(String line) {
        type("#g0-body", find("#g0-body").getAttribute("value") + "\n" + line + "\n");
        find("#guides-save").click();
        waitText("#guides-status", "Brouillon enregistré");
        find("#guides-submit").click();
        waitText("#guides-status", "Envoyé");
    }

    /**
     * A guide on the site in English only, published as an approved set is: every guide of content/
     * has its translation, and this test needs one that has none.
     */
    private void publishInEnglishOnly(String title) {
        Instant now = Instant.now();
        Guide g = new Guide("en", "keeping-time-" + run, title, "Two learners, one calendar.", List.of("team"),
                List.of("community"), "Ana", null, "Agree on a time.\n", Guide.LCM, List.of());
        String id = UUID.randomUUID().toString();
        DynamoGuideStore store = new DynamoGuideStore(moto.dynamo(), moto.table());
        store.create(new ChangeSet(id, ChangeSetState.IN_REVIEW, List.of(g), Set.of("ana"), null, false, 1, now, now));
        store.approve(id, 1, "bea", List.of(new GuideVersion(1, g, "ana", "bea", now, id)), List.of(0), now);
        GuideSite.current().publish(List.of(new PublishedGuide(g, 1, true, now)), List.of());
    }

    /** Another LCM, reading in English, opens the set in review whose title holds {@code title} and publishes it. */
    private void approveInEnglish(String email, String title) {
        signIn(email, "en");
        wait.until(d -> d.findElements(By.cssSelector("#guides-sets button")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(title)).findFirst().orElse(null)).click();
        // In review, no guide is taken out of the set.
        assertThat(browser.driver.findElements(By.cssSelector("[data-remove-guide]"))).noneMatch(WebElement::isDisplayed);
        find("#guides-approve").click();
        find("#guides-confirm-yes").click();
        waitText("#guides-review-status", "Published");
        // Published: its remarks stay, no new one is asked for.
        wait.until(d -> !d.findElement(By.id("guides-add-comment")).isDisplayed()
                && !d.findElement(By.id("guides-comment")).isDisplayed());
    }

    /**
     * A reviewer, in French, types a remark and approves without adding it first: the question says
     * the remark goes with the approval, it is kept with the review's remarks and the author's mail
     * « Votre guide est publié » repeats it.
     */
    @Test
    void aRemarkTypedBeforeApprovingGoesWithTheApproval() throws Exception {
        Instant now = Instant.now();
        String author = "ana-remark-" + run + "@example.org";
        String heading = "Tenir un carnet d’équipe " + run;
        Guide g = new Guide("fr", "tenir-un-carnet-" + run, heading, "Un carnet, une équipe.", List.of("team"),
                List.of("community"), "Ana", null, "Notez chaque semaine.\n", Guide.LCM, List.of());
        String id = UUID.randomUUID().toString();
        DynamoGuideStore store = new DynamoGuideStore(moto.dynamo(), moto.table());
        store.create(new ChangeSet(id, ChangeSetState.IN_REVIEW, List.of(g), Set.of("ana"), Set.of(author), null, false, 1,
                now, now));
        signIn("gus-remark-" + run + "@example.org", "fr");
        wait.until(d -> d.findElements(By.cssSelector("#guides-sets button")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(heading)).findFirst().orElse(null)).click();
        wait.until(d -> d.findElement(By.id("g0-title")).getAttribute("value").equals(heading));
        type("#guides-comment", "Très clair, merci\u202f!");
        find("#guides-approve").click();
        waitText("#guides-confirm-comment", "Votre commentaire est gardé avec la relecture et envoyé à ses auteurs");
        waitText("#guides-confirm-comment", "Très clair, merci !");
        browser.assertAccessible(axe, SCREENSHOTS, "guides-approve-with-remark-fr");
        find("#guides-confirm-yes").click();
        waitText("#guides-review-status", "Publié");
        assertThat(store.comments(id)).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Très clair, merci\u202f!");
            assertThat(c.kind()).isEqualTo("comment");
        });
        waitText("#guides-comments", "Très clair, merci");
        JsonNode mails = HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(author,
                java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages");
        JsonNode published = null;
        for (JsonNode m : mails) {
            if ("guide-published".equals(m.get("kind").asText())) {
                published = m;
            }
        }
        assertThat(published).as("the author's mail").isNotNull();
        assertThat(spaced(published.get("text").asText())).contains("Très clair, merci !");
    }

    /**
     * A half-written draft sent for review in French, once the preview (the site's own check) has
     * answered too: each field still to write is listed once, in French; the site's check does not
     * repeat what the form found.
     */
    @Test
    void aHalfWrittenSetSentForReviewInFrenchListsEachFieldOnceInFrench() throws Exception {
        signIn("chloe-" + run + "@example.org", "fr");
        find("#guides-new").click();
        type("#g0-title", "Un guide refusé " + run);
        find("#guides-save").click();
        waitText("#guides-status", "Brouillon enregistré");
        find("#guides-submit").click();
        waitText("#guides-errors", "Thèmes");
        waitText("#guides-status", "Pas encore envoyé en relecture");
        // A later preview keeps the list true: wait for the page it renders from the changed title.
        type("#g0-title", "Un guide refusé bis " + run);
        wait.until(d -> d.findElements(By.cssSelector("#guides-preview h1")).stream()
                .anyMatch(h -> h.getText().contains("bis " + run)));
        List<String> lines = browser.driver.findElements(By.cssSelector("#guides-errors li")).stream()
                .map(li -> spaced(li.getText())).toList();
        assertThat(lines).filteredOn(l -> l.startsWith("Rôles LCM concernés")).containsExactly("Rôles LCM concernés : Choisissez-en au moins un.");
        assertThat(lines).filteredOn(l -> l.startsWith("Thèmes")).containsExactly("Thèmes : Choisissez-en au moins un.");
        assertThat(lines).as("no line twice").doesNotHaveDuplicates();
        assertThat(String.join("\n", lines)).doesNotContain("field '", "is empty", "vérification du site");
        browser.assertAccessible(axe, SCREENSHOTS, "guides-refused-fr");
    }

    /**
     * A French guide saved shows what was stored, French typography applied, not what was typed;
     * each guide of the set is named by its language, not by a number.
     */
    @Test
    void aSavedFrenchGuideShowsItsTypographyAndEachGuideIsNamedByItsLanguage() throws Exception {
        signIn("flo-" + run + "@example.org", "fr");
        find("#guides-new").click();
        waitText("#guides-forms legend", "Guide en français");
        String typed = "L'équipe : un guide " + run + " ?";
        String summary = "Pourquoi l'écrire ? Pour ne rien oublier !";
        String body = "## Pourquoi\n\nC'est simple : on note tout.\n";
        type("#g0-title", typed);
        type("#g0-summary", summary);
        type("#g0-author", "Flo Martin");
        find("#g0-roles-team").click();
        find("#g0-tags-community").click();
        type("#g0-body", body);
        find("#guides-save").click();
        waitText("#guides-status", "Brouillon enregistré");
        wait.until(d -> !typed.equals(d.findElement(By.id("g0-title")).getAttribute("value")));
        assertThat(find("#g0-title").getAttribute("value")).isEqualTo(org.lcmhub.domain.FrenchTypography.apply(typed))
                .contains("L’équipe\u00a0: ");
        assertThat(find("#g0-summary").getAttribute("value")).isEqualTo(org.lcmhub.domain.FrenchTypography.apply(summary));
        assertThat(find("#g0-body").getAttribute("value")).isEqualTo(org.lcmhub.domain.FrenchTypography.apply(body));
        // A guide and its translation, each named by its language, in the problem list and the preview too.
        find("#guides-add-translation").click();
        wait.until(d -> d.findElements(By.cssSelector("#guides-forms legend[data-guide-name]")).stream()
                .map(WebElement::getText).toList().equals(List.of("Guide en français", "Guide en anglais")));
        waitText("#guides-preview-status", "Aperçu du guide en anglais");
        find("#guides-save").click();
        waitText("#guides-errors", "Guide en anglais, Titre");
        assertThat(find("#guides-errors").getText()).doesNotContain("Guide 1", "Guide 2", "guide 2");
    }

    private void paste(String id, String text) {
        browser.driver.executeScript("var f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', { bubbles: true }));", id, text);
    }

    /** A new guide with a title and a body linking to no page, the rest left empty: saved as a draft, with the link listed. */
    private List<String> savedDraftLines(boolean afterTheCheck) {
        find("#guides-new").click();
        waitText("#guides-preview-status", "Preview of the guide in English");
        // Filled as a paste from elsewhere would, the focus never in the fields: no changed field is
        // left on pressing Save, so nothing but Save asks for another check.
        paste("g0-title", "A guide with a dead link " + run);
        paste("g0-body", "## Why\n\nSee [the old page](/en/no-such-page.html).\n");
        if (afterTheCheck) {
            // The site's check (the preview) has answered before Save is pressed.
            waitText("#g0-body-lines-error", "Line 3");
        }
        find("#guides-save").click();
        waitText("#guides-status", "Draft saved");
        waitText("#guides-errors", "Line 3");
        return browser.driver.findElements(By.cssSelector("#guides-errors li")).stream().map(li -> spaced(li.getText())).toList();
    }

    /**
     * A saved draft lists what the site's check finds (a link to no page), not the fields a draft
     * may still leave empty, whether Save is pressed before that check has answered or after.
     */
    @Test
    void saveListsTheSitesCheckWhetherPressedBeforeItAnswersOrAfter() throws Exception {
        signIn("dora-" + run + "@example.org", "en");
        List<String> atOnce = savedDraftLines(false);
        List<String> afterCheck = savedDraftLines(true);

        assertThat(atOnce).anyMatch(l -> l.contains("Line 3") && l.contains("/en/no-such-page.html"))
                .noneMatch(l -> l.startsWith("Summary:"));
        assertThat(afterCheck).isEqualTo(atOnce);
    }

    /**
     * An image added to a new guide saves the guide first; refused, the image's note names the
     * fields to fix (listed at the top of the form, which takes the focus), not the image, in
     * English and in French.
     */
    @Test
    void anImageForAGuideThatCannotBeSavedYetNamesTheFieldsToFix() throws Exception {
        Path image = Files.createTempFile("refused", ".png");
        java.awt.image.BufferedImage drawn = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(drawn, "png", image.toFile());
        Map<String, String> said = Map.of("en", "Not added: an image goes into a saved guide, and this one cannot be saved yet. "
                + "Fix first: Title, Page address.",
                "fr", "Non ajoutée : une image va dans un guide enregistré, et celui-ci ne peut pas encore l’être. "
                + "À corriger d’abord : Titre, Adresse de la page.");
        for (String lang : List.of("en", "fr")) {
            signIn("eve-" + lang + "-" + run + "@example.org", lang);
            find("#guides-new").click();
            // Without a title nothing names the guide: not even a draft can be saved.
            type("#g0-body", "## Why\n\nA picture.\n");
            browser.driver.findElement(By.id("g0-image")).sendKeys(image.toString());
            waitText("#g0-image-status", said.get(lang).substring(0, 12));
            assertThat(spaced(find("#g0-image-status").getText())).isEqualTo(spaced(said.get(lang)));
            assertThat(find("#g0-image-status").getText()).doesNotContain("attention", "à revoir");
            assertThat(focused()).isEqualTo("guides-errors");
            assertThat(find("#g0-body").getAttribute("value")).doesNotContain("/img/guides/");
        }
    }

    @Test
    void aGuideWrittenInTheSitesFilesIsChangedFromTheBrowser() throws Exception {
        String untranslated = "Keeping time for a study pair " + run;
        publishInEnglishOnly(untranslated);
        signIn("carla-" + run + "@example.org", "fr");
        // A guide with no translation says so, before and once it is open, and offers to add one.
        org.openqa.selenium.support.ui.Select pick = new org.openqa.selenium.support.ui.Select(find("#guides-site"));
        pick.selectByVisibleText(untranslated + " (anglais)");
        assertThat(find("#guides-site-hint").getText()).startsWith("Il n’a pas encore de traduction");
        find("#guides-edit-site").click();
        waitText("#guides-status", "Il n’a pas encore de traduction\u00a0: «\u00a0Ajouter une traduction\u00a0», juste au-dessus, "
                + "en commence une en français.");
        assertThat(find("#guides-status").getText()).doesNotContain("avec sa traduction");
        assertThat(browser.driver.findElements(By.cssSelector("[data-guide='1']"))).isEmpty();
        assertThat(find("#guides-add-translation").isDisplayed()).isTrue();
        // Listed by its title in the reader's language; it opens with its translation, the original first.
        pick.selectByVisibleText("Célébrer les progrès et bien terminer une cohorte");
        assertThat(find("#guides-site-hint").getText()).startsWith("Il s’ouvre avec sa traduction.");
        find("#guides-edit-site").click();
        wait.until(d -> "ending-a-cohort-well".equals(d.findElement(By.id("g0-slug")).getAttribute("value")));
        assertThat(find("#g0-title").getAttribute("value")).isEqualTo("Celebrating progress and ending a cohort well");
        assertThat(find("#g1-slug").getAttribute("value")).isEqualTo("bien-terminer-une-cohorte");
        assertThat(find("#g1-translationOf").getAttribute("value")).isEqualTo("ending-a-cohort-well");
        assertThat(browser.driver.findElement(By.id("guides-add-translation")).isDisplayed()).as("it has both languages").isFalse();
        // A published guide keeps its address, whatever its title becomes.
        assertThat(find("#g0-slug").getAttribute("readonly")).isNotNull();
        assertThat(find("#g0-slug-hint").getText()).contains(hub.url().resolve("/en/guides/ending-a-cohort-well.html").toString());
        assertThat(find("#g0-body").getAttribute("value")).doesNotContain("~~~~~~", "title=");
        // The original first in the form, but the preview starts with the page's language.
        waitText("#guides-preview", "Célébrer les progrès");
        browser.assertAccessible(axe, SCREENSHOTS, "guides-site-fr");
        String added = "A last word from the team " + run + ": quillworts.";
        addLineAndSendForReviewInFrench(added);

        approveInEnglish("dan-" + run + "@example.org", "Celebrating progress");
        browser.driver.get(hub.url().resolve("/en/guides/ending-a-cohort-well.html").toString());
        waitText("article", added);
        // The translation still links to it: one translation key for the pair.
        browser.driver.get(hub.url().resolve("/fr/guides/bien-terminer-une-cohorte.html").toString());
        assertThat(find("a[hreflang=en]").getAttribute("href")).endsWith("/en/guides/ending-a-cohort-well.html");
        // Search finds the new text, and the page once: the whole index's entry for its former text is dropped.
        String page = "#search-results a[href='/en/guides/ending-a-cohort-well.html']";
        browser.driver.get(hub.url().resolve("/en/guides.html?q=quillworts").toString());
        wait.until(d -> d.findElements(By.cssSelector(page)).size() == 1);
        browser.driver.get(hub.url().resolve("/en/guides.html?q=celebrating").toString());
        wait.until(d -> !d.findElements(By.cssSelector("#search-results .search-list")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector(page))).hasSize(1);
        // A word only the whole index holds: the small index, which lacks it, adds no page of its own
        // (Pagefind would answer its longest prefix there, "a").
        browser.driver.get(hub.url().resolve("/en/guides.html?q=awkward").toString());
        wait.until(d -> !d.findElements(By.cssSelector("#search-results .search-list")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#search-results .search-list a")))
                .extracting(a -> a.getAttribute("href")).singleElement().asString()
                .endsWith("/en/guides/choosing-tools-learners-already-use.html");
        assertThat(find("#search-results .search-count").getText()).isEqualTo("1 result");
    }

    @Test
    void theTranslationOfASiteGuideForLearnersKeepsItsPathsAndItsPairsKey() throws Exception {
        String fr = "/fr/guides/s-exercer-a-l-analyse-de-donnees-sur-ses-propres-donnees";
        String en = "/en/guides/practising-data-analysis-on-your-own-data";
        signIn("eve-" + run + "@example.org", "fr");
        new org.openqa.selenium.support.ui.Select(find("#guides-site")).selectByVisibleText(
                "S’exercer à l’analyse de données sur ses propres données");
        find("#guides-edit-site").click();
        wait.until(d -> fr.endsWith(d.findElement(By.id("g0-slug")).getAttribute("value")));
        // Neither file's address is the pair's key: each guide carries the key itself.
        assertThat(find("#g0-translationOf").getAttribute("value")).isEqualTo("practising-data-analysis");
        assertThat(find("#g1-translationOf").getAttribute("value")).isEqualTo("practising-data-analysis");
        // Its file's audience and course path, the path named by its French title.
        assertThat(new org.openqa.selenium.support.ui.Select(find("#g0-audience")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("learner");
        assertThat(find("#g0-paths-data-analysis-10-weeks").isSelected()).isTrue();
        assertThat(label("g0-paths-data-analysis-10-weeks")).isEqualTo("Analyse de données : du tableur à Python en 10 semaines");
        assertThat(find("#g0-paths-project-management-8-weeks").isSelected()).isFalse();
        // Only the French translation changes: the English guide leaves the set, its file stays as it is.
        find("[data-guide='1'] .staff-actions button").click();
        wait.until(d -> d.findElements(By.cssSelector("[data-guide='1']")).isEmpty());
        assertThat(browser.driver.findElement(By.id("guides-add-translation")).isDisplayed()).as("its English is on the site").isFalse();
        find("#g0-paths-project-management-8-weeks").click();
        String added = "Un dernier mot " + run + " : les salicornes.";
        addLineAndSendForReviewInFrench(added);

        approveInEnglish("finn-" + run + "@example.org", "S’exercer à l’analyse");

        String source = text(fr + ".md");
        // Its roles are not asked of a learners' guide, and the ones it named are kept.
        // Typed with a plain space, published with French typography.
        assertThat(source).contains(added.replace(" :", "\u00A0:"), "\ntranslationKey=practising-data-analysis\n",
                "\nroles=help,advise\naudience=learner\npaths=data-analysis-10-weeks,project-management-8-weeks\n");
        assertThat(text(en + ".md")).contains("\ntranslationKey=practising-data-analysis\n");
        // The baked pages still link each other as translations.
        browser.driver.get(hub.url().resolve(fr + ".html").toString());
        waitText("article", "les salicornes");
        assertThat(find(".translation a[hreflang=en]").getAttribute("href")).endsWith(en + ".html");
        browser.driver.get(hub.url().resolve(en + ".html").toString());
        assertThat(find(".translation a[hreflang=fr]").getAttribute("href")).endsWith(fr + ".html");
    }

    @Test
    void aVersionNamingACoursePathTheSiteNoLongerHasSaysWhyItCannotBeRestored() {
        // Published while the site still had the path (gone since): only the table knows it.
        String slug = "knitting-circles-" + run;
        Instant now = Instant.now();
        Guide g = new Guide("en", slug, "Knitting circles " + run, "Why circles help.", List.of("team"), List.of("community"),
                "Ana", null, "Circles.\n", "learner", List.of("knitting-101"));
        String id = UUID.randomUUID().toString();
        DynamoGuideStore store = new DynamoGuideStore(moto.dynamo(), moto.table());
        store.create(new ChangeSet(id, ChangeSetState.IN_REVIEW, List.of(g), Set.of("ana"), null, false, 1, now, now));
        store.approve(id, 1, "bea", List.of(new GuideVersion(1, g, "ana", "bea", now, id)), List.of(0), now);
        try {
            signIn("gus-" + run + "@example.org", "fr");
            wait.until(d -> d.findElements(By.cssSelector("#guides-published button")).stream()
                    .filter(b -> spaced(b.getAttribute("aria-label")).equals("Historique du guide « " + g.title() + " »"))
                    .findFirst().orElse(null)).click();
            waitText("#guides-history-title", g.title());
            // Kept with ids only: a plain word says who, never the id.
            assertThat(find("#guides-versions li").getText()).contains("écrite par un·e LCM, approuvée par un·e LCM")
                    .doesNotContain("ana", "bea");
            find("#guides-versions button").click();
            waitText("#guides-history-status", "La version 1 ne peut pas être restaurée\u00a0: elle est écrite pour le parcours "
                    + "«\u00a0Knitting 101\u00a0», qui n’est plus sur le site.");
        } finally {
            // Out of the run's table, so that no later bake of the table's guides meets the path.
            for (Map<String, AttributeValue> key : List.of(Keys.key(Keys.guidePk("en", slug), "CURRENT"),
                    Keys.guideVersion("en", slug, 1), Keys.guideSet(id))) {
                moto.dynamo().deleteItem(r -> r.tableName(moto.table()).key(key));
            }
        }
    }

    /**
     * A review mail's link to a set that is gone (deleted, or never there): the page says so above
     * the guides in progress, with the focus on it, in English and in French, and opens no editor.
     */
    @Test
    void aLinkToASetThatIsGoneSaysSoAboveTheGuidesInProgress() throws Exception {
        String gone = UUID.randomUUID().toString();
        for (String lang : List.of("en", "fr")) {
            signIn("gone-" + run + "@example.org", lang);
            browser.driver.get(hub.url().resolve("/" + lang + "/staff/guides.html?set=" + gone).toString());
            WebElement said = find("#guides-link-gone");
            waitText("#guides-link-gone", "en".equals(lang)
                    ? "The guide this link points to no longer exists, or never did"
                    : "Le guide vers lequel pointe ce lien n’existe plus, ou n’a jamais existé :");
            assertThat(said.getText()).contains("en".equals(lang) ? "write a new one" : "en écrire un nouveau");
            wait.until(d -> "guides-link-gone".equals(focused()));
            assertThat(browser.driver.findElement(By.id("guides-editor")).isDisplayed()).isFalse();
            assertThat(find("#guides-new").isDisplayed()).isTrue();
            browser.assertAccessible(axe, SCREENSHOTS, "guides-link-gone-" + lang);
        }
    }

    @Test
    void aReaderSuggestsAGuideWithoutAnAccount() throws Exception {
        browser.driver.get(hub.url().resolve("/fr/proposer-un-guide.html").toString());
        browser.assertAccessible(axe, SCREENSHOTS, "guides-suggest-fr");
        type("#suggest-author", "Un lecteur");
        type("#suggest-title", "Une idée " + run);
        type("#suggest-summary", "Une pratique qui marche.");
        type("#suggest-body", "Essayez ceci.");
        find(".suggest-form button[type=submit]").click();
        waitText(".suggest-form .form-success", "Merci");
    }

    /** Version {@code n} of {@code g}, published as an approved set is, by Ana Lima and approved by Bea Souza. */
    private void publishVersion(Guide g, int n) {
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        DynamoGuideStore store = new DynamoGuideStore(moto.dynamo(), moto.table());
        store.create(new ChangeSet(id, ChangeSetState.IN_REVIEW, List.of(g), Set.of("ana"), Set.of("ana-" + run + "@example.org"),
                null, false, 1, now, now));
        store.approve(id, 1, "bea", List.of(new GuideVersion(n, g, "ana", "bea", now, id,
                List.of("ana-" + run + "@example.org"), "bea-" + run + "@example.org", List.of("Ana Lima"), "Bea Souza")),
                List.of(n - 1), now);
        GuideSite.current().publish(List.of(new PublishedGuide(g, n, true, now)), List.of());
    }

    private WebElement publishedButton(String label) {
        return wait.until(d -> d.findElements(By.cssSelector("#guides-published button")).stream()
                .filter(b -> spaced(b.getAttribute("aria-label")).equals(label)).findFirst().orElse(null));
    }

    /**
     * A live guide whose second version changed only its summary: its history names the field and
     * marks its lines; taking it off the site asks first, and "not yet" leaves it on the site.
     */
    @Test
    void aSummaryChangeIsShownAndUnpublishingAsksFirst() throws Exception {
        String slug = "mid-cohort-retro-" + run;
        String title = "Running a mid-cohort retrospective " + run;
        Guide v1 = new Guide("en", slug, title, "Half way, ask what works.", List.of("team"), List.of("community"), "Ana", null,
                "## Why\n\nHalf way is a good time.\n");
        publishVersion(v1, 1);
        publishVersion(new Guide("en", slug, title, "Half way, ask the cohort what works.", List.of("team"), List.of("community"),
                "Ana", null, v1.body()), 2);
        signIn("cy-" + run + "@example.org", "fr");
        publishedButton("Historique du guide « " + title + " »").click();
        waitText("#guides-versions", "Version 1");
        // People by the names their sign-in gave, not by address.
        assertThat(find("#guides-versions li").getText()).contains("écrite par Ana Lima, approuvée par Bea Souza")
                .doesNotContain("@example.org");
        wait.until(d -> d.findElements(By.cssSelector("#guides-versions button")).stream()
                .filter(b -> b.getText().equals("Comparer avec la dernière")).findFirst().orElse(null)).click();
        waitText("#guides-diff", "Version 1 comparée à la version 2");
        // Only the summary changed: named by the editor's label, its old and new lines marked, the text not shown.
        assertThat(browser.driver.findElements(By.cssSelector("#guides-diff h4"))).extracting(WebElement::getText)
                .containsExactly("Résumé");
        assertThat(find("#guides-diff del").getText()).contains("Half way, ask what works.");
        assertThat(find("#guides-diff ins").getText()).contains("Half way, ask the cohort what works.");
        assertThat(find("#guides-diff").getText()).doesNotContain("Half way is a good time");
        browser.assertAccessible(axe, SCREENSHOTS, "guides-compare-fr");

        // Taking it off the site asks first, beside it, saying what readers will see.
        publishedButton("Retirer du site · " + title).click();
        assertThat(spaced(find("#guides-unpublish-confirm").getText())).contains("Retirer « " + title + " » du site ?",
                "« page introuvable »", hub.url().resolve("/en/guides/" + slug + ".html").toString());
        assertThat(focused()).isEqualTo("guides-unpublish-confirm");
        find("#guides-unpublish-confirm-no").click();
        wait.until(d -> !d.findElement(By.id("guides-unpublish-confirm")).isDisplayed());
        assertThat(spaced(browser.driver.switchTo().activeElement().getAttribute("aria-label"))).isEqualTo("Retirer du site · " + title);
        assertThat(status("/en/guides/" + slug + ".html")).as("still on the site").isEqualTo(200);
        publishedButton("Retirer du site · " + title).click();
        find("#guides-unpublish-confirm-yes").click();
        waitText("#guides-history-status", title + " n’est plus sur le site");
        assertThat(status("/en/guides/" + slug + ".html")).isEqualTo(404);
    }

    /**
     * Unpublishing one guide of a translated pair leaves its translation on the site, and the
     * question says so by the translation's title; once the first is off, the translation's own
     * question names no translation.
     */
    @Test
    void unpublishingOneGuideOfAPairSaysItsTranslationStays() throws Exception {
        String slug = "closing-circle-" + run;
        Guide en = new Guide("en", slug, "A closing circle " + run, "End together.", List.of("team"), List.of("community"), "Ana",
                null, "## Why\n\nEnd together.\n");
        Guide fr = new Guide("fr", "cercle-de-cloture-" + run, "Un cercle de clôture " + run, "Finir ensemble.", List.of("team"),
                List.of("community"), "Ana", slug, "## Pourquoi\n\nFinir ensemble.\n");
        publishVersion(en, 1);
        publishVersion(fr, 1);
        signIn("fay-" + run + "@example.org", "en");
        publishedButton("Unpublish · " + en.title()).click();
        // Said after the guide's address, so the address reads as this guide's, not its translation's.
        waitText("#guides-unpublish-pair", "Its translation in French, “" + fr.title() + "”, stays on the site");
        assertThat((Boolean) browser.driver.executeScript("return document.getElementById('guides-unpublish-link')"
                + ".compareDocumentPosition(document.getElementById('guides-unpublish-pair')) === Node.DOCUMENT_POSITION_FOLLOWING"))
                .isTrue();
        find("#guides-unpublish-confirm-yes").click();
        waitText("#guides-history-status", en.title() + " is no longer on the site");
        assertThat(status("/fr/guides/" + fr.slug() + ".html")).as("the translation stays").isEqualTo(200);
        publishedButton("Unpublish · " + fr.title()).click();
        waitText("#guides-unpublish-confirm-text", "Take “" + fr.title() + "” off the site?");
        assertThat(find("#guides-unpublish-confirm-text").getText()).doesNotContain("translation");
        assertThat(browser.driver.findElement(By.id("guides-unpublish-pair")).isDisplayed()).isFalse();
    }

    /**
     * Taking up the site's version of a guide from its history opens it with its translation as the
     * site shows it, as changing a site guide does: the pair is reviewed together.
     */
    @Test
    void changingAVersionFromTheHistoryOpensItWithItsTranslation() throws Exception {
        String slug = "welcome-call-" + run;
        Guide en = new Guide("en", slug, "A welcome call " + run, "Call each learner.", List.of("team"), List.of("community"),
                "Ana", null, "## Why\n\nA voice helps.\n");
        Guide fr = new Guide("fr", "appel-de-bienvenue-" + run, "Un appel de bienvenue " + run, "Appeler chacun.", List.of("team"),
                List.of("community"), "Ana", slug, "## Pourquoi\n\nUne voix aide.\n");
        publishVersion(en, 1);
        publishVersion(fr, 1);
        signIn("gus-" + run + "@example.org", "en");
        publishedButton("History of the guide “" + en.title() + "”").click();
        wait.until(d -> d.findElements(By.cssSelector("#guides-versions button")).stream()
                .filter(b -> b.getText().equals("Change this version")).findFirst().orElse(null)).click();
        wait.until(d -> d.findElement(By.id("g0-title")).getAttribute("value").equals(en.title()));
        wait.until(d -> !d.findElements(By.id("g1-title")).isEmpty()
                && d.findElement(By.id("g1-title")).getAttribute("value").equals(fr.title()));
        waitText("#guides-status", "is open with its translation in French as the site shows it");
        assertThat(find("#g1-translationOf").getAttribute("value")).isEqualTo(slug);
        assertThat(find("#g1-slug").getAttribute("value")).isEqualTo(fr.slug());
    }

    /**
     * A guide of the site's files opened from the editor and saved: the set records that both its
     * guides were opened from the site's pages (the review mail then calls them changes).
     */
    @Test
    void aSiteGuideSavedFromTheEditorIsRecordedAsOpenedFromTheSite() {
        String email = "hal-" + run + "@example.org";
        signIn(email, "en");
        new org.openqa.selenium.support.ui.Select(find("#guides-site")).selectByVisibleText("Moderating a cohort forum");
        find("#guides-edit-site").click();
        wait.until(d -> "moderer-le-forum-d-une-cohorte".equals(d.findElement(By.id("g1-slug")).getAttribute("value")));
        find("#guides-save").click();
        waitText("#guides-status", "Draft saved");
        ChangeSet saved = new DynamoGuideStore(moto.dynamo(), moto.table()).all().stream()
                .filter(s -> s.editorEmails().contains(email)).findFirst().orElseThrow();
        assertThat(saved.fromSite()).containsExactlyInAnyOrder("en/moderating-a-cohort-forum", "fr/moderer-le-forum-d-une-cohorte");
    }

    /**
     * A reviewer on a phone, in French, reads the set's French guide: the preview follows the guide
     * clicked into, not only the first of the set.
     */
    @Test
    void thePreviewFollowsTheGuideTheReviewerIsReading() throws Exception {
        Instant now = Instant.now();
        String slug = "pairing-learners-" + run;
        Guide en = new Guide("en", slug, "Pairing learners " + run, "Two by two.", List.of("team"), List.of("community"), "Ana",
                null, "## Why\n\nPairs keep going.\n");
        Guide fr = new Guide("fr", slug + "-fr", "Former des binômes " + run, "Deux par deux.", List.of("team"),
                List.of("community"), "Ana", slug, "## Pourquoi\n\nLes binômes tiennent bon.\n");
        String id = UUID.randomUUID().toString();
        new DynamoGuideStore(moto.dynamo(), moto.table()).create(new ChangeSet(id, ChangeSetState.IN_REVIEW, List.of(en, fr),
                Set.of("ana"), Set.of("ana-" + run + "@example.org"), null, false, 1, now, now));
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        try {
            signIn("dee-" + run + "@example.org", "fr");
            browser.driver.get(hub.url().resolve("/fr/staff/guides.html?set=" + id).toString());
            // A reviewer reading in French sees the French page first, though the original is first in the form.
            waitText("#guides-preview-status", "Aperçu du guide en français");
            waitText("#guides-preview h1", fr.title());
            assertThat(find("#guides-preview").getAttribute("lang")).isEqualTo("fr");
            find("#g0-body").click();
            waitText("#guides-preview-status", "Aperçu du guide en anglais");
            waitText("#guides-preview h1", en.title());
            // Back to the French guide's fields, the French page again.
            find("#g1-summary").click();
            waitText("#guides-preview h1", fr.title());
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * A draft keeps what identifies it and no more: saved with a title alone, signed with the
     * name its author signed in with (which they may change), never their address, which the
     * public page would show; the rest is asked for when it is sent for review.
     */
    @Test
    void aHalfWrittenDraftIsSavedSignedByItsAuthorAndReviewAsksForTheRest() {
        String fay = "fay-" + run + "@example.org";
        signIn(fay, "en");
        find("#guides-new").click();
        assertThat(find("#g0-author").getAttribute("value")).as("no name known: no address either").isEmpty();
        StaffSignIn.signIn(browser, hub, fay, "Fay Okafor", "lcm", "en", "/en/staff/guides.html");
        find("#guides-new").click();
        assertThat(find("#g0-author").getAttribute("value")).isEqualTo("Fay Okafor");
        type("#g0-title", "Half a guide " + run);
        find("#guides-save").click();
        waitText("#guides-status", "Draft saved");
        assertThat(browser.driver.findElement(By.id("guides-errors")).isDisplayed()).as("nothing is wrong with a draft").isFalse();
        find("#guides-submit").click();
        waitText("#guides-status", "Not sent for review yet");
        waitText("#guides-errors", "Summary");
        assertThat(find("#guides-errors").getText()).contains("LCM roles", "Topics").doesNotContain("Author");
    }

    /**
     * A field a draft saves without (the summary) says beside it when it is needed, not that it is
     * required, in English and in French; the title, which a draft needs, still says "required".
     */
    @Test
    void anEmptyFieldADraftSavesWithoutSaysItIsNeededForReviewNotRequired() throws Exception {
        for (String lang : List.of("en", "fr")) {
            signIn("gil-" + lang + "-" + run + "@example.org", lang);
            find("#guides-new").click();
            waitText("#guides-preview-status", lang.equals("fr") ? "Aperçu" : "Preview");
            find("#g0-title").click();
            find("#g0-summary").click();
            find("#g0-author").click();
            waitText("#g0-summary-error", lang.equals("fr") ? "À remplir avant l’envoi en relecture." : "Needed before sending for review.");
            waitText("#g0-title-error", lang.equals("fr") ? "Ce champ est obligatoire." : "This field is required.");
            for (int width : new int[] {1280, 375}) {
                browser.screenshot(width, SCREENSHOTS.resolve(lang + "-guides-needed-for-review-" + width + ".png"));
            }
        }
    }

    /**
     * Beside the forms, the preview shows the guide whose form is in view: back at the English
     * form after writing in the French one, the English page is beside it again; scrolled down to
     * the French form, in a laptop's window, the French page is beside it, in view, not left at the
     * top of the page with the English form.
     */
    @Test
    void besideTheFormsThePreviewShowsTheGuideInView() throws Exception {
        Instant now = Instant.now();
        String slug = "reading-week-" + run;
        Guide en = new Guide("en", slug, "Reading week " + run, "A week off.", List.of("team"), List.of("community"), "Ana",
                null, "## Why\n\nRest helps.\n\n" + "More.\n\n".repeat(30));
        Guide fr = new Guide("fr", slug + "-fr", "Semaine de lecture " + run, "Une semaine.", List.of("team"),
                List.of("community"), "Ana", slug, "## Pourquoi\n\nLe repos aide.\n\n" + "Encore.\n\n".repeat(30));
        String id = UUID.randomUUID().toString();
        new DynamoGuideStore(moto.dynamo(), moto.table()).create(new ChangeSet(id, ChangeSetState.DRAFT, List.of(en, fr),
                Set.of("ana"), Set.of("ana-" + run + "@example.org"), null, false, 1, now, now));
        signIn("gil-" + run + "@example.org", "en");
        browser.driver.get(hub.url().resolve("/en/staff/guides.html?set=" + id).toString());
        waitText("#guides-preview h1", en.title());
        find("#g1-summary").click();
        waitText("#guides-preview h1", fr.title());
        browser.driver.executeScript("document.querySelector('[data-guide=\"0\"]').scrollIntoView()");
        waitText("#guides-preview h1", en.title());
        waitText("#guides-preview-status", "Preview of the guide in English");
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 757, "deviceScaleFactor", 1, "mobile", false));
        try {
            // Read down to the end of the English page, in the preview's own scroll, first.
            browser.driver.executeScript("document.querySelector('.guides-preview').scrollTop = 100000");
            browser.driver.executeScript("document.querySelector('[data-guide=\"1\"]').scrollIntoView()");
            waitText("#guides-preview h1", fr.title());
            waitText("#guides-preview-status", "Preview of the guide in French");
            assertThat(inView("#guides-preview h1")).as("the French page's title beside the French form").isTrue();
            assertThat(inView("#g1-title")).as("the French form's title field").isTrue();
            // The preview scrolls on its own there: reachable by keyboard too.
            assertThat(browser.axeViolations(axe, SiteBrowserIT.WCAG)).isEmpty();
            // The window as the person sees it, not the whole page (where nothing needs to stick).
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("en-guides-translation-preview-1280.png"),
                    browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Whether the element is inside the window and not hidden by a box around it: what a person sees. */
    private boolean inView(String css) {
        return (Boolean) browser.driver.executeScript("var e = document.querySelector(arguments[0]);"
                + "var r = e.getBoundingClientRect();"
                + "if (r.height === 0 || r.top < 0 || r.bottom > window.innerHeight) { return false; }"
                + "var at = document.elementFromPoint(r.left + Math.min(r.width, 40) / 2, r.top + r.height / 2);"
                + "return !!at && (e === at || e.contains(at));", css);
    }

    /**
     * A new guide not saved yet has nothing to review or comment on, and its preview does not say
     * it is published; once saved, the review box is there.
     */
    @Test
    void aNewDraftShowsNoReviewBoxAndItsPreviewIsNotPublished() {
        signIn("eve-" + run + "@example.org", "en");
        find("#guides-new").click();
        type("#g0-title", "A draft " + run);
        waitText("#guides-preview h1", "A draft " + run);
        assertThat(browser.driver.findElement(By.id("guides-review-box")).isDisplayed()).as("nothing to review yet").isFalse();
        assertThat(find("#guides-preview").getText()).doesNotContainIgnoringCase("published");
        type("#g0-summary", "Why drafts wait.");
        type("#g0-author", "Eve");
        find("#g0-roles-team").click();
        find("#g0-tags-community").click();
        type("#g0-body", "Drafts wait.\n");
        find("#guides-save").click();
        waitText("#guides-status", "Draft saved");
        assertThat(find("#guides-review-box").isDisplayed()).isTrue();
        assertThat(find("#guides-add-comment").isDisplayed()).isTrue();
    }
}
