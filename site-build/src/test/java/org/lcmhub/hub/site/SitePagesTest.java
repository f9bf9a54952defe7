package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

/**
 * The real templates over fixture paths and guides (src/test/resources/site-fixture) plus the
 * checkout's structural pages: every page type, the lists per language, feeds, sitemap and meta.
 */
class SitePagesTest {
    private static Path out;
    private static String host;

    @BeforeAll
    static void bake() throws IOException {
        Path root = Checkout.root();
        Path work = Path.of("target", "site-pages-test").toAbsolutePath();
        delete(work);
        copy(root.resolve("site"), work.resolve("site"), p -> true);
        // The structural pages of content/, not its paths and guides: the fixture brings those.
        // Judged by the path under content/, whatever folder the checkout itself sits in.
        Path content = root.resolve("content");
        copy(content, work.resolve("content"), p -> !("/" + content.relativize(p)).contains("/paths/")
                && !("/" + content.relativize(p)).contains("/guides/") && !("/" + content.relativize(p)).endsWith("/guides")
                && !("/" + content.relativize(p)).endsWith("/paths"));
        copy(Path.of("src/test/resources/site-fixture").toAbsolutePath(), work.resolve("content"), p -> true);
        SiteBaker.bake(work, work.resolve("out"));
        out = work.resolve("out");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("site/jbake.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        host = properties.getProperty("site.host").replaceAll("/$", "");
    }

    private static Document page(String path) throws IOException {
        Path file = out.resolve(path);
        assertThat(file).as(path).exists();
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<String> links(Document html, String selector) {
        return html.select(selector + " a[href]").eachAttr("href");
    }

    @Test
    void aPathShowsItsFactsSkillsAndStepsWithTheirWeeks() throws IOException {
        Document en = page("en/paths/data-basics.html");
        assertThat(en.select(".facts").text()).contains("Beginner", "6 weeks", "3 h per week", "English");
        assertThat(en.select(".skills li").eachText()).containsExactly("Spreadsheets", "Charts", "Cleaning data");
        assertThat(en.select(".path-overview").text()).contains("Nothing: this path starts from the beginning.");
        assertThat(en.select(".timeline .step-week").eachText()).containsExactly("Week 1", "Week 2", "Week 3-4", "Week 5-6");
        assertThat(en.select(".timeline .step-title").eachText())
                .containsExactly("Open a data set", "Sort and filter", "Clean the data", "Chart and share");

        Document fr = page("fr/paths/bases-des-donnees.html");
        assertThat(fr.select(".prerequisites li").eachText()).containsExactly("Savoir ouvrir un fichier");
        assertThat(fr.select(".facts").text()).contains("Débutant", "6 semaines");
    }

    @Test
    void theSignUpFormCarriesThePathAndTheFormFlowFields() throws IOException {
        Element form = page("fr/paths/bases-des-donnees.html").selectFirst("#signup form");
        assertThat(form.attr("action")).isEqualTo("/api/signups");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=pathId]").val()).isEqualTo("data-basics");
        assertThat(form.select("input[name=language]").val()).isEqualTo("fr");
        // Without JavaScript each outcome lands on its own page; a refusal comes back to this form.
        assertThat(form.select("input[name=next]").val()).isEqualTo("/fr/inscription/{result}.html#taught-{cohort.language}");
        assertThat(form.select("input[name=errorPage]").val()).isEqualTo("/fr/paths/bases-des-donnees.html#signup-error");
        assertThat(form.select(".hp input[name=website]")).hasSize(1);
        assertThat(form.select("[data-cohorts]").attr("data-cohorts")).isEqualTo("/api/cohorts?pathId=data-basics&language=fr&lang=fr");
        // Without a script no cohort code is asked for (learners are never given one): the box says
        // which cohort the sign-up joins; with one, hub.js puts the open cohorts in its place.
        assertThat(form.select("input[name=cohortId]")).isEmpty();
        assertThat(form.select("#signup-cohort[data-cohorts]").text())
                .contains("Vous rejoindrez la prochaine cohorte de ce parcours qui a encore une place", "liste d’attente")
                .doesNotContain("code");
        // Being named in the cohort's channels is optional and off until the learner ticks it.
        Element share = form.selectFirst("input#signup-share");
        assertThat(share.attr("name")).isEqualTo("shareFirstName");
        assertThat(share.hasAttr("checked") || share.hasAttr("required")).isFalse();
        assertThat(form.select("label[for=signup-share]").text()).startsWith("Facultatif : m’accueillir par mon prénom");
        for (String result : new String[] {"enrolled", "waitlisted", "already"}) {
            assertThat(out.resolve("fr/inscription/" + result + ".html")).exists();
            assertThat(out.resolve("en/signed-up/" + result + ".html")).exists();
        }
        Element problem = page("fr/paths/bases-des-donnees.html").selectFirst("#signup-error");
        assertThat(problem.select("li[data-field] a").eachAttr("href"))
                .containsExactly("#signup-name", "#signup-email", "#signup-cohort", "#signup-timezone", "#signup-consent");
    }

    /**
     * Without a script the API sends the browser to #signup-error--<what went wrong>: the page has
     * one marker per set of fields (and per code) the form lists, whose classes name the lines CSS
     * shows, in the box and under each field.
     */
    @Test
    void theSignUpProblemBoxHasAMarkerForEachThingThatCanGoWrongAndEachFieldItsLine() throws IOException {
        Document page = page("fr/paths/bases-des-donnees.html");
        Element form = page.selectFirst("#signup form");
        assertThat(form.select("input[name=problems]").val()).isEqualTo(
                "name email cohortId timezone consent too_many_requests already_on_path name_too_long email_too_long"
                + " already_on_path_move");
        Element box = page.selectFirst("#signup-error");
        assertThat(box.nextElementSibling()).isEqualTo(form);
        assertThat(box.select(".problem-markers span")).hasSize(31 + 6);
        assertThat(box.selectFirst("[id=signup-error--email--consent]").classNames()).containsExactlyInAnyOrder("p2", "p5");
        assertThat(box.selectFirst("[id=signup-error--name--email--cohortId--timezone--consent]").classNames())
                .containsExactlyInAnyOrder("p1", "p2", "p3", "p4", "p5");
        assertThat(box.select("[id=signup-error--consent--email]")).as("only in the form's order").isEmpty();
        assertThat(box.selectFirst("[id=signup-error--too_many_requests]").classNames()).containsExactly("p6");
        assertThat(box.selectFirst("[id=signup-error--already_on_path]").classNames()).containsExactly("p7");
        assertThat(box.selectFirst("li.p7").text()).contains("Lien perdu\u202F? En recevoir un nouveau");
        // Waiting, with a seat My page can move the learner to: a line of its own, which CSS can show.
        assertThat(box.selectFirst("[id=signup-error--already_on_path_move]").classNames()).containsExactly("p10");
        assertThat(box.selectFirst("li.p10").text()).startsWith("Vous êtes sur la liste d’attente d’une autre cohorte")
                .contains("Mon espace", "Lien perdu\u202F? En recevoir un nouveau");
        assertThat(box.selectFirst("[id=signup-error--other]").classNames()).containsExactly("p0");
        assertThat(box.selectFirst("li.p2").text()).isEqualTo("Merci d’indiquer une adresse e-\u2060mail valide, comme nom@exemple.fr.");
        assertThat(box.selectFirst("li.p6").text()).startsWith("Vous venez d’envoyer ce formulaire");
        assertThat(box.selectFirst("li.p0").text()).isEqualTo("Une erreur est survenue. Réessayez dans un instant.");
        // Each field's own line sits in its field, with the same words as the box.
        assertThat(form.selectFirst("#signup-email").parent().selectFirst(".field-problem.p2").text())
                .isEqualTo(box.selectFirst("li.p2").text());
        assertThat(form.selectFirst("#signup-timezone").parent().select(".field-problem.p4")).hasSize(1);
        // A name or address too long has a line of its own under its field, not "enter your name".
        assertThat(box.selectFirst("[id=signup-error--name_too_long]").classNames()).containsExactly("p8");
        assertThat(form.selectFirst("#signup-name").parent().selectFirst(".field-problem.p8").text())
                .isEqualTo(box.selectFirst("li.p8").text()).startsWith("Votre nom est trop long");
        assertThat(form.select(".field-problem").eachAttr("class")).containsExactly("field-problem p1",
                "field-problem p8", "field-problem p2", "field-problem p9", "field-problem p3", "field-problem p4",
                "field-problem p5");
        // The stylesheet shows a line for its marker only.
        String css = Files.readString(out.resolve("css/hub.css"));
        assertThat(css).contains(".form-problem:has(.p2:target) li.p2", ".form-problem:has(.p10:target) li.p10", ".form-problem:has(.p2:target) + form .field-problem.p2",
                ".form-problem li, .field-problem { display: none; }");
    }

    /** With a script (hub.js lists the problems under the form's summary) or without (the box): one heading. */
    @Test
    void theSignUpsProblemsHaveOneHeadingWithOrWithoutAScript() throws IOException {
        for (String path : new String[] {"en/paths/data-basics.html", "fr/paths/bases-des-donnees.html"}) {
            Document page = page(path);
            String lang = path.substring(0, 2);
            String heading = Messages.read(Checkout.root().resolve("site")).text(lang, "signup.problems");
            assertThat(page.selectFirst("#signup-error h3").wholeText()).as(path).isEqualTo(heading);
            assertThat(page.selectFirst("#signup .form-errors h3").wholeText()).as(path).isEqualTo(heading);
            assertThat(page.select("#signup-error > p")).as("no second wording under it").isEmpty();
        }
    }

    /** A pasted key the API does not know is said to be not recognised, not to be missing. */
    @Test
    void aKeyTheApiDoesNotKnowIsSaidToBeUnrecognised() throws IOException {
        for (String path : new String[] {"en/check-in.html", "fr/point-d-etape.html"}) {
            String lang = path.substring(0, 2);
            Document page = page(path);
            String unknown = Messages.read(Checkout.root().resolve("site")).text(lang, "err_keyUnknown");
            assertThat(page.selectFirst("#checkin-error li[data-code=unauthorized]").wholeText()).as(path).isEqualTo(unknown);
            assertThat(page.selectFirst("#checkin-key").attr("data-error-unknown")).as(path).isEqualTo(unknown);
        }
    }

    /** A guide suggestion's problems too: one heading, the box's and the script's summary alike. */
    @Test
    void aGuideSuggestionsProblemsHaveOneHeadingWithOrWithoutAScript() throws IOException {
        for (String path : new String[] {"en/suggest-a-guide.html", "fr/proposer-un-guide.html"}) {
            Document page = page(path);
            String heading = Messages.read(Checkout.root().resolve("site")).text(path.substring(0, 2), "suggest.problems");
            assertThat(page.selectFirst("#suggest-error h3").wholeText()).as(path).isEqualTo(heading);
            assertThat(page.selectFirst("form.suggest-form .form-errors h3").wholeText()).as(path).isEqualTo(heading);
            assertThat(page.select("#suggest-error > p")).as("no second wording under it").isEmpty();
        }
    }

    /**
     * Without a script the browser checks the sign-up before sending it (a refused post comes back
     * as a new page whose form is empty): the form asks for validation until hub.js turns it off,
     * and the email's pattern wants a dot in the domain, as the API does.
     */
    @Test
    void withoutAScriptTheBrowserChecksTheSignUpBeforeSendingIt() throws IOException {
        Element form = page("fr/paths/bases-des-donnees.html").selectFirst("#signup form");
        assertThat(form.hasAttr("novalidate")).isFalse();
        assertThat(form.select("#signup-name[required], #signup-email[required], #signup-timezone[required], #signup-consent[required]"))
                .hasSize(4);
        java.util.regex.Pattern email = java.util.regex.Pattern.compile(form.selectFirst("#signup-email").attr("pattern"));
        assertThat(email.matcher("awa@example.org").matches()).isTrue();
        assertThat(email.matcher("awa@example").matches()).as("the API refuses a domain without a dot").isFalse();
        assertThat(form.hasAttr("data-checks-without-script")).isTrue();
        assertThat(Files.readString(out.resolve("js/hub.js")))
                .contains("if (form.hasAttribute('data-checks-without-script')) form.noValidate = true;");
    }

    /**
     * The learner's other forms that work without a script (the check-in, "mail me my link again",
     * on their own pages and on My page) head their problems alike with a script and without, and let
     * the browser check them before a no-script post, whose refusal comes back to an empty form.
     */
    @Test
    void theLearnersFormsHaveOneHeadingForTheirProblemsAndAreCheckedByTheBrowserWithoutAScript() throws IOException {
        Map<String, String> forms = Map.of("checkin", "checkin.problems", "link", "link.problems");
        for (String path : new String[] {"en/check-in.html", "fr/point-d-etape.html", "en/me.html", "fr/me.html"}) {
            Document page = page(path);
            for (Map.Entry<String, String> form : forms.entrySet()) {
                Element box = page.getElementById(form.getKey() + "-error");
                if (box == null) {
                    continue;
                }
                String heading = Messages.read(Checkout.root().resolve("site")).text(path.substring(0, 2), form.getValue());
                assertThat(box.selectFirst("h3").wholeText()).as(path).isEqualTo(heading);
                assertThat(box.select("> p")).as("no second wording under it").isEmpty();
                Element f = page.selectFirst("form." + form.getKey() + "-form");
                assertThat(f.selectFirst(".form-errors h3").wholeText()).as(path).isEqualTo(heading);
                assertThat(f.hasAttr("novalidate")).as(path).isFalse();
                assertThat(f.hasAttr("data-checks-without-script")).as(path).isTrue();
            }
        }
        Element checkin = page("fr/point-d-etape.html").selectFirst("form.checkin-form");
        assertThat(checkin.select("#checkin-key[required], #checkin-progress[required], #checkin-hours[required]")).hasSize(3);
        assertThat(checkin.select("input[name=mood][required]")).hasSize(5);
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(checkin.selectFirst("#checkin-key").attr("pattern"));
        assertThat(key.matcher("3f2a-77.abcdefghijABCDEFGHIJ0123456789_-abcdefghijk").matches()).isTrue();
        assertThat(key.matcher("not-a-key").matches()).as("the API refuses what is not shaped like a key").isFalse();
        // The API's limits: progress a whole number to 100, hours to 80 with a decimal point or comma
        // ("2,5" as French writes it), so the browser refuses what the API would (a pattern matches the whole value).
        assertThat(checkin.selectFirst("#checkin-progress").attr("max")).isEqualTo("100");
        Element hours = checkin.selectFirst("#checkin-hours");
        assertThat(hours.attr("inputmode")).isEqualTo("decimal");
        java.util.regex.Pattern hoursPattern = java.util.regex.Pattern.compile(hours.attr("pattern"));
        assertThat(java.util.List.of("0", "3", "2,5", "2.5", "12,25", "79.99", "80", "80,0"))
                .allMatch(h -> hoursPattern.matcher(h).matches());
        assertThat(java.util.List.of("80,5", "81", "99", "1,000", "2,", "abc", "-1"))
                .noneMatch(h -> hoursPattern.matcher(h).matches());
        java.util.regex.Pattern email = java.util.regex.Pattern.compile(
                page("en/me.html").selectFirst("#link-email").attr("pattern"));
        assertThat(email.matcher("awa@example.org").matches()).isTrue();
        assertThat(email.matcher("awa@example").matches()).isFalse();
    }

    /**
     * The outcome page's fragment (#taught-fr) names an empty marker fixed at the window's top, so the
     * page opens at its heading; the sentence it shows comes right after the marker, under the heading.
     */
    @Test
    void theOutcomePagesFragmentNamesAMarkerThatDoesNotScrollPastTheHeading() throws IOException {
        Document en = page("en/signed-up/enrolled.html");
        Element marker = en.getElementById("taught-fr");
        assertThat(marker.text()).isEmpty();
        assertThat(marker.hasClass("taught-marker")).isTrue();
        assertThat(marker.nextElementSibling().hasClass("taught-elsewhere")).isTrue();
        assertThat(marker.nextElementSibling().text()).isEqualTo("This cohort is taught in French.");
        assertThat(page("fr/inscription/waitlisted.html").getElementById("taught-en").nextElementSibling().text())
                .isEqualTo("Cette cohorte se déroule en anglais.");
        assertThat(Files.readString(out.resolve("css/hub.css")))
                .contains(".taught-marker:target + .taught-elsewhere { display: block; }",
                        ".taught-marker { position: fixed; top: 0;");
    }

    @Test
    void theSignUpFormOffersTimeZonesInWordsWhileSendingTheirIds() throws IOException {
        Element fr = page("fr/paths/bases-des-donnees.html").selectFirst("select#signup-timezone");
        assertThat(fr.attr("name")).isEqualTo("timezone");
        assertThat(fr.hasAttr("required")).isTrue();
        // Nothing is chosen for the learner without a script: the first option asks, and sends nothing.
        assertThat(fr.selectFirst("option").val()).isEmpty();
        assertThat(fr.selectFirst("option").text()).isEqualTo("Choisissez votre fuseau horaire");
        assertThat(fr.selectFirst("option[value=Europe/Paris]").text()).isEqualTo("Paris — heure d’Europe centrale (UTC+1)");
        assertThat(fr.selectFirst("option[value=America/Montreal]").text()).isEqualTo("Montréal — heure de l’Est (UTC−5)");
        assertThat(fr.selectFirst("option[value=UTC]").text()).isEqualTo("Temps universel coordonné (UTC)");
        assertThat(fr.select("option[value]").eachAttr("value")).hasSize(54)
                .contains("Europe/London", "Africa/Dakar", "Africa/Algiers", "Asia/Kolkata", "Australia/Sydney", "Pacific/Auckland");
        // By usual offset, then name: west to east.
        assertThat(fr.select("optgroup option").eachAttr("value")).startsWith("Pacific/Pago_Pago", "Pacific/Honolulu")
                .endsWith("Pacific/Auckland", "Pacific/Chatham", "Pacific/Tongatapu", "Pacific/Kiritimati");
        // The labels are words only; the ids stay in the values.
        assertThat(fr.select("option").eachText()).noneMatch(text -> text.contains("/") || text.contains("_"));
        assertThat(page("fr/paths/bases-des-donnees.html").select("#signup-timezone-hint").text())
                .contains("La ville dont l’heure est la vôtre").doesNotContain("Europe/");

        Element en = page("en/paths/data-basics.html").selectFirst("select#signup-timezone");
        assertThat(en.selectFirst("option[value=Europe/Paris]").text()).isEqualTo("Paris — Central European Time (UTC+1)");
        assertThat(en.selectFirst("option[value=Asia/Kolkata]").text()).isEqualTo("Kolkata — India Standard Time (UTC+5:30)");
        assertThat(page("en/paths/data-basics.html").select("#signup-timezone-hint").text()).doesNotContain("Europe/");
    }

    /**
     * Without a script the sign-up form offers only its baked zones; the script's list adds every
     * other zone of {@code zones.<lang>.js}. Both come from that one catalogue: the baked options
     * are its common zones, in its order and words, and among them is a zone at every usual offset
     * the script's list has, so a reader in Auckland (UTC+12, +13 in summer) or Nouméa without
     * JavaScript finds their clock.
     */
    @Test
    void theSignUpFormWithoutScriptOffersAZoneAtEveryOffsetTheScriptsListHas() throws IOException {
        for (String[] lang : List.of(new String[] {"en", "en/paths/data-basics.html"}, new String[] {"fr", "fr/paths/bases-des-donnees.html"})) {
            List<Element> baked = page(lang[1]).select("select#signup-timezone option[value~=.]");
            String script = Files.readString(out.resolve("js/zones." + lang[0] + ".js"));
            Map<String, String> common = new java.util.LinkedHashMap<>();
            Map<String, String> every = new java.util.LinkedHashMap<>();
            Map<String, String> words = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    script.substring(script.indexOf(lang[0] + " = ") + lang[0].length() + 3, script.lastIndexOf(';')),
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, String>>() { });
            words.forEach((key, text) -> {
                if (key.startsWith("tz.") || key.startsWith("tzall.")) {
                    every.put(key.substring(key.indexOf('.') + 1), text);
                }
                if (key.startsWith("tz.")) {
                    common.put(key.substring(3), text);
                }
            });
            assertThat(every).as(lang[0]).hasSizeGreaterThan(400);
            assertThat(baked.stream().map(o -> o.val()).toList()).as(lang[0]).containsExactlyElementsOf(common.keySet());
            assertThat(baked.stream().map(Element::text).toList()).as(lang[0]).containsExactlyElementsOf(common.values());
            assertThat(new java.util.TreeSet<>(baked.stream().map(o -> usualOffset(o.val())).toList())).as(lang[0])
                    .isEqualTo(new java.util.TreeSet<>(every.keySet().stream().map(SitePagesTest::usualOffset).toList()))
                    .contains(-10 * 60, 10 * 60, 11 * 60, 12 * 60, 13 * 60);
            // Ordered by usual offset, west to east.
            assertThat(baked.stream().map(o -> usualOffset(o.val())).toList()).as(lang[0]).isSorted();
        }
        assertThat(page("en/paths/data-basics.html").selectFirst("#signup-timezone option[value=Pacific/Auckland]").text())
                .isEqualTo("Auckland — New Zealand Time (UTC+12)");
        assertThat(page("fr/paths/bases-des-donnees.html").selectFirst("#signup-timezone option[value=Pacific/Auckland]").text())
                .isEqualTo("Auckland — heure de la Nouvelle-Zélande (UTC+12)");
    }

