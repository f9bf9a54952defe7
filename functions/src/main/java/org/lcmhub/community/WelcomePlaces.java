package org.lcmhub.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.community.store.ModerationStore;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.mail.Messages;

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

    /**
     * The places from the table for a handler that may not name the community
     * ({@link CohortPlaces#fromTable}; listed in {@code META-INF/services}).
     */
    public static final class FromTable implements CohortPlaces.Source {
        @Override
        public CohortPlaces places(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table, String siteUrl) {
            return new WelcomePlaces(new org.lcmhub.community.store.dynamodb.DynamoChannelStore(dynamo, table),
                    new org.lcmhub.community.store.dynamodb.DynamoModerationStore(dynamo, table), siteUrl);
        }
    }

    private final ChannelStore channels;
    private final ModerationStore moderation;
    private final Messages links;

    public WelcomePlaces(ChannelStore channels, ModerationStore moderation, String siteUrl) {
        this.channels = channels;
        this.moderation = moderation;
        this.links = new Messages(siteUrl);
    }

    /**
     * " (every Thursday at 18:30, Central European Time)", " (chaque jeudi à 18 h 30, heure d’Europe centrale)"
     * for the weekly call, in the mail's language;
     * "" for other places. The zone is named as it is at the first call the mail invites to: the
     * first from {@code at} (the mail's instant) and, for a cohort that has not begun, from its
     * {@code start} (the call's own date), which may fall after a change of summer time. A reader
     * whose clock shows that call at another day or hour ({@code reader}, their zone) reads it on
     * their clock too: "…; in your time, every Monday at 20:00, Eastern Time".
     */
    static String when(Channel.GroupCall call, Language language, ZoneId reader, Instant at, LocalDate start) {
        if (call == null) {
            return "";
        }
        DayOfWeek weekday = Weekdays.day(call.day());
        String day = weekday == null ? call.day() : weekday.getDisplayName(TextStyle.FULL, language.locale());
        Instant first = GroupCallTimes.first(call, at, start);
        String name = language.zone(ZoneId.of(call.timezone()), first);
        String yours = yours(GroupCallTimes.onClockOf(reader, call, first), language);
        String time = language.time(LocalTime.parse(call.time()));
        return language.isFrench() ? " (chaque " + day + " à " + time + ", " + name + yours + ")"
                : " (every " + day + " at " + time + ", " + name + yours + ")";
    }

    /** The call on the reader's clock, after the call's own ("" when their clocks agree). */
    private static String yours(ZonedDateTime mine, Language language) {
        if (mine == null) {
            return "";
        }
        String day = mine.getDayOfWeek().getDisplayName(TextStyle.FULL, language.locale());
        String time = language.time(mine.toLocalTime());
        String zone = language.zone(mine.getZone(), mine.toInstant());
        return language.isFrench() ? "\u202F; chez vous, chaque " + day + " à " + time + ", " + zone
                : "; in your time, every " + day + " at " + time + ", " + zone;
    }

    /** The lines of the mail's "your cohort's places" part; empty when the cohort has neither places nor code. */
    @Override
    public List<String> lines(String cohortId, Reader reader, Instant at, LocalDate start) {
        Language language = reader.language();
        boolean fr = language.isFrench();
        List<String> lines = new ArrayList<>();
        for (Channel c : channels.list(cohortId)) {
            lines.add("- " + kind(c.kind(), language) + (fr ? " : " : ": ") + c.label()
                    + when(c.call(), language, reader.zone(), at, start) + " — " + c.url());
        }
        if (moderation.conduct(cohortId) != null) {
            // The personal link, at the code: opened from the mail in a browser that has never seen
            // the key, My page would otherwise show only how to get a link.
            lines.add((fr ? "Le code de conduite de la cohorte, à lire avant d’y écrire : "
                    : "The cohort’s code of conduct, to read before you post: ")
                    + links.personalLink(language, reader.key(), "me-conduct"));
        }
        return lines;
    }
}
