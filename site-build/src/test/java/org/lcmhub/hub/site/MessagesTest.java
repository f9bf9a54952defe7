package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.lcmhub.hub.testing.Checkout;

/** The message catalogue: the real one is complete in both languages; a broken one is refused whole. */
class MessagesTest {

    @TempDir
    Path dir;

    @Test
    void everyKeyOfTheSiteCatalogueExistsInBothLanguagesWithTheSamePlaceholders() {
        Messages messages = Messages.read(Checkout.root().resolve("site"));
        Map<String, String> en = messages.byLanguage().get("en");
        Map<String, String> fr = messages.byLanguage().get("fr");
        assertThat(en).isNotEmpty();
        assertThat(fr.keySet()).isEqualTo(en.keySet());
        en.forEach((key, text) -> {
            assertThat(text).as("en " + key).isNotBlank();
            assertThat(fr.get(key)).as("fr " + key).isNotBlank();
            assertThat(Messages.placeholders(fr.get(key))).as(key).isEqualTo(Messages.placeholders(text));
        });
    }

    /**
     * A staff member on no team may have been on teams (taken off the last one by a colleague): what
     * the pages say then assumes no history, in either language ("yet", "first", « encore »).
     */
    @Test
    void aStaffMemberOnNoTeamIsNotToldTheyHaveNoneYet() {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        for (String key : List.of("staff.noCohort", "staff.createFirst", "cohorts.none")) {
            assertThat(all.get("en").get(key)).as("en " + key).isNotBlank().doesNotContainPattern("(?i)\\b(yet|first)\\b");
            assertThat(all.get("fr").get(key)).as("fr " + key).isNotBlank()
                    .doesNotContainPattern("(?i)\\b(encore|premi[eè]re?)\\b");
        }
    }

    /** A scale's range ("(1 to 5)", "(1 à 5)") is read as one thing: a caption never wraps inside it. */
    @Test
    void aScalesRangeStaysOnOneLine() {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        all.forEach((lang, texts) -> texts.forEach((key, text) ->
                assertThat(text).as(lang + " " + key).doesNotContainPattern("\\(\\d+ (to|à)|(to|à) \\d+\\)")));
    }

    @Test
    void aPercentSignFollowsEachLanguagesTypography() {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        all.get("en").forEach((key, text) -> assertThat(text).as("en " + key).doesNotContainPattern("[\\s\u00A0\u202F]%"));
        // French puts a narrow no-break space before %, as LcmI18n.percent writes figures.
        all.get("fr").forEach((key, text) -> assertThat(text).as("fr " + key).doesNotContainPattern("[^\u202F]%"));
    }

