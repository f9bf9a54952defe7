package org.lcmhub.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.lcmhub.domain.Language;

/**
 * Where a cohort meets, one line per place already in the mail's language, for the mails that
 * welcome a learner into it (the confirmation, the seat offered from the waitlist). A port: the
 * shared {@code places} build the lines (from what the community writes); services that mail only
 * ask for them, and their tests give their own.
 */
@FunctionalInterface
public interface CohortPlaces {
    /** No places known (a service wired without the community's places). */
    CohortPlaces NONE = (cohortId, reader, at, start) -> List.of();

    /**
     * Who reads the lines: in their language, with the weekly call on their own clock too when it
     * differs from the call's ({@code zone}, their profile's), and links to My page that open it in
     * any browser when the mail carries their personal {@code key} (null: it cannot).
     */
    record Reader(Language language, ZoneId zone, String key) {
    }

    /**
     * @param at when the mail is written
     * @param start the cohort's first day (null: not known): what the lines say of a time (a zone's
     *     summer name) holds from the later of the two, the first meeting the reader can join
     */
    List<String> lines(String cohortId, Reader reader, Instant at, LocalDate start);
}