    /** The smaller of a zone's January and July offsets, in minutes, as the labels give it. */
    private static int usualOffset(String id) {
        java.time.ZoneId zone = java.time.ZoneId.of(id);
        return Math.min(java.time.ZonedDateTime.of(2026, 1, 15, 12, 0, 0, 0, zone).getOffset().getTotalSeconds(),
                java.time.ZonedDateTime.of(2026, 7, 15, 12, 0, 0, 0, zone).getOffset().getTotalSeconds()) / 60;
    }

    @Test
    void aGuideLinksItsAuthorRolesAndTopicsWithTheirLabels() throws IOException {
        Document en = page("en/guides/silent-learners.html");
        assertThat(en.select(".facts a[href=/en/authors.html#nadia-benali]").text()).isEqualTo("Nadia Benali");
        // Its LCM roles are not shown to the learners it is written for; an LCM guide links its roles.
        assertThat(en.select(".facts a[href^=/en/roles/]")).isEmpty();
        assertThat(page("en/guides/forum-rules.html").select(".facts a[href^=/en/roles/]").eachAttr("href"))
                .containsExactly("/en/roles/moderate.html");
        assertThat(en.select(".facts a[href^=/en/tags/]").eachAttr("href")).containsExactly("/en/tags/dropout.html", "/en/tags/engagement.html");
        Document fr = page("fr/guides/apprenant-silencieux.html");
        assertThat(fr.select(".facts a[href^=/fr/roles/]")).isEmpty();
        // The publication date reads in the page's language; the machine form stays in the attribute.
        assertThat(en.select(".facts time").text()).isEqualTo("10 February 2025");
        assertThat(fr.select(".facts time").text()).isEqualTo("10 février 2025");
        assertThat(fr.select(".facts time").attr("datetime")).isEqualTo("2025-02-10");
        assertThat(page("en/authors.html").select("#nadia-benali").text()).contains("When a learner goes silent");
    }

