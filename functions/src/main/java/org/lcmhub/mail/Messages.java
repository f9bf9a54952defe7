package org.lcmhub.mail;

import java.time.LocalDate;
import java.util.List;
import org.lcmhub.domain.Language;
import org.lcmhub.store.Env;

/**
 * The messages the hub sends learners, in their language (en or fr). The personal link carries
 * the learner's key in the fragment, which browsers never send to a server or put in a log.
 */
public final class Messages {
    /** The public site's address, for links in messages (template.yaml; the local hub sets its own). */
    public static final String SITE_URL_ENV = "HUB_SITE_URL";

    private final String siteUrl;

    public Messages(String siteUrl) {
        this.siteUrl = siteUrl == null || siteUrl.isBlank() ? "" : siteUrl.replaceAll("/+$", "");
    }

    public static Messages fromEnv() {
        return new Messages(Env.get(SITE_URL_ENV));
    }

    /** An absolute link to a path of the site or its API ({@code /api/...}). */
    public String link(String path) {
        return siteUrl + path;
    }

    public String personalLink(Language language, String key) {
        return siteUrl + "/" + language.code() + "/me.html#key=" + key;
    }

    /**
     * The personal link opening My page at one of its sections ({@code #key=…&me-conduct}):
     * learner-key.js keeps the key and leaves the section in the address, for the page to show. Without
     * a key ({@code null}), My page at that section, which only a browser holding the key opens.
     */
    public String personalLink(Language language, String key, String section) {
        return key == null ? siteUrl + "/" + language.code() + "/me.html#" + section
                : personalLink(language, key) + "&" + section;
    }

    /**
     * Sent on sign-up (and again, with a new key, when the learner signs up again later): with the
     * cohort's places (one line each, already in the learner's language) and, when {@code start} is
     * given, when the cohort starts (judged against {@code today}, the learner's own date; the sign-up page tells them the mail
     * carries that date), both for an enrolled learner only. A cohort taught in another language
     * than the learner's ({@code taught}; a sign-up joins one when none is in theirs) says so.
     */
    public Mail confirmation(String to, String name, Language language, String cohortTitle, Language taught,
                             String status, Integer position, String key, java.util.List<String> places,
                             LocalDate start, LocalDate today) {
        boolean fr = language.isFrench();
        String link = personalLink(language, key);
        String inOther = taughtIn(language, taught);
        String place;
        if ("withdrawn".equals(status)) {
            place = fr ? "Vous avez quitté la cohorte « " + cohortTitle + " ». Votre lien personnel vous permet encore "
                    + "de télécharger ou d’effacer vos données."
                    : "You left the cohort \"" + cohortTitle + "\". Your personal link still lets you download or erase"
                    + " your data.";
        } else if ("enrolled".equals(status)) {
            place = (fr ? "Votre place est réservée dans la cohorte « " + cohortTitle + " »."
                    : "Your seat in the cohort \"" + cohortTitle + "\" is booked.") + inOther
                    + (start == null || today == null ? "" : " " + starts(fr, start, today)) + meets(fr, places);
        } else {
            place = fr ? "La cohorte « " + cohortTitle + " » est complète : vous êtes en liste d’attente, en position "
                    + position + "." + inOther + " Nous vous écrirons dès qu’une place se libère."
                    : "The cohort \"" + cohortTitle + "\" is full: you are on its waitlist, in position " + position
                    + "." + inOther + " We will write as soon as a seat frees up.";
        }
        String text = fr
                ? "Bonjour " + name + ",\n\n" + place + "\n\nVotre lien personnel (gardez-le pour vous, il remplace un mot de passe) :\n"
                + link + linkUse(fr, status) + "\n\nL’équipe LCM Hub\n"
                : "Hello " + name + ",\n\n" + place + "\n\nYour personal link (keep it to yourself: it replaces a password):\n"
                + link + linkUse(fr, status) + "\n\nThe LCM Hub team\n";
        // A waitlisted learner must not read "sign-up" and believe they have a seat.
        String subject = "waitlisted".equals(status)
                ? (fr ? "Liste d’attente : " + cohortTitle : "On the waitlist: " + cohortTitle)
                : (fr ? "Votre inscription : " + cohortTitle : "Your sign-up: " + cohortTitle);
        return new Mail(to, subject, text, "confirmation");
    }

