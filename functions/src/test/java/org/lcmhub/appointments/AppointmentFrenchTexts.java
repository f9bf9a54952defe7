package org.lcmhub.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;

/** Every French mail of the 1:1s, rendered, by kind; the producers are this package's own. */
public final class AppointmentFrenchTexts {
    private AppointmentFrenchTexts() {
    }

    public static Map<String, Mail> all() {
        return all(Language.FR);
    }

    /** The same texts in another language (the English ones are checked for their words too). */
    public static Map<String, Mail> all(Language language) {
        Appointment a = new Appointment("l-awa", "m-ines", "c-1", "uid-1", 0, DayOfWeek.TUESDAY, LocalTime.of(18, 0), 30,
                ZoneId.of("Europe/Paris"), LocalDate.parse("2027-01-12"), 6, null, Instant.parse("2027-01-02T00:00:00Z"));
        LocalDate second = a.plannedDates().get(1);
        Proposal p = new Proposal("l-awa", "m-ines", "uid-1", second, second.atTime(19, 0).atZone(ZoneId.of("Africa/Dakar")),
                "Un imprévu ce soir-là.", Proposal.Status.DECLINED, "Pas possible pour moi.", Instant.parse("2027-01-10T00:00:00Z"),
                Instant.parse("2027-01-11T00:00:00Z"));
        InviteMails invites = new InviteMails(new Messages("https://hub.example.org"), InviteMailsTest.FROM_START);
        ProposalMails proposals = new ProposalMails(new Messages("https://hub.example.org"));
        ZoneId dakar = ZoneId.of("Africa/Dakar");
        String ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        Map<String, Mail> mails = new LinkedHashMap<>();
        mails.put("one-to-one invite to the learner", invites.toLearner("a@example.org", "Awa", language, dakar, "Inès", a, ics, false, List.of()));
        mails.put("one-to-ones cancelled to the learner", invites.toLearner("a@example.org", "Awa", language, dakar, "Inès", a, ics, true, List.of()));
        mails.put("one-to-one invite to the mentor", invites.toMentor("i@example.org", language, "Inès", "Awa", dakar, a, ics, false, List.of()));
        mails.put("one-to-ones cancelled to the mentor", invites.toMentor("i@example.org", language, "Inès", "Awa", dakar, a, ics, true, List.of()));
        List<InviteMails.Withdrawn> withdrawn = List.of(new InviteMails.Withdrawn(a.meetings().get(1).start(), p.start()));
        mails.put("a change withdraws a proposal, to the learner", invites.toLearner("a@example.org", "Awa", language,
                dakar, "Inès", a, ics, false, withdrawn));
        mails.put("a change withdraws a proposal, to the mentor", invites.toMentor("i@example.org", language, "Inès",
                "Awa", dakar, a, ics, false, withdrawn));
        mails.put("meeting moved", invites.meetingChanged("a@example.org", "Awa", language, dakar, "Inès", a,
                Occurrence.moved(second, second.plusDays(1), LocalTime.of(18, 0)), ics, "Inès"));
        mails.put("meeting cancelled", invites.meetingChanged("a@example.org", "Awa", language, dakar, "Inès", a,
                Occurrence.cancelled(second), ics, "Inès"));
        mails.put("other time proposed", proposals.proposed("i@example.org", language, "Inès", a.zone(), "Awa", a, p));
        mails.put("other time declined", proposals.declined("a@example.org", "Awa", language, dakar, "Inès", a, p));
        return mails;
    }
}
