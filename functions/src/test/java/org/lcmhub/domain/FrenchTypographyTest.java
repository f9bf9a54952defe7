package org.lcmhub.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

/** French typography applied to what an author types on an ordinary keyboard. */
class FrenchTypographyTest {
    private static final String NB = "\u00A0";
    private static final String NN = "\u202F";

    private static String fr(String text) {
        String once = FrenchTypography.apply(text);
        assertThat(FrenchTypography.apply(once)).as("applied twice").isEqualTo(once);
        return once;
    }

    @Test
    void aTypedSpaceBeforeAMarkBecomesTheRightNoBreakSpace() {
        assertThat(fr("Accueillir les retardataires : une semaine…"))
                .isEqualTo("Accueillir les retardataires" + NB + ": une semaine…");
        assertThat(fr("Envoyez un message d'accueil : « Bienvenue ! »"))
                .isEqualTo("Envoyez un message d’accueil" + NB + ":" + " «" + NB + "Bienvenue" + NN + "!" + NB + "»");
        assertThat(fr("Prêts ; partez ? Oui")).isEqualTo("Prêts" + NN + "; partez" + NN + "? Oui");
    }

    @Test
    void rendezVousAndEMailKeepTheirHalvesTogetherButLinksAndOtherWordsStayAsTyped() {
        String wj = "\u2060";
        assertThat(fr("Fixez un rendez-vous par e-mail. Les Rendez-vous et les e-mails."))
                .isEqualTo("Fixez un rendez-" + wj + "vous par e-" + wj + "mail. Les Rendez-" + wj + "vous et les e-" + wj + "mails.");
        // A link's target, code and other hyphenated words are not touched.
        assertThat(fr("[le guide](/fr/guides/rendez-vous.html) `e-mail` lisez-le, une e-mailing-liste"))
                .isEqualTo("[le guide](/fr/guides/rendez-vous.html) `e-mail` lisez-le, une e-mailing-liste");
    }

    @Test
    void aMissingSpaceIsAddedBeforeAMarkThatEndsAPhrase() {
        assertThat(fr("Note: lisez-le. Merci!")).isEqualTo("Note" + NB + ": lisez-le. Merci" + NN + "!");
        assertThat(fr("«Bienvenue»")).isEqualTo("«" + NB + "Bienvenue" + NB + "»");
        assertThat(fr("**Attention:** le lien")).isEqualTo("**Attention" + NB + ":** le lien");
    }

    @Test
    void aMarkAtALinesEndIsProseAndAQuestionWithSurpriseIsOneMark() {
        assertThat(fr("Merci!\nÀ bientôt")).isEqualTo("Merci" + NN + "!\nÀ bientôt");
        assertThat(fr("Vraiment ?!")).isEqualTo("Vraiment" + NN + "?!");
        assertThat(fr("Vraiment?!")).isEqualTo("Vraiment" + NN + "?!");
    }

    /**
     * The site's Markdown links a bare URL or address up to the next plain space: a no-break space
     * after one would join the link, so what follows it stays as typed.
     */
    @Test
    void timesAddressesAndUrlsAreNotProse() {
        assertThat(fr("Rendez-vous à 14:00 sur https://example.org/a?b=c!d ; ou www.example.org?")).isEqualTo(
                "Rendez-\u2060vous à 14:00 sur https://example.org/a?b=c!d ; ou www.example.org?");
        assertThat(fr("Voir https://example.org: la page, ou « https://example.org »")).isEqualTo(
                "Voir https://example.org: la page, ou «" + NB + "https://example.org »");
        assertThat(fr("Écrivez à o'neil@example.org ! Merci !")).isEqualTo("Écrivez à o'neil@example.org ! Merci" + NN + "!");
        assertThat(fr("Voir [le site](https://example.org) !")).isEqualTo("Voir [le site](https://example.org)" + NN + "!");
        assertThat(fr("a &amp; b ; c")).isEqualTo("a &amp; b" + NN + "; c");
    }

