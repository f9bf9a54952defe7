package org.lcmhub.places.store;

import java.util.List;
import org.lcmhub.places.Channel;

/**
 * What a welcome mail reads of a cohort's places: its channels and whether it has a code of
 * conduct. The community writes both; the mails of any function only read them.
 */
public interface PlaceStore {
    /** The cohort's channels, oldest first. */
    List<Channel> channels(String cohortId);

    /** Whether the cohort's team has written a code of conduct. */
    boolean hasConduct(String cohortId);
}
