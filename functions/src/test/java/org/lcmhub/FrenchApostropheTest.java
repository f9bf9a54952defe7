package org.lcmhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lcmhub.appointments.AppointmentFrenchTexts;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.Invitations;
import org.lcmhub.auth.StaffInvitations;
import org.lcmhub.community.CommunityFrenchTexts;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.matching.Wording;
import org.lcmhub.matching.WordingSamples;
import org.lcmhub.mentoring.MentoringFrenchTexts;
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.RiskLevel;
import org.lcmhub.testing.RecordingMailer;

/**
 * French texts written by the functions (mails, channel posts, matching and risk reasons) use the
 * typographic apostrophe and French spacing, as the site's pages and catalogue do; the English ones
 * use the catalogue's words. Each kind is rendered and read as its reader gets it.
 */
class FrenchApostropheTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchTexts")
    void frenchTextsUseTheTypographicApostrophe(String kind, String text) {
        assertThat(text).as(kind).isNotBlank().doesNotContain("'")
                // A straight apostrophe in a MessageFormat pattern is a quote: it vanishes and leaves {n} unfilled.
                .doesNotContain("{");
    }

    /**
     * French puts a no-break space before ":" and inside « », a narrow one before ";", "!" and "?",
     * so that the mark never starts a line. Only a mark that ends a phrase (a space or the end
     * follows) is prose: a time 14:00, https: or a calendar's SUMMARY: are left alone.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchTexts")
    void frenchTextsPutANoBreakSpaceBeforeHighPunctuation(String kind, String text) {
        assertThat(text).as(kind)
                .doesNotContainPattern("[^\u00A0]:(?=\\s|$)")
                .doesNotContainPattern("[^\u202F?!][;!?](?=\\s|$)")
                .doesNotContainPattern("«[^\u00A0]|[^\u00A0]»");
    }

    /** English says "email" for the message, as the site's catalogue does: never "mail". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("englishTexts")
    void englishTextsSayEmail(String kind, String text) {
        assertThat(text).as(kind).isNotBlank().doesNotContainPattern("(?i)(?<![\\w@./-])mail(s|ed|ing)?\\b");
    }

    /** English writes its apostrophes and quotes as the site's catalogue does, typographic ("the cohort’s", “…”). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("englishTexts")
    void englishTextsUseTheTypographicApostrophe(String kind, String text) {
        assertThat(text).as(kind).doesNotContainPattern("\\w'\\w").doesNotContain("\"");
    }

    static Stream<Arguments> frenchTexts() {
        return texts(Language.FR);
    }

    static Stream<Arguments> englishTexts() {
        return texts(Language.EN);
    }

    private static Stream<Arguments> texts(Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        mails(texts, "appointments", AppointmentFrenchTexts.all(language));
        mails(texts, "mentoring", MentoringFrenchTexts.all(language));
        mails(texts, "sign-up", signUpMails(language));
        mails(texts, "team", invitations(language));
        CommunityFrenchTexts.all(language).forEach((kind, text) -> texts.put("community: " + kind, text));
        for (String code : Wording.CODES) {
            for (int count : new int[] {1, 3}) {
                texts.put("matching reason " + code + " " + count, Wording.text(WordingSamples.of(code, count), language));
            }
        }
        for (Map.Entry<String, List<String>> code : Reason.PARAMS.entrySet()) {
            for (int figure : new int[] {0, 1, 3}) {
                List<Object> figures = Collections.nCopies(code.getValue().size(), figure);
                texts.put("risk reason " + code.getKey() + " " + figures,
                        new Reason(code.getKey(), RiskLevel.WATCH, figures).text(language));
            }
        }
        return texts.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static void mails(Map<String, String> texts, String area, Map<String, Mail> mails) {
        mails.forEach((kind, mail) -> {
            StringBuilder all = new StringBuilder(mail.subject()).append('\n').append(mail.text());
            mail.attachments().stream().filter(Mail.Attachment::isText)
                    .forEach(a -> all.append('\n').append(new String(a.content(), StandardCharsets.UTF_8)));
            texts.put(area + ": " + kind, all.toString());
        });
    }

    private static Map<String, Mail> signUpMails(Language language) {
        Messages messages = new Messages("https://hub.example.org");
        LocalDate today = LocalDate.parse("2027-01-02");
        LocalDate start = LocalDate.parse("2027-01-04");
        List<String> places = List.of(language == Language.FR ? "- Groupe WhatsApp : Le groupe — https://chat.example.org"
                : "- WhatsApp group: The group — https://chat.example.org");
        Map<String, Mail> mails = new LinkedHashMap<>();
        for (String status : List.of("enrolled", "waitlisted", "withdrawn")) {
            mails.put("confirmation " + status, messages.confirmation("a@example.org", "Awa", language, "Python",
                    language, status, "waitlisted".equals(status) ? 2 : null, "key-1", places, start, today));
        }
        Language other = language == Language.FR ? Language.EN : Language.FR;
        mails.put("confirmation in another language", messages.confirmation("a@example.org", "Awa", language, "Python",
                other, "enrolled", null, "key-1", places, start, today));
        LocalDate end = start.plusWeeks(8).minusDays(1);
        mails.put("new link", messages.newLink("a@example.org", "Awa", language, "Python", "key-1", List.of(), null, null, today));
        mails.put("new link with places", messages.newLink("a@example.org", "Awa", language, "Python", "key-1", places,
                start, end, today));
        mails.put("new link after the end", messages.newLink("a@example.org", "Awa", language, "Python", "key-1", List.of(),
                start, end, end.plusDays(3)));
        mails.put("promoted", messages.promoted("a@example.org", "Awa", language, "Python", other, start, today, places));
        mails.put("promoted after the start", messages.promoted("a@example.org", "Awa", language, "Python", language, today, start,
                places));
        mails.put("mentor found", messages.mentorFound("a@example.org", "Awa", language, "Inès", "Python"));
        mails.put("new mentee", messages.newMentee("i@example.org", language, "Inès", "Awa", "Python"));
        mails.put("new mentees", messages.newMentees("i@example.org", language, "Inès", List.of("Awa", "Léo"), "Python"));
        return mails;
    }

    private static Map<String, Mail> invitations(Language language) {
        RecordingMailer mailer = new RecordingMailer();
        StaffInvitations directory = (email, group) -> new StaffInvitations.Invited("sub-" + group, email, false);
        Invitations invitations = new Invitations(directory, mailer, new Messages("https://hub.example.org"));
        Caller inviter = new Caller("lcm-1", "lcm@example.org", Set.of(Caller.LCM));
        invitations.lcm(inviter, "new-lcm@example.org", language, "c-1", "Python");
        invitations.mentor(inviter, "new-mentor@example.org", language);
        return Map.of("lcm invitation", mailer.sent.get(0), "mentor invitation", mailer.sent.get(1));
    }
}
