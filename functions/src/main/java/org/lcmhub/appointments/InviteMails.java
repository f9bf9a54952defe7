package org.lcmhub.appointments;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;

/**
 * The mails that carry a 1:1 invite (or its cancellation) as an {@code .ics} attachment, each in its
 * reader's language: the learner's in theirs with the first meeting in their own time too, the
 * mentor's in the mentor's mail language. Both link to the route that downloads the invite again.
 */
final class InviteMails {
    private final Messages messages;

    InviteMails(Messages messages) {
        this.messages = messages;
    }

    Mail toLearner(String to, String name, Language language, ZoneId learnerZone, String mentorName, Appointment a,
                   String ics, boolean cancelled) {
        boolean fr = language.isFrench();
        String text;
        String subject;
        if (cancelled) {
            subject = fr ? "Rendez-vous annulés avec " + mentorName : "1:1s cancelled with " + mentorName;
            text = fr ? "Bonjour " + name + ",\n\n" + mentorName + " a annulé vos rendez-vous réguliers. L’invitation "
                    + "jointe les retire de votre agenda.\n\nL’équipe LCM Hub\n"
                    : "Hello " + name + ",\n\n" + mentorName + " cancelled your regular 1:1s. The attached invite removes "
                    + "them from your calendar.\n\nThe LCM Hub team\n";
        } else {
            ZonedDateTime first = a.slot().first();
            String local = language.dayAndTime(first.withZoneSameInstant(learnerZone));
            subject = fr ? "Vos rendez-vous avec " + mentorName : "Your 1:1s with " + mentorName;
            text = fr ? "Bonjour " + name + ",\n\n" + mentorName + " vous propose un rendez-vous régulier : "
                    + schedule(a, language) + ".\nPremier rendez-vous : " + local + " (votre heure : "
                    + language.zone(learnerZone, first.toInstant()) + ").\n" + where(a, fr) + "\nAjoutez l’invitation jointe à votre agenda. Vous pouvez la télécharger "
                    + "à nouveau depuis votre espace personnel : " + messages.link("/fr/me.html")
                    + " (ouvert avec le lien de votre e-mail de confirmation).\n\nL’équipe LCM Hub\n"
                    : "Hello " + name + ",\n\n" + mentorName + " set up regular 1:1s with you: " + schedule(a, language)
                    + ".\nFirst meeting: " + local + " (your time: " + language.zone(learnerZone, first.toInstant()) + ").\n" + where(a, fr)
                    + "\nAdd the attached invite to your calendar. You can download it again from your personal page, "
                    + messages.link("/en/me.html") + " (opened with the link in your confirmation email).\n\nThe LCM Hub team\n";
        }
        return new Mail(to, subject, text, cancelled ? "one-to-one-cancelled" : "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, cancelled, mentorName, language));
    }

    /** In the mentor's mail language ({@code Mentor.mailLanguage}); the mentor page lists the series again. */
    Mail toMentor(String to, Language language, String mentorName, String learnerName, Appointment a, String ics,
                  boolean cancelled) {
        boolean fr = language.isFrench();
        String page = messages.link(fr ? "/fr/staff/espace-mentor.html" : "/en/staff/mentor.html");
        String text;
        String subject;
        if (fr) {
            subject = (cancelled ? "Rendez-vous annulés : " : "Rendez-vous avec ") + learnerName;
            text = cancelled
                    ? "Bonjour " + mentorName + ",\n\nVos rendez-vous réguliers avec " + learnerName + " sont annulés ; "
                    + "l’invitation jointe les retire de votre agenda.\n\nL’équipe LCM Hub\n"
                    : "Bonjour " + mentorName + ",\n\nVos rendez-vous réguliers avec " + learnerName + " : "
                    + schedule(a, language) + ".\n" + where(a, true) + "\nL’invitation est jointe ; votre page de "
                    + "mentor permet de la télécharger à nouveau : " + page + ".\n\nL’équipe LCM Hub\n";
        } else {
            subject = (cancelled ? "1:1s cancelled: " : "1:1s with ") + learnerName;
            text = cancelled
                    ? "Hello " + mentorName + ",\n\nYour regular 1:1s with " + learnerName + " are cancelled; the attached "
                    + "invite removes them from your calendar.\n\nThe LCM Hub team\n"
                    : "Hello " + mentorName + ",\n\nYour regular 1:1s with " + learnerName + ": "
                    + schedule(a, language) + ".\n" + where(a, false) + "\nThe invite is attached; download it "
                    + "again from your mentor page: " + page + ".\n\nThe LCM Hub team\n";
        }
        return new Mail(to, subject, text, cancelled ? "one-to-one-cancelled" : "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, cancelled, learnerName, language));
    }

    /** "every Tuesday at 18:00 (Central European Time), 30 minutes, 6 meetings from 2 March 2027". */
    static String schedule(Appointment a, Language language) {
        Locale locale = language.locale();
        String day = a.day().getDisplayName(TextStyle.FULL, locale);
        String first = a.firstDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        boolean fr = language.isFrench();
        String zone = language.zone(a.zone(), a.slot().first().toInstant());
        return fr
                ? "chaque " + day + " à " + language.time(a.time()) + " (" + zone + "), " + a.durationMinutes() + " minutes, "
                + a.weeks() + " rendez-vous à partir du " + first
                : "every " + day + " at " + language.time(a.time()) + " (" + zone + "), " + a.durationMinutes() + " minutes, "
                + a.weeks() + " meetings from " + first;
    }

    private static String where(Appointment a, boolean fr) {
        return (fr ? "Salle vidéo : " : "Video room: ") + a.videoUrl() + "\n";
    }

    /**
     * One meeting moved or cancelled, to one side: the new time in {@code zone} (the reader's own), the
     * updated invite attached; {@code other} is the person met.
     */
    Mail meetingChanged(String to, String name, Language language, ZoneId zone, String other, Appointment a,
                        Occurrence change, String ics, String withName) {
        boolean fr = language.isFrench();
        String planned = language.dayAndTime(change.original().atTime(a.time()).atZone(a.zone()).withZoneSameInstant(zone));
        String subject;
        String what;
        if (change.cancelled()) {
            subject = fr ? "Rendez-vous annulé avec " + other : "1:1 cancelled with " + other;
            what = fr ? "Le rendez-vous du " + planned + " avec " + other + " est annulé ; les suivants sont inchangés."
                    : "The 1:1 with " + other + " on " + planned + " is cancelled; the others stay as they are.";
        } else {
            ZonedDateTime at = change.date().atTime(change.time()).atZone(a.zone());
            String moved = language.dayAndTime(at.withZoneSameInstant(zone));
            String yourZone = language.zone(zone, at.toInstant());
            subject = fr ? "Rendez-vous déplacé avec " + other : "1:1 moved with " + other;
            what = fr ? "Le rendez-vous du " + planned + " avec " + other + " a lieu le " + moved + " (votre heure : "
                    + yourZone + ") ; les suivants sont inchangés."
                    : "The 1:1 with " + other + " planned on " + planned + " moves to " + moved + " (your time: "
                    + yourZone + "); the others stay as they are.";
        }
        String text = (fr ? "Bonjour " : "Hello ") + name + ",\n\n" + what + "\n" + where(a, fr) + "\n"
                + (fr ? "L’invitation jointe met votre agenda à jour.\n\nL’équipe LCM Hub\n"
                : "The attached invite updates your calendar.\n\nThe LCM Hub team\n");
        return new Mail(to, subject, text, "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, false, withName, language));
    }
}