    @Test
    void aGuideIsHeadedForTheReadersItIsWrittenFor() throws IOException {
        // silent-learners is written for learners, forum-rules for LCMs (no audience field).
        assertThat(page("en/guides/silent-learners.html").select(".doc-header .kicker").text()).isEqualTo("Guides for learners");
        assertThat(page("fr/guides/apprenant-silencieux.html").select(".doc-header .kicker").text())
                .isEqualTo("Guides pour les apprenant·es");
        Document lcm = page("en/guides/forum-rules.html");
        assertThat(lcm.select(".doc-header .kicker").text()).isEqualTo("Guides for LCMs");
        assertThat(lcm.select(".doc-header .kicker a").attr("href")).isEqualTo("/en/guides.html");
        // The LCM roles a guide serves are shown to LCMs, not to the learners a guide is written for.
        assertThat(lcm.select(".doc-header .facts dt").eachText()).contains("LCM roles");
        assertThat(page("en/guides/silent-learners.html").select(".doc-header .facts dt").eachText())
                .contains("Topics").doesNotContain("LCM roles");
    }

    @Test
    void theGuidesListMarksAGuideWrittenForLearners() throws IOException {
        // The list is headed for LCMs: a learners' guide in it says whom it is for, not the LCM roles.
        Element silent = page("en/guides.html").selectFirst("main .cards li:has(a[href='/en/guides/silent-learners.html'])");
        assertThat(silent.select(".meta .pill").eachText()).containsExactly("For learners");
        Element forum = page("en/guides.html").selectFirst("main .cards li:has(a[href='/en/guides/forum-rules.html'])");
        assertThat(forum.select(".meta .pill").eachText()).isNotEmpty().doesNotContain("For learners");
        assertThat(page("fr/guides.html").selectFirst("main .cards li:has(a[href='/fr/guides/apprenant-silencieux.html'])")
                .select(".meta .pill").eachText()).containsExactly("Pour les apprenant·es");
    }

