package org.lcmhub.cohort;

import java.util.List;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Language;

/**
 * What an LCM's visit to a staff page tells their teams: the address and name their sign-in gives,
 * and the language of the page ({@code reader}, null: unknown), which their team mails (the daily
 * digest among them) then go out in. Any staff page an LCM uses records it, not only the cohorts
 * list, so the mails follow the pages they actually read. Each team item is written only where
 * something changed: the visit reads the LCM's team items (one query) and, most days, writes nothing.
 */
public final class TeamVisits {
    private final CohortStore store;

    public TeamVisits(CohortStore store) {
        this.store = store;
    }

    /** Reads {@code lcm}'s team items and records what changed; their team items, as read. */
    public List<CohortStore.TeamSeat> record(Caller lcm, Language reader) {
        List<CohortStore.TeamSeat> seats = store.teamSeatsOf(lcm.sub());
        if (lcm.email() != null && !lcm.email().isBlank()) {
            seats.stream().filter(t -> !lcm.email().equals(t.email()) || lcm.name() != null && !lcm.name().equals(t.name()))
                    .forEach(t -> store.recordEmail(t.cohortId(), lcm.sub(), lcm.email(), lcm.name()));
        }
        if (reader != null) {
            seats.stream().filter(t -> t.language() != reader)
                    .forEach(t -> store.recordLanguage(t.cohortId(), lcm.sub(), reader));
        }
        return seats;
    }
}
