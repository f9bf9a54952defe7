package org.lcmhub.cohort;

import java.util.List;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.Invitations;
import org.lcmhub.auth.StaffInvitations;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Language;

/**
 * A cohort's LCM team, for its members: who is on it (with their addresses), a fellow LCM added by
 * email address (invited to the staff directory when new), a member taken off (never the last),
 * and told so by mail.
 */
public final class CohortTeam {
    private final CohortStore store;
    private final Invitations invitations;

    public CohortTeam(CohortStore store, Invitations invitations) {
        this.store = store;
        this.invitations = invitations;
    }

    public List<CohortStore.TeamMember> members(Caller lcm, String cohortId) {
        store.teamCohort(cohortId, lcm.sub());
        return store.team(cohortId);
    }

    /**
     * The caller's team is checked before anyone is invited; the invitation mail goes out in
     * {@code language} (the cohort's when not given).
     */
    public Cohort add(Caller lcm, String cohortId, String email, Language language) {
        return add(lcm, cohortId, email, null, language);
    }

    /**
     * The same, {@code name} (optional) given by the inviter: a new account gets it. The team list
     * names the fellow at once by the name the hub knows them by (the directory's, else one recorded
     * on another team), else by the one given, until their own sign-in gives theirs.
     */
    public Cohort add(Caller lcm, String cohortId, String email, String name, Language language) {
        String address = Invitations.address(email);
        Cohort cohort = store.teamCohort(cohortId, lcm.sub());
        Language mailIn = language != null ? language : cohort.language();
        StaffInvitations.Invited fellow = invitations.lcm(lcm, address, name, mailIn, cohortId,
                CohortNames.inMail(cohort, mailIn));
        Cohort added = store.addToTeam(cohortId, lcm.sub(), fellow.sub());
        store.recordEmail(cohortId, fellow.sub(), fellow.email(), knownName(fellow, Invitations.name(name)));
        store.recordEmail(cohortId, lcm.sub(), lcm.email(), lcm.name());
        return added;
    }

    private String knownName(StaffInvitations.Invited fellow, String given) {
        if (fellow.name() != null) {
            return fellow.name();
        }
        return store.teamSeatsOf(fellow.sub()).stream().map(CohortStore.TeamSeat::name)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(given);
    }

    /** An LCM invites a mentor by address (the same staff pool and invitation mail as a fellow LCM). */
    public StaffInvitations.Invited inviteMentor(Caller lcm, String email, Language language) {
        return inviteMentor(lcm, email, null, language);
    }

    public StaffInvitations.Invited inviteMentor(Caller lcm, String email, String name, Language language) {
        return invitations.mentor(lcm, email, name, language);
    }

    /** Someone else taken off is mailed, in the cohort's language, where the team knows their address. */
    public Cohort remove(Caller lcm, String cohortId, String memberSub) {
        String address = store.team(cohortId).stream().filter(m -> m.sub().equals(memberSub))
                .map(CohortStore.TeamMember::email).filter(e -> e != null && !e.isBlank()).findFirst().orElse(null);
        Cohort after = store.removeFromTeam(cohortId, lcm.sub(), memberSub);
        if (address != null && !memberSub.equals(lcm.sub())) {
            invitations.lcmRemoved(lcm, address, after.language(), CohortNames.inMail(after, after.language()));
        }
        return after;
    }
}
