package org.lcmhub.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;

/**
 * How pages and mails name a cohort to its reader. A cohort made without a title is named after its
 * path in the cohort's language; that title (or the same words typed by the LCM) is the path's, so
 * a reader of the other language reads the path's title in theirs, as the mentor page and the
 * calendar invites do. A title the LCM made up stays as typed: it has no translation.
 */
public final class CohortNames {
    private CohortNames() {
    }

    /** The cohort's title for a reader of {@code reader} (null: as stored). */
    public static String title(Cohort cohort, Language reader) {
        String title = cohort.title();
        if (reader == null || title == null || cohort.pathId() == null) {
            return title;
        }
        for (Language language : Language.values()) {
            if (spaced(title).equals(spaced(PathTitles.pathTitle(cohort.pathId(), language)))) {
                return PathTitles.pathTitle(cohort.pathId(), reader);
            }
        }
        return title;
    }

    /** An LCM types a plain space where the path's French title has a no-break one. */
    private static String spaced(String title) {
        return title.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    /**
     * The cohort as a mail in {@code language} names it: its title with its first day in words
     * ("Python in 8 weeks, starting Monday 14 December 2026"), as the pages put its start beside its
     * title. Cohorts of one path often share a title, and a learner, an LCM or a mentor may have
     * had several of them. A cohort begun before the reader's {@code today} is "under way since"
     * its first day: a running cohort is not "starting" on a day gone by.
     */
    public static String inMail(Cohort cohort, Language language, LocalDate today) {
        return Messages.cohortName(language, title(cohort, language), cohort.startDate(), today);
    }

    /** The reader's day at {@code now} in their {@code timezone} (an IANA id; null or unknown: UTC's). */
    public static LocalDate today(Instant now, String timezone) {
        ZoneId zone = ZoneOffset.UTC;
        if (timezone != null && !timezone.isBlank()) {
            try {
                zone = ZoneId.of(timezone);
            } catch (java.time.DateTimeException unknown) {
                // A zone the runtime does not know: UTC's day is at most one off.
            }
        }
        return LocalDate.ofInstant(now, zone);
    }
}
