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

    /** A directory that takes the name given with an invitation, answering as {@code answer} says. */
    private interface Naming {
        StaffInvitations.Invited invite(String email, String group, String name);
    }

    private Invitations naming(Naming answer) {
        return new Invitations(new StaffInvitations() {
            @Override
            public Invited invite(String email, String group) {
                return invite(email, group, null);
            }

            @Override
            public Invited invite(String email, String group, String name) {
                return answer.invite(email, group, name);
            }
        }, sent::add, new Messages("https://hub.example.org"));
    }

    @Test
    void aFellowLcmReadsWhoAddedThemToWhichCohortAndWhereToSignIn() {
        invitations.lcm(inviter, "new@example.org", Language.EN, "c-7", "Python");
        invitations.lcm(inviter, "nouvelle@example.org", Language.FR, "c-7", "Python");

        assertThat(sent.get(0).subject()).isEqualTo("You are on the LCM team of “Python”");
        assertThat(sent.get(0).text()).isEqualTo("Hello,\n\nlcm@example.org added you to the LCM team of the cohort “Python”"
                + " on LCM Hub.\n\nSign in with this address to see its dashboard:\n"
                + "https://hub.example.org/en/staff-sign-in.html?return=/en/staff/dashboard.html%3Fcohort%3Dc-7"
                + "\n\nSign in with the password you already use on LCM Hub; forgot it? The sign-in page lets you"
                + " choose a new one.\n\nThe LCM Hub team\n");
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
        Invitations withNames = naming((email, group, name) -> {
            named.add(name);
            return new StaffInvitations.Invited("sub-" + group, email, false);
        });
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

    /** A name given with the invitation greets the person; an account's own name wins over it. */
    @Test
    void theInviteeIsGreetedByTheNameGivenOrTheirAccountsOwn() {
        Invitations named = naming((email, group, name) -> new StaffInvitations.Invited("sub", email, false,
                email.startsWith("known") ? "Emma Rossi" : name));

        named.mentor(inviter, "malik@example.org", "Malik Benali", Language.FR);
        named.mentor(inviter, "known@example.org", "Emma R.", Language.EN);
        named.lcm(inviter, "bruno@example.org", "Bruno Costa", Language.EN, "c-7", "Python");
        named.mentor(inviter, "anyone@example.org", null, Language.EN);

        assertThat(sent).extracting(m -> m.text().lines().findFirst().orElseThrow())
                .containsExactly("Bonjour Malik Benali,", "Hello Emma Rossi,", "Hello Bruno Costa,", "Hello,");
    }

    /**
     * The sign-in page says the invitation tells how to sign in the first time: where the directory
     * asks for no password (the local hub), the hub's own mail says so; where it asks for one, this
     * mail reaches only accounts that have one (a new account gets the directory's own mail).
     */
    @Test
    void theMailSaysHowTheFirstSignInGoesWithOrWithoutAPassword() {
        Invitations local = new Invitations(new LocalStaff(), sent::add, new Messages("https://hub.example.org"));

        local.mentor(inviter, "malik@example.org", "Malik Benali", Language.EN);
        local.lcm(inviter, "nouvelle@example.org", null, Language.FR, "c-7", "Python");
        invitations.mentor(inviter, "mentor@example.org", Language.FR);

        assertThat(sent.get(0).text()).contains("That sign-in page asks for no password: type this address there"
                + " and choose your role.");
        assertThat(sent.get(1).text()).contains("Cette page de connexion ne demande pas de mot de passe\u00a0: saisissez-y"
                + " cette adresse et choisissez votre rôle.");
        assertThat(sent.get(2).text()).contains("Connectez-vous avec le mot de passe que vous utilisez déjà sur LCM Hub\u202f;"
                + " oublié\u202f? La page de connexion vous permet d’en choisir un nouveau.");
    }
}
