package org.lcmhub.appointments;

import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.lcmhub.cohort.PathTitles;
import org.lcmhub.domain.CalendarZones;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.pairing.Occurrence;
import org.lcmhub.pairing.RecurringSlot;

/**
 * The iCalendar invite (RFC 5545) of a 1:1 series, made with ical4j: one recurring event with the
 * mentor's time zone definition, so both sides' calendars show the right local times.
 */
public final class Invites {
    /** The attachment's file name when nobody is named (tests and old links). */
    public static final String FILE = "one-to-one.ics";

    private Invites() {
    }

    /** The {@code .ics} text, in the reader's language for the title and description. */
    public static String ics(OneToOne meeting, Language language, Instant now) {
        return calendar(meeting, language, now, false);
    }

    /**
     * The cancellation of the whole series ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}, same UID);
     * {@code meeting.sequence()} must be above that of the last invite sent.
     */
    public static String cancel(OneToOne meeting, Language language, Instant now) {
        return calendar(meeting, language, now, true);
    }

    /** The invite as a mail attachment ({@code method=REQUEST} or {@code CANCEL}), named by {@link #fileName}. */
    public static Mail.Attachment attachment(String ics, boolean cancelled, String withName, Language language) {
        return Mail.Attachment.text(fileName(withName, language), "text/calendar; method="
                + (cancelled ? "CANCEL" : "REQUEST") + "; charset=UTF-8", ics);
    }

    /**
     * A file name that says what and with whom, in the reader's language and safe in any file system
     * and header: "1-1-with-awa-diallo.ics", "rendez-vous-avec-awa-diallo.ics".
     */
    public static String fileName(String withName, Language language) {
        String who = withName == null ? "" : Normalizer.normalize(withName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (who.length() > 40) {
            who = who.substring(0, 40).replaceAll("-+$", "");
        }
        if (who.isEmpty()) {
            return FILE;
        }
        return Catalogue.site().t(language, "mail.invite.file", Map.of("who", who));
    }

    private static String calendar(OneToOne meeting, Language language, Instant now, boolean cancelled) {
        RecurringSlot slot = meeting.slot();
        String link = meeting.videoUrl();
        String title = Catalogue.site().t(language, "mail.invite.title",
                Map.of("mentor", meeting.mentorName(), "learner", meeting.learnerName()));
        // The link first: some calendar apps show only the description's first line, others only
        // LOCATION, URL or CONFERENCE; all four carry it.
        String path = meeting.pathId() == null ? meeting.pathTitle() : PathTitles.pathTitle(meeting.pathId(), language);
        // One meeting is no "regular 1:1, every week".
        String description = link + "\n\n" + (slot.count() == 1
                ? Catalogue.site().t(language, "mail.invite.description.single", Map.of("path", path))
                : Catalogue.site().plural(language, "mail.invite.description", slot.everyWeeks(), Map.of("path", path)));

        Recur<java.time.ZonedDateTime> recur = new Recur.Builder<java.time.ZonedDateTime>()
                .frequency(Frequency.WEEKLY)
                .interval(slot.everyWeeks())
                .count(slot.count())
                .dayList(WeekDay.getWeekDay(slot.day()))
                .build();
        Attendee learner = new Attendee(URI.create("mailto:" + meeting.learnerEmail()));
        learner.add(new Cn(meeting.learnerName()));
        learner.add(Role.REQ_PARTICIPANT);
        Organizer mentor = new Organizer(URI.create("mailto:" + meeting.mentorEmail()));
        mentor.add(new Cn(meeting.mentorName()));

        VEvent event = (VEvent) CalendarZones.event(slot.first(), slot.length(), title)
                .withProperty(new Uid(CalendarZones.uid(meeting.appointmentId())))
                .withProperty(new Sequence(meeting.sequence()))
                .withProperty(new RRule<>(recur))
                .withProperty(new Description(description))
                .withProperty(new Location(link))
                .withProperty(new Url(URI.create(link)))
                .withProperty(conference(link, language))
                .withProperty(mentor)
                .withProperty(learner)
                .getFluentTarget();
        // The constructor stamps the event with the clock; RFC 5545 allows one DTSTAMP, ours.
        event.replace(new DtStamp(now));
        if (cancelled) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }

        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//LCM Hub//1:1 invites//EN").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new Method(cancelled ? "CANCEL" : "REQUEST"))
                .withComponent(CalendarZones.of(slot.zone()))
                .withComponent(event)
                .getFluentTarget();
        // Meetings kept apart from the rule (held under an earlier one, or moved and kept when it
        // changed) are no instance of the RRULE: each is added by RDATE at its own start (RFC 5545 3.8.5.2).
        List<java.time.LocalDate> dates = java.util.stream.IntStream.range(0, slot.count())
                .mapToObj(i -> slot.first().toLocalDate().plusWeeks((long) i * slot.everyWeeks())).toList();
        List<java.time.LocalDateTime> apart = meeting.occurrences().stream()
                .filter(o -> !o.cancelled() && !dates.contains(o.original()))
                .map(o -> o.date().atTime(o.time())).toList();
        if (!apart.isEmpty()) {
            event.add(new RDate<>(CalendarZones.tzid(slot.zone()), new DateList<>(apart)));
        }
        if (!cancelled) {
            for (Occurrence o : meeting.occurrences()) {
                if (dates.contains(o.original())) {
                    calendar.add(exception(meeting, o, title, description, link, language, now));
                }
            }
        }
        return calendar.toString();
    }

    /**
     * One meeting that differs from the rule (RFC 5545 3.8.4.4): same UID and SEQUENCE as the series,
     * RECURRENCE-ID the planned start, then either the new start or STATUS:CANCELLED.
     */
    private static VEvent exception(OneToOne meeting, Occurrence o, String title, String description, String link,
                                    Language language, Instant now) {
        RecurringSlot slot = meeting.slot();
        java.time.ZonedDateTime planned = o.original().atTime(slot.start()).atZone(slot.zone());
        java.time.ZonedDateTime start = o.cancelled() ? planned : o.date().atTime(o.time()).atZone(slot.zone());
        VEvent event = (VEvent) CalendarZones.event(start, slot.length(), title)
                .withProperty(new Uid(CalendarZones.uid(meeting.appointmentId())))
                .withProperty(new RecurrenceId<>(CalendarZones.tzid(slot.zone()), planned.toLocalDateTime()))
                .withProperty(new Sequence(meeting.sequence()))
                .withProperty(new Description(description))
                .withProperty(new Location(link))
                .withProperty(new Url(URI.create(link)))
                .withProperty(conference(link, language))
                .getFluentTarget();
        event.replace(new DtStamp(now));
        if (o.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    /** RFC 7986 CONFERENCE: the video link, for the calendar apps that offer a "join" button. */
    private static Conference conference(String link, Language language) {
        return new Conference(new ParameterList(List.of(Value.URI, new Feature(Feature.Value.AUDIO, Feature.Value.VIDEO),
                new Label(Catalogue.site().t(language, "mail.invite.room", Map.of())))), link);
    }
}
