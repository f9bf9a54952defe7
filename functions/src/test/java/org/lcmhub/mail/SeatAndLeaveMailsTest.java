package org.lcmhub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/** The mails of a seat taken, a cohort moved to and a place left say what is true of the cohort and the link. */
class SeatAndLeaveMailsTest {
    private static final LocalDate START = LocalDate.parse("2026-10-26");
    private static final LocalDate BEFORE = LocalDate.parse("2026-10-20");
    private static final LocalDate RUNNING = LocalDate.parse("2026-12-07");
    private static final List<String> PLACES = List.of("- Chat: Cohort chat — https://chat.example.org/python");
    private final Messages messages = new Messages("https://hub.example.org");

    /** Asked for again while the cohort runs, the new link names it as the seat mails do: under way since its first day. */
    @Test
    void theNewLinkOfACohortUnderWayNamesItSinceItsFirstDay() {
        assertThat(newLink(Language.EN, RUNNING).subject())
                .isEqualTo("Your new personal link: Python, under way since Monday 26 October 2026");
        assertThat(newLink(Language.FR, RUNNING).subject())
                .isEqualTo("Votre nouveau lien personnel\u00a0: Python, en cours depuis le lundi 26 octobre 2026");
        // On its first day and before, it starts.
        assertThat(newLink(Language.FR, START).subject()).isEqualTo("Votre nouveau lien personnel\u00a0: Python, début le lundi 26 octobre 2026");
        assertThat(newLink(Language.EN, BEFORE).subject()).isEqualTo("Your new personal link: Python, starting Monday 26 October 2026");
    }

    private Mail newLink(Language language, LocalDate today) {
        return messages.newLink("a@example.org", "Awa", language, "Python", "key-1", List.of(), START, START.plusWeeks(8), today);
    }

    /**
     * Moved to a cohort whose team has given no places yet, the learner is not promised them with
     * their link: they read what My page says, that the team has not shared them yet.
     */
    @Test
    void aMoveToACohortWithoutPlacesSaysTheTeamWillAddThem() {
        String fr = moved(Language.FR, List.of()).text();
        assertThat(fr).contains("Votre équipe LCM n’a pas encore indiqué la discussion ni l’appel hebdomadaire de la cohorte\u00a0: "
                        + "ils apparaîtront dans votre espace", "il ouvre votre espace, https://hub.example.org/fr/me.html, avec vos points hebdomadaires")
                .doesNotContain("avec les lieux de la cohorte", "Là où la cohorte se retrouve");
        String en = moved(Language.EN, List.of()).text();
        assertThat(en).contains("Your LCM team has not shared the cohort’s chat or weekly call yet",
                        "it opens your page, https://hub.example.org/en/me.html, with your weekly check-ins")
                .doesNotContain("with the cohort’s places", "Where the cohort meets");
    }

    /**
     * Two cohorts of one path share the title "Python": the mail names each with its first day, the
     * waitlist left and the seat taken, so it cannot read as the learner staying where they were.
     */
    @Test
    void aMoveNamesTheCohortLeftAndTheCohortJoinedEachWithItsFirstDay() {
        assertThat(moved(Language.EN, List.of()).text()).contains("you left the waitlist of “Python”, which starts on Monday"
                + " 26 October 2026: you are now enrolled in the cohort “Python”, which starts on Monday 23 November 2026.");
        assertThat(moved(Language.FR, List.of()).text()).contains("vous avez quitté la liste d’attente de «\u00a0Python\u00a0»,"
                + " qui commence le lundi 26 octobre 2026\u00a0: vous êtes maintenant inscrit·e dans la cohorte «\u00a0Python\u00a0»,"
                + " qui commence le lundi 23 novembre 2026.");
        // Joined while it runs: begun, not starting.
        assertThat(messages.moved("a@example.org", "Awa", Language.FR, "Python", START.plusWeeks(4), "Python", Language.FR,
                START, START.plusWeeks(8), RUNNING, List.of()).text()).contains("dans la cohorte «\u00a0Python\u00a0»,"
                + " qui a commencé le lundi 26 octobre 2026.");
    }

    /** Moved to a cohort with places, the mail lists them, and the link's page has them too. */
    @Test
    void aMoveToACohortWithPlacesListsThem() {
        assertThat(moved(Language.FR, PLACES).text()).contains("Là où la cohorte se retrouve\u00a0:\n" + PLACES.get(0),
                "avec les lieux de la cohorte").doesNotContain("pas encore indiqué");
        assertThat(moved(Language.EN, PLACES).text()).contains("Where the cohort meets:\n" + PLACES.get(0),
                "with the cohort’s places").doesNotContain("not shared");
    }

    private Mail moved(Language language, List<String> places) {
        return messages.moved("a@example.org", "Awa", language, "Python", START, "Python", language,
                START.plusWeeks(4), BEFORE, places);
    }

