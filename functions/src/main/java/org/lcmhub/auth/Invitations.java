package org.lcmhub.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
 * of their role. An LCM taken off a team is told by whom, as they were told who added them.
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

    /** A name typed for the person invited, as a sign-in's is kept: one line, cut when overlong; null when blank. */
    public static String name(String typed) {
        return Caller.tidy(typed);
    }

    /**
     * A fellow LCM for the team of the cohort {@code cohortId} ({@code cohortName}, as a mail names it): signed in, they
     * land on that cohort's dashboard, not on the first of their cohorts.
     */
    public StaffInvitations.Invited lcm(Caller inviter, String email, Language language, String cohortId,
                                        String cohortName) {
        return lcm(inviter, email, null, language, cohortId, cohortName);
    }

    /** The same, a new account named {@code name} (null: none). */
    public StaffInvitations.Invited lcm(Caller inviter, String email, String name, Language language, String cohortId,
                                        String cohortName) {
        return lcm(inviter, email, name, invited -> language, cohortId, in -> cohortName);
    }

    /**
     * The same, the mail in the language {@code languageOf} gives the person the directory found
     * (one the hub knows them to read, before the inviter's), the cohort named in it.
     */
    public StaffInvitations.Invited lcm(Caller inviter, String email, String name,
                                        Function<StaffInvitations.Invited, Language> languageOf, String cohortId,
                                        Function<Language, String> cohortNameIn) {
        StaffInvitations.Invited invited = directory.invite(address(email), Caller.LCM, name(name));
        if (!invited.mailed()) {
            Language language = languageOf.apply(invited);
            String cohortName = cohortNameIn.apply(language);
            boolean fr = language.isFrench();
            String dashboard = (fr ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort="
                    + URLEncoder.encode(cohortId, StandardCharsets.UTF_8);
            // The page to return to is one query value: its own "?" and "=" encoded stay in it; its
            // slashes, legal in a query, stay readable.
            String link = messages.link((fr ? "/fr/connexion-equipe.html" : "/en/staff-sign-in.html") + "?return="
                    + URLEncoder.encode(dashboard, StandardCharsets.UTF_8).replace("%2F", "/"));
            Map<String, Object> params = Map.of("inviter", by(inviter), "cohort", cohortName);
            mailer.send(new Mail(invited.email(), Messages.t(language, "mail.team.lcm.subject", params),
                    Messages.letter(language, greeted(invited, name), Messages.t(language, "mail.team.lcm.added", params),
                            Messages.t(language, "mail.team.lcm.signIn", params) + "\n" + link, password(language)),
                    "staff-invitation"));
        }
        return invited;
    }

    /**
     * The LCM at {@code email}, taken off the team of {@code cohortName} by {@code remover}: the
     * cohort leaves their dashboard without a word otherwise, and they may ask why.
     */
    public void lcmRemoved(Caller remover, String email, Language language, String cohortName) {
        Map<String, Object> params = Map.of("remover", by(remover), "cohort", cohortName);
        mailer.send(new Mail(email, Messages.t(language, "mail.team.lcm.removed.subject", params),
                Messages.letter(language, null, Messages.t(language, "mail.team.lcm.removed", params),
                        Messages.t(language, "mail.team.lcm.removed.ask", params)),
                "staff-removal"));
    }

    /** A mentor, who then fills in their mentor profile. */
    public StaffInvitations.Invited mentor(Caller inviter, String email, Language language) {
        return mentor(inviter, email, null, language);
    }

    /** The same, a new account named {@code name} (null: none). */
    public StaffInvitations.Invited mentor(Caller inviter, String email, String name, Language language) {
        StaffInvitations.Invited invited = directory.invite(address(email), Caller.MENTOR, name(name));
        if (!invited.mailed()) {
            boolean fr = language.isFrench();
            String link = messages.link(fr ? "/fr/connexion-equipe.html?return=/fr/staff/espace-mentor.html"
                    : "/en/staff-sign-in.html?return=/en/staff/mentor.html");
            Map<String, Object> params = Map.of("inviter", by(inviter));
            mailer.send(new Mail(invited.email(), Messages.t(language, "mail.team.mentor.subject", params),
                    Messages.letter(language, greeted(invited, name), Messages.t(language, "mail.team.mentor.invites", params),
                            Messages.t(language, "mail.team.mentor.signIn", params) + "\n" + link, password(language)),
                    "staff-invitation"));
        }
        return invited;
    }

    /** The invitee by the account's name, else the one typed for them (null: "Hello,"). */
    private static String greeted(StaffInvitations.Invited invited, String typed) {
        return invited.name() != null ? invited.name() : name(typed);
    }

    /**
     * How the first sign-in goes, as the sign-in page promises the invitation says: with no password
     * where the directory asks for none, else with the one the account already has (a new account
     * gets the directory's own mail, with a temporary password, not this one).
     */
    private String password(Language language) {
        return Messages.t(language, directory.asksPassword() ? "mail.team.password.kept" : "mail.team.password.none",
                Map.of());
    }

    /** Who invites, as the invitee may know them: their name with their address, or the address alone. */
    private static String by(Caller inviter) {
        return inviter.name() == null ? inviter.email() : inviter.name() + " (" + inviter.email() + ")";
    }
}
