package org.lcmhub.matching;

import java.time.ZoneId;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.WeeklySlot;
import org.lcmhub.mentor.model.Mentor;

/** The one place a stored mentor becomes the matcher's view of them. */
public final class MatchingProfiles {
    private MatchingProfiles() {
    }

    /** Places already taken are the stored {@code assigned} counter; the mentor's id is their sub. */
    public static MentorProfile of(Mentor m) {
        return new MentorProfile(m.sub(), m.languages(), m.paths(), m.skills(), ZoneId.of(m.timezone()),
                m.capacity(), m.assigned(), m.paused(),
                m.availability().stream().map(s -> new WeeklySlot(s.day(), s.from(), s.to())).toList());
    }
}
