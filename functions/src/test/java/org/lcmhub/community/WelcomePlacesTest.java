package org.lcmhub.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.SiteMessages;

/**
 * The weekly call in the welcome mail names its time zone as it is at the call the mail invites
 * to. Central Europe's summer time begins on Sunday 28 March 2027; "MET" is a zone whose French
 * name says whether it is summer.
 */
class WelcomePlacesTest {
    private static final Channel.GroupCall MONDAYS = new Channel.GroupCall("mon", "18:00", "MET", 60);

    private static final String SUMMER = " (chaque lundi à 18:00, heure d’été de l’Europe centrale)";
    private static final String WINTER = " (chaque lundi à 18:00, heure de l’Europe centrale)";

    private static String mailedAt(String instant) {
        return WelcomePlaces.when(MONDAYS, Language.FR, Instant.parse(instant), null);
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
        assertThat(WelcomePlaces.when(MONDAYS, Language.EN, Instant.parse("2027-10-28T10:00:00Z"), null))
                .startsWith(" (every Monday at 18:00, ");
    }

    @Test
    void aMailInWinterAboutACohortStartingInSummerNamesTheSummerTimeOfItsFirstCall() {
        // Monday 1 March 2027, winter; the cohort starts on Monday 5 April, its first call that evening.
        Instant mailed = Instant.parse("2027-03-01T10:00:00Z");
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, mailed, LocalDate.parse("2027-04-05"))).isEqualTo(SUMMER);
        // Back to winter by a start in November, for a mail written in summer.
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, Instant.parse("2027-09-01T10:00:00Z"),
                LocalDate.parse("2027-11-08"))).isEqualTo(WINTER);
    }

    @Test
    void aCohortThatHasStartedInvitesToTheFirstCallAfterTheMail() {
        // Started in winter; the mail of Thursday 25 March invites to Monday 29 March's call, in summer time.
        assertThat(WelcomePlaces.when(MONDAYS, Language.FR, Instant.parse("2027-03-25T10:00:00Z"),
                LocalDate.parse("2027-01-04"))).isEqualTo(SUMMER);
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
