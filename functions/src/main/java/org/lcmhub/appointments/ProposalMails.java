package org.lcmhub.appointments;

import java.time.ZoneId;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;

/** The mails of a proposal: to the mentor when it is made, to the learner when it is declined; times in the reader's zone. */
final class ProposalMails {
    private final Messages messages;

    ProposalMails(Messages messages) {
        this.messages = messages;
    }

    /** To the mentor, in their mail language and zone (the series'), with a link to answer on their page. */
    Mail proposed(String to, Language language, String mentorName, String learnerName, Appointment a, Proposal p) {
        boolean fr = language.isFrench();
        ZoneId zone = a.zone();
        String planned = language.dayAndTime(p.planned().atTime(a.time()).atZone(a.zone()).withZoneSameInstant(zone));
        String proposed = language.dayAndTime(p.start().withZoneSameInstant(zone));
        String page = messages.link(fr ? "/fr/staff/espace-mentor.html" : "/en/staff/mentor.html");
        String hello = (fr ? "Bonjour " : "Hello ") + (mentorName == null ? "" : mentorName) + ",\n\n";
        String text = fr
                ? hello + learnerName + " propose de déplacer le rendez-vous du " + planned + " au " + proposed
                + " (votre heure : " + language.zone(zone, p.start().toInstant()) + ")." + quote(p.message(), true)
                + "\nAcceptez ou déclinez sur votre page de mentor : " + page + "\n\nL’équipe LCM Hub\n"
                : hello + learnerName + " proposes to move the 1:1 of " + planned + " to " + proposed + " (your time: "
                + language.zone(zone, p.start().toInstant()) + ")." + quote(p.message(), false)
                + "\nAccept or decline it on your mentor page: " + page + "\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Autre horaire proposé par " + learnerName : learnerName + " proposes another time",
                text, "one-to-one-proposal");
    }

    /** To the learner, in the cohort's language and their own zone: the meeting stays where it was. */
    Mail declined(String to, String name, Language language, ZoneId zone, String mentorName, Appointment a, Proposal p) {
        boolean fr = language.isFrench();
        String proposed = language.dayAndTime(p.start().withZoneSameInstant(zone));
        String stays = a.meetings().stream().filter(m -> m.planned().equals(p.planned())).findFirst()
                .map(m -> language.dayAndTime(m.start().withZoneSameInstant(zone))).orElse(p.planned().toString());
        String text = fr
                ? "Bonjour " + name + ",\n\n" + mentorName + " ne peut pas le " + proposed + " ; le rendez-vous reste le "
                + stays + " (votre heure : " + language.zone(zone, p.start().toInstant()) + ")." + quote(p.reply(), true)
                + "\nVotre espace personnel : " + messages.link("/fr/me.html") + "\n\nL’équipe LCM Hub\n"
                : "Hello " + name + ",\n\n" + mentorName + " cannot make " + proposed + "; the 1:1 stays on " + stays
                + " (your time: " + language.zone(zone, p.start().toInstant()) + ")." + quote(p.reply(), false)
                + "\nYour personal page: " + messages.link("/en/me.html") + "\n\nThe LCM Hub team\n";
        return new Mail(to, fr ? "Autre horaire décliné par " + mentorName : mentorName + " declined the other time",
                text, "one-to-one-proposal-declined");
    }


    private static String quote(String message, boolean fr) {
        return message == null ? "" : (fr ? "\nSon message : « " + message + " »" : "\nTheir message: “" + message + "”");
    }
}
