package org.lcmhub.appointments;

import static org.lcmhub.mail.Messages.letter;
import static org.lcmhub.mail.Messages.t;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;

/**
 * The mails that carry a 1:1 invite (or its cancellation) as an {@code .ics} attachment, each in its
 * reader's language: the learner's in theirs with the first meeting in their own time too, the
 * mentor's in the mentor's mail language. Both link to the route that downloads the invite again.
 * Their words are the catalogue's {@code mail.oneToOne.*}; a series' meetings are counted with its plural forms.
 * A series changed while under way is said from its next meeting on (its day, time, zone offset and
 * the meetings left), as the pages say it: the held ones are history, and the rule's first date may
 * lie where no meeting was held.
 */
final class InviteMails {
    private final Messages messages;
    private final Clock clock;

    InviteMails(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A proposal of another time that a change of the series withdrew: the start of the meeting it
     * was for, as it was, and the time proposed.
     */
    record Withdrawn(ZonedDateTime meeting, ZonedDateTime proposed) {
    }

    /** As below, the mentor's clock being the series' zone. */
    Mail toLearner(String to, String name, Language language, ZoneId learnerZone, String mentorName, Appointment a,
                   String ics, boolean cancelled, List<Withdrawn> withdrawn) {
        return toLearner(to, name, language, learnerZone, mentorName, a.zone(), a, ics, cancelled, withdrawn);
    }

    /**
     * To the learner, telling them which of their proposals the change withdrew ({@code withdrawn}) and why;
     * the mentor's times on their clock now ({@code mentorZone}, which may not be the series' own).
     */
    Mail toLearner(String to, String name, Language language, ZoneId learnerZone, String mentorName, ZoneId mentorZone,
                   Appointment a, String ics, boolean cancelled, List<Withdrawn> withdrawn) {
        Map<String, Object> mentor = Map.of("mentor", mentorName);
        String text;
        String subject;
        if (cancelled) {
            // A series of one meeting (or one left) is no "regular 1:1s".
            boolean one = single(a, a.toCome(clock.instant()));
            subject = t(language, one ? "mail.oneToOne.learner.cancelled.single.subject" : "mail.oneToOne.learner.cancelled.subject", mentor);
            text = letter(language, name, t(language, one ? "mail.oneToOne.learner.cancelled.single" : "mail.oneToOne.learner.cancelled", mentor));
        } else {
            // The learner's own day and time first, as their page shows the series; the mentor's after.
            List<Appointment.Meeting> all = a.toCome(clock.instant());
            List<Appointment.Meeting> coming = all.stream().filter(a::ofRule).toList();
            boolean single = single(a, coming);
            // The real next meeting, a moved one kept apart from the rule included.
            String local = language.dayAndTime(firstMeeting(a, all).withZoneSameInstant(learnerZone));
            // A change (the sequence grows from 0) is said as one, not as a new series.
            String key = a.sequence() > 0
                    ? (single ? "mail.oneToOne.learner.single.changed" : "mail.oneToOne.learner.series.changed")
                    : (single ? "mail.oneToOne.learner.single" : "mail.oneToOne.learner.series");
            String series = t(language, key, Map.of("mentor", mentorName, "series", schedule(a, language, learnerZone, coming)))
                    + otherClock(a, language, mentorName, learnerZone, mentorZone, coming)
                    + keptApart(a, all, language, learnerZone);
            subject = t(language, single ? "mail.oneToOne.learner.single.subject" : "mail.oneToOne.learner.subject", mentor);
            text = letter(language, name,
                    // One meeting is said with its day and time already: no "first meeting" after it.
                    series + "\n" + (single && all.size() == 1 ? "" : t(language, "mail.oneToOne.learner.first", Map.of("first", local)) + "\n")
                            + room(a, language)
                            + withdrawn(withdrawn, "mail.oneToOne.learner.proposalWithdrawn", language, learnerZone,
                            Map.of("mentor", mentorName)),
                    t(language, "mail.oneToOne.learner.attached", Map.of("page", messages.link("/" + language.code() + "/me.html"))));
        }
        return new Mail(to, subject, text, cancelled ? "one-to-one-cancelled" : "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, cancelled, mentorName, language));
    }

    /**
     * In the mentor's mail language ({@code Mentor.mailLanguage}), naming the learner's proposals the
     * change withdrew (the learner is told too); the mentor page lists the series again.
     */
    Mail toMentor(String to, Language language, String mentorName, String learnerName, ZoneId learnerZone,
                  Appointment a, String ics, boolean cancelled, List<Withdrawn> withdrawn) {
        return toMentor(to, language, mentorName, a.zone(), learnerName, learnerZone, a, ics, cancelled, withdrawn);
    }

    /**
     * As above, every time on the mentor's clock now ({@code mentorZone}, their profile's): a mentor
     * who moved since the series was set reads their 1:1s where they are, as their page says them.
     */
    Mail toMentor(String to, Language language, String mentorName, ZoneId mentorZone, String learnerName,
                  ZoneId learnerZone, Appointment a, String ics, boolean cancelled, List<Withdrawn> withdrawn) {
        Map<String, Object> learner = Map.of("learner", learnerName);
        String text;
        String subject;
        List<Appointment.Meeting> all = a.toCome(clock.instant());
        List<Appointment.Meeting> coming = cancelled ? all : all.stream().filter(a::ofRule).toList();
        boolean single = single(a, coming);
        if (cancelled) {
            subject = t(language, single ? "mail.oneToOne.cancelled.single.subject" : "mail.oneToOne.cancelled.subject",
                    Map.of("other", learnerName));
            text = letter(language, mentorName, t(language, single ? "mail.oneToOne.mentor.cancelled.single"
                    : "mail.oneToOne.mentor.cancelled", learner));
        } else {
            String series = t(language, single ? "mail.oneToOne.mentor.single" : "mail.oneToOne.mentor.series",
                    Map.of("learner", learnerName, "series", schedule(a, language, mentorZone, coming)))
                    + otherClock(a, language, learnerName, mentorZone, learnerZone, coming)
                    + keptApart(a, all, language, mentorZone);
            String page = messages.mentorPage(language);
            subject = t(language, single ? "mail.oneToOne.mentor.single.subject" : "mail.oneToOne.mentor.subject", learner);
            text = letter(language, mentorName, series + "\n" + room(a, language)
                            + withdrawn(withdrawn, "mail.oneToOne.mentor.proposalWithdrawn", language, mentorZone,
                            Map.of("learner", learnerName)),
                    t(language, "mail.oneToOne.mentor.attached", Map.of("page", page)));
        }
        return new Mail(to, subject, text, cancelled ? "one-to-one-cancelled" : "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, cancelled, learnerName, language));
    }

    /**
     * The series on the reader's clock ({@code zone}) from its next meeting ({@code coming}: the
     * meetings still to come): the weekday, time and date there, which may be another day than the
     * mentor's (Tuesday 19:00 in Montreal is Wednesday 01:00 in Paris), and how many are left.
     * One meeting is no "every Tuesday": its own day and time.
     */
    static String schedule(Appointment a, Language language, ZoneId zone, List<Appointment.Meeting> coming) {
        ZonedDateTime first = rule(a, coming).withZoneSameInstant(zone);
        ZonedDateTime from = firstMeeting(a, coming).withZoneSameInstant(zone);
        if (single(a, coming)) {
            return t(language, "mail.oneToOne.single", Map.of("when", language.dayAndTime(from),
                    "zone", language.zone(zone, from.toInstant()), "minutes", a.durationMinutes()));
        }
        Locale locale = language.locale();
        return t(language, "mail.oneToOne.series", Map.of(
                "day", first.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                "time", language.time(first.toLocalTime()),
                "zone", language.zone(zone, first.toInstant()),
                "minutes", a.durationMinutes(),
                "meetings", Catalogue.site().plural(language, "mail.oneToOne.meetings", left(a, coming), Map.of()),
                "from", from.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))));
    }

    /**
     * A moved meeting to come that a change of the rule kept apart from it: said on its own, on the
     * reader's clock ({@code zone}), since the weekly rule said before does not count it.
     */
    private static String keptApart(Appointment a, List<Appointment.Meeting> all, Language language, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        all.stream().filter(m -> !a.ofRule(m) && m.moved()).forEach(m -> out.append("\n").append(t(language,
                "mail.oneToOne.keptApart", Map.of("when", language.dayAndTime(m.start().withZoneSameInstant(zone))))));
        return out.toString();
    }

    /** One meeting left to come (or, none left, a series of one): said as that meeting, not as a weekly rule. */
    static boolean single(Appointment a, List<Appointment.Meeting> coming) {
        return left(a, coming) == 1;
    }

    /** How many meetings the mail says: those still to come, or, none left, the series' own count. */
    private static int left(Appointment a, List<Appointment.Meeting> coming) {
        return coming.isEmpty() ? a.weeks() : coming.size();
    }

    /** The weekly rule's time at the next meeting (its offset then), or at the rule's first when none is left. */
    private static ZonedDateTime rule(Appointment a, List<Appointment.Meeting> coming) {
        return coming.isEmpty() ? a.slot().first() : coming.get(0).planned().atTime(a.time()).atZone(a.zone());
    }

    /**
     * The first meeting still to come (moved or not); with none left, the first there was. A change
     * of a series under way may place the rule's first date where no meeting was held
     * ({@link Replan#rule}): the mail names a meeting, never that date.
     */
    static ZonedDateTime firstMeeting(Appointment a, List<Appointment.Meeting> coming) {
        if (!coming.isEmpty()) {
            return coming.get(0).start();
        }
        return a.meetings().isEmpty() ? a.slot().first() : a.meetings().get(0).start();
    }

    /**
     * After the reader's own clock, the other side's when it shows another day or time ("For Emma
     * Tremblay: every Tuesday at 19:00 (Eastern Time)."), and a word when a change of clocks moves
     * some meetings by an hour for the reader; empty when both clocks agree all along.
     */
    static String otherClock(Appointment a, Language language, String who, ZoneId reader, ZoneId other,
                             List<Appointment.Meeting> coming) {
        if (single(a, coming)) {
            ZonedDateTime at = firstMeeting(a, coming);
            ZonedDateTime theirs = at.withZoneSameInstant(other);
            return at.withZoneSameInstant(reader).toLocalDateTime().equals(theirs.toLocalDateTime()) ? ""
                    : "\n" + t(language, "mail.oneToOne.otherClock.single", Map.of("who", who,
                    "when", language.dayAndTime(theirs), "zone", language.zone(other, at.toInstant())));
        }
        ZonedDateTime first = rule(a, coming);
        ZonedDateTime mine = first.withZoneSameInstant(reader);
        ZonedDateTime theirs = first.withZoneSameInstant(other);
        String out = "";
        if (!mine.getDayOfWeek().equals(theirs.getDayOfWeek()) || !mine.toLocalTime().equals(theirs.toLocalTime())) {
            out += "\n" + t(language, "mail.oneToOne.otherClock", Map.of("who", who,
                    "day", theirs.getDayOfWeek().getDisplayName(TextStyle.FULL, language.locale()),
                    "time", language.time(theirs.toLocalTime()), "zone", language.zone(other, first.toInstant())));
        }
        boolean shifts = (coming.isEmpty() ? a.meetings() : coming).stream().map(m -> m.planned().atTime(a.time()).atZone(a.zone())
                .withZoneSameInstant(reader)).anyMatch(at -> !at.getDayOfWeek().equals(mine.getDayOfWeek())
                || !at.toLocalTime().equals(mine.toLocalTime()));
        if (shifts) {
            out += "\n" + t(language, "mail.oneToOne.clockChange", Map.of());
        }
        return out;
    }

    /** A paragraph for each withdrawn proposal, its times on the reader's clock ({@code zone}). */
    private static String withdrawn(List<Withdrawn> withdrawn, String key, Language language, ZoneId zone,
                                    Map<String, Object> who) {
        StringBuilder out = new StringBuilder();
        for (Withdrawn w : withdrawn) {
            Map<String, Object> params = new java.util.HashMap<>(who);
            params.put("meeting", language.dayAndTime(w.meeting().withZoneSameInstant(zone)));
            params.put("proposed", language.dayAndTime(w.proposed().withZoneSameInstant(zone)));
            out.append("\n\n").append(t(language, key, params));
        }
        return out.toString();
    }

    /** "Video room: https://…", the series' video room, in the mails that carry its meetings. */
    private static String room(Appointment a, Language language) {
        return t(language, "mail.oneToOne.room", Map.of("url", a.videoUrl()));
    }

    /**
     * The learner's proposal to move a meeting that the mentor moved or cancelled by itself, as one
     * side reads of it ({@code key}, with {@code proposed} and {@code other}); null when none was open.
     */
    record MeetingWithdrawal(String key, ZonedDateTime proposed) {
        static MeetingWithdrawal learner(ZonedDateTime proposed) {
            return proposed == null ? null : new MeetingWithdrawal("mail.oneToOne.meeting.learner.proposalWithdrawn", proposed);
        }

        static MeetingWithdrawal mentor(ZonedDateTime proposed) {
            return proposed == null ? null : new MeetingWithdrawal("mail.oneToOne.meeting.mentor.proposalWithdrawn", proposed);
        }
    }

    Mail meetingChanged(String to, String name, Language language, ZoneId zone, String other, Appointment a,
                        Occurrence change, String ics, String withName) {
        return meetingChanged(to, name, language, zone, other, a, change, ics, withName, null);
    }

    /**
     * One meeting moved or cancelled, to one side: the new time in {@code zone} (the reader's own), the
     * updated invite attached; {@code other} is the person met; {@code withdrawn}: the learner's
     * proposal for that meeting the change withdrew, or null.
     */
    Mail meetingChanged(String to, String name, Language language, ZoneId zone, String other, Appointment a,
                        Occurrence change, String ics, String withName, MeetingWithdrawal withdrawn) {
        String planned = language.dayAndTime(change.original().atTime(a.time()).atZone(a.zone()).withZoneSameInstant(zone));
        String subject;
        String what;
        if (change.cancelled()) {
            Map<String, Object> params = Map.of("other", other, "planned", planned);
            subject = t(language, "mail.oneToOne.meeting.cancelled.subject", params);
            what = t(language, "mail.oneToOne.meeting.cancelled", params);
        } else {
            ZonedDateTime at = change.date().atTime(change.time()).atZone(a.zone());
            Map<String, Object> params = Map.of("other", other, "planned", planned,
                    "moved", language.dayAndTime(at.withZoneSameInstant(zone)), "zone", language.zone(zone, at.toInstant()));
            subject = t(language, "mail.oneToOne.meeting.moved.subject", params);
            what = t(language, "mail.oneToOne.meeting.moved", params);
        }
        String proposal = withdrawn == null ? "" : "\n\n" + t(language, withdrawn.key(), Map.of("other", other,
                "proposed", language.dayAndTime(withdrawn.proposed().withZoneSameInstant(zone))));
        String text = letter(language, name, what + "\n" + room(a, language) + proposal,
                t(language, "mail.oneToOne.meeting.updates", Map.of()));
        return new Mail(to, subject, text, "one-to-one-invite")
                .withAttachment(Invites.attachment(ics, false, withName, language));
    }
}
