package org.lcmhub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/** The sign-up mail says only what is true for the learner it reaches. */
class SignUpMailsTest {
    private static final LocalDate TODAY = LocalDate.parse("2027-01-02");
    private static final LocalDate START = LocalDate.parse("2027-01-04");
    private final Messages messages = new Messages("https://hub.example.org");

    private Mail confirmation(Language language, String status) {
        return confirmation(language, language, status);
    }

    private Mail confirmation(Language language, Language taught, String status) {
        boolean enrolled = "enrolled".equals(status);
        return messages.confirmation("a@example.org", "Awa", language, "Python", taught, status,
                "waitlisted".equals(status) ? 2 : null, "key-1", List.of(), enrolled ? START : null, TODAY);
    }

    @Test
    void aWaitlistedLearnerIsNotToldTheLinkSendsCheckInsYet() {
        assertThat(confirmation(Language.EN, "waitlisted").text())
                .contains("follow your place on the waitlist, leave it, and download or erase your data")
                .contains("Once a seat is yours, it is also where you send your weekly check-ins.")
                .doesNotContain("follow your sign-up, send your weekly check-ins");
        assertThat(confirmation(Language.FR, "waitlisted").text())
                .contains("suivre votre place sur la liste d’attente, de la quitter")
                .doesNotContain("de faire vos points hebdomadaires");
        assertThat(confirmation(Language.EN, "enrolled").text())
                .contains("Use it to follow your sign-up, send your weekly check-ins, and download or erase your data.");
    }

    @Test
    void aWaitlistedLearnerReadsWhenTheCohortStartsNeverThatTheyCanJoinIn() {
        // Cohorts of one path may share a title: the start says which waitlist.
        assertThat(messages.confirmation("a@example.org", "Awa", Language.EN, "Python", Language.EN, "waitlisted", 2, "key-1",
                List.of(), START, TODAY).text()).contains("in position 2. The cohort starts on Monday 4 January 2027. We will write");
        String started = messages.confirmation("a@example.org", "Awa", Language.FR, "Python", Language.FR, "waitlisted", 2,
                "key-1", List.of(), START, START.plusDays(9)).text();
        assertThat(started).contains("La cohorte a commencé le lundi 4 janvier 2027.").doesNotContain("rejoindre dès maintenant");
    }

    @Test
    void aLearnerWhoLeftReadsOnlyWhatTheLinkStillDoes() {
        assertThat(confirmation(Language.EN, "withdrawn").text()).contains("still lets you download or erase your data")
                .doesNotContain("check-ins");
        assertThat(confirmation(Language.FR, "withdrawn").text()).doesNotContain("points hebdomadaires");
    }

    @Test
    void aCohortTaughtInAnotherLanguageThanTheSignUpsSaysSo() {
        assertThat(confirmation(Language.EN, Language.FR, "enrolled").text())
                .contains("Your seat in the cohort “Python” is booked. This cohort is taught in French.");
        assertThat(confirmation(Language.EN, Language.FR, "waitlisted").text())
                .contains("in position 2. This cohort is taught in French. We will write");
        assertThat(confirmation(Language.FR, Language.EN, "enrolled").text())
                .contains("Cette cohorte se déroule en anglais.");
        assertThat(confirmation(Language.EN, Language.EN, "enrolled").text()).doesNotContain("taught in");
        assertThat(confirmation(Language.FR, Language.FR, "waitlisted").text()).doesNotContain("se déroule en");
    }

    @Test
    void aSeatFreedInACohortTaughtInAnotherLanguageSaysSoToo() {
        assertThat(messages.promoted("a@example.org", "Awa", Language.EN, "Python", Language.FR, START, TODAY, List.of())
                .text()).contains("you are now enrolled in the cohort “Python”. This cohort is taught in French.");
        assertThat(messages.promoted("a@example.org", "Awa", Language.FR, "Python", Language.EN, START, TODAY, List.of())
                .text()).contains("Cette cohorte se déroule en anglais.");
        assertThat(messages.promoted("a@example.org", "Awa", Language.EN, "Python", Language.EN, START, TODAY, List.of())
                .text()).doesNotContain("taught in");
    }

