package org.lcmhub.appointments;

import static org.lcmhub.mail.Messages.letter;
import static org.lcmhub.mail.Messages.t;

import java.time.ZoneId;
import java.util.Map;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;

/**
 * The mails of a proposal: to the mentor when it is made, to the learner when it is declined; times
 * in the reader's zone, words from the catalogue's {@code mail.proposal.*}.
 */
final class ProposalMails {
    private final Messages messages;

    ProposalMails(Messages messages) {
        this.messages = messages;
    }

    /**
     * To the mentor, in their mail language and their zone now ({@code zone}, which may not be the
     * series' own), with a link to answer on their page.
     */
    Mail proposed(String to, Language language, String mentorName, ZoneId zone, String learnerName, Appointment a,
                  Proposal p) {
        Map<String, Object> params = Map.of("learner", learnerName,
                "planned", language.dayAndTime(p.planned().atTime(a.time()).atZone(a.zone()).withZoneSameInstant(zone)),
                "proposed", language.dayAndTime(p.start().withZoneSameInstant(zone)),
                "zone", language.zone(zone, p.start().toInstant()));
        String page = messages.mentorPage(language);
        String text = letter(language, mentorName, t(language, "mail.proposal.text", params) + quote(language, p.message())
                + "\n" + t(language, "mail.proposal.answer", Map.of("page", page)));
        return new Mail(to, t(language, "mail.proposal.subject", params), text, "one-to-one-proposal");
    }

    /** To the learner, in the cohort's language and their own zone: the meeting stays where it was. */
    Mail declined(String to, String name, Language language, ZoneId zone, String mentorName, Appointment a, Proposal p) {
        // A meeting moved before keeps its new time; one the series no longer has, its planned time.
        String stays = language.dayAndTime(a.meeting(p.planned()).map(Appointment.Meeting::start)
                .orElse(p.planned().atTime(a.time()).atZone(a.zone())).withZoneSameInstant(zone));
        Map<String, Object> params = Map.of("mentor", mentorName,
                "proposed", language.dayAndTime(p.start().withZoneSameInstant(zone)), "stays", stays,
                "zone", language.zone(zone, p.start().toInstant()));
        String text = letter(language, name, t(language, "mail.proposal.declined.text", params) + quote(language, p.reply())
                + "\n" + t(language, "mail.proposal.declined.page", Map.of("page", messages.link("/" + language.code() + "/me.html"))));
        return new Mail(to, t(language, "mail.proposal.declined.subject", params), text, "one-to-one-proposal-declined");
    }

    private static String quote(Language language, String message) {
        return message == null ? "" : "\n" + t(language, "mail.proposal.message", Map.of("message", message));
    }
}
