package org.lcmhub.community;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.domain.Digits;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;

/** A cohort's places: kept by its LCM team, read by the team and by the cohort's enrolled learners. */
public final class CommunityService {
    private final CohortStore cohorts;
    private final ChannelStore channels;
    private final Clock clock;

    public CommunityService(CohortStore cohorts, ChannelStore channels, Clock clock) {
        this.cohorts = cohorts;
        this.channels = channels;
        this.clock = clock;
    }

    public List<Channel> channels(Caller lcm, String cohortId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        return channels.list(cohortId);
    }

    public Channel add(Caller lcm, String cohortId, ChannelRules.Input input) {
        cohorts.teamCohort(cohortId, lcm.sub());
        Channel channel = ChannelRules.check(cohortId, newId(clock), input, clock.instant());
        channels.add(channel, lcm.sub());
        return channel;
    }

    /**
     * The channel {@code channelId} as {@code input} now describes it, checked as a new one is;
     * {@link ChannelStore.NotFound} when the cohort has no such channel.
     */
    public Channel edit(Caller lcm, String cohortId, String channelId, ChannelRules.Input input) {
        cohorts.teamCohort(cohortId, lcm.sub());
        channels.update(ChannelRules.check(cohortId, channelId, input, clock.instant()), lcm.sub());
        return channels.list(cohortId).stream().filter(c -> c.channelId().equals(channelId)).findFirst()
                .orElseThrow(ChannelStore.NotFound::new);
    }

    /** Time first, so the partition lists channels and entries in the order they were added. */
    static String newId(Clock clock) {
        return Digits.zeroPadded(clock.millis(), 13) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public void remove(Caller lcm, String cohortId, String channelId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        channels.remove(cohortId, channelId, lcm.sub());
    }

    public List<FaqEntry> faq(Caller lcm, String cohortId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        return channels.faq(cohortId);
    }

    public FaqEntry addFaq(Caller lcm, String cohortId, String question, String answer) {
        cohorts.teamCohort(cohortId, lcm.sub());
        FaqEntry entry = FaqEntry.of(cohortId, newId(clock), question, answer, clock.instant());
        channels.addFaq(entry, lcm.sub());
        return entry;
    }

    public void removeFaq(Caller lcm, String cohortId, String entryId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        channels.removeFaq(cohortId, entryId, lcm.sub());
    }

    /** One FAQ entry of a cohort the LCM runs, with the cohort; {@link ChannelStore.NotFound} when there is none. */
    public FaqOfCohort faqEntry(Caller lcm, String cohortId, String entryId) {
        Cohort cohort = cohorts.teamCohort(cohortId, lcm.sub());
        FaqEntry entry = channels.faq(cohortId).stream().filter(e -> e.entryId().equals(entryId)).findFirst()
                .orElseThrow(ChannelStore.NotFound::new);
        return new FaqOfCohort(cohort, entry);
    }

    public record FaqOfCohort(Cohort cohort, FaqEntry entry) {
    }

    /** The places and FAQ of the learner's cohort, for an enrolled learner only (waitlisted or gone: none). */
    public Places forLearner(Learner learner) {
        if (learner.status() != LearnerStatus.ENROLLED || learner.cohortId() == null) {
            return new Places(null, List.of(), List.of());
        }
        return new Places(cohorts.find(learner.cohortId()), channels.list(learner.cohortId()), channels.faq(learner.cohortId()));
    }

    /** The learner's weekly group call of the cohort, or null when there is none by that id. */
    public Channel call(Learner learner, String channelId) {
        return forLearner(learner).channels().stream()
                .filter(c -> c.kind() == ChannelKind.CALL && c.channelId().equals(channelId)).findFirst().orElse(null);
    }

    public record Places(Cohort cohort, List<Channel> channels, List<FaqEntry> faq) {
    }
}
