package org.lcmhub.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.community.store.ModerationStore;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.mail.CohortPlaces;

/**
 * The cohort's places for the welcome mail of an enrolled learner, one line each in the mail's
 * language ("Slack: Cohort chat — https://…"), and the link to the cohort's code of conduct on
 * My page when the cohort has one. Mail is plain text, so this is what a reader without
 * JavaScript has of the channels too.
 */
public final class WelcomePlaces implements CohortPlaces {
    /** The page's word for each kind of place ({@code community.kind.<kind>}), so the mail names it alike. */
    static String kind(ChannelKind kind, Language language) {
        return Catalogue.site().t(language, "community.kind." + kind.wire());
    }

    private final ChannelStore channels;
    private final ModerationStore moderation;
    private final String siteUrl;

    public WelcomePlaces(ChannelStore channels, ModerationStore moderation, String siteUrl) {
        this.channels = channels;
        this.moderation = moderation;
        this.siteUrl = siteUrl == null ? "" : siteUrl.replaceAll("/+$", "");
    }

    /**
     * " (every Thursday at 18:30, Central European Time)" for the weekly call, in the mail's language;
     * "" for other places. The zone is named as it is at the first call the mail invites to: the
     * first from {@code at} (the mail's instant) and, for a cohort that has not begun, from its
     * {@code start} (the call's own date), which may fall after a change of summer time.
     */
    static String when(Channel.GroupCall call, Language language, Instant at, LocalDate start) {
        if (call == null) {
            return "";
        }
        DayOfWeek weekday = Weekdays.day(call.day());
        String day = weekday == null ? call.day() : weekday.getDisplayName(TextStyle.FULL, language.locale());
        ZoneId zone = ZoneId.of(call.timezone());
        Instant from = start == null ? at : later(at, start.atStartOfDay(zone).toInstant());
        String name = language.zone(zone, weekday == null ? from : firstCall(weekday, LocalTime.parse(call.time()), zone, from));
        return language.isFrench() ? " (chaque " + day + " à " + call.time() + ", " + name + ")"
                : " (every " + day + " at " + call.time() + ", " + name + ")";
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The first call at or after {@code at}. */
    private static Instant firstCall(DayOfWeek day, LocalTime time, ZoneId zone, Instant at) {
        ZonedDateTime call = at.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(zone);
        return (call.toInstant().isBefore(at) ? call.plusWeeks(1) : call).toInstant();
    }

    /** The lines of the mail's "your cohort's places" part; empty when the cohort has neither places nor code. */
    @Override
    public List<String> lines(String cohortId, Language language, Instant at, LocalDate start) {
        boolean fr = language.isFrench();
        List<String> lines = new ArrayList<>();
        for (Channel c : channels.list(cohortId)) {
            lines.add("- " + kind(c.kind(), language) + (fr ? " : " : ": ") + c.label() + when(c.call(), language, at, start)
                    + " — " + c.url());
        }
        if (moderation.conduct(cohortId) != null) {
            lines.add((fr ? "Le code de conduite de la cohorte, à lire avant d’y écrire : "
                    : "The cohort's code of conduct, to read before you post: ") + siteUrl + "/" + (fr ? "fr" : "en")
                    + "/me.html#me-conduct");
        }
        return lines;
    }
}
