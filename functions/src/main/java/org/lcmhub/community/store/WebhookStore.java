package org.lcmhub.community.store;

import java.util.List;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.Reminder;

/** A cohort's webhooks, one per audience, the address sealed; written only by its LCM team. */
public interface WebhookStore {
    /** A webhook as kept: the sealed address, its last characters (all anyone is shown) and the reminder slot. */
    record Stored(Deliverer.Hook hook, String endsWith, Reminder reminder) {
    }

    /** Sets (or replaces) the audience's webhook; {@link ChannelStore.NotOnTeam} when the writer left the team. */
    void put(Stored webhook, String lcmSub);

    /** Removes it; {@link ChannelStore.NotFound} when there is none. */
    void remove(String cohortId, String audience, String lcmSub);

    List<Stored> ofCohort(String cohortId);

    /** Every cohort's webhooks (one keyed query on GSI1), for the scheduled run. */
    List<Stored> all();
}
