package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lcmhub.community.GroupCallInvite;
import org.lcmhub.domain.Language;
import org.lcmhub.pairing.Occurrence;
import org.lcmhub.pairing.RecurringSlot;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;
import org.lcmhub.testing.InMemoryCohorts;

/**
 * A zone chosen under an older name (an alias: America/Montreal, Asia/Calcutta, Europe/Kiev, UTC):
 * every TZID an event names has its VTIMEZONE in the same file (RFC 5545 §3.2.19), and every time
 * is written on the chosen clock as the zone's rules say it (Dakar: GMT, not its 19th-century offset).
 */
class InviteZonesTest {
    private static final Instant NOW = Instant.parse("2027-02-24T10:00:00Z");

    /** Every TZID parameter of the file, and the TZIDs its VTIMEZONEs define, as ical4j parses them. */
    static void everyZoneNamedIsDefined(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Set<String> defined = new TreeSet<>();
        for (VTimeZone zone : calendar.<VTimeZone>getComponents(Component.VTIMEZONE)) {
            defined.add(zone.getTimeZoneId().getValue());
        }
        List<String> named = new ArrayList<>();
        for (Component c : calendar.getComponents()) {
            if (c instanceof VTimeZone) {
                continue;
            }
            for (Property p : c.getProperties()) {
                p.getParameter(Parameter.TZID).ifPresent(tz -> named.add(p.getName() + " " + tz.getValue()));
            }
        }
        assertThat(named).as("the file names zones in its events").isNotEmpty();
        assertThat(named).allSatisfy(n -> assertThat(defined).as(n + " has its VTIMEZONE").contains(n.split(" ")[1]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Montreal", "Asia/Calcutta", "Europe/Kiev", "UTC", "Europe/Paris", "America/New_York",
        "Africa/Dakar"})
    void theOneToOneInviteDefinesEveryZoneItNames(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        // A meeting moved (its own VEVENT, RECURRENCE-ID), one cancelled, one kept apart (RDATE).
        OneToOne meeting = new OneToOne("appt-7", "Inès Moreau", "ines@example.org", "Awa Diallo", "awa@example.org",
                "Python in 8 weeks", new RecurringSlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofMinutes(30),
                zone, LocalDate.of(2027, 3, 2), 1, 4), 3, null, List.of(
                Occurrence.held(LocalDate.of(2027, 2, 23), LocalDate.of(2027, 2, 23), LocalTime.of(18, 0)),
                Occurrence.moved(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 11), LocalTime.of(19, 0)),
                Occurrence.cancelled(LocalDate.of(2027, 3, 16))));

        String ics = Invites.ics(meeting, Language.FR, NOW);
        everyZoneNamedIsDefined(ics);
        // Each time on the chosen clock, as the zone's rules say it: 9 and 11 March are in the week
        // before North America's spring change, which ical4j's own conversion puts an hour late.
        assertThat(ics).contains("DTSTART;TZID=" + id + ":20270302T180000", "RECURRENCE-ID;TZID=" + id + ":20270309T180000",
                "DTSTART;TZID=" + id + ":20270311T190000", "RECURRENCE-ID;TZID=" + id + ":20270316T180000",
                "RDATE;TZID=" + id + ":20270223T180000");
        everyZoneNamedIsDefined(Invites.cancel(meeting, Language.EN, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Montreal", "Asia/Calcutta", "Europe/Kiev", "Africa/Dakar"})
    void theGroupCallInviteDefinesTheZoneItNames(String id) throws Exception {
        Channel call = new Channel("c-1", "ch-1", ChannelKind.CALL, "Thursday call", "https://meet.example.org/python",
                new Channel.GroupCall("thu", "18:30", id, 60), NOW);
        String ics = GroupCallInvite.ics(call, InMemoryCohorts.running("c-1", "2027-01-04", 40), Language.EN, NOW);
        everyZoneNamedIsDefined(ics);
        assertThat(ics).contains("DTSTART;TZID=" + id + ":20270225T183000");
    }
}