    @Test
    void aGuideWithoutTranslationShowsOnlyInItsOwnLanguage() throws IOException {
        Document guide = page("en/guides/forum-rules.html");
        assertThat(guide.select("a.lang-switch").attr("href")).isEqualTo("/fr/index.html");
        assertThat(guide.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(links(page("en/tags/forum.html"), "main .cards")).containsExactly("/en/guides/forum-rules.html");
        assertThat(links(page("en/roles/moderate.html"), "main .cards")).containsExactly("/en/guides/forum-rules.html");
        assertThat(links(page("fr/tags/forum.html"), "main .cards")).isEmpty();
        for (String list : List.of("fr/guides.html", "fr/index.html", "fr/auteurs.html", "fr/roles/moderate.html")) {
            assertThat(links(page(list), "main")).as(list).noneMatch(h -> h.startsWith("/en/"));
        }
        assertThat(links(page("en/guides.html"), "main .cards")).contains("/en/guides/forum-rules.html", "/en/guides/silent-learners.html");
    }

    @Test
    void theMentorsPageKnowsEachGuidesAudiencePathsAndLanguages() throws IOException {
        // One entry per guide, in the page's language when it has one: a guide for learners of the
        // path data-basics in both languages, an English-only guide for LCMs (no audience field).
        Element silent = page("en/staff/mentor.html").selectFirst("#hub-resources li[data-key=silent-learners]");
        assertThat(silent.attr("data-audience")).isEqualTo("learner");
        assertThat(silent.attr("data-paths")).isEqualTo("data-basics");
        assertThat(silent.attr("data-langs")).isEqualTo("en fr");
        assertThat(silent.attr("data-href")).isEqualTo("/en/guides/silent-learners.html");
        Document fr = page("fr/staff/espace-mentor.html");
        assertThat(fr.select("#hub-resources li[data-key=silent-learners]").eachText()).containsExactly("Quand un apprenant se tait");
        Element forum = fr.selectFirst("#hub-resources li[data-key=forum-rules]");
        assertThat(forum.attr("data-audience")).isEqualTo("lcm");
        assertThat(forum.attr("lang")).isEqualTo("en");
        assertThat(forum.attr("data-langs")).isEqualTo("en");
        assertThat(forum.attr("data-href")).isEqualTo("/en/guides/forum-rules.html");
        assertThat(forum.text()).isEqualTo("Three forum rules that hold");
    }

    @Test
    void everyPublicPageLeadsTheTeamToItsSignInFromTheFooter() throws IOException {
        assertThat(links(page("en/index.html"), "footer")).contains("/en/staff-sign-in.html");
        assertThat(links(page("en/guides.html"), "footer")).contains("/en/staff-sign-in.html");
        assertThat(links(page("fr/index.html"), "footer")).contains("/fr/connexion-equipe.html");
        assertThat(page("fr/a-propos-du-role-lcm.html").select("footer a[href=/fr/connexion-equipe.html]").text())
                .isEqualTo("Connexion de l’équipe");
    }

    /**
     * The sign-in page's promise holds wherever the hub runs: the directory's mail gives a temporary
     * password, the hub's own mail says how sign-in goes; neither always lets one "choose" a password.
     */
    @Test
    void theSignInPagePromisesWhatEveryInvitationSays() throws IOException {
        assertThat(page("en/staff-sign-in.html").select("main").text())
                .contains("The invitation email tells you how to sign in the first time.").doesNotContain("password");
        assertThat(page("fr/connexion-equipe.html").select("main").text())
                .contains("explique comment vous connecter la première fois.").doesNotContain("mot de passe");
    }

    /**
     * A suggestion reaches the LCMs through their daily email, which the page and its answer say;
     * and as the form asks for no address, they say no one writes back, in both languages.
     */
    @Test
    void theSuggestionPagesSayHowTheLcmsHearOfItAndThatNoOneWritesBack() throws IOException {
        for (String path : new String[] {"en/suggest-a-guide.html", "en/suggestion-received.html"}) {
            String text = page(path).select("main").text();
            assertThat(text).as(path).contains("daily email", "no one will write back to you").doesNotContain("reads every");
        }
        for (String path : new String[] {"fr/proposer-un-guide.html", "fr/suggestion-recue.html"}) {
            String text = page(path).select("main").text();
            assertThat(text).as(path).contains("mail quotidien", "personne ne pourra donc vous répondre")
                    .doesNotContain("lit chaque");
        }
        assertThat(page("en/suggest-a-guide.html").select(".form-success").text()).contains("daily email",
                "no one will write back to you");
    }

    @Test
    void theTeamsFolderListsItsPagesAndItsSignInInEachLanguage() throws IOException {
        Document en = page("en/staff/index.html");
        assertThat(links(en, "main")).contains("/en/staff-sign-in.html", "/en/staff/cohorts.html",
                "/en/staff/dashboard.html", "/en/staff/matching.html", "/en/staff/guides.html", "/en/staff/mentor.html");
        assertThat(en.select("a.lang-switch").attr("href")).isEqualTo("/fr/staff/index.html");
        Document fr = page("fr/staff/index.html");
        assertThat(links(fr, "main")).contains("/fr/connexion-equipe.html", "/fr/staff/cohortes.html",
                "/fr/staff/tableau-de-bord.html", "/fr/staff/appariement.html", "/fr/staff/guides.html",
                "/fr/staff/espace-mentor.html");
        assertThat(fr.select("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void noPageShowsItsOwnHeader() throws IOException {
        // JBake 2.7 renders a document with nothing after ~~~~~~ as its whole file, header included.
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Jsoup.parse(file.toFile(), "UTF-8").select("main").text()).as(file.toString())
                        .doesNotContain("status=published", "~~~~~~");
            }
        }
    }

