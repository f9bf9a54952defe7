package org.lcmhub.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Begun;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.CohortChanges;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.risk.RiskPolicy;

/** The cohort store contract kept in memory, for tests about HTTP or rules. */
public final class InMemoryCohorts implements CohortStore {
    public final Map<String, Cohort> cohorts = new LinkedHashMap<>();
    /** Team members' addresses, by cohort id and sub. */
    public final Map<String, Map<String, String>> emails = new LinkedHashMap<>();
    public final Map<String, Map<String, String>> names = new LinkedHashMap<>();
    public final Map<String, Map<String, Language>> languages = new LinkedHashMap<>();
    /** Calls to {@link #recordLanguage} and {@link #recordFirstLanguage} that wrote, as a store write would. */
    public int languageWrites;

    /**
     * A day on which {@link #cohort} still takes sign-ups (before its start): a test on the system
     * clock would stop passing once the cohort is past half, whatever the code does.
     */
    public static final Clock BEFORE_START = Clock.fixed(Instant.parse("2026-12-14T09:00:00Z"), ZoneOffset.UTC);

    public static Cohort cohort(String id, String pathId, int seats, boolean open) {
        return new Cohort(id, pathId, "Cohort " + id, Language.FR, LocalDate.parse("2027-01-04"), 8, seats, open, 0, 0,
                Set.of("lcm-1"), Instant.parse("2026-11-01T00:00:00Z"));
    }

    /** The same French python cohort, from {@code start} for {@code weeks}: for a clock after {@link #cohort}'s end. */
    public static Cohort running(String id, String start, int weeks) {
        return new Cohort(id, "python", "Cohort " + id, Language.FR, LocalDate.parse(start), weeks, 20, true, 0, 0,
                Set.of("lcm-1"), Instant.parse("2026-11-01T00:00:00Z"));
    }

    public InMemoryCohorts with(Cohort cohort) {
        cohorts.put(cohort.cohortId(), cohort);
        return this;
    }

    @Override
    public synchronized void create(Cohort cohort, String creatorEmail) {
        if (cohorts.putIfAbsent(cohort.cohortId(), cohort) != null) {
            throw new AlreadyExists(cohort.cohortId());
        }
        cohort.lcms().forEach(sub -> recordEmail(cohort.cohortId(), sub, creatorEmail));
    }

    @Override
    public synchronized void recordEmail(String cohortId, String sub, String email, String name) {
        Cohort c = cohorts.get(cohortId);
        if (c != null && c.isRunBy(sub) && email != null) {
            emailWrites++;
            emails.computeIfAbsent(cohortId, k -> new LinkedHashMap<>()).put(sub, email);
            if (name != null) {
                names.computeIfAbsent(cohortId, k -> new LinkedHashMap<>()).put(sub, name);
            }
        }
    }

    @Override
    public synchronized void recordLanguage(String cohortId, String sub, Language language) {
        Cohort c = cohorts.get(cohortId);
        Map<String, Language> team = languages.computeIfAbsent(cohortId, k -> new LinkedHashMap<>());
        if (c != null && c.isRunBy(sub) && language != null && team.get(sub) != language) {
            languageWrites++;
            team.put(sub, language);
        }
    }

    @Override
    public synchronized void recordFirstLanguage(String cohortId, String sub, Language language) {
        if (languages.getOrDefault(cohortId, Map.of()).get(sub) == null) {
            recordLanguage(cohortId, sub, language);
        }
    }

    @Override
    public synchronized Cohort find(String cohortId) {
        return cohorts.get(cohortId);
    }

    @Override
    public synchronized List<Cohort> byPath(String pathId) {
        return cohorts.values().stream().filter(c -> c.pathId().equals(pathId)).toList();
    }

    @Override
    public synchronized List<TeamSeat> teamSeatsOf(String sub) {
        return cohorts.values().stream().filter(c -> c.isRunBy(sub))
                .map(c -> new TeamSeat(c.cohortId(), emails.getOrDefault(c.cohortId(), Map.of()).get(sub),
                        names.getOrDefault(c.cohortId(), Map.of()).get(sub),
                        languages.getOrDefault(c.cohortId(), Map.of()).get(sub))).toList();
    }

    @Override
    public synchronized List<TeamMember> team(String cohortId) {
        Cohort c = cohorts.get(cohortId);
        Map<String, String> addresses = emails.getOrDefault(cohortId, Map.of());
        return c == null ? List.of() : c.lcms().stream().sorted()
                .map(sub -> new TeamMember(sub, addresses.get(sub), names.getOrDefault(cohortId, Map.of()).get(sub),
                        languages.getOrDefault(cohortId, Map.of()).get(sub))).toList();
    }

