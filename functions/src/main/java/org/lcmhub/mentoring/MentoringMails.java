package org.lcmhub.mentoring;

import org.lcmhub.mail.Mail;

/**
 * The mails that end a match, in the recipient's language (en or fr): the learner's own language,
 * the mentor's {@code mailLanguage()}. The reason is not repeated to the other side; it is kept
 * with the never-again pair for the cohort's LCM team.
 */
final class MentoringMails {
    private MentoringMails() {
    }

    /** To the learner whose mentor ended the pair. */
    static Mail released(String to, String name, String language, String mentorName, String cohortTitle) {
        boolean fr = "fr".equals(language);
        String who = mentorName.isEmpty() ? (fr ? "Votre mentor·e" : "Your mentor") : mentorName;
        String text = fr
                ? "Bonjour " + name + ",\n\n" + who + " ne peut plus vous accompagner dans la cohorte « " + cohortTitle
                + " ». L'équipe LCM de la cohorte vous proposera un·e autre mentor·e.\n\nL'équipe LCM Hub\n"
                : "Hello " + name + ",\n\n" + who + " can no longer mentor you in the cohort \"" + cohortTitle
                + "\". The cohort's LCM team will find you another mentor.\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Votre mentorat : " + cohortTitle : "Your mentoring: " + cohortTitle, text,
                "mentor-released");
    }

    /** To the mentor whose mentee asked for another mentor. */
    static Mail rematchAsked(String to, String language, String mentorName, String learnerName, String cohortTitle) {
        boolean fr = "fr".equals(language);
        String text = fr
                ? "Bonjour " + mentorName + ",\n\n" + learnerName + ", de la cohorte « " + cohortTitle
                + " », a demandé un·e autre mentor·e. Sa place auprès de vous est de nouveau libre.\n\nL'équipe LCM Hub\n"
                : "Hello " + mentorName + ",\n\n" + learnerName + " of the cohort \"" + cohortTitle
                + "\" asked for another mentor. Their place with you is free again.\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Fin de mentorat : " + learnerName : "Mentoring ended: " + learnerName, text,
                "rematch-asked");
    }

    /** To the mentor whose mentee left the cohort or erased their data. */
    static Mail menteeLeft(String to, String language, String mentorName, String learnerName, String cohortTitle) {
        boolean fr = "fr".equals(language);
        String text = fr
                ? "Bonjour " + mentorName + ",\n\n" + learnerName + " a quitté la cohorte « " + cohortTitle
                + " ». Sa place auprès de vous est de nouveau libre.\n\nL'équipe LCM Hub\n"
                : "Hello " + mentorName + ",\n\n" + learnerName + " left the cohort \"" + cohortTitle
                + "\". Their place with you is free again.\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Fin de mentorat : " + learnerName : "Mentoring ended: " + learnerName, text,
                "mentee-left");
    }
}