    @Test
    void draftsAreListedNowhere() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml"))
                    .filter(f -> !f.getFileName().toString().endsWith("-draft.html")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("draft-guide");
            }
        }
        // Nor is the draft itself written (JBake's Oven would write it as -draft.html, served and found).
        assertThat(out.resolve("en/guides/draft-guide-draft.html")).doesNotExist();
    }

    @Test
    void roleAndTagPagesListTheirGuidesInTheirLanguage() throws IOException {
        assertThat(links(page("en/tags/dropout.html"), "main .cards")).containsExactly("/en/guides/silent-learners.html");
        assertThat(links(page("fr/roles/support.html"), "main .cards")).containsExactly("/fr/guides/apprenant-silencieux.html");
        Document role = page("fr/roles/one-to-one.html");
        assertThat(role.selectFirst("h1").text()).isEqualTo("Rendez-\u2060vous individuels");
        assertThat(role.select("a.lang-switch").attr("href")).isEqualTo("/en/roles/one-to-one.html");
    }

    @Test
    void eachLanguageHasAnAtomFeedOfItsOwnGuidesAndPaths() throws IOException {
        Document feed = Jsoup.parse(Files.readString(out.resolve("en/feed.xml")), "", Parser.xmlParser());
        assertThat(feed.selectFirst("feed").attr("xml:lang")).isEqualTo("en");
        assertThat(feed.select("entry > id").eachText()).containsExactly(
                host + "/en/guides/forum-rules.html", host + "/en/paths/data-basics.html", host + "/en/guides/silent-learners.html");
        assertThat(feed.select("entry > updated").first().text()).isEqualTo("2025-04-01T00:00:00Z");
        Document fr = Jsoup.parse(Files.readString(out.resolve("fr/feed.xml")), "", Parser.xmlParser());
        assertThat(fr.select("entry > id").eachText()).allMatch(id -> id.startsWith(host + "/fr/")).hasSize(2);
        assertThat(Files.readString(out.resolve("en/feed.xml"))).startsWith("<?xml");
    }

    @Test
    void theSitemapListsEveryPageWithItsTranslation() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertThat(locs).contains(host + "/", host + "/en/index.html", host + "/fr/paths/bases-des-donnees.html",
                host + "/en/guides/forum-rules.html", host + "/fr/roles/support.html");
        Element path = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(host + "/en/paths/data-basics.html")).findFirst().orElseThrow();
        assertThat(path.select("xhtml|link[hreflang=fr]").attr("href")).isEqualTo(host + "/fr/paths/bases-des-donnees.html");
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Disallow: /api/");
    }

    @Test
    void pagesHaveCanonicalUrlsOpenGraphAndTheirLanguage() throws IOException {
        Document en = page("en/guides/silent-learners.html");
        assertThat(en.select("link[rel=canonical]").attr("href")).isEqualTo(host + "/en/guides/silent-learners.html");
        assertThat(en.select("meta[property=og:url]").attr("content")).isEqualTo(host + "/en/guides/silent-learners.html");
        assertThat(en.select("meta[property=og:title]").attr("content")).isEqualTo("When a learner goes silent");
        assertThat(en.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(en.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
        assertThat(en.select("meta[name=description]").attr("content")).isEqualTo("What to do in the first week of silence.");
        assertThat(en.select("link[rel=alternate][hreflang=fr]").attr("href")).isEqualTo(host + "/fr/guides/apprenant-silencieux.html");
        assertThat(en.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/en/feed.xml");
        assertThat(en.select("main[data-pagefind-body]")).as("guides are searchable").hasSize(1);
        assertThat(page("en/guides.html").select("[data-pagefind-body]")).as("lists are not").isEmpty();

        Document fr = page("fr/a-propos-du-role-lcm.html");
        assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(fr.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
        assertThat(fr.select("a.lang-switch").attr("href")).isEqualTo("/en/about-the-lcm-role.html");
        assertThat(fr.select("script[src=/js/hub.js][defer]")).hasSize(1);
    }

    @Test
    void eachPageNamesTheSiteOnceInItsTitle() throws IOException {
        assertThat(page("en/index.html").title()).isEqualTo("LCM Hub");
        assertThat(page("fr/index.html").title()).isEqualTo("LCM Hub");
        assertThat(page("en/guides/silent-learners.html").title()).isEqualTo("When a learner goes silent · LCM Hub");
    }

    @Test
    void checkInAndMentorPagesHoldTheirForms() throws IOException {
        Element checkin = page("en/check-in.html").selectFirst("form.checkin-form");
        assertThat(checkin.attr("action")).isEqualTo("/api/checkins");
        assertThat(checkin.select("[name]").eachAttr("name")).contains(
                "key", "progress", "hoursSpent", "mood", "blockers", "needHelp", "message", "next", "errorPage", "website");
        assertThat(checkin.select("[name=week]")).as("this week's check-in: no week to choose").isEmpty();
        assertThat(checkin.select("input[name=mood][type=radio]")).hasSize(5);
        // A check-in before the cohort starts or after it ends is refused on its week, which has no
        // field: the problem box says so in the page's words, and so does the form for hub.js.
        Element week = page("fr/point-d-etape.html").selectFirst("#checkin-error li[data-field=week]");
        assertThat(week.text()).startsWith("Votre cohorte n’a pas encore commencé");
        assertThat(week.select("a")).isEmpty();
        assertThat(page("fr/point-d-etape.html").select("form.checkin-form").attr("data-field-error-week")).isEqualTo(week.wholeText());
        for (Element input : checkin.select("input:not([type=hidden]), textarea")) {
            assertThat(checkin.select("label[for=" + input.id() + "]")).as(input.attr("name")).hasSize(1);
        }
        // One profile editor: the site's mentor page leads to the team's mentoring page.
        Document mentor = page("fr/profil-mentor.html");
        assertThat(mentor.select("main form")).isEmpty();
        assertThat(mentor.select("main a.button").attr("href")).isEqualTo("/fr/staff/espace-mentor.html");
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void copy(Path from, Path to, java.util.function.Predicate<Path> keep) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(keep).forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