    /** Calls to {@link #recordEmail} that would change an address, as a store write would. */
    public int emailWrites;

    @Override
    public synchronized Cohort update(String cohortId, String sub, CohortChanges ch, LocalDate today,
                                      LocalDate dayAnywhere) {
        Cohort c = check(cohortId, sub);
        if (ch.startDate() != null && !ch.startDate().equals(c.startDate()) && Begun.hasBegun(c.startDate(), dayAnywhere)) {
            throw new StartPassed(c.startDate());
        }
        if (ch.weeks() != null && ch.weeks() < c.weeks()
                && c.startDate().isBefore(Begun.earliestStartReaching(dayAnywhere, ch.weeks()))) {
            throw new WeeksBegun(Begun.weeksBegun(c.startDate(), c.weeks(), dayAnywhere));
        }
        if (ch.seats() != null && ch.seats() < c.enrolled()) {
            throw new SeatsBelowEnrolled(c.enrolled());
        }
        if (Boolean.TRUE.equals(ch.open()) && !c.open() && !Offers.stateIfOpen(c, today).offered()) {
            throw new NotOffered(Offers.stateIfOpen(c, today));
        }
        Cohort updated = new Cohort(c.cohortId(), c.pathId(), ch.title() != null ? ch.title() : c.title(), c.language(),
                ch.startDate() != null ? ch.startDate() : c.startDate(), ch.weeks() != null ? ch.weeks() : c.weeks(),
                ch.seats() != null ? ch.seats() : c.seats(), ch.open() != null ? ch.open() : c.open(),
                c.enrolled(), c.waitlisted(), c.lcms(), c.createdAt(), c.riskPolicy());
        cohorts.put(cohortId, updated);
        return updated;
    }

    @Override
    public synchronized Cohort setRiskPolicy(String cohortId, String sub, RiskPolicy policy) {
        Cohort updated = check(cohortId, sub).withRiskPolicy(policy);
        cohorts.put(cohortId, updated);
        return updated;
    }

    @Override
    public synchronized Cohort addToTeam(String cohortId, String sub, String fellowSub) {
        Cohort c = check(cohortId, sub);
        Set<String> team = new HashSet<>(c.lcms());
        team.add(fellowSub);
        Cohort updated = new Cohort(c.cohortId(), c.pathId(), c.title(), c.language(), c.startDate(), c.weeks(),
                c.seats(), c.open(), c.enrolled(), c.waitlisted(), team, c.createdAt(), c.riskPolicy());
        cohorts.put(cohortId, updated);
        return updated;
    }

    @Override
    public synchronized Cohort removeFromTeam(String cohortId, String sub, String memberSub) {
        Cohort c = check(cohortId, sub);
        if (!c.isRunBy(memberSub)) {
            throw new NotAMember();
        }
        if (c.lcms().size() < 2) {
            throw new LastLcm();
        }
        Set<String> team = new HashSet<>(c.lcms());
        team.remove(memberSub);
        Cohort updated = new Cohort(c.cohortId(), c.pathId(), c.title(), c.language(), c.startDate(), c.weeks(),
                c.seats(), c.open(), c.enrolled(), c.waitlisted(), team, c.createdAt(), c.riskPolicy());
        cohorts.put(cohortId, updated);
        emails.getOrDefault(cohortId, new LinkedHashMap<>()).remove(memberSub);
        return updated;
    }

    /** Takes a seat or a waitlist place, as the real store's conditions do. */
    public synchronized boolean takeSeat(String cohortId) {
        Cohort c = cohorts.get(cohortId);
        boolean seat = c.enrolled() < c.seats();
        cohorts.put(cohortId, new Cohort(c.cohortId(), c.pathId(), c.title(), c.language(), c.startDate(), c.weeks(),
                c.seats(), c.open(), c.enrolled() + (seat ? 1 : 0), c.waitlisted() + (seat ? 0 : 1), c.lcms(),
                c.createdAt(), c.riskPolicy()));
        return seat;
    }

    public List<Cohort> all() {
        return new ArrayList<>(cohorts.values());
    }

    private Cohort check(String cohortId, String sub) {
        Cohort c = cohorts.get(cohortId);
        if (c == null) {
            throw new NotFound(cohortId);
        }
        if (!c.isRunBy(sub)) {
            throw new NotOnTeam();
        }
        return c;
    }
}
