package org.lcmhub.community.store;

import java.util.List;
import org.lcmhub.places.Channel;

/** A cohort's channels and FAQ, written only by a member of its LCM team (checked in the same write). */
public interface ChannelStore {
    /** The most channels a cohort keeps: a page of places, not a directory. */
    int MAX = 20;

    /** Adds a channel; {@link NotOnTeam} when the writer left the team, {@link TooMany} past {@link #MAX}. */
    void add(Channel channel, String lcmSub);

    /**
     * Replaces a channel's kind, label, address and call, keeping when it was added (its place in
     * the list); {@link NotFound} when it is not there, {@link NotOnTeam} as {@link #add}.
     */
    void update(Channel channel, String lcmSub);

    /** Removes a channel; {@link NotFound} when it is not there. */
    void remove(String cohortId, String channelId, String lcmSub);

    /** The cohort's channels, oldest first. */
    List<Channel> list(String cohortId);

    /** The most entries a cohort's FAQ keeps. */
    int MAX_FAQ = 50;

    /** Adds an FAQ entry, on the same terms as a channel ({@link #MAX_FAQ} at most). */
    void addFaq(org.lcmhub.community.FaqEntry entry, String lcmSub);

    void removeFaq(String cohortId, String entryId, String lcmSub);

    /** The cohort's FAQ, oldest first. */
    List<org.lcmhub.community.FaqEntry> faq(String cohortId);

    final class NotOnTeam extends RuntimeException {
        public NotOnTeam() {
            super("Not on the cohort's LCM team");
        }
    }

    final class TooMany extends RuntimeException {
        public TooMany() {
            super("The cohort keeps no more of these");
        }
    }

    final class NotFound extends RuntimeException {
        public NotFound() {
            super("No such channel");
        }
    }
}
