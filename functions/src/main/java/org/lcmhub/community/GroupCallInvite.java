package org.lcmhub.community;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.CalendarZones;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.places.Channel;

/**
 * The iCalendar file (RFC 5545, ical4j as for the 1:1s) of a cohort's weekly group call: one event
 * repeating every week on its day, from the first one not yet past until the cohort's end, with the
 * call's time zone definition so every calendar shows it at the right local time across DST changes.
 */
public final class GroupCallInvite {

    private GroupCallInvite() {
    }

    /** The {@code .ics} text in {@code language}; null when the cohort has ended. */
    public static String ics(Channel channel, Cohort cohort, Language language, Instant now) {
        Channel.GroupCall call = channel.call();
        ZoneId zone = ZoneId.of(call.timezone());
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate from = cohort.startDate().isAfter(today) ? cohort.startDate() : today;
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(Weekdays.day(call.day())));
        long count = ChronoUnit.WEEKS.between(first, cohort.endDate()) + 1;
        if (first.isAfter(cohort.endDate()) || count < 1) {
            return null;
        }
        ZonedDateTime start = first.atTime(LocalTime.parse(call.time())).atZone(zone);
        // Worded from the catalogue (mail.json), as the 1:1 invites are: one sentence in both languages.
        String title = Catalogue.site().t(language, "mail.groupCall.title",
                Map.of("call", channel.label(), "cohort", CohortNames.title(cohort, language)));
        String description = channel.url() + "\n\n" + Catalogue.site().t(language, "mail.groupCall.description", Map.of());
        Recur<ZonedDateTime> recur = new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY)
                .count((int) count).dayList(WeekDay.getWeekDay(Weekdays.day(call.day()))).build();
        VEvent event = (VEvent) CalendarZones.event(start, Duration.ofMinutes(call.durationMinutes()), title)
                .withProperty(new Uid(CalendarZones.uid(channel.channelId(), cohort.cohortId())))
                .withProperty(new RRule<>(recur))
                .withProperty(new Description(description))
                .withProperty(new Location(channel.url()))
                .withProperty(new Url(URI.create(channel.url())))
                .getFluentTarget();
        event.replace(new DtStamp(now));
        return new Calendar()
                .withProdId(new ProdId("-//LCM Hub//Group calls//EN").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withComponent(CalendarZones.of(zone))
                .withComponent(event)
                .getFluentTarget().toString();
    }
}