    /**
     * A seat given in a cohort under way (the team added seats in its last week) says when the
     * cohort ends, not only that it started: the learner may have days, not weeks. One given before
     * the start says only when it starts.
     */
    @Test
    void aSeatInACohortUnderWaySaysWhenItEnds() {
        LocalDate end = START.plusWeeks(8).minusDays(1);
        assertThat(messages.promoted("a@example.org", "Beatriz", Language.EN, "Python", Language.EN, START, end, RUNNING, List.of())
                .text()).contains("The cohort started on Monday 26 October 2026 and ends on Sunday 20 December 2026: "
                        + "you can join in right away, for the time it has left.");
        assertThat(messages.promoted("a@example.org", "Beatriz", Language.FR, "Python", Language.FR, START, end, RUNNING, List.of())
                .text()).contains("La cohorte a commencé le lundi 26 octobre 2026 et se termine le dimanche 20 décembre 2026\u00a0: "
                        + "vous pouvez la rejoindre dès maintenant, pour le temps qui lui reste.");
        assertThat(messages.moved("a@example.org", "Beatriz", Language.EN, "Python", START, "Python", Language.EN,
                START, end, RUNNING, List.of()).text()).contains("and ends on Sunday 20 December 2026");
        assertThat(messages.promoted("a@example.org", "Beatriz", Language.EN, "Python", Language.EN, START, end, BEFORE, List.of())
                .text()).contains("The cohort starts on Monday 26 October 2026.").doesNotContain("ends on");
    }

    /** A seat from the waitlist without places yet says so too, rather than send the learner to a page that has none. */
    @Test
    void aSeatWithoutPlacesSaysTheTeamWillAddThem() {
        assertThat(messages.promoted("a@example.org", "Awa", Language.EN, "Python", Language.EN, START, BEFORE, List.of()).text())
                .contains("has not shared the cohort’s chat").doesNotContain("with the cohort’s places");
        assertThat(messages.promoted("a@example.org", "Awa", Language.FR, "Python", Language.FR, START, BEFORE, PLACES).text())
                .contains(PLACES.get(0), "avec les lieux de la cohorte").doesNotContain("pas encore indiqué");
    }

    /**
     * Leaving a seat: what was left, named with its first day; that it went to the next person when
     * it did (no name); and what the link still does: it opens the learner's page, it does not sign
     * them up again (a new sign-up does, from a path's page).
     */
    @Test
    void leavingASeatSaysWhatWasLeftWhereItWentAndWhatTheLinkStillDoes() {
        Mail en = messages.left("a@example.org", "Awa", Language.EN, "Python", START, BEFORE, true, true);
        assertThat(en.kind()).isEqualTo("left");
        assertThat(en.to()).isEqualTo("a@example.org");
        assertThat(en.subject()).isEqualTo("You left: Python, starting Monday 26 October 2026");
        assertThat(en.text()).isEqualTo("Hello Awa,\n\nAs you asked, you left the cohort “Python, starting Monday 26 October 2026” "
                + "and gave up your seat in it: no check-in is expected from you any more. Your seat went to the next person on its waitlist."
                + "\n\nYour personal link still opens your page, where your data stays until you erase it; it does not sign you up again. "
                + "To learn with a cohort again, sign up once more from a course path’s page: https://hub.example.org/en/paths.html"
                + "\n\nThe LCM Hub team\n");
        Mail fr = messages.left("a@example.org", "Awa", Language.FR, "Python", START, RUNNING, true, false);
        assertThat(fr.subject()).isEqualTo("Départ de la cohorte\u00a0: Python, en cours depuis le lundi 26 octobre 2026");
        assertThat(fr.text()).contains("vous avez quitté la cohorte «\u00a0Python, en cours depuis le lundi 26 octobre 2026\u00a0» "
                        + "et laissé votre place\u00a0: aucun point d’étape",
                        "il ne vous réinscrit pas", "depuis la page d’un parcours\u00a0: https://hub.example.org/fr/parcours.html")
                .as("no one waited").doesNotContain("personne suivante");
    }

    /** Leaving a waitlist: no seat, no check-ins, no one to pass it to; no more mail when a seat frees up. */
    @Test
    void leavingAWaitlistSaysNoSeatWillBeOffered() {
        Mail fr = messages.left("a@example.org", "Kofi", Language.FR, "Python", START, BEFORE, false, false);
        assertThat(fr.subject()).isEqualTo("Départ de la liste d’attente\u00a0: Python, début le lundi 26 octobre 2026");
        assertThat(fr.text()).startsWith("Bonjour Kofi,\n\nComme vous l’avez demandé, vous avez quitté la liste d’attente de la cohorte "
                        + "«\u00a0Python, début le lundi 26 octobre 2026\u00a0»\u00a0: nous ne vous écrirons pas quand une place se libérera.")
                .doesNotContain("point d’étape", "personne suivante");
        Mail en = messages.left("a@example.org", "Kofi", Language.EN, "Python", START, BEFORE, false, false);
        assertThat(en.subject()).isEqualTo("You left the waitlist: Python, starting Monday 26 October 2026");
        assertThat(en.text()).contains("we will not write when a seat frees up.", "it does not sign you up again")
                .doesNotContain("check-in", "next person");
    }
}