    @Test
    void codeAndLinkTargetsStayAsWritten() {
        assertThat(fr("Tapez `a ? b : c` puis `it's` !")).isEqualTo("Tapez `a ? b : c` puis `it's`" + NN + "!");
        assertThat(fr("Voir [la page d'aide !](https://example.org/l'aide?x=1 \"Aide : ici\")."))
                .isEqualTo("Voir [la page d’aide" + NN + "!](https://example.org/l'aide?x=1 \"Aide : ici\").");
        assertThat(fr("![Bienvenue](/img/guides/a.png)")).isEqualTo("![Bienvenue](/img/guides/a.png)");
        String fenced = "Avant :\n\n```\nx = a ? b : c; // l'id !\n```\n\nAprès !";
        assertThat(fr(fenced)).isEqualTo("Avant" + NB + ":\n\n```\nx = a ? b : c; // l'id !\n```\n\nAprès" + NN + "!");
        String indented = "Code :\n\n    if (a) { print('x : y') ; }\n\nFin !";
        assertThat(fr(indented)).isEqualTo("Code" + NB + ":\n\n    if (a) { print('x : y') ; }\n\nFin" + NN + "!");
        assertThat(fr("- Un point :\n    suite d'une liste !")).isEqualTo("- Un point" + NB + ":\n    suite d’une liste" + NN + "!");
    }

    @Test
    void headerLinesAndReferenceDefinitionsAreSyntax() {
        String text = "steps=1:Intro;2:Suite ?\ntitle=Un titre : ici\n[aide]: https://example.org/a \"Aide : ici\"\n\nVoir [l'aide][aide] !";
        assertThat(fr(text)).isEqualTo("steps=1:Intro;2:Suite ?\ntitle=Un titre : ici\n[aide]: https://example.org/a \"Aide : ici\"\n\n"
                + "Voir [l’aide][aide]" + NN + "!");
    }

    @Test
    void aMarkThatStartsALineOrAnImageIsLeftAlone() {
        assertThat(fr("Une liste\n: définie")).isEqualTo("Une liste\n: définie");
        assertThat(fr("(?) et :) et 1/2")).isEqualTo("(?) et" + NB + ":) et 1/2");
        assertThat(fr("")).isEmpty();
        assertThat(FrenchTypography.apply(null)).isNull();
    }

    /** The repository's own French (pages and catalogue) is already set this way: nothing to change. */
    @Test
    void theSitesFrenchIsAlreadyTypeset() throws IOException {
        try (var files = Files.walk(Checkout.root().resolve("content/fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String page = Files.readString(file);
                int end = page.indexOf("\n~~~~~~\n");
                // The body alone (the header's end would open a fence), and the header's title and summary.
                String body = page.substring(end + 8);
                assertThat(FrenchTypography.apply(body)).as(file.toString()).isEqualTo(body);
                for (String line : page.substring(0, end).split("\n")) {
                    if (line.startsWith("title=") || line.startsWith("summary=")) {
                        String value = line.substring(line.indexOf('=') + 1);
                        assertThat(FrenchTypography.apply(value)).as(file + " " + line).isEqualTo(value);
                    }
                }
            }
        }
        try (var files = Files.list(Checkout.root().resolve("site/messages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode fr = new ObjectMapper().readTree(file.toFile()).get("fr");
                // The mails' texts are plain: no word joiners, a mail reader wraps its own lines.
                boolean mail = file.getFileName().toString().equals("mail.json");
                fr.fields().forEachRemaining(e -> {
                    String typeset = FrenchTypography.apply(e.getValue().asText());
                    assertThat(mail ? Catalogue.plain(typeset) : typeset)
                            .as(file.getFileName() + " " + e.getKey()).isEqualTo(e.getValue().asText());
                });
            }
        }
    }
}