    @Test
    void frenchTextUsesTheTypographicApostropheAndKeepsGuillemetsWithTheirWords() throws IOException {
        Map<String, String> fr = Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr");
        // A no-break space inside « », so that a closing » never starts a line on its own.
        fr.forEach((key, text) -> assertThat(text).as("fr " + key).doesNotContain("'", "« ", " »"));
        // The French labels of roles and topics, which guide pages and the editor show.
        Taxonomy taxonomy = Taxonomy.read(Checkout.root().resolve("site"));
        for (String tag : taxonomy.tags()) {
            assertThat(taxonomy.label("tag", tag, "fr")).as("fr tag " + tag).doesNotContain("'", "« ", " »");
        }
        for (String role : taxonomy.roles()) {
            assertThat(taxonomy.label("role", role, "fr")).as("fr role " + role).doesNotContain("'", "« ", " »");
        }
        // The French pages' own words too (their content has no code, where ' would be syntax).
        try (var files = Files.walk(Checkout.root().resolve("content/fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("'", "« ", " »");
            }
        }
    }

    /**
     * French puts a no-break space before ":" and a narrow one before ";", "!" and "?", so the mark
     * never starts a line. Only a mark that ends a phrase is prose: a time (14:00), https: or a
     * front matter's "1:Title;2:Title" are left alone. The functions' FrenchTypography, which sets a
     * French guide written in the hub, reads a prose mark the same way: its test holds these texts
     * and pages as already set (applying it changes nothing).
     */
    @Test
    void frenchTextKeepsItsHighPunctuationWithTheWordBefore() throws IOException {
        Map<String, String> fr = Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr");
        fr.forEach((key, text) -> assertFrenchSpacing("fr " + key, text));
        try (var files = Files.walk(Checkout.root().resolve("content/fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertFrenchSpacing(file.toString(), Files.readString(file));
            }
        }
        assertThatThrownBy(() -> assertFrenchSpacing("a space", "Lien perdu ? Voici : le lien")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertFrenchSpacing("no space", "Merci! C’est noté")).isInstanceOf(AssertionError.class);
        assertFrenchSpacing("a time and an address", "Le jeudi à 18:30, sur https://example.org\u00a0: venez\u202f!");
    }

    /**
     * A French page title keeps a number with the unit after it ("8 semaines"): a narrow screen
     * wraps the title elsewhere, never between the two. Only the title: the page's address stays.
     */
    @Test
    void frenchTitlesKeepANumberWithItsUnit() throws IOException {
        try (var files = Files.walk(Checkout.root().resolve("content/fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.readAllLines(file).stream().filter(line -> line.startsWith("title=")).findFirst()
                        .ifPresent(title -> assertNumberKeptWithItsUnit(file.toString(), title));
            }
        }
        assertThatThrownBy(() -> assertNumberKeptWithItsUnit("a space", "Python en 8 semaines")).isInstanceOf(AssertionError.class);
        assertNumberKeptWithItsUnit("a no-break space", "Python en 8\u00a0semaines, 2\u00a0heures par semaine");
    }

    /**
     * The catalogue's texts in both languages keep a number, or the placeholder of one ("{weeks}
     * semaines", "{hours} h", "{count} days"), with its unit: "pendant 5 semaines" never wraps
     * between the two at 375 px. A placeholder for a name or title ("{name} week by week") is no number.
     */
    @Test
    void catalogueTextsKeepANumberWithItsUnit() {
        Messages.read(Checkout.root().resolve("site")).byLanguage().forEach((lang, texts) -> texts.forEach((key, text) ->
                assertNumberKeptWithItsUnit(lang + " " + key, text)));
        assertThatThrownBy(() -> assertNumberKeptWithItsUnit("fr", "pendant {weeks} semaines")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertNumberKeptWithItsUnit("en", "for {weeks} weeks")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertNumberKeptWithItsUnit("en", "{count} days ago")).isInstanceOf(AssertionError.class);
        assertNumberKeptWithItsUnit("a name", "Progress of {name} week by week, {minutes}\u00a0min");
    }

    private static final String NUMBER = "(\\d|\\{(?!(name|title|learner|mentor)\\})\\w+\\})";

    private static void assertNumberKeptWithItsUnit(String what, String text) {
        assertThat(text).as(what).doesNotContainPattern(NUMBER + " (semaines?|heures?|h|jours?|mois|minutes?|min|ans?"
                + "|weeks?|hours?|days?|months?|years?|caractères|characters|Ko|KB|pixels?)\\b");
    }

    private static void assertFrenchSpacing(String what, String text) {
        assertThat(text).as(what)
                .doesNotContainPattern("[^\u00A0]:(?=\\s|$)")
                .doesNotContainPattern("[^\u202F?!][;!?](?=[\\s\u00A0»*]|$)");
    }

    /**
     * French writes a time of day "18 h 30", as the pages and mails show times: a hint or an error
     * that says "comme 18:30" asks for what the interface never writes. (A zone's offset, "UTC+5:30",
     * is not a time of day.)
     */
    @Test
    void frenchWritesATimeOfDayWithH() {
        Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr")
                .forEach((key, text) -> assertThat(text).as("fr " + key).doesNotContainPattern("(?<!UTC[+\u2212]\\d{0,2})\\b\\d{1,2}:\\d{2}\\b"));
        assertThat(Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr").get("me.proposal.err.time"))
                .contains("18\u00a0h\u00a030");
    }

    /**
     * A title or a name may begin with a vowel ("Accueillir…", "Awa"): "de {title}" would then read
     * "de Accueillir" where French elides. A French text names a title (of a guide, a cohort, a path)
     * or a person after a word that never elides, e.g. « Historique du guide « {title} » », « avec {name} ».
     */
    @Test
    void frenchNeverPutsAWordThatElidesBeforeATitle() {
        Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr").forEach((key, text) ->
                assertThat(text).as("fr " + key).doesNotContainPattern("(?i)\\b(de|du|que|le|la|ce|je|ne|se)[\\s\u00a0]+\\{(title|cohort|path|name|learner|mentor|mentee|first)}"));
    }

    /**
     * English writes its apostrophes as the French texts do, typographic ("the cohort’s", "the
     * learners’"), never straight, and quotes with “ ”: in the catalogue (pages, scripts and mails)
     * and in the English pages' own words. A page's code (`encoding="utf-8"`), HTML tags and link
     * addresses are syntax, where ' and " stay straight.
     */
    @Test
    void englishUsesTheTypographicApostropheAndQuotes() throws IOException {
        Messages.read(Checkout.root().resolve("site")).byLanguage().get("en")
                .forEach((key, text) -> assertThat(text).as("en " + key).doesNotContainPattern("\\w'\\w|s'(?=\\s)")
                        .doesNotContain("\""));
        try (var files = Files.walk(Checkout.root().resolve("content/en"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertThat(prose(Files.readString(file))).as(file.toString()).doesNotContain("'", "\"");
            }
        }
        assertThat(prose("Open it with `encoding=\"utf-8\"`, see <a href=\"/x\">this</a> or [that](/y \"z\")."))
                .doesNotContain("\"");
        assertThat(prose("Ask \"what got in the way?\" with `code`.")).contains("\"what got in the way?\"");
    }

    /** A Markdown page without its code blocks, code spans, HTML tags and link addresses. */
    private static String prose(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "")
                .replaceAll("<[^>\\n]*>", "").replaceAll("\\]\\([^)\\n]*\\)", "]");
    }

    /**
     * My page speaks to the learner in one voice: its headings say "Your place", "Your mentor",
     * "Votre place"..., never "My plan" or "Mon plan" beside them.
     */
    @Test
    void myPagesHeadingsSayYourNotMy() throws IOException {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        String page = Files.readString(Checkout.root().resolve("site/templates/views/me.ftl"));
        java.util.regex.Matcher heading = java.util.regex.Pattern
                .compile("<h[23][^>]*>\\$\\{l\\.t\\(lang, \"([\\w.]+)\"\\)}</h[23]>").matcher(page);
        java.util.List<String> keys = new java.util.ArrayList<>();
        while (heading.find()) {
            keys.add(heading.group(1));
        }
        assertThat(keys).contains("me.status.heading", "me.mentor.heading", "plans.plan.heading");
        for (String key : keys) {
            assertThat(all.get("en").get(key)).as("en " + key).doesNotStartWith("My ");
            assertThat(all.get("fr").get(key)).as("fr " + key).doesNotContainPattern("^(Mon|Ma|Mes) ");
        }
    }

    /**
     * The learner's page is named by its title in each language ("My page", « Mon espace »): a text
     * sending learners there says that name, never a translation of the English one (« Ma page »).
     */
    @Test
    void textsNameTheLearnersPageByItsTitle() throws IOException {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        assertThat(Files.readString(Checkout.root().resolve("content/fr/me.md"))).contains("title=Mon espace");
        all.get("fr").forEach((key, text) -> assertThat(text).as("fr " + key).doesNotContainPattern("(?i)\\bma page\\b"));
        assertThat(all.get("fr").get("community.removeConfirm")).contains("Mon espace");
    }

    /**
     * Who is signed in is said in one wording on every staff page (the header, the team's index, the
     * sign-in page): one key, not two that drift apart ("Compte connecté" here, "Connecté·e" there).
     */
    @Test
    void whoIsSignedInIsSaidByOneKey() {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        for (String lang : java.util.List.of("en", "fr")) {
            assertThat(all.get(lang).entrySet().stream().filter(e -> e.getValue().matches("(?i).*(signed in|connecté).*\\{who}.*")).map(Map.Entry::getKey))
                    .as(lang).containsExactly("signin.signedInAs");
        }
    }

    /**
     * Signing out is said by one key on every staff page (the header, the team's index, the sign-in
     * page), as who is signed in is: two keys with the same words would drift apart.
     */
    @Test
    void signingOutIsSaidByOneKey() {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        for (String lang : java.util.List.of("en", "fr")) {
            String words = all.get(lang).get("signin.signOut");
            assertThat(all.get(lang).entrySet().stream().filter(e -> e.getValue().equals(words)).map(Map.Entry::getKey))
                    .as(lang).containsExactly("signin.signOut");
        }
    }

    /**
     * A person reads what a chat service's refusal means and what to do, never its HTTP status code
     * (that stays in the API's delivery log); the providers' "webhook" is explained, not relied on.
     */
    @Test
    void noPageTextSpeaksOfAnHttpStatusAndAWebhookIsExplained() {
        Map<String, Map<String, String>> all = Messages.read(Checkout.root().resolve("site")).byLanguage();
        all.forEach((lang, words) -> {
            words.forEach((key, text) -> assertThat(text).as(lang + " " + key).doesNotContainPattern("\\bHTTP\\b(?!S)")
                    .doesNotContainPattern("\\{code}"));
            assertThat(words.get("community.hook.url")).as(lang).doesNotContainIgnoringCase("webhook");
            assertThat(words.get("community.hook.intro")).as(lang).containsIgnoringCase("webhook")
                    .contains(lang.equals("fr") ? "adresse de publication" : "posting address");
        });
    }

    /** English says "email" for the message and "email address" for the address, never "mail". */
    @Test
    void englishSaysEmail() {
        Map<String, String> en = Messages.read(Checkout.root().resolve("site")).byLanguage().get("en");
        en.forEach((key, text) -> assertThat(text.replaceAll("\\{[^}]*}", "")).as("en " + key)
                .doesNotContainPattern("(?i)(?<![\\w@./-])mail(s|ed|ing)?\\b")
                .doesNotContainPattern("(?i)e-mail"));
    }

    /**
     * On a phone, French "e-mail" may break at its hyphen ("e-" at a line's end, "mail" on the next).
     * Every French text of the pages joins the hyphen to "mail" with a word joiner (U+2060) (the mails' own are plain): the
     * word stays on one line, and it is still found by searching "e-mail" in the page.
     */
    @Test
    void frenchTextsKeepEMailOnOneLine() throws IOException {
        Map<String, String> fr = Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr");
        Map<String, String> mails = frenchTexts("mail.json");
        // The mails' own texts are plain, as for "rendez-vous" below.
        fr.forEach((key, text) -> assertThat(text).as("fr " + key)
                .doesNotContainPattern(mails.containsKey(key) ? "\u2060" : "(?i)e-(?!\u2060)mail"));
        assertThat(fr.get("signupEmail")).isEqualTo("Adresse e-\u2060mail");
        for (String page : new String[] {"inscription/enrolled.md", "inscription/waitlisted.md", "lien-envoye.md",
                "connexion-equipe.md"}) {
            assertThat(Files.readString(Checkout.root().resolve("content/fr/" + page))).as(page)
                    .doesNotContainPattern("(?i)e-(?!\u2060)mail").contains("e-\u2060mail");
        }
    }

    /**
     * Nor may "rendez-vous" break at its hyphen on a page: every French text a page shows (the
     * catalogue, the roles' and topics' labels, the French pages) joins it with a word joiner, as
     * "e-mail". The hyphen stays the keyboard's, so a search for "rendez-vous" still finds it, and no
     * font needs a glyph for it. The mails' own texts keep the plain word: a mail client lays out
     * its lines itself, and a subject or an invite is searched for in a mailbox or a calendar (and
     * a page's words put in a mail lose their joiners there: Mail).
     */
    @Test
    void frenchTextsKeepRendezVousOnOneLine() throws IOException {
        Map<String, String> fr = Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr");
        Map<String, String> mails = frenchTexts("mail.json");
        fr.forEach((key, text) -> {
            if (mails.containsKey(key)) {
                assertThat(text).as("mail " + key).doesNotContain("\u2060vous");
            } else {
                assertRendezVousJoined("fr " + key, text);
            }
        });
        assertThat(fr.get("mentor.meetings")).isEqualTo("Prochains rendez-\u2060vous");
        assertThat(mails.get("mail.oneToOne.mentor.subject")).isEqualTo("Rendez-vous avec {learner}");
        Taxonomy taxonomy = Taxonomy.read(Checkout.root().resolve("site"));
        taxonomy.tags().forEach(tag -> assertRendezVousJoined("fr tag " + tag, taxonomy.label("tag", tag, "fr")));
        taxonomy.roles().forEach(role -> assertRendezVousJoined("fr role " + role, taxonomy.label("role", role, "fr")));
        try (var files = Files.walk(Checkout.root().resolve("content/fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertRendezVousJoined(file.toString(), shown(file));
            }
        }
        assertThatThrownBy(() -> assertRendezVousJoined("plain", "Vos Rendez-vous")).isInstanceOf(AssertionError.class);
        assertRendezVousJoined("joined", "Vos rendez-\u2060vous");
    }

    private static void assertRendezVousJoined(String what, String text) {
        assertThat(text).as(what).doesNotContainPattern("(?i)rendez-vous");
    }

    private static Map<String, String> frenchTexts(String area) throws IOException {
        Map<String, Map<String, String>> texts = new ObjectMapper().readValue(
                Checkout.root().resolve("site/messages").resolve(area).toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Map<String, String>>>() { });
        return texts.get("fr");
    }

    /**
     * French calls a one-to-one a "rendez-vous", as the article the hub comes from does ("des
     * rendez-vous réguliers avec chaque apprenant") and as the interface does: never "entretien",
     * but in its other sense (a user interview, in the project path) and in two guides' addresses,
     * which stay as they were so that links to them keep working.
     */
    /**
     * A content file as its page shows it: without its `searchTerms`, the other names readers search
     * its subject by (« entretien individuel », typed as people type it), which no page shows.
     */
    private static String shown(Path file) throws IOException {
        return Files.readString(file).replaceAll("(?m)^searchTerms=.*$", "");
    }

    @Test
    void frenchCallsAOneToOneARendezVous() throws IOException {
        Map<String, String> fr = Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr");
        fr.forEach((key, text) -> assertThat(text).as("fr " + key).doesNotContainPattern("(?i)entretien"));
        // The roles and topics that guide pages and the editor show.
        Taxonomy taxonomy = Taxonomy.read(Checkout.root().resolve("site"));
        taxonomy.tags().forEach(tag -> assertThat(taxonomy.label("tag", tag, "fr")).as("fr tag " + tag)
                .doesNotContainPattern("(?i)entretien"));
        taxonomy.roles().forEach(role -> assertThat(taxonomy.label("role", role, "fr")).as("fr role " + role)
                .doesNotContainPattern("(?i)entretien"));
        try (var files = Files.walk(Checkout.root().resolve("content/fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String prose = shown(file).replaceAll("[\\w/-]*entretien[\\w-]*\\.html", "")
                        .replace("cinq courts entretiens ou un petit questionnaire", "");
                assertThat(prose).as(file.toString()).doesNotContainPattern("(?i)entretien");
            }
        }
    }

    /**
     * A learner may be anyone: French names one « l’apprenant·e » and agrees with it (« inscrit·e »,
     * « venu·e », « pas encore contacté·e », « silencieux·se », « compté·e comme abandon »,
     * « absent·e », « plus lent·e »), never in the masculine alone; a pair of a learner and a mentor
     * is « les deux », not « tous deux »; a mail of a 1:1 moved or cancelled says the others
     * « ne changent pas », as the English "stay as they are"; a cancellation reaches « chacun·e ».
     */
    @Test
    void frenchSpeaksOfOneLearnerInclusively() {
        Map<String, String> fr = Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr");
        fr.forEach((key, text) -> assertThat(text).as("fr " + key)
                .doesNotContainPattern("(?i)\\bl’apprenant(?![·s])").doesNotContainPattern("pas encore contacté(?!·)")
                .doesNotContainPattern("(?i)\\bsilencieux(?!·)").doesNotContainPattern("(?i)\\bcompté comme")
                .doesNotContainPattern("(?i)\\babsent à").doesNotContainPattern("(?i)\\bplus lent que")
                .doesNotContainPattern("(?i)\\btous deux\\b").doesNotContain("les suivants sont inchangés"));
        assertThat(fr.get("risk.reason.silent-dropped-out")).startsWith("Silencieux·se depuis {weeks}\u00a0semaines").endsWith("compté·e comme abandon");
        assertThat(fr.get("match.languages")).isEqualTo("Les deux parlent {languages}");
        assertThat(fr.get("plans.outcome.no-show")).isEqualTo("L’apprenant·e n’est pas venu·e");
        assertThat(fr.get("mail.oneToOne.meeting.cancelled")).endsWith("les autres ne changent pas.");
        assertThat(fr.get("mentor.meetingConfirm")).endsWith("Vous recevez chacun·e le changement par e-\u2060mail.");
    }

    /**
     * The French interface writes every group of people inclusively, as it does one learner:
     * « apprenant·e », « apprenant·es », « inscrit·es », « actif·ves », « mentoré·es », or a neutral
     * word (« la personne », « chaque membre »); never the masculine alone, nor « Il reçoit » for a
     * colleague added to a team.
     */
    @Test
    void frenchSpeaksOfLearnersAndMembersInclusively() throws Exception {
        Map<String, String> fr = Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr");
        fr.forEach((key, text) -> inclusive(assertThat(text).as("fr " + key)));
        // Every French page of the site (the home page, the LCM's role, the guides, the paths, the
        // staff pages' summaries above what the catalogue fills in) speaks as the catalogue does; an
        // LCM or a mentor is anyone too: never « le mentor », nor « il » for an LCM just named.
        java.nio.file.Path content = Checkout.root().resolve("content/fr");
        java.util.List<java.nio.file.Path> pages;
        try (var files = java.nio.file.Files.walk(content)) {
            pages = files.filter(f -> f.toString().endsWith(".md")).toList();
        }
        assertThat(pages).contains(content.resolve("index.md"), content.resolve("a-propos-du-role-lcm.md"),
                content.resolve("profil-mentor.md"), content.resolve("staff/index.md")).hasSizeGreaterThan(60);
        for (java.nio.file.Path page : pages) {
            // A link's address keeps its words, so that links to the page keep working.
            var text = assertThat(java.nio.file.Files.readString(page).replaceAll("[\\w/.-]+\\.html", ""))
                    .as(content.relativize(page).toString());
            inclusive(text);
            text.doesNotContainPattern("(?iU)\\b(?:le|du|au|un) mentor\\b")
                    .doesNotContainPattern(LCM_THEN_IL);
        }
        assertThat(fr.get("dash.kpi.enrolled")).isEqualTo("Inscrit·es");
        assertThat(fr.get("dash.kpi.active")).isEqualTo("Actif·ves");
        assertThat(fr.get("dash.watch")).isEqualTo("Apprenant·es à surveiller");
    }

    /**
     * « il » (a subject) in the sentence that names an LCM (not the hub's own name) or the next one,
     * but for an impersonal « il » (« il y a », « il faut », « il s’agit », « ce qu’il vous faut »,
     * « il est » + adjective).
     */
    private static final String LCM_THEN_IL = "(?U)\\bLCMs?\\b(?! Hub)[^.:;!?#]*(?:[.:;!?]\\s+[^.:;!?#]*)?(?<!’)\\b[Ii]ls? "
            + "(?!y\\b|faut\\b|s’agit\\b|vous faut\\b|ou elle\\b|est (?:utile|possible|normal|rare|tentant|temps|important|facile|difficile)\\b)";

    /**
     * Never the masculine alone for people: « apprenant·es », « inscrit·es », « actif·ves »,
     * « mentoré·es », and a participle that agrees with them (« vous ne serez plus proposé·es
     * ensemble », « Non proposé·es »); pairs, guides and mentors proposed are words of their own.
     */
    private static void inclusive(org.assertj.core.api.AbstractStringAssert<?> text) {
        text.doesNotContainPattern("(?iU)\\bapprenants?\\b(?!·)")
                .doesNotContainPattern("(?iU)\\binscrits?\\b(?!·)")
                .doesNotContainPattern("(?iU)\\bactifs?\\b(?!·)")
                .doesNotContainPattern("(?iU)\\bmentorés?\\b(?!·)")
                .doesNotContainPattern("(?iU)\\bcomptés\\b")
                .doesNotContainPattern("(?iU)(?<!binômes |guides |mentors )\\bproposés\\b(?!·)")
                .doesNotContainPattern("\\bIl reçoit\\b")
                // An LCM or a mentor is anyone: « la personne mentor », « un·e LCM », « l’équipe LCM »,
                // « Rôles de LCM », never « le LCM », « Rôles du LCM », « Annulé par le mentor » nor
                // « un autre mentor » (« un ou une autre LCM », « un·e autre mentor »).
                .doesNotContainPattern("(?iU)\\b(?:le|du|au|un|ce|aucun|seul)\\s+(?:autre\\s+)?(?:LCM|mentor|Learning Community Manager)\\b(?!\\s+Hub)");
    }

    /**
     * Words the page puts at the start of a line begin with a capital (a reviewer's own remark, a
     * report's status); a place added or removed is said after a noun of its own, so the sentence
     * agrees whatever label the LCM typed (« Lieu ajouté : Notes de cours », not « Notes de cours ajouté »).
     */
    @Test
    void linesStartWithACapitalAndAPlaceIsSaidAfterItsNoun() {
        Messages.read(Checkout.root().resolve("site")).byLanguage().forEach((lang, texts) -> {
            for (String key : java.util.List.of("guides.commentByYou", "guides.commentByAnother",
                    "community.mod.status.open", "community.mod.status.handled")) {
                assertThat(texts.get(key)).as(lang + " " + key).matches("\\p{Lu}.*");
            }
            for (String key : java.util.List.of("community.added", "community.removed")) {
                assertThat(texts.get(key)).as(lang + " " + key).matches("\\p{Lu}[^{]*[:\u00a0 ]+\\{label\\}");
            }
        });
    }

    /**
     * A "parcours" is a course path in the French interface; a learner's personal plan is their
     * « plan » (« Votre plan », « votre propre plan »), on their pages and on the staff's.
     */
    @Test
    void frenchCallsAPersonalPlanAPlan() {
        Messages.read(Checkout.root().resolve("site")).byLanguage().get("fr")
                .forEach((key, text) -> assertThat(text).as("fr " + key).doesNotContainPattern("(?i)parcours personnel"));
    }

    @Test
    void pluralKeysComeInPairs() {
        Map<String, String> en = Messages.read(Checkout.root().resolve("site")).byLanguage().get("en");
        en.keySet().stream().filter(k -> k.endsWith(".one") || k.endsWith(".other")).forEach(key -> {
            String base = key.substring(0, key.lastIndexOf('.'));
            assertThat(en).as(key).containsKeys(base + ".one", base + ".other");
        });
    }

    @Test
    void areasAreMergedAndScriptsCarryEachLanguage() throws IOException {
        write("a.json", "{\"en\":{\"hello\":\"Hello {name}\"},\"fr\":{\"hello\":\"Bonjour {name}\"}}");
        write("b.json", "{\"en\":{\"bye\":\"Bye </script>\"},\"fr\":{\"bye\":\"Au revoir \u00a0!\"}}");
        Messages messages = Messages.read(dir);
        assertThat(messages.text("fr", "hello")).isEqualTo("Bonjour {name}");
        assertThat(messages.text("en", "bye")).isEqualTo("Bye </script>");

        Path out = dir.resolve("out");
        messages.writeScripts(out);
        String fr = Files.readString(out.resolve("js/messages.fr.js"));
        assertThat(fr).startsWith("window.LcmMessages = window.LcmMessages || {};")
                .contains("window.LcmMessages.fr = ").contains("\\u00A0").doesNotContain("Hello");
        String en = Files.readString(out.resolve("js/messages.en.js"));
        assertThat(en).doesNotContain("</script>").contains("<\\/script>");
        String json = en.substring(en.indexOf("= {") + 2, en.lastIndexOf(';'));
        assertThat(new ObjectMapper().readValue(json, Map.class)).containsEntry("bye", "Bye </script>");
    }

    @Test
    void theZonesWordsHaveTheirOwnScriptYetReachTemplates() throws IOException {
        write("a.json", "{\"en\":{\"hello\":\"Hello\"},\"fr\":{\"hello\":\"Bonjour\"}}");
        write("zones.json", "{\"en\":{\"tzall.Asia/Tokyo\":\"Tokyo — Japan Time (UTC+9)\"},"
                + "\"fr\":{\"tzall.Asia/Tokyo\":\"Tokyo — heure du Japon (UTC+9)\"}}");
        Messages messages = Messages.read(dir);
        assertThat(messages.text("fr", "tzall.Asia/Tokyo")).isEqualTo("Tokyo — heure du Japon (UTC+9)");

        Path out = dir.resolve("out");
        messages.writeScripts(out);
        assertThat(Files.readString(out.resolve("js/messages.fr.js"))).contains("Bonjour").doesNotContain("Tokyo");
        assertThat(Files.readString(out.resolve("js/zones.fr.js")))
                .startsWith("window.LcmZones = window.LcmZones || {};\nwindow.LcmZones.fr = ")
                .contains("\"tzall.Asia/Tokyo\"", "heure du Japon").doesNotContain("Bonjour");
    }

    /** The mails' words are checked with the rest but go to no page: the functions alone send mails. */
    @Test
    void theFunctionsOwnWordsAreInNoPagesScript() throws IOException {
        write("a.json", "{\"en\":{\"hello\":\"Hello\"},\"fr\":{\"hello\":\"Bonjour\"}}");
        write("mail.json", "{\"en\":{\"mail.team\":\"The LCM Hub team\"},\"fr\":{\"mail.team\":\"L’équipe LCM Hub\"}}");
        Messages messages = Messages.read(dir);
        assertThat(messages.text("fr", "mail.team")).isEqualTo("L’équipe LCM Hub");

        Path out = dir.resolve("out");
        messages.writeScripts(out);
        for (String lang : Messages.LANGUAGES) {
            assertThat(Files.readString(out.resolve("js/messages." + lang + ".js"))).as(lang).contains("hello")
                    .doesNotContain("mail.team");
            assertThat(Files.readString(out.resolve("js/zones." + lang + ".js"))).as(lang).doesNotContain("mail.team");
        }
    }

    @Test
    void aMissingTranslationADifferentPlaceholderAndADuplicateKeyAreAllReported() throws IOException {
        write("a.json", "{\"en\":{\"one\":\"x\",\"two\":\"{n} items\"},\"fr\":{\"two\":\"{count} éléments\"}}");
        write("b.json", "{\"en\":{\"two\":\"y\"},\"fr\":{\"two\":\"y\"}}");
        write("c.json", "{\"en\":{}}");
        write("d.json", "not json");
        assertThatThrownBy(() -> Messages.read(dir))
                .isInstanceOf(Messages.InvalidMessages.class)
                .hasMessageContaining("a.json: key \"one\" has no fr text")
                .hasMessageContaining("a.json: key \"two\" has placeholders [n] in en but [count] in fr")
                .hasMessageContaining("b.json: key \"two\" is already defined in a.json")
                .hasMessageContaining("c.json: must have exactly the languages [en, fr]")
                .hasMessageContaining("d.json: not a JSON object");
    }

    private void write(String name, String json) throws IOException {
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("messages").resolve(name), json, StandardCharsets.UTF_8);
    }
}
