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
            // The learner's own day and time first, as their page shows the series; the mentor's after.
            String local = language.dayAndTime(a.slot().first().withZoneSameInstant(learnerZone));
            String series = schedule(a, language, learnerZone) + "." + otherClock(a, language, mentorName, learnerZone, a.zone());
            subject = fr ? "Vos rendez-vous avec " + mentorName : "Your 1:1s with " + mentorName;
            text = fr ? "Bonjour " + name + ",\n\n" + mentorName + " vous propose un rendez-vous régulier : "
                    + series + "\nPremier rendez-vous : " + local + ", votre heure.\n" + where(a, fr)
                    + "\nAjoutez l’invitation jointe à votre agenda. Vous pouvez la télécharger "
                    + "à nouveau depuis votre espace personnel : " + messages.link("/fr/me.html")
                    + " (ouvert avec le lien de votre e-mail de confirmation).\n\nL’équipe LCM Hub\n"
                    : "Hello " + name + ",\n\n" + mentorName + " set up regular 1:1s with you: " + series
                    + "\nFirst meeting: " + local + ", your time.\n" + where(a, fr)
                    + "\nAdd the attached invite to your calendar. You can download it again from your personal page, "
                    + messages.link("/en/me.html") + " (opened with the link in your confirmation email).\n\nThe LCM Hub team\n";
        }
        return new Mail(to, subject, text, cancelled ? "one-to-one-cancelled" : "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, cancelled, mentorName, language));
    }

    /** In the mentor's mail language ({@code Mentor.mailLanguage}); the mentor page lists the series again. */
    Mail toMentor(String to, Language language, String mentorName, String learnerName, ZoneId learnerZone,
                  Appointment a, String ics, boolean cancelled) {
        String series = schedule(a, language) + "." + otherClock(a, language, learnerName, a.zone(), learnerZone);
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
                    + series + "\n" + where(a, true) + "\nL’invitation est jointe ; votre page de "
                    + "mentor permet de la télécharger à nouveau : " + page + ".\n\nL’équipe LCM Hub\n";
        } else {
            subject = (cancelled ? "1:1s cancelled: " : "1:1s with ") + learnerName;
            text = cancelled
                    ? "Hello " + mentorName + ",\n\nYour regular 1:1s with " + learnerName + " are cancelled; the attached "
                    + "invite removes them from your calendar.\n\nThe LCM Hub team\n"
                    : "Hello " + mentorName + ",\n\nYour regular 1:1s with " + learnerName + ": "
                    + series + "\n" + where(a, false) + "\nThe invite is attached; download it "
                    + "again from your mentor page: " + page + ".\n\nThe LCM Hub team\n";
        }
        return new Mail(to, subject, text, cancelled ? "one-to-one-cancelled" : "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, cancelled, learnerName, language));
    }

    /** "every Tuesday at 18:00 (Central European Time), 30 minutes, 6 meetings from 12 January 2027": the mentor's clock. */
    static String schedule(Appointment a, Language language) {
        return schedule(a, language, a.zone());
    }

    /**
     * The series on the reader's clock ({@code zone}): the weekday, time and first date of its first
     * meeting there, which may be another day than the mentor's (Tuesday 19:00 in Montreal is
     * Wednesday 01:00 in Paris).
     */
    static String schedule(Appointment a, Language language, ZoneId zone) {
        ZonedDateTime first = a.slot().first().withZoneSameInstant(zone);
        Locale locale = language.locale();
        String day = first.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        String from = first.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        String time = language.time(first.toLocalTime());
        String name = language.zone(zone, first.toInstant());
        return language.isFrench()
                ? "chaque " + day + " à " + time + " (" + name + "), " + a.durationMinutes() + " minutes, "
                + a.weeks() + " rendez-vous à partir du " + from
                : "every " + day + " at " + time + " (" + name + "), " + a.durationMinutes() + " minutes, "
                + a.weeks() + " meetings from " + from;
    }

    /**
     * After the reader's own clock, the other side's when it shows another day or time ("For Emma
     * Tremblay: every Tuesday at 19:00 (Eastern Time)."), and a word when a change of clocks moves
     * some meetings by an hour for the reader; empty when both clocks agree all along.
     */
    static String otherClock(Appointment a, Language language, String who, ZoneId reader, ZoneId other) {
        ZonedDateTime first = a.slot().first();
        ZonedDateTime mine = first.withZoneSameInstant(reader);
        ZonedDateTime theirs = first.withZoneSameInstant(other);
        boolean fr = language.isFrench();
        String out = "";
        if (!mine.getDayOfWeek().equals(theirs.getDayOfWeek()) || !mine.toLocalTime().equals(theirs.toLocalTime())) {
            String day = theirs.getDayOfWeek().getDisplayName(TextStyle.FULL, language.locale());
            String zone = language.zone(other, first.toInstant());
            out += fr ? "\nPour " + who + "\u00A0: chaque " + day + " à " + language.time(theirs.toLocalTime()) + " (" + zone + ")."
                    : "\nFor " + who + ": every " + day + " at " + language.time(theirs.toLocalTime()) + " (" + zone + ").";
        }
        boolean shifts = a.meetings().stream().map(m -> m.planned().atTime(a.time()).atZone(a.zone())
                .withZoneSameInstant(reader)).anyMatch(t -> !t.getDayOfWeek().equals(mine.getDayOfWeek())
                || !t.toLocalTime().equals(mine.toLocalTime()));
        if (shifts) {
            out += fr ? "\nAutour d’un changement d’heure, un rendez-vous peut avoir lieu une heure plus tôt ou plus "
                    + "tard pour vous\u202F; l’invitation place chacun à la bonne heure."
                    : "\nAround a change of clocks a meeting may be an hour earlier or later for you; the invite puts "
                    + "each one at its right time.";
        }
        return out;
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