    /**
     * The mails are worded from the site's catalogue, with its typography: curly quotes and
     * apostrophes in English, French spacing and an "e-mail" that stays on one line in French.
     */
    @Test
    void theMailsSpeakTheCataloguesWords() {
        Mail en = messages.promoted("a@example.org", "Awa", Language.EN, "Python", Language.EN, START, TODAY,
                List.of("Chat: https://chat.example.org"));
        assertThat(en.subject()).isEqualTo("A seat for you: Python, starting Monday 4 January 2027");
        assertThat(en.text()).startsWith("Hello Awa,\n\nA seat is yours: you are now enrolled in the cohort “Python”.\n\n"
                        + "The cohort starts on Monday 4 January 2027.\n\nWhere the cohort meets:\nChat: https://chat.example.org\n\n")
                .contains("with the cohort’s places").endsWith("\n\nThe LCM Hub team\n").doesNotContain("'", "\"");
        Mail fr = messages.promoted("a@example.org", "Awa", Language.FR, "Python", Language.FR, START, TODAY, List.of());
        assertThat(fr.subject()).isEqualTo("Une place pour vous\u00a0: Python, début le lundi 4 janvier 2027");
        assertThat(fr.text()).contains("votre e-mail d’inscription", "cohorte «\u00a0Python\u00a0»", "Lien perdu\u202f?")
                .endsWith("\n\nL’équipe LCM Hub\n");
    }

    /** A seat in a cohort already under way: the subject does not promise a first day gone by. */
    @Test
    void aSeatInACohortUnderWayIsNamedSinceItsFirstDay() {
        LocalDate later = START.plusWeeks(6);
        assertThat(messages.promoted("a@example.org", "Awa", Language.EN, "Python", Language.EN, START, later, List.of()).subject())
                .isEqualTo("A seat for you: Python, under way since Monday 4 January 2027");
        assertThat(messages.promoted("a@example.org", "Awa", Language.FR, "Python", Language.FR, START, later, List.of()).subject())
                .isEqualTo("Une place pour vous\u00a0: Python, en cours depuis le lundi 4 janvier 2027");
        assertThat(messages.promoted("a@example.org", "Awa", Language.EN, "Python", Language.EN, START, later, List.of()).text())
                .contains("The cohort started on Monday 4 January 2027: you can join in right away.");
    }

    /**
     * Cohorts of one path often share a title: a subject names the cohort with its first day, as
     * team mails do, and so does a sentence no start follows; one the start follows names it once.
     */
    @Test
    void aSignUpMailNamesTheCohortWithItsFirstDayOnceWhereNoSentenceGivesIt() {
        Mail enrolled = messages.confirmation("a@example.org", "Awa", Language.EN, "Python", Language.EN, "enrolled", null,
                "key-1", List.of(), START, TODAY);
        assertThat(enrolled.subject()).isEqualTo("Your sign-up: Python, starting Monday 4 January 2027");
        assertThat(enrolled.text()).contains("Your seat in the cohort “Python” is booked. The cohort starts on Monday 4 January 2027.");
        Mail waiting = messages.confirmation("a@example.org", "Awa", Language.FR, "Python", Language.FR, "waitlisted", 2,
                "key-1", List.of(), START, TODAY);
        assertThat(waiting.subject()).isEqualTo("Liste d’attente\u00a0: Python, début le lundi 4 janvier 2027");
        assertThat(waiting.text()).contains("La cohorte «\u00a0Python\u00a0» est complète");
        Mail left = messages.confirmation("a@example.org", "Awa", Language.FR, "Python", Language.FR, "withdrawn", null,
                "key-1", List.of(), START, TODAY);
        assertThat(left.text()).contains("Vous avez quitté la cohorte «\u00a0Python, début le lundi 4 janvier 2027\u00a0».");
        Mail link = messages.newLink("a@example.org", "Awa", Language.EN, "Python", "key-1", List.of(), START,
                START.plusWeeks(8), TODAY);
        assertThat(link.subject()).isEqualTo("Your new personal link: Python, starting Monday 4 January 2027");
        assertThat(link.text()).contains("for the cohort “Python” (keep it", "This cohort runs from Monday 4 January 2027");
    }

