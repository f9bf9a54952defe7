package org.lcmhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Checkout;

/**
 * The mail builders that word their mails from the catalogue ({@code mail.json}) keep no sentence
 * of their own: a sentence written in Java would exist in one language only, or in two places that
 * drift apart, and no catalogue test (key parity, French typography) would see it. What a builder
 * may still spell out: catalogue keys, placeholder names, a mail's kind, a site path, a line break,
 * a date pattern and a calendar file's PRODID; everything between words, even ": " or " (", or the
 * " · " of a calendar event's title, comes from the catalogue.
 */
class MailWordsInTheCatalogueTest {
    private static final Pattern ALLOWED = Pattern.compile(
            "|mail\\.[A-Za-z.]+"           // a catalogue key, or the start of one
                    + "|community\\.kind\\."      // the start of a kind of place's key, the page's own word
                    + "|[a-z][A-Za-z]*(-[a-z]+)*" // a placeholder's name, a mail's kind (one-to-one-invite)
                    + "|/[a-z/.-]*"               // a path of the site
                    + "|(\\\\n)+"                 // line breaks, as the source writes them
                    + "|d MMMM yyyy"              // the first meeting's date, a DateTimeFormatter pattern
                    + "|-//LCM Hub//[A-Za-z0-9: ]+//EN" // an iCalendar PRODID: calendar programs read it, no person
                    + "|[a-z-]+\\.ics"             // the calendar file's name when there is no name to put in it
                    + "|" + String.join("|", Stream.of("text/calendar; method=", "; charset=UTF-8", "CANCEL", "REQUEST",
                            "mailto:").map(Pattern::quote).toList()) // an attachment's type and iTIP method, an address's scheme
                    + "|" + String.join("|", Stream.of("\\\\p{M}+", "[^a-z0-9]+", "^-+|-+$", "-+$", "-")
                            .map(Pattern::quote).toList())); // the patterns that make a person's name safe in a file name

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"appointments/InviteMails.java", "appointments/ProposalMails.java",
            "mentoring/MentoringMails.java", "guides/GuideMails.java", "plans/PlanMails.java",
            "mail/SeatElsewhere.java", "community/GroupCallInvite.java", "appointments/Invites.java",
            "places/WelcomePlaces.java"})
    void aMailBuilderHoldsNoSentence(String file) throws IOException {
        String source = Files.readString(Checkout.root().resolve("functions/src/main/java/org/lcmhub/" + file));
        List<String> literals = literals(source);
        assertThat(literals).as(file).isNotEmpty()
                .allSatisfy(literal -> assertThat(literal).as(file).matches(ALLOWED));
        // A key the builder names whole is in the catalogue in each language (a plural key, by its forms).
        literals.stream().filter(l -> l.startsWith("mail.") && !l.endsWith(".")).forEach(key -> {
            for (Language language : Language.values()) {
                assertThat(Catalogue.site().has(language, key) || Catalogue.site().has(language, key + ".other"))
                        .as(file + ": " + key + " in " + language.code()).isTrue();
            }
        });
    }

    /** The reader sees through comments and escaped quotes, so a sentence cannot hide from it, nor a comment trip it. */
    @Test
    void literalsAreReadAsJavaReadsThem() {
        assertThat(literals("// \"a comment\"\n/* \"another\" */ String s = \"Hello \\\"you\\\"\" + '\"' + \"/fr/me.html\";"))
                .containsExactly("Hello \\\"you\\\"", "/fr/me.html");
        assertThat("Hello ").doesNotMatch(ALLOWED);
        assertThat(": ").doesNotMatch(ALLOWED);
        assertThat("Rendez-vous annulés avec ").doesNotMatch(ALLOWED);
        assertThat("mail.oneToOne.room").matches(ALLOWED);
        assertThat(" · ").doesNotMatch(ALLOWED);
        assertThat("-//LCM Hub//Group calls//EN").matches(ALLOWED);
        assertThat("-//LCM Hub//Group calls//EN. Your cohort’s weekly group call.").doesNotMatch(ALLOWED);
        assertThat("one-to-one.ics").matches(ALLOWED);
        assertThat("rendez-vous-avec-").doesNotMatch(ALLOWED);
        assertThat("Rendez-vous individuel\u00a0: ").doesNotMatch(ALLOWED);
        assertThat("Video room").doesNotMatch(ALLOWED);
    }

    /** The string literals of a Java source, as written (escapes kept), outside comments and char literals. */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(source.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
