package org.lcmhub.appointments;

import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.lcmhub.mail.Mail;
import org.lcmhub.pairing.RecurringSlot;

/**
 * The iCalendar invite (RFC 5545) of a 1:1 series, made with ical4j: one recurring event with the
 * mentor's time zone definition, so both sides' calendars show the right local times.
 */
public final class Invites {
    /** The attachment's file name. */
    public static final String FILE = "one-to-one.ics";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Invites() {
    }

    /** The {@code .ics} text, in the reader's language for the title and description ("en" or "fr"). */
    public static String ics(OneToOne meeting, String language, Instant now) {
        return calendar(meeting, language, now, false);
    }

    /**
     * The cancellation of the whole series ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}, same UID);
     * {@code meeting.sequence()} must be above that of the last invite sent.
     */
    public static String cancel(OneToOne meeting, String language, Instant now) {
        return calendar(meeting, language, now, true);
    }

    /** The {@code one-to-one.ics} attachment of a mail ({@code method=REQUEST} or {@code CANCEL}). */
    public static Mail.Attachment attachment(String ics, boolean cancelled) {
        return Mail.Attachment.text(FILE, "text/calendar; method=" + (cancelled ? "CANCEL" : "REQUEST")
                + "; charset=UTF-8", ics);
    }

    private static String calendar(OneToOne meeting, String language, Instant now, boolean cancelled) {
        RecurringSlot slot = meeting.slot();
        boolean fr = "fr".equals(language);
        String title = (fr ? "Rendez-vous individuel : " : "1:1: ") + meeting.mentorName() + " / " + meeting.learnerName();
        String description = fr
                ? "Rendez-vous régulier du parcours « " + meeting.pathTitle() + " », toutes les "
                        + slot.everyWeeks() + " semaine(s). Préparez une question ou un point bloquant."
                : "Regular 1:1 for the path \"" + meeting.pathTitle() + "\", every " + slot.everyWeeks()
                        + " week(s). Bring one question or one thing that blocks you.";

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

        VEvent event = (VEvent) new VEvent(slot.first(), slot.length(), title)
                .withProperty(new Uid(meeting.appointmentId() + "@lcm-hub"))
                .withProperty(new DtStamp(now))
                .withProperty(new Sequence(meeting.sequence()))
                .withProperty(new RRule<>(recur))
                .withProperty(new Description(description))
                .withProperty(mentor)
                .withProperty(learner)
                .getFluentTarget();
        if (meeting.location() != null) {
            event.add(new Location(meeting.location()));
        }
        if (cancelled) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }

        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//LCM Hub//1:1 invites//EN").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new Method(cancelled ? "CANCEL" : "REQUEST"))
                .withComponent(ZONES.getTimeZone(slot.zone().getId()).getVTimeZone())
                .withComponent(event)
                .getFluentTarget();
        return calendar.toString();
    }
}
