package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;

/** A person added to a team reads who added them, to what, and where to sign in, in their language. */
class InvitationMailsTest {
    private final List<Mail> sent = new ArrayList<>();
    private final Invitations invitations = new Invitations(
            (email, group) -> new StaffInvitations.Invited("sub-" + group, email, false), sent::add,
            new Messages("https://hub.example.org"));
    private final Caller inviter = new Caller("lcm-1", "lcm@example.org", Set.of(Caller.LCM));

    @Test
    void aFellowLcmReadsWhoAddedThemToWhichCohortAndWhereToSignIn() {
        invitations.lcm(inviter, "new@example.org", Language.EN, "c-7", "Python");
        invitations.lcm(inviter, "nouvelle@example.org", Language.FR, "c-7", "Python");

        assertThat(sent.get(0).subject()).isEqualTo("You are on the LCM team of “Python”");
        assertThat(sent.get(0).text()).isEqualTo("Hello,\n\nlcm@example.org added you to the LCM team of the cohort “Python”"
                + " on LCM Hub.\n\nSign in with this address to see its dashboard:\n"
                + "https://hub.example.org/en/staff-sign-in.html?return=/en/staff/dashboard.html%3Fcohort%3Dc-7"
                + "\n\nThe LCM Hub team\n");
        assertThat(sent.get(1).subject()).isEqualTo("Vous rejoignez l’équipe LCM de «\u00a0Python\u00a0»");
        assertThat(sent.get(1).text()).startsWith("Bonjour,\n\nlcm@example.org vous a ajouté·e à l’équipe LCM")
                .contains("/fr/connexion-equipe.html?return=/fr/staff/tableau-de-bord.html%3Fcohort%3Dc-7\n")
                .endsWith("L’équipe LCM Hub\n");
    }

    /** An LCM on several cohorts lands on the one they were added to, on the page of the mail's language. */
    @Test
    void theLinkLeadsToTheDashboardOfTheCohortTheyWereAddedTo() {
        invitations.lcm(inviter, "new@example.org", Language.FR, "c 7&x", "Python");

        String link = sent.get(0).text().lines().filter(l -> l.startsWith("https://")).findFirst().orElseThrow();
        String back = java.net.URLDecoder.decode(link.substring(link.indexOf("?return=") + 8),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(link).startsWith("https://hub.example.org/fr/connexion-equipe.html?return=");
        assertThat(back).isEqualTo("/fr/staff/tableau-de-bord.html?cohort=c+7%26x");
    }

    @Test
    void anLcmTakenOffATeamReadsByWhomAndFromWhichCohort() {
        invitations.lcmRemoved(inviter, "gone@example.org", Language.EN, "Python");

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("gone@example.org");
            assertThat(mail.subject()).isEqualTo("You are no longer on the LCM team of “Python”");
            assertThat(mail.text()).isEqualTo("Hello,\n\nlcm@example.org removed you from the LCM team of the cohort “Python”"
                    + " on LCM Hub: you no longer see its dashboard. Your other cohorts are unchanged.\n\n"
                    + "If you think this is a mistake, write to lcm@example.org.\n\nThe LCM Hub team\n");
        });
    }

    @Test
    void aNamedInviterIsNamedWithTheirAddressAndTheNameGivenReachesTheDirectory() {
        List<String> named = new ArrayList<>();
        Invitations withNames = new Invitations(new StaffInvitations() {
            @Override
            public Invited invite(String email, String group) {
                return invite(email, group, null);
            }

            @Override
            public Invited invite(String email, String group, String name) {
                named.add(name);
                return new Invited("sub-" + group, email, false);
            }
        }, sent::add, new Messages("https://hub.example.org"));
        Caller alice = new Caller("lcm-1", "lcm@example.org", Set.of(Caller.LCM), "Alice Martin");

        withNames.lcm(alice, "new@example.org", "  Bruno\nCosta ", Language.EN, "c-7", "Python");
        withNames.mentor(alice, "mentor@example.org", " ", Language.EN);

        assertThat(sent.get(0).text()).contains("Alice Martin (lcm@example.org) added you to the LCM team");
        assertThat(sent.get(1).text()).contains("Alice Martin (lcm@example.org) invites you to mentor");
        assertThat(named).containsExactly("Bruno Costa", null);
    }

    @Test
    void aMentorIsToldToFillInTheirProfile() {
        invitations.mentor(inviter, "mentor@example.org", Language.FR);

        assertThat(sent.get(0).subject()).isEqualTo("Invitation à devenir mentor sur LCM Hub");
        assertThat(sent.get(0).text()).contains("puis remplissez votre profil de mentor\u00a0:\n"
                + "https://hub.example.org/fr/connexion-equipe.html?return=/fr/staff/espace-mentor.html");
    }
}
