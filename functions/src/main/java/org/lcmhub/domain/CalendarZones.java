package org.lcmhub.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;

/**
 * The VTIMEZONE an iCalendar file carries for a zone, under the zone's own name. ical4j answers an
 * alias ({@code America/Montreal}, {@code Asia/Calcutta}) with the definition of the zone it links to,
 * named after that one ({@code America/Toronto}), while the events' times name the zone the person
 * chose: every TZID parameter must name a VTIMEZONE of the file (RFC 5545 §3.2.19), so the
 * definition is renamed, never the person's zone.
 *
 * <p>Every time is written as the wall-clock time Java's zone rules give, with its TZID: ical4j
 * converts a {@code ZonedDateTime} through its own reading of the zone definitions, which is wrong
 * for many zones (an hour late in the week before the United States' spring change, 16 minutes early
 * all year in Dakar, an hour late on some days in Tokyo), while calendars read the VTIMEZONE as written.
 */
public final class CalendarZones {
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarZones() {
    }

    /** The definition of {@code zone}, its TZID the id the events' DTSTART, RDATE and RECURRENCE-ID give. */
    public static VTimeZone of(ZoneId zone) {
        VTimeZone definition = ZONES.getTimeZone(zone.getId()).getVTimeZone();
        if (zone.getId().equals(definition.getTimeZoneId().getValue())) {
            return definition;
        }
        // A copy: the registry keeps its definitions for every later file.
        VTimeZone named = definition.copy();
        named.replace(new net.fortuna.ical4j.model.property.TzId(zone.getId()));
        return named;
    }

    /** The TZID parameter of a time on {@code zone}'s clock, naming the VTIMEZONE {@link #of} gives. */
    public static ParameterList tzid(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    /**
     * The UID of an event the hub writes: its ids, dot-joined, in the hub's domain. A calendar matches
     * an update or a cancellation to the event by it, so it never changes for one event.
     */
    public static String uid(String... ids) {
        return String.join(".", ids) + "@lcm-hub";
    }

    /** An event from {@code start}, on its zone's clock as Java reads it, for {@code length}. */
    public static VEvent event(ZonedDateTime start, Duration length, String summary) {
        VEvent event = new VEvent(false);
        event.add(new DtStart<>(tzid(start.getZone()), start.toLocalDateTime()));
        event.add(new net.fortuna.ical4j.model.property.Duration(length));
        event.add(new Summary(summary));
        return event;
    }
}
