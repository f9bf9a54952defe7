package org.lcmhub.places;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.mail.Messages;
import org.lcmhub.places.store.PlaceStore;

/**
 * The cohort's places for the welcome mail of an enrolled learner, one line each in the mail's
 * language ("Slack: Cohort chat — https://…"), and the link to the cohort's code of conduct on
 * My page when the cohort has one. Mail is plain text, so this is what a reader without
 * JavaScript has of the channels too. Every word and sign between the data comes from the
 * catalogue ({@code mail.places.*}), so both languages are worded and checked in one place.
 */
public final class WelcomePlaces implements CohortPlaces {
    /** The page's word for each kind of place ({@code community.kind.<kind>}), so the mail names it alike. */
    static String kind(ChannelKind kind, Language language) {
        return Catalogue.site().t(language, "community.kind." + kind.wire());
    }

    private final PlaceStore places;
    private final Messages links;

    public WelcomePlaces(PlaceStore places, String siteUrl) {
        this.places = places;
        this.links = new Messages(siteUrl);
    }

    /**
     * "every Thursday at 18:30, Central European Time", « chaque jeudi à 18 h 30, heure d’Europe
     * centrale » for the weekly call, in the mail's language. The zone is named as it is at the
     * first call the mail invites to: the first from {@code at} (the mail's instant) and, for a
     * cohort that has not begun, from its {@code start} (the call's own date), which may fall after
     * a change of summer time. A reader whose clock shows that call at another day or hour
     * ({@code reader}, their zone) reads it on their clock too: "…; in your time, every Monday at
     * 20:00, Eastern Time".
     */
    static String when(Channel.GroupCall call, Language language, ZoneId reader, Instant at, LocalDate start) {
        DayOfWeek weekday = Weekdays.day(call.day());
        Instant first = GroupCallTimes.first(call, at, start);
        Map<String, Object> params = new HashMap<>(Map.of(
                "day", weekday == null ? call.day() : weekday.getDisplayName(TextStyle.FULL, language.locale()),
                "time", language.time(LocalTime.parse(call.time())),
                "zone", language.zone(ZoneId.of(call.timezone()), first)));
        ZonedDateTime mine = GroupCallTimes.onClockOf(reader, call, first);
        if (mine == null) {
            return Catalogue.site().t(language, "mail.places.call", params);
        }
        params.put("yourDay", mine.getDayOfWeek().getDisplayName(TextStyle.FULL, language.locale()));
        params.put("yourTime", language.time(mine.toLocalTime()));
        params.put("yourZone", language.zone(mine.getZone(), mine.toInstant()));
        return Catalogue.site().t(language, "mail.places.call.yours", params);
    }

    /** The lines of the mail's "your cohort's places" part; empty when the cohort has neither places nor code. */
    @Override
    public List<String> lines(String cohortId, Reader reader, Instant at, LocalDate start) {
        Language language = reader.language();
        List<String> lines = new ArrayList<>();
        for (Channel c : places.channels(cohortId)) {
            Map<String, Object> params = new HashMap<>(Map.of("kind", kind(c.kind(), language), "label", c.label(),
                    "url", c.url()));
            if (c.call() == null) {
                lines.add(Catalogue.site().t(language, "mail.places.line", params));
            } else {
                params.put("when", when(c.call(), language, reader.zone(), at, start));
                lines.add(Catalogue.site().t(language, "mail.places.line.call", params));
            }
        }
        if (places.hasConduct(cohortId)) {
            // The personal link, at the code: opened from the mail in a browser that has never seen
            // the key, My page would otherwise show only how to get a link.
            lines.add(Catalogue.site().t(language, "mail.places.conduct",
                    Map.of("link", links.personalLink(language, reader.key(), "me-conduct"))));
        }
        return lines;
    }
}