    /**
     * Left on a waitlist while another cohort of the path had a seat, the learner reads of it in the
     * mail too (the page that said so may be closed): its title, its start in full, its seats as they
     * were when the mail was written, its language when not the mail's, and that their page takes
     * the seat in one step, before the link that opens it.
     */
    @Test
    void aWaitlistedLearnerReadsWhichCohortHadASeatAndHowToTakeIt() {
        SeatElsewhere feb = new SeatElsewhere("Python février", Language.FR, LocalDate.parse("2027-02-01"), 3);
        String fr = messages.confirmation("a@example.org", "Awa", Language.FR, "Python", Language.FR, "waitlisted", 2,
                "key-1", List.of(), START, TODAY, feb).text();
        assertThat(fr).contains("Au moment de cet e-mail, une autre cohorte de ce parcours avait encore des places\u00a0: "
                + "«\u00a0Python février\u00a0», qui commence le lundi 1er février 2027 (3 places restantes).",
                "un seul bouton vous y fait quitter cette liste d’attente et prendre la place")
                .doesNotContain("se déroule en");
        assertThat(fr.indexOf("Python février")).as("after the waitlist's place, before the link")
                .isGreaterThan(fr.indexOf("en position 2")).isLessThan(fr.indexOf("#key=key-1"));
        SeatElsewhere english = new SeatElsewhere("Python in English", Language.EN, LocalDate.parse("2027-01-11"), 1);
        assertThat(messages.confirmation("a@example.org", "Awa", Language.FR, "Python", Language.FR, "waitlisted", 2,
                "key-1", List.of(), START, TODAY, english).text())
                .contains("«\u00a0Python in English\u00a0», qui se déroule en anglais et commence le lundi 11 janvier 2027 "
                        + "(1 place restante).");
        assertThat(messages.confirmation("a@example.org", "Yaw", Language.EN, "Python", Language.EN, "waitlisted", 2,
                "key-1", List.of(), START, TODAY, feb).text())
                .contains("When we sent this email, another cohort of this course path had seats: “Python février”, "
                        + "taught in French, which starts on Monday 1 February 2027 (3 seats left).",
                        "open your page with your personal link below: one button there leaves this waitlist and takes the seat");
        assertThat(confirmation(Language.EN, "waitlisted").text()).as("no seat elsewhere: only the wait")
                .doesNotContain("another cohort");
    }

    /**
     * A waiting learner who asks for their link again reads of the seat elsewhere as the waitlist
     * mail words it (title, start in full, seats then left, language when not theirs), after the new
     * link, which the way to take the seat points up to; without a seat elsewhere, nothing of it.
     */
    @Test
    void theNewLinkOfAWaitingLearnerNamesTheSeatElsewhereAfterTheLink() {
        SeatElsewhere feb = new SeatElsewhere("Python février", Language.FR, LocalDate.parse("2027-02-01"), 3);
        String fr = messages.newLink("a@example.org", "Awa", Language.FR, "Python", "key-1", List.of(), START,
                START.plusWeeks(8), TODAY, feb).text();
        assertThat(fr).contains("Au moment de cet e-mail, une autre cohorte de ce parcours avait encore des places\u00a0: "
                + "«\u00a0Python février\u00a0», qui commence le lundi 1er février 2027 (3 places restantes).",
                "ouvrez votre espace avec votre nouveau lien ci-dessus\u00a0: un seul bouton vous y fait quitter cette liste "
                        + "d’attente et prendre la place").doesNotContain("ci-dessous", "se déroule en");
        assertThat(fr.indexOf("Python février")).as("after the link and the cohort's dates, before the old link's end")
                .isGreaterThan(fr.indexOf("#key=key-1")).isGreaterThan(fr.indexOf("Cette cohorte a lieu du"))
                .isLessThan(fr.indexOf("L’ancien lien ne fonctionne plus."));
        SeatElsewhere one = new SeatElsewhere("Python février", Language.FR, LocalDate.parse("2027-02-01"), 1);
        assertThat(messages.newLink("a@example.org", "Yaw", Language.EN, "Python", "key-1", List.of(), START,
                START.plusWeeks(8), TODAY, one).text())
                .contains("When we sent this email, another cohort of this course path had seats: “Python février”, "
                        + "taught in French, which starts on Monday 1 February 2027 (1 seat left).",
                        "open your page with your new link above: one button there leaves this waitlist and takes the seat")
                .doesNotContain("below");
        assertThat(messages.newLink("a@example.org", "Yaw", Language.EN, "Python", "key-1", List.of(), START,
                START.plusWeeks(8), TODAY).text()).as("no seat elsewhere").doesNotContain("another cohort");
    }

    /** A mail about a new pair says where to go next: the learner's page, the mentor's page. */
    @Test
    void aNewPairsMailsSayWhereToGoNext() {
        assertThat(messages.mentorFound("a@example.org", "Awa", Language.FR, "Inès", "Python").text())
                .contains("Inès sera votre mentor dans la cohorte", "vos rendez-vous\u00a0: https://hub.example.org/fr/me.html");
        assertThat(messages.newMentee("i@example.org", Language.EN, "Inès", "Awa", "Python").text())
                .contains("Awa of the cohort “Python” is now your mentee.",
                        "set up your 1:1s with them: https://hub.example.org/en/staff/mentor.html");
    }
}
