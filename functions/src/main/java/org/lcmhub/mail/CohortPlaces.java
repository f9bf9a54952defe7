package org.lcmhub.mail;

import java.time.Instant;
import java.util.List;
import org.lcmhub.domain.Language;

/**
 * Where a cohort meets, one line per place already in the mail's language, for the mails that
 * welcome a learner into it (the confirmation, the seat offered from the waitlist). A port: the
 * community feature owns the places; services that mail only ask for the lines.
 */
@FunctionalInterface
public interface CohortPlaces {
    /** No places known (a service wired without the community's places). */
    CohortPlaces NONE = (cohortId, language, at) -> List.of();

    /** @param at when the mail is written: what it says of a time (a zone's summer name) holds from then */
    List<String> lines(String cohortId, Language language, Instant at);
}
