package org.lcmhub.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.SiteMessages;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.places.store.PlaceStore;

/**
 * The weekly call in the welcome mail names its time zone as it is at the call the mail invites
 * to. Central Europe's summer time begins on Sunday 28 March 2027; "MET" is a zone whose French
 * name says whether it is summer.
 */
class WelcomePlacesTest {
    private static final Channel.GroupCall MONDAYS = new Channel.GroupCall("mon", "18:00", "MET", 60);
    /** A learner whose clock is the call's. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final String SUMMER = "chaque lundi à 18\u00A0h, heure d’été de l’Europe centrale";
    private static final String WINTER = "chaque lundi à 18\u00A0h, heure de l’Europe centrale";

    private static String mailedAt(String instant) {
        return WelcomePlaces.when(MONDAYS, Language.FR, PARIS, Instant.parse(instant), null);
    }

    @Test
    void aMailBeforeTheChangeOfTimeAboutACallAfterItNamesTheSummerTime() {
        // Thursday 25 March: the next call is Monday 29 March, in summer time.
        assertThat(mailedAt("2027-03-25T10:00:00Z")).isEqualTo(SUMMER);
    }

    @Test
    void aCallBeforeTheChangeOfTimeIsInWinterTime() {
        // Monday 22 March, before that day's 18:00 call, still in winter time; once that call has
        // begun, the next one is a week later, after the change.
        assertThat(mailedAt("2027-03-22T08:00:00Z")).isEqualTo(WINTER);
        assertThat(mailedAt("2027-03-22T17:30:00Z")).isEqualTo(SUMMER);
    }

    @Test
    void aMailInSummerAboutACallAfterTheReturnToWinterTimeNamesTheWinterTime() {
        // Thursday 28 October 2027; summer time ends on Sunday 31 October.
        assertThat(mailedAt("2027-10-28T10:00:00Z")).isEqualTo(WINTER);
        assertThat(WelcomePlaces.when(MONDAYS, Language.EN, PARIS, Instant.parse("2027-10-28T10:00:00Z"), null))
                .startsWith("every Monday at 18:00, ");
    }

    @Test
    void aMailInWinterAboutACohortStartingInSummerNamesTheSummerTimeOfItsFirstCall() {
        // Monday 1 March 2027, winter; the cohort starts on Monday 5 April, its first call that evening.
        Instant mailed = Instant.parse("2027-03-01T10:00:00Z");
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, PARIS, mailed, LocalDate.parse("2027-04-05"))).isEqualTo(SUMMER);
        // Back to winter by a start in November, for a mail written in summer.
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, PARIS, Instant.parse("2027-09-01T10:00:00Z"),
                LocalDate.parse("2027-11-08"))).isEqualTo(WINTER);
    }

    @Test
    void aCohortThatHasStartedInvitesToTheFirstCallAfterTheMail() {
        // Started in winter; the mail of Thursday 25 March invites to Monday 29 March's call, in summer time.
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, PARIS, Instant.parse("2027-03-25T10:00:00Z"),
                LocalDate.parse("2027-01-04"))).isEqualTo(SUMMER);
    }

    // ---- The call on the learner's own clock ----------------------------------------------------------

    @Test
    void aLearnerOnTheCallsClockReadsTheCallAsBefore() {
        Instant mailed = Instant.parse("2027-01-07T10:00:00Z");
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, PARIS, mailed, null))
                .isEqualTo("chaque lundi à 18\u00A0h, heure de l’Europe centrale");
        assertThat(WelcomePlaces.when(MONDAYS, Language.EN, ZoneId.of("Europe/Berlin"), mailed, null))
                .as("another zone with the same clock").doesNotContain("your time");
    }

    @Test
    void aLearnerInAnotherZoneReadsTheCallOnTheirClockToo() {
        Channel.GroupCall tuesdays = new Channel.GroupCall("tue", "12:00", "Europe/Paris", 60);
        Instant mailed = Instant.parse("2027-01-07T10:00:00Z");
        ZoneId montreal = ZoneId.of("America/Montreal");
        assertThat(WelcomePlaces.when(tuesdays, Language.EN, montreal, mailed, null)).isEqualTo(
                "every Tuesday at 12:00, " + Language.EN.zone(ZoneId.of("Europe/Paris"), mailed)
                        + "; in your time, every Tuesday at 06:00, " + Language.EN.zone(montreal, mailed));
        assertThat(WelcomePlaces.when(tuesdays, Language.FR, montreal, mailed, null)).isEqualTo(
                "chaque mardi à 12\u00A0h, heure d’Europe centrale\u202F; chez vous, chaque mardi à 6\u00A0h, "
                        + Language.FR.zone(montreal, mailed));
    }

    @Test
    void theCallsZoneIsNamedAsTheZoneListsNameItAndAFrenchTimeIsWrittenWithAnH() {
        // The JDK says "Brasilia Time"; the sign-up form and the dashboard's lists say "Brasília Time".
        Channel.GroupCall thursdays = new Channel.GroupCall("thu", "18:30", "America/Sao_Paulo", 60);
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        Instant mailed = Instant.parse("2027-01-07T10:00:00Z");
        assertThat(WelcomePlaces.when(thursdays, Language.EN, saoPaulo, mailed, null))
                .isEqualTo("every Thursday at 18:30, Brasília Time");
        assertThat(WelcomePlaces.when(thursdays, Language.FR, saoPaulo, mailed, null))
                .isEqualTo("chaque jeudi à 18\u00A0h\u00A030, heure de Brasília");
    }

    @Test
    void aCallOnAnotherDayOnTheLearnersClockSaysThatDay() {
        // In winter, Monday 18:00 in Central Europe is Tuesday 01:00 in Singapore and, in Auckland's
        // summer, Tuesday 06:00; Tuesday 02:00 there is Monday 17:00 in Los Angeles.
        Instant mailed = Instant.parse("2027-01-07T10:00:00Z");
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, ZoneId.of("Asia/Singapore"), mailed, null))
                .contains("\u202F; chez vous, chaque mardi à 1\u00A0h, ");
        assertThat(WelcomePlaces.when(MONDAYS, Language.EN, ZoneId.of("Pacific/Auckland"), mailed, null))
                .contains("; in your time, every Tuesday at 06:00, ");
        Channel.GroupCall early = new Channel.GroupCall("tue", "02:00", "Europe/Paris", 60);
        assertThat(WelcomePlaces.when(early, Language.EN, ZoneId.of("America/Los_Angeles"), mailed, null))
                .contains("; in your time, every Monday at 17:00, ");
    }

    /**
     * The code of conduct's link is the learner's personal link at the code: opened from the mail in
     * a browser that has never held the key, My page opens with it (learner-key.js keeps the section).
     */
    @Test
    void theCodeOfConductsLinkCarriesThePersonalKey() {
        WelcomePlaces places = new WelcomePlaces(stub(PlaceStore.class, true), "https://hub.example.org/");
        Instant mailed = Instant.parse("2027-01-07T10:00:00Z");
        assertThat(places.lines("c-1", new CohortPlaces.Reader(Language.FR, PARIS, "l-1.secret"), mailed, null)).containsExactly(
                "Le code de conduite de la cohorte, à lire avant d’y écrire\u00A0: https://hub.example.org/fr/me.html#key=l-1.secret&me-conduct");
        // A mail that cannot carry the key (a seat offered from the waitlist) links My page at the code.
        assertThat(places.lines("c-1", new CohortPlaces.Reader(Language.EN, PARIS, null), mailed, null)).containsExactly(
                "The cohort’s code of conduct, to read before you post: https://hub.example.org/en/me.html#me-conduct");
    }

