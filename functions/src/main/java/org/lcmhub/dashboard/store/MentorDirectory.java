package org.lcmhub.dashboard.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lcmhub.mentor.model.Mentor;

/** What the dashboard reads about mentors: the names of some, and every profile to explain who has none. */
public interface MentorDirectory {
    /** Display names by mentor id, for the ids that have a profile (a profile without a name maps to null). */
    Map<String, String> names(Collection<String> mentorIds);

    /** Every mentor profile, as matching reads them. */
    List<Mentor> all();
}