    /**
     * What the personal link is for, as it is for this learner now: check-ins come with a seat, so a
     * waitlisted learner reads that they will; a learner who left reads it in the mail's first lines.
     */
    private static String linkUse(boolean fr, String status) {
        if ("withdrawn".equals(status)) {
            return "";
        }
        if ("waitlisted".equals(status)) {
            return fr ? "\n\nIl vous permet de suivre votre place sur la liste d’attente, de la quitter, de télécharger ou "
                    + "d’effacer vos données. Quand une place sera pour vous, c’est aussi là que vous ferez vos points "
                    + "hebdomadaires."
                    : "\n\nUse it to follow your place on the waitlist, leave it, and download or erase your data. Once "
                    + "a seat is yours, it is also where you send your weekly check-ins.";
        }
        return fr ? "\n\nIl vous permet de suivre votre inscription, de faire vos points hebdomadaires, de télécharger "
                + "ou d’effacer vos données."
                : "\n\nUse it to follow your sign-up, send your weekly check-ins, and download or erase your data.";
    }

    /** Sent when a learner asks for their link again: the new link, and the old one no longer works. */
    public Mail newLink(String to, String name, Language language, String cohortTitle, String key) {
        return newLink(to, name, language, cohortTitle, key, List.of());
    }

    /** The same, with where the cohort meets (an enrolled learner's places, as in the welcome mail). */
    public Mail newLink(String to, String name, Language language, String cohortTitle, String key, List<String> places) {
        boolean fr = language.isFrench();
        String link = personalLink(language, key);
        String text = fr
                ? "Bonjour " + name + ",\n\nVoici votre nouveau lien personnel pour la cohorte « " + cohortTitle
                + " » (gardez-le pour vous, il remplace un mot de passe) :\n" + link
                + "\n\nL’ancien lien ne fonctionne plus. Si vous n’avez rien demandé, ignorez ce message : "
                + "seul ce nouveau lien ouvre votre espace." + meets(true, places) + "\n\nL’équipe LCM Hub\n"
                : "Hello " + name + ",\n\nHere is your new personal link for the cohort \"" + cohortTitle
                + "\" (keep it to yourself: it replaces a password):\n" + link
                + "\n\nYour previous link no longer works. If you did not ask for this, ignore this email: "
                + "only this new link opens your page." + meets(false, places) + "\n\nThe LCM Hub team\n";
        String subject = fr ? "Votre nouveau lien personnel" : "Your new personal link";
        return new Mail(to, subject, text, "new-link");
    }

