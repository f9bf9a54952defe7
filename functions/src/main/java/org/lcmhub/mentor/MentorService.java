package org.lcmhub.mentor;

import java.time.Clock;
import org.lcmhub.auth.Caller;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.ProfileInput;
import org.lcmhub.mentor.store.MentorStore;

/** A mentor keeps their own profile; who they are comes from the sign-in, never from the input. */
public class MentorService {
    private final MentorStore store;
    private final Clock clock;

    public MentorService(MentorStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The caller's profile, or null before the first save. */
    public Mentor profileOf(Caller mentor) {
        return store.find(mentor.sub());
    }

    /** Checks a profile without saving it; throws {@link org.lcmhub.domain.InvalidInput}. */
    public void check(ProfileInput in) {
        ProfileRules.check(in);
    }

    /** Replaces the caller's profile; the count of assigned mentees is the store's to keep. */
    public Mentor save(Caller mentor, ProfileInput in) {
        ProfileRules.Valid v = ProfileRules.check(in);
        return store.save(new Mentor(mentor.sub(), mentor.email(), v.name(), v.paths(), v.skills(), v.languages(),
                v.timezone(), v.capacity(), 0, v.paused(), v.availability(), clock.instant(), v.mailLanguage()));
    }
}
