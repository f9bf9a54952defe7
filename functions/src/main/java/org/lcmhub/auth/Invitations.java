package org.lcmhub.auth;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;

/**
 * An LCM invites a fellow LCM (onto a cohort's team) or a mentor by email address: the staff
 * directory finds or creates them in the right group, and unless the directory mailed them its own
 * invitation, the hub mails them a link to the sign-in page, in their language, leading to the page
 * of their role.
 */
public final class Invitations {
    /** An address the directory filter and a mail header can both take: no quotes, spaces or backslashes. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"\\\\<>]{1,64}@[^@\\s\"\\\\<>]{1,190}\\.[^@\\s\"\\\\<>.]{2,63}");

    private final StaffInvitations directory;
    private final Mailer mailer;
    private final Messages messages;

    public Invitations(StaffInvitations directory, Mailer mailer, Messages messages) {
        this.directory = directory;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** The address as the directory keeps it, or 400 on the {@code email} field. */
    public static String address(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidInput(Map.of("email", "Give the person's email address, like name@example.org."));
        }
        return address;
    }

    /** A fellow LCM for the team of {@code cohortTitle}. */
    public StaffInvitations.Invited lcm(Caller inviter, String email, Language language, String cohortTitle) {
        StaffInvitations.Invited invited = directory.invite(address(email), Caller.LCM);
        if (!invited.mailed()) {
            boolean fr = language.isFrench();
            String link = messages.link(fr ? "/fr/connexion-equipe.html?return=/fr/staff/tableau-de-bord.html"
                    : "/en/staff-sign-in.html?return=/en/staff/dashboard.html");
            mailer.send(new Mail(invited.email(),
                    fr ? "Vous rejoignez l’équipe LCM de « " + cohortTitle + " »"
                            : "You are on the LCM team of \"" + cohortTitle + "\"",
                    fr ? "Bonjour,\n\n" + inviter.email() + " vous a ajouté à l’équipe LCM de la cohorte « " + cohortTitle
                            + " » sur LCM Hub.\n\nConnectez-vous avec cette adresse pour voir son tableau de bord :\n"
                            + link + "\n\nL’équipe LCM Hub\n"
                            : "Hello,\n\n" + inviter.email() + " added you to the LCM team of the cohort \"" + cohortTitle
                            + "\" on LCM Hub.\n\nSign in with this address to see its dashboard:\n" + link
                            + "\n\nThe LCM Hub team\n",
                    "staff-invitation"));
        }
        return invited;
    }

    /** A mentor, who then fills in their mentor profile. */
    public StaffInvitations.Invited mentor(Caller inviter, String email, Language language) {
        StaffInvitations.Invited invited = directory.invite(address(email), Caller.MENTOR);
        if (!invited.mailed()) {
            boolean fr = language.isFrench();
            String link = messages.link(fr ? "/fr/connexion-equipe.html?return=/fr/staff/espace-mentor.html"
                    : "/en/staff-sign-in.html?return=/en/staff/mentor.html");
            mailer.send(new Mail(invited.email(),
                    fr ? "Invitation à devenir mentor sur LCM Hub" : "You are invited to mentor on LCM Hub",
                    fr ? "Bonjour,\n\n" + inviter.email() + " vous invite à accompagner des apprenants comme mentor sur "
                            + "LCM Hub.\n\nConnectez-vous avec cette adresse, puis remplissez votre profil de mentor :\n"
                            + link + "\n\nL’équipe LCM Hub\n"
                            : "Hello,\n\n" + inviter.email() + " invites you to mentor learners on LCM Hub.\n\n"
                            + "Sign in with this address, then fill in your mentor profile:\n" + link
                            + "\n\nThe LCM Hub team\n",
                    "staff-invitation"));
        }
        return invited;
    }
}
