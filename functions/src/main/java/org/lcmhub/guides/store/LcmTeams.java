package org.lcmhub.guides.store;

import java.time.LocalDate;
import java.util.List;
import org.lcmhub.domain.Language;

/**
 * The LCMs who may review a guide, as the hub knows them by address: the members of the LCM
 * teams of the cohorts running or to come. (Staff are in the user pool too, but reading it would
 * ship the Cognito SDK with the guides function for one list; the teams are in the table already.)
 */
@FunctionalInterface
public interface LcmTeams {
    /** Each LCM once, with the address recorded on a team item; members with none are left out. */
    List<Lcm> lcms(LocalDate today);

    /**
     * {@code language}: the one of the staff pages they read, as a team of theirs records it (null:
     * none recorded yet); their review mails go out in it. {@code name}: their sign-in's, as a team
     * of theirs records it (null: none), which their review mails greet them by.
     */
    record Lcm(String sub, String email, Language language, String name) {
        public Lcm(String sub, String email) {
            this(sub, email, null, null);
        }

        public Lcm(String sub, String email, Language language) {
            this(sub, email, language, null);
        }
    }
}
