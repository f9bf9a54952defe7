package org.lcmhub.cohort;

import java.time.Clock;
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
    private final Clock clock;

    /** {@code clock}: the day against which a team mail says a cohort is starting or under way. */
    public CohortTeam(CohortStore store, Invitations invitations, Clock clock) {
        this.store = store;
        this.invitations = invitations;
        this.clock = clock;
    }

    public List<CohortStore.TeamMember> members(Caller lcm, String cohortId) {
        store.teamCohort(cohortId, lcm.sub());
        return store.team(cohortId);
    }

    /**
     * The caller's team is checked before anyone is invited; {@code language}: the one of the page
     * that adds them (null: unknown).
     */
    public Cohort add(Caller lcm, String cohortId, String email, Language language) {
        return add(lcm, cohortId, email, null, language);
    }

    /**
     * The same, {@code name} (optional) given by the inviter: a new account gets it. The team list
     * names the fellow at once by the name the hub knows them by (the directory's, else one recorded
     * on another team), else by the one given, until their own sign-in gives theirs. They read the
     * invitation, and later team mails, in the language the hub knows them to read (recorded on
     * another team), else in the one of the page that added them, else in the cohort's, until their
     * own visit to the staff pages records theirs.
     */
    public Cohort add(Caller lcm, String cohortId, String email, String name, Language language) {
        String address = Invitations.address(email);
        Cohort cohort = store.teamCohort(cohortId, lcm.sub());
        StaffInvitations.Invited fellow = invitations.lcm(named(lcm), address, name,
                invited -> firstLanguage(invited.sub(), language, cohort), cohortId,
                in -> CohortNames.inMail(cohort, in, CohortNames.today(clock.instant(), null)));
        Cohort added = store.addToTeam(cohortId, lcm.sub(), fellow.sub());
        store.recordEmail(cohortId, fellow.sub(), fellow.email(), knownName(fellow, Invitations.name(name)));
        store.recordFirstLanguage(cohortId, fellow.sub(), knownLanguage(fellow.sub(), language));
        store.recordEmail(cohortId, lcm.sub(), lcm.email(), lcm.name());
        return added;
    }

    /** A fellow added by sign-in id: the language of the page that added them as their first, when none is known. */
    public void firstLanguage(String cohortId, String fellowSub, Language page) {
        store.recordFirstLanguage(cohortId, fellowSub, knownLanguage(fellowSub, page));
    }

    private Language firstLanguage(String sub, Language page, Cohort cohort) {
        Language known = knownLanguage(sub, page);
        return known != null ? known : cohort.language();
    }

    /** The language recorded for {@code sub} on a team (their own visit's), else {@code page}'s. */
    private Language knownLanguage(String sub, Language page) {
        return store.teamSeatsOf(sub).stream().map(CohortStore.TeamSeat::language)
                .filter(java.util.Objects::nonNull).findFirst().orElse(page);
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
        return invitations.mentor(named(lcm), email, name, language);
    }

    /**
     * The inviter as the invitee may know them: a sign-in that carries no name (a token without the
     * claim) is named by the one a team recorded for them, so the mail says "Alice Martin", not an address.
     */
    private Caller named(Caller lcm) {
        if (lcm.name() != null && !lcm.name().isBlank()) {
            return lcm;
        }
        return store.teamSeatsOf(lcm.sub()).stream().map(CohortStore.TeamSeat::name)
                .filter(n -> n != null && !n.isBlank()).findFirst()
                .map(n -> new Caller(lcm.sub(), lcm.email(), lcm.groups(), n)).orElse(lcm);
    }

    /**
     * Someone else taken off is mailed where the team knows their address, in their language (the
     * cohort's while theirs is unknown).
     */
    public Cohort remove(Caller lcm, String cohortId, String memberSub) {
        CohortStore.TeamMember member = store.team(cohortId).stream().filter(m -> m.sub().equals(memberSub))
                .filter(m -> m.email() != null && !m.email().isBlank()).findFirst().orElse(null);
        Cohort after = store.removeFromTeam(cohortId, lcm.sub(), memberSub);
        if (member != null && !memberSub.equals(lcm.sub())) {
            Language language = member.mailLanguage(after);
            invitations.lcmRemoved(lcm, member.email(), language, CohortNames.inMail(after, language,
                    CohortNames.today(clock.instant(), null)));
        }
        return after;
    }
}