    /** Each line as the welcome mail has always worded it, every word and sign from the catalogue. */
    @Test
    void theLinesReadInEachLanguageWithTheirTypography() {
        Channel chat = new Channel("c-1", "ch-1", ChannelKind.SLACK, "Cohort chat", "https://chat.example.org/c", null, Instant.EPOCH);
        Channel call = new Channel("c-1", "ch-2", ChannelKind.CALL, "Thursday call", "https://meet.example.org/c",
                new Channel.GroupCall("thu", "18:30", "Europe/Paris", 60), Instant.EPOCH);
        WelcomePlaces places = new WelcomePlaces(new PlaceStore() {
            @Override
            public List<Channel> channels(String cohortId) {
                return List.of(chat, call);
            }

            @Override
            public boolean hasConduct(String cohortId) {
                return true;
            }
        }, "https://hub.example.org/");
        Instant mailed = Instant.parse("2027-01-07T10:00:00Z");
        ZoneId montreal = ZoneId.of("America/Montreal");
        assertThat(places.lines("c-1", new CohortPlaces.Reader(Language.EN, montreal, null), mailed, null)).containsExactly(
                "- Slack: Cohort chat — https://chat.example.org/c",
                "- Weekly group call: Thursday call (every Thursday at 18:30, " + Language.EN.zone(PARIS, mailed)
                        + "; in your time, every Thursday at 12:30, " + Language.EN.zone(montreal, mailed)
                        + ") — https://meet.example.org/c",
                "The cohort’s code of conduct, to read before you post: https://hub.example.org/en/me.html#me-conduct");
        assertThat(places.lines("c-1", new CohortPlaces.Reader(Language.FR, PARIS, "l-1.secret"), mailed, null)).containsExactly(
                "- Slack\u00A0: Cohort chat — https://chat.example.org/c",
                "- Appel de groupe hebdomadaire\u00A0: Thursday call (chaque jeudi à 18\u00A0h\u00A030, heure d’Europe centrale)"
                        + " — https://meet.example.org/c",
                "Le code de conduite de la cohorte, à lire avant d’y écrire\u00A0: "
                        + "https://hub.example.org/fr/me.html#key=l-1.secret&me-conduct");
    }

    /** A store answering {@code answer} to whether there is a code of conduct, and no channels. */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Object answer) {
        return (T) Proxy.newProxyInstance(WelcomePlacesTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> m.getReturnType() == List.class ? List.of() : answer);
    }

    /** The mail names each kind of place with the community page's word for it, in both languages. */
    @Test
    void eachKindOfPlaceIsNamedAsThePageNamesIt() {
        Map<String, Map<String, String>> site = SiteMessages.read();
        for (Language language : Language.values()) {
            for (ChannelKind kind : ChannelKind.values()) {
                assertThat(WelcomePlaces.kind(kind, language)).as("%s %s", kind, language)
                        .isEqualTo(site.get(language.code()).get("community.kind." + kind.wire()));
            }
        }
        assertThat(WelcomePlaces.kind(ChannelKind.LINK, Language.FR)).isEqualTo("Autre lieu");
    }
}
