package org.lcmhub.mentoring;

import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;

/**
 * The mails that end a match, in the recipient's language (en or fr): the learner's own language,
 * the mentor's {@code mailLanguage()}, the cohort's for its LCM team. The reason is not repeated
 * to the other side; only the cohort's LCM team reads it. When the match had a 1:1 series, the
 * caller attaches its cancellation and {@code oneToOnes} adds a line about it.
 */
final class MentoringMails {
    private MentoringMails() {
    }

    /** Who ended a pair, as the team mail tells it. */
    enum EndedBy { MENTOR, LEARNER, WITHDRAWAL, ERASURE }

    /** To the learner whose mentor ended the pair. */
    static Mail released(String to, String name, Language language, String mentorName, String cohortTitle,
                         boolean oneToOnes) {
        boolean fr = language.isFrench();
        String who = mentorName.isEmpty() ? (fr ? "Votre mentor·e" : "Your mentor") : mentorName;
        String text = fr
                ? "Bonjour " + name + ",\n\n" + who + " ne peut plus vous accompagner dans la cohorte « " + cohortTitle
                + " ». L’équipe LCM de la cohorte vous proposera un·e autre mentor·e." + oneToOnes(fr, oneToOnes)
                + "\n\nL’équipe LCM Hub\n"
                : "Hello " + name + ",\n\n" + who + " can no longer mentor you in the cohort “" + cohortTitle
                + "”. The cohort’s LCM team will find you another mentor." + oneToOnes(fr, oneToOnes)
                + "\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Votre mentorat : " + cohortTitle : "Your mentoring: " + cohortTitle, text,
                "mentor-released");
    }

    /** To the mentor whose mentee asked for another mentor. */
    static Mail rematchAsked(String to, Language language, String mentorName, String learnerName, String cohortTitle,
                             boolean oneToOnes) {
        boolean fr = language.isFrench();
        String text = fr
                ? "Bonjour " + mentorName + ",\n\n" + learnerName + ", de la cohorte « " + cohortTitle
                + " », a demandé un·e autre mentor·e. Sa place auprès de vous est de nouveau libre."
                + oneToOnes(fr, oneToOnes) + "\n\nL’équipe LCM Hub\n"
                : "Hello " + mentorName + ",\n\n" + learnerName + " of the cohort “" + cohortTitle
                + "” asked for another mentor. Their place with you is free again." + oneToOnes(fr, oneToOnes)
                + "\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Fin de mentorat : " + learnerName : "Mentoring ended: " + learnerName, text,
                "rematch-asked");
    }

    /** To the mentor whose mentee left the cohort or erased their data. */
    static Mail menteeLeft(String to, Language language, String mentorName, String learnerName, String cohortTitle,
                           boolean oneToOnes) {
        boolean fr = language.isFrench();
        String text = fr
                ? "Bonjour " + mentorName + ",\n\n" + learnerName + " a quitté la cohorte « " + cohortTitle
                + " ». Sa place auprès de vous est de nouveau libre." + oneToOnes(fr, oneToOnes) + "\n\nL’équipe LCM Hub\n"
                : "Hello " + mentorName + ",\n\n" + learnerName + " left the cohort “" + cohortTitle
                + "”. Their place with you is free again." + oneToOnes(fr, oneToOnes) + "\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Fin de mentorat : " + learnerName : "Mentoring ended: " + learnerName, text,
                "mentee-left");
    }

    /** To the side that ended the pair (or left): their 1:1s with the other side are cancelled too. */
    static Mail oneToOnesCancelled(String to, Language language, String name, String otherName, String cohortTitle) {
        boolean fr = language.isFrench();
        String text = fr
                ? "Bonjour " + name + ",\n\nVotre mentorat avec " + otherName + " (cohorte « " + cohortTitle
                + " ») a pris fin, vos rendez-vous réguliers sont donc annulés. L’invitation jointe les retire de "
                + "votre agenda.\n\nL’équipe LCM Hub\n"
                : "Hello " + name + ",\n\nYour mentoring with " + otherName + " (cohort “" + cohortTitle
                + "”) has ended, so your regular 1:1s are cancelled. The attached invite removes them from your "
                + "calendar.\n\nThe LCM Hub team\n";
        return new Mail(to, (fr ? "Rendez-vous annulés : " : "1:1s cancelled: ") + otherName, text,
                "one-to-one-cancelled");
    }

    /**
     * To each member of the cohort's LCM team: which pair ended, who ended it and why. After an
     * erasure the learner is not named ({@code learnerName} null) and no reason is given.
     */
    static Mail toTeam(String to, Language language, String cohortTitle, String learnerName, String mentorName,
                       EndedBy by, String reason) {
        boolean fr = language.isFrench();
        String learner = learnerName == null ? (fr ? "un·e apprenant·e" : "a learner") : learnerName;
        String pair = fr ? "Le mentorat de " + learner + " avec " + mentorName + " (cohorte « " + cohortTitle
                + " ») a pris fin" : "The mentoring of " + learner + " by " + mentorName + " (cohort “" + cohortTitle
                + "”) has ended";
        String how = switch (by) {
            case MENTOR -> fr ? " : le/la mentor·e y a mis fin." : ": the mentor ended it.";
            case LEARNER -> fr ? " : l’apprenant·e a demandé un·e autre mentor·e." : ": the learner asked for another mentor.";
            case WITHDRAWAL -> fr ? " : l’apprenant·e a quitté la cohorte." : ": the learner left the cohort.";
            case ERASURE -> fr ? " : l’apprenant·e a effacé ses données." : ": the learner erased their data.";
        };
        String why = reason == null ? "" : (fr ? "\n\nRaison donnée :\n" : "\n\nReason given:\n") + reason;
        String next = by == EndedBy.MENTOR || by == EndedBy.LEARNER
                ? (fr ? "\n\nLe prochain appariement de la cohorte ne reproposera pas cette paire."
                        : "\n\nThe cohort’s next matching will not propose this pair again.")
                : "";
        String text = (fr ? "Bonjour,\n\n" : "Hello,\n\n") + pair + how + why + next
                + (fr ? "\n\nL’équipe LCM Hub\n" : "\n\nThe LCM Hub team\n");
        return new Mail(to, (fr ? "Fin de mentorat dans « " + cohortTitle + " »" : "Mentoring ended in “"
                + cohortTitle + "”"), text, "pair-ended");
    }

    private static String oneToOnes(boolean fr, boolean cancelled) {
        if (!cancelled) {
            return "";
        }
        return fr ? "\n\nVos rendez-vous réguliers sont annulés : l’invitation jointe les retire de votre agenda."
                : "\n\nYour regular 1:1s are cancelled: the attached invite removes them from your calendar.";
    }
}
