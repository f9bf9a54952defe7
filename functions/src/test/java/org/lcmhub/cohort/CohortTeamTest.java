package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.Invitations;
import org.lcmhub.auth.LocalStaff;
import org.lcmhub.auth.StaffInvitations;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.RecordingMailer;

/**
 * A colleague added to or taken off a team reads which cohort by its title and first day (cohorts of
 * one path share a title), and is listed by the name the hub knows them by from the start.
 */
class CohortTeamTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(cohort("c1", "Python in 8 weeks", "2026-12-14", Set.of("alice")))
            .with(cohort("c2", "Python in 8 weeks", "2027-03-01", Set.of("alice", "bruno")));
    private final RecordingMailer mailer = new RecordingMailer();
    /** The directory's names of existing accounts, by address. */
    private final Map<String, String> directoryNames = new HashMap<>();
    private final StaffInvitations directory = new StaffInvitations() {
        @Override
        public Invited invite(String email, String group) {
            return invite(email, group, null);
        }

        @Override
        public Invited invite(String email, String group, String name) {
            return new Invited(email.substring(0, email.indexOf('@')), email, false, directoryNames.get(email));
        }
    };
    private final Caller alice = new Caller("alice", "alice@example.org", Set.of(Caller.LCM), "Alice Martin");

    private static Cohort cohort(String id, String title, String start, Set<String> lcms) {
        return new Cohort(id, "python-8-weeks", title, Language.EN, LocalDate.parse(start), 8, 20, true, 0, 0, lcms, NOW);
    }

    private CohortTeam team(StaffInvitations staff) {
        return team(staff, NOW);
    }

    private CohortTeam team(StaffInvitations staff, Instant now) {
        return new CohortTeam(cohorts, new Invitations(staff, mailer, new Messages("https://hub.example.org")),
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
    }

    private String nameOnTeam(String cohortId, String sub) {
        return cohorts.team(cohortId).stream().filter(m -> m.sub().equals(sub)).map(CohortStore.TeamMember::name)
                .findFirst().orElse(null);
    }

    @Test
    void theAddedAndRemovedColleagueReadsTheCohortsTitleAndFirstDayInTheMailsLanguage() {
        team(directory).add(alice, "c1", "dana@example.org", Language.EN);
        team(directory).add(alice, "c1", "eve@example.org", Language.FR);
        team(directory).remove(alice, "c1", "dana");

        assertThat(mailer.sent.get(0).subject())
                .isEqualTo("You are on the LCM team of “Python in 8 weeks, starting Monday 14 December 2026”");
        assertThat(mailer.sent.get(0).text()).contains("added you to the LCM team of the cohort"
                + " “Python in 8 weeks, starting Monday 14 December 2026” on LCM Hub.");
        assertThat(mailer.sent.get(1).subject()).isEqualTo(
                "Vous rejoignez l’équipe LCM de «\u00a0Python in 8 weeks, début le lundi 14 décembre 2026\u00a0»");
        assertThat(mailer.sent.get(2).subject()).isEqualTo(
                "You are no longer on the LCM team of “Python in 8 weeks, starting Monday 14 December 2026”");
    }

    /**
     * A sign-in whose token carries no name still invites as the person the team knows: the
     * invitee reads "Alice Martin (alice@example.org) added you", not a bare address.
     */
    @Test
    void anInviterWhoseSignInCarriesNoNameIsNamedAsTheTeamKnowsThem() {
        team(directory).add(alice, "c2", "dana@example.org", Language.EN); // records Alice's name on c2's team
        Caller nameless = new Caller("alice", "alice@example.org", Set.of(Caller.LCM), null);

        team(directory).add(nameless, "c1", "eve@example.org", Language.EN);
        team(directory).inviteMentor(nameless, "farid@example.org", Language.FR);

        assertThat(mailer.sent.get(1).text()).contains("Alice Martin (alice@example.org) added you to the LCM team");
        assertThat(mailer.sent.get(2).text()).contains("Alice Martin (alice@example.org) vous invite");
    }

    /** Weeks after its first day (14 December), the cohort is "under way since" it, never "starting" on it. */
    @Test
    void aColleagueAddedOrRemovedOnceTheCohortRunsReadsItUnderWaySinceItsFirstDay() {
        CohortTeam team = team(directory, Instant.parse("2027-01-07T09:00:00Z"));
        team.add(alice, "c1", "dana@example.org", Language.EN);
        team.add(alice, "c1", "eve@example.org", Language.FR);
        team.remove(alice, "c1", "dana");
        team.remove(alice, "c1", "eve");

        assertThat(mailer.sent).extracting(m -> m.to() + " " + m.subject()).containsExactly(
                "dana@example.org You are on the LCM team of “Python in 8 weeks, under way since Monday 14 December 2026”",
                "eve@example.org Vous rejoignez l’équipe LCM de «\u00a0Python in 8 weeks, en cours depuis le lundi"
                        + " 14 décembre 2026\u00a0»",
                "dana@example.org You are no longer on the LCM team of “Python in 8 weeks, under way since Monday 14 December"
                        + " 2026”",
                "eve@example.org Vous ne faites plus partie de l’équipe LCM de «\u00a0Python in 8 weeks, en cours depuis le"
                        + " lundi 14 décembre 2026\u00a0»");
    }

    @Test
    void aColleagueTheDirectoryKnowsIsListedByTheirNameBeforeTheirOwnSignIn() {
        directoryNames.put("dana@example.org", "Dana Weiss");

        team(directory).add(alice, "c1", "dana@example.org", Language.EN);

        assertThat(nameOnTeam("c1", "dana")).isEqualTo("Dana Weiss");
    }

    @Test
    void aNameRecordedOnAnotherTeamNamesThemWhenTheDirectoryKeepsNone() {
        cohorts.recordEmail("c2", "bruno", "bruno@example.org", "Bruno Costa");

        team(directory).add(alice, "c1", "bruno@example.org", Language.EN);

        assertThat(nameOnTeam("c1", "bruno")).isEqualTo("Bruno Costa");
    }

    @Test
    void theLocalDirectoryKeepsTheNameGivenWithAMentorsInvitationAsCognitoDoes() {
        LocalStaff local = new LocalStaff();
        CohortTeam team = team(local);

        team.inviteMentor(alice, "malik@example.org", "Malik Haddad", Language.EN);
        StaffInvitations.Invited again = local.invite("malik@example.org", Caller.LCM, "Someone Else");
        team.add(alice, "c1", "malik@example.org", Language.EN);

        assertThat(again.name()).as("an existing account keeps its own name").isEqualTo("Malik Haddad");
        assertThat(nameOnTeam("c1", LocalStaff.subFor("malik@example.org"))).isEqualTo("Malik Haddad");
    }

    /**
     * A French LCM on an English cohort: added from a French page, she reads her invitation and, when
     * taken off, her removal in French; the English colleague added from an English page reads his in
     * English. Without a language of hers, both went in the cohort's.
     */
    @Test
    void aColleagueAddedFromAFrenchPageReadsHerTeamMailsInFrenchOnAnEnglishCohort() {
        CohortTeam team = team(directory);
        team.add(alice, "c1", "lea@example.org", Language.FR);
        team.add(alice, "c1", "dana@example.org", Language.EN);

        team.remove(alice, "c1", "lea");

        assertThat(cohorts.languages.get("c1")).containsEntry("lea", Language.FR).containsEntry("dana", Language.EN);
        assertThat(mailer.sent).extracting(m -> m.to() + " " + m.subject()).containsExactly(
                "lea@example.org Vous rejoignez l’équipe LCM de «\u00a0Python in 8 weeks, début le lundi 14 décembre 2026\u00a0»",
                "dana@example.org You are on the LCM team of “Python in 8 weeks, starting Monday 14 December 2026”",
                "lea@example.org Vous ne faites plus partie de l’équipe LCM de «\u00a0Python in 8 weeks, début le lundi"
                        + " 14 décembre 2026\u00a0»");
    }

    /**
     * The language the hub knows a colleague reads (recorded on another team at their visit) wins
     * over the page's: Bruno, who reads the French pages, added from an English page, reads his
     * invitation in French and keeps French as his language on the new team.
     */
    @Test
    void aLanguageRecordedOnAnotherTeamWinsOverThePageThatAddsThem() {
        cohorts.recordEmail("c2", "bruno", "bruno@example.org", "Bruno Costa");
        cohorts.recordLanguage("c2", "bruno", Language.FR);

        team(directory).add(alice, "c1", "bruno@example.org", Language.EN);

        assertThat(mailer.sent.get(0).subject()).startsWith("Vous rejoignez l’équipe LCM");
        assertThat(cohorts.languages.get("c1")).containsEntry("bruno", Language.FR);
    }

    /** Added again from another page, a colleague keeps the language recorded for them: a page gives only a first one. */
    @Test
    void aPageGivesOnlyAFirstLanguage() {
        CohortTeam team = team(directory);
        team.add(alice, "c1", "lea@example.org", Language.FR);
        team.add(alice, "c1", "lea@example.org", Language.EN);

        assertThat(cohorts.languages.get("c1")).containsEntry("lea", Language.FR);
    }
}
