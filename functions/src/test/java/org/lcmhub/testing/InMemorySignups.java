package org.lcmhub.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;

/** The sign-up store contract kept in memory, over {@link InMemoryCohorts}. */
public final class InMemorySignups implements SignupStore {
    private final InMemoryCohorts cohorts;
    private final Map<String, Learner> byCohortAndEmail = new HashMap<>();
    private final Map<String, Instant> coolDowns = new HashMap<>();
    public final Map<String, String> keyHashes = new HashMap<>();
    private final Map<String, Instant> mailedAt = new HashMap<>();
    public final List<Learner> saved = new ArrayList<>();

    public InMemorySignups(InMemoryCohorts cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public synchronized SignupResult place(Learner candidate, String keyHash, Instant now, Duration cooldown) {
        Learner existing = byCohortAndEmail.get(candidate.cohortId() + "|" + candidate.email());
        if (existing != null) {
            return new SignupResult(existing, false, null);
        }
        Instant until = coolDowns.get(candidate.email());
        if (until != null && until.isAfter(now)) {
            throw new CoolingDown(until);
        }
        if (cohorts.find(candidate.cohortId()) == null || !cohorts.find(candidate.cohortId()).open()) {
            throw new CohortUnavailable(candidate.cohortId());
        }
        boolean seat = cohorts.takeSeat(candidate.cohortId());
        int position = cohorts.find(candidate.cohortId()).waitlisted();
        Learner placed = seat ? candidate.withStatus(LearnerStatus.ENROLLED, null)
                : candidate.withStatus(LearnerStatus.WAITLISTED, (long) position);
        byCohortAndEmail.put(candidate.cohortId() + "|" + candidate.email(), placed);
        coolDowns.put(candidate.email(), now.plus(cooldown));
        keyHashes.put(placed.learnerId(), keyHash);
        mailedAt.put(placed.learnerId(), now);
        saved.add(placed);
        return new SignupResult(placed, true, seat ? null : position);
    }

    @Override
    public synchronized Learner moveToSeat(Learner waiting, String to, java.time.Instant at) {
        Learner now = find(waiting.learnerId());
        if (now == null || now.status() != LearnerStatus.WAITLISTED) {
            throw new MoveRefused(MoveRefused.Reason.NOT_WAITING);
        }
        if (byCohortAndEmail.containsKey(to + "|" + now.email())) {
            throw new MoveRefused(MoveRefused.Reason.SIGNED_UP_THERE);
        }
        org.lcmhub.cohort.model.Cohort c = cohorts.find(to);
        if (c == null || !c.open() || c.seatsLeft() <= 0) {
            throw new MoveRefused(MoveRefused.Reason.NO_SEAT);
        }
        cohorts.takeSeat(to);
        Learner moved = now.withCohort(to).enrolledAt(at);
        byCohortAndEmail.remove(now.cohortId() + "|" + now.email());
        byCohortAndEmail.put(to + "|" + now.email(), moved);
        saved.set(saved.indexOf(now), moved);
        FollowUp pending = followUps.get(now.learnerId());
        java.util.Set<String> from = new java.util.TreeSet<>(pending == null ? java.util.Set.of() : pending.from());
        from.add(now.cohortId());
        followUps.put(now.learnerId(), new FollowUp(now.learnerId(), java.util.UUID.randomUUID().toString(),
                java.util.Set.copyOf(from), to));
        return moved;
    }

    /** The moves' follow-up marks still there, by learner. */
    public final Map<String, FollowUp> followUps = new HashMap<>();

    @Override
    public synchronized FollowUp followUp(String learnerId) {
        return followUps.get(learnerId);
    }

    @Override
    public synchronized boolean followedUp(FollowUp done) {
        FollowUp now = followUps.get(done.learnerId());
        return now != null && now.moveId().equals(done.moveId()) && followUps.remove(done.learnerId()) != null;
    }

    @Override
    public synchronized boolean rotateKey(String learnerId, String keyHash, Instant now, Instant notBefore,
                                          org.lcmhub.mail.Mail mail) {
        Instant last = mailedAt.get(learnerId);
        if (last == null || !last.isBefore(notBefore)) {
            return false;
        }
        keyHashes.put(learnerId, keyHash);
        mailedAt.put(learnerId, now);
        if (mail != null && queue != null) {
            queue.send(mail);
        }
        return true;
    }

    /** Where the mail queued with a key rotation goes (as the table's queue would take it); null: nowhere. */
    public org.lcmhub.mail.Mailer queue;

    @Override
    public synchronized Learner find(String learnerId) {
        return saved.stream().filter(l -> l.learnerId().equals(learnerId)).findFirst().orElse(null);
    }

    @Override
    public synchronized List<String> learnersOfAddress(String email) {
        return saved.stream().filter(l -> l.email().equals(email)).map(Learner::learnerId).toList();
    }

    @Override
    public synchronized List<Learner> learnersOf(String cohortId) {
        return saved.stream().filter(l -> l.cohortId().equals(cohortId)).toList();
    }

    @Override
    public Integer waitlistPosition(Learner learner) {
        return learner.waitTicket() == null ? null : learner.waitTicket().intValue();
    }
}