    /**
     * Sent to the first waitlisted learner when a seat frees up and they take it: what the welcome
     * mail of an enrolled learner says (where the cohort meets, its start, the personal link), since
     * this is their welcome. The key is kept hashed only, so the mail points to My page and to the
     * link of their sign-up mail, which stays valid (My page mails a new one if it is lost). A cohort
     * taught in another language than the learner's says so, as the sign-up mail did.
     */
    public Mail promoted(String to, String name, Language language, String cohortTitle, Language taught,
                         LocalDate start, LocalDate today, List<String> places) {
        boolean fr = language.isFrench();
        String page = siteUrl + "/" + language.code() + "/me.html";
        String inOther = taughtIn(language, taught);
        String when = start == null ? "" : "\n\n" + starts(fr, start, today);
        String text = fr
                ? "Bonjour " + name + ",\n\nUne place s’est libérée : vous êtes maintenant inscrit·e dans la cohorte « "
                + cohortTitle + " »." + inOther + when + meets(fr, places)
                + "\n\nVotre lien personnel reste celui de votre e-mail d’inscription (gardez-le pour vous, il remplace un "
                + "mot de passe) : il ouvre votre espace, " + page + ", avec les lieux de la cohorte, vos points "
                + "hebdomadaires et vos rendez-vous. Lien perdu ? Cette page vous en envoie un nouveau.\n\nL’équipe LCM Hub\n"
                : "Hello " + name + ",\n\nA seat freed up: you are now enrolled in the cohort \"" + cohortTitle + "\"."
                + inOther + when + meets(fr, places)
                + "\n\nYour personal link is the one in your sign-up email (keep it to yourself: it replaces a password): "
                + "it opens your page, " + page + ", with the cohort's places, your weekly check-ins and your 1:1s. Lost it? That page emails "
                + "you a new one.\n\nThe LCM Hub team\n";
        String subject = fr ? "Une place pour vous : " + cohortTitle : "A seat for you: " + cohortTitle;
        return new Mail(to, subject, text, "promoted");
    }

    /**
     * " This cohort is taught in French.", in the reader's {@code language}, when the cohort is
     * {@code taught} in another; else nothing.
     */
    private static String taughtIn(Language language, Language taught) {
        if (taught == null || taught == language) {
            return "";
        }
        return language.isFrench() ? " Cette cohorte se déroule en " + (taught == Language.EN ? "anglais." : "français.")
                : " This cohort is taught in " + (taught == Language.FR ? "French." : "English.");
    }

    /** "The cohort starts on Monday 11 January 2027." (or started, when that day is past). */
    private static String starts(boolean fr, LocalDate start, LocalDate today) {
        String day = (fr ? Language.FR : Language.EN).day(start);
        if (start.isAfter(today)) {
            return fr ? "La cohorte commence le " + day + "." : "The cohort starts on " + day + ".";
        }
        return fr ? "La cohorte a commencé le " + day + " : vous pouvez la rejoindre dès maintenant."
                : "The cohort started on " + day + ": you can join in right away.";
    }

    /** The "where the cohort meets" part of a welcome, empty without places. */
    private static String meets(boolean fr, List<String> places) {
        return places.isEmpty() ? "" : (fr ? "\n\nLà où la cohorte se retrouve :\n" : "\n\nWhere the cohort meets:\n")
                + String.join("\n", places);
    }

    /** Sent to a learner when the LCM publishes their mentor. */
    public Mail mentorFound(String to, String name, Language language, String mentorName, String cohortTitle) {
        boolean fr = language.isFrench();
        String text = fr
                ? "Bonjour " + name + ",\n\n" + mentorName + " sera votre mentor·e dans la cohorte « " + cohortTitle
                + " ». Vous recevrez bientôt vos rendez-vous réguliers.\n\nL’équipe LCM Hub\n"
                : "Hello " + name + ",\n\n" + mentorName + " will be your mentor in the cohort \"" + cohortTitle
                + "\". Your regular 1:1s follow soon.\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Votre mentor·e : " + mentorName : "Your mentor: " + mentorName, text, "mentor-found");
    }

    /** Sent to a mentor for each new mentee, in the mentor's language ({@code Mentor.mailLanguage}). */
    public Mail newMentee(String to, Language language, String mentorName, String learnerName, String cohortTitle) {
        boolean fr = language.isFrench();
        String text = fr
                ? "Bonjour " + mentorName + ",\n\n" + learnerName + ", de la cohorte « " + cohortTitle
                + " », est maintenant votre mentoré·e.\n\nL’équipe LCM Hub\n"
                : "Hello " + mentorName + ",\n\n" + learnerName + " of the cohort \"" + cohortTitle
                + "\" is now your mentee.\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Nouveau mentoré·e : " + learnerName : "New mentee: " + learnerName, text,
                "new-mentee");
    }
}
