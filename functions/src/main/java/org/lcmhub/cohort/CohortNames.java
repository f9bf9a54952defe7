package org.lcmhub.cohort;

import java.util.Map;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;

/**
 * A cohort as a mail names it to staff: its title with its first day in words ("Python in 8
 * weeks, starting Monday 14 December 2026"), as the pages put its start beside its title. Cohorts
 * of one path often share a title (one made without a title is named after its path), and an
 * LCM or a mentor may be on several of them.
 */
public final class CohortNames {
    private CohortNames() {
    }

    /** The cohort's name in {@code language}, the mail's. */
    public static String inMail(Cohort cohort, Language language) {
        return Messages.t(language, "mail.cohortName", Map.of("title", cohort.title(), "day",
                language.day(cohort.startDate())));
    }
}
