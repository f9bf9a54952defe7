package org.lcmhub.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lcmhub.auth.StaffDirectory;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.dashboard.ContactAuthors;
import org.lcmhub.dashboard.DashboardService;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.domain.Log;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.RiskLevel;

/**
 * The daily digest, with the dashboard's lists kept apart: for every running cohort, who asked for
 * help and was not contacted since (get in touch today, first), who is silent now (last week's
 * check-in overdue: get in touch today) and who is likely to drop out (at risk, not silent). A
 * cohort has something new when a learner entered any list since its last digest (one silent whom the team was already in touch with is no call to make, so not new); one mail per LCM with a section per such cohort they run (every learner silent now, the
 * newly likely to drop out), in their own language; no mail when nothing is new. Visitors' guide
 * suggestions reach the LCMs of cohorts still to come too. A cohort's digest is recorded only once
 * each of its recipients got their mail (a failed mail leaves it to the next run), so learners are
 * never reported new twice and never lost.
 */
public class DigestService {
    /** A mail that went out: to whom, its subject, the cohorts it covers and how many learners. */
    public record SentMail(String to, String subject, List<String> cohortIds, int learners) {
    }

    /**
     * One run: its date, the running cohorts read, the mails sent and the addresses that failed;
     * {@code newlySilent}, {@code newlyAtRisk} and {@code newlyAskedHelp}: learners who entered each
     * list since their cohort's last recorded digest, across cohorts.
     */
    public record Report(LocalDate date, int cohorts, List<SentMail> mails, List<String> failed, int newlySilent,
                         int newlyAtRisk, int newlyAskedHelp) {
    }

    /**
     * An LCM written to: their address, their sections, their own language (null: unknown) and their
     * cohorts', and the names their teams record for them (the mail greets them by the first).
     */
    private record Recipient(String email, List<DigestMail.Section> sections, Set<Language> own,
                             Set<Language> cohorts, Set<String> names) {
        String name() {
            return names.isEmpty() ? null : names.iterator().next();
        }

        /**
         * Their own language; else French only when every cohort their mail speaks of is (every
         * cohort of theirs, for a mail only about guide suggestions).
         */
        Language language() {
            if (!own.isEmpty()) {
                return own.iterator().next();
            }
            if (!sections.isEmpty()) {
                return DigestMail.inCohortsLanguage(sections);
            }
            return cohorts.stream().allMatch(Language::isFrench) ? Language.FR : Language.EN;
        }
    }

    /**
     * The guides visitors suggested from the site: how many arrived in a time span. The guides
     * function keeps them; the digest only counts them, so that the LCMs hear of them.
     */
    @FunctionalInterface
    public interface Suggestions {
        Suggestions NONE = (from, to) -> 0;

        /** How many suggestions arrived after {@code from} and up to {@code to}. */
        int received(Instant from, Instant to);
    }

    /** What a cohort's digest will record once its recipients have their mail. */
    private record Outcome(String cohortId, Set<String> listed, Set<String> silent, Set<String> help,
                           DigestStore.Sent last, boolean fresh, Set<String> recipients) {
    }

    private final CohortStore cohorts;
    private final CohortRecords records;
    private final DigestStore digests;
    private final Mailer mailer;
    private final DigestMail mail;
    private final StaffDirectory directory;
    private final PlanStore plans;
    private Suggestions suggestions = Suggestions.NONE;

    public DigestService(CohortStore cohorts, CohortRecords records, DigestStore digests, Mailer mailer,
                         DigestMail mail) {
        this(cohorts, records, digests, mailer, mail, StaffDirectory.NONE, null);
    }

    public DigestService(CohortStore cohorts, CohortRecords records, DigestStore digests, Mailer mailer,
                         DigestMail mail, StaffDirectory directory) {
        this(cohorts, records, digests, mailer, mail, directory, null);
    }

    /**
     * {@code directory}: where to find the address of a team member who has none on their team item;
     * {@code plans}: personal plans and 1:1 reports, judged as the dashboard judges them (null: none).
     */
    public DigestService(CohortStore cohorts, CohortRecords records, DigestStore digests, Mailer mailer,
                         DigestMail mail, StaffDirectory directory, PlanStore plans) {
        this.directory = directory;
        this.plans = plans;
        this.cohorts = cohorts;
        this.records = records;
        this.digests = digests;
        this.mailer = mailer;
        this.mail = mail;
    }

    private ContactAuthors contactAuthors = ContactAuthors.NONE;

    /** Who recorded a contact with a silent learner, named as the dashboard's card names them (none: nobody named). */
    public DigestService withContactAuthors(ContactAuthors authors) {
        this.contactAuthors = authors;
        return this;
    }

    /** Where the guides suggested from the site are counted (none: the digest says nothing of them). */
    public DigestService withSuggestions(Suggestions suggestions) {
        this.suggestions = suggestions;
        return this;
    }

    /**
     * The suggestions since the LCMs were last told of them (at most a week back; the day before
     * the run the first time); a count that fails is logged and counted as none (they stay on the
     * guides page, and are counted by the next run).
     */
    private int suggested(Instant since, Instant now) {
        try {
            return suggestions.received(since, now);
        } catch (RuntimeException e) {
            Log.warn("Could not count the guide suggestions for the digest: " + e);
            return 0;
        }
    }

    /** Where the count of suggestions starts: where the last told one ended, at most a week back. */
    private Instant suggestionsSince(Instant now) {
        Instant told;
        try {
            told = digests.suggestionsToldUntil();
        } catch (RuntimeException e) {
            Log.warn("Could not read up to when guide suggestions were told: " + e);
            told = null;
        }
        Instant weekBack = now.minus(Duration.ofDays(7));
        return told == null ? now.minus(Duration.ofDays(1)) : told.isBefore(weekBack) ? weekBack : told;
    }

    /** The end of the learner's personal plan, or null without one. */
    private static LocalDate ownEnd(PlanStore.CohortPlans own, String learnerId) {
        var plan = own == null ? null : own.plans().get(learnerId);
        return plan == null ? null : plan.endDate();
    }

    /**
     * The last day the digest reads a learner whose last day on the path ({@code Cohort.lastDay}) is
     * {@code lastDay}: the Tuesday after that day's week. The check-in of their last week is overdue
     * from the Monday, in their own zone; by the Tuesday's run it is in every zone, whatever the
     * hour of the schedule, so the miss is mailed once (a known silence is not mailed again).
     */
    static LocalDate readUntil(LocalDate lastDay) {
        return lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(8);
    }

    /** The earliest last day a learner may have and still be read {@code today}: {@link #readUntil}'s inverse. */
    static LocalDate earliestLastDayRead(LocalDate today) {
        return today.minusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Whether the learner goes on today's digest: at risk, silent now or waiting for a contact since
     * they asked for help, up to their last day; after it, until {@link #readUntil}, only silent now
     * (their last week's check-in missing), since no check-in is theirs to send any more.
     */
    private static boolean shown(LearnerStanding s, LocalDate today, LocalDate lastDay) {
        if (today.isAfter(lastDay)) {
            return !today.isAfter(readUntil(lastDay)) && s.assessment().silentNow();
        }
        return s.assessment().level() == RiskLevel.AT_RISK || s.assessment().silentNow()
                || s.assessment().helpToContact();
    }

    /**
     * What each learner asking for help wrote with the request: the message to the team of their
     * newest check-in asking for it, else its blockers (both as the dashboard's check-in table
     * shows them); none for one who wrote nothing.
     */
    static Map<String, String> wrote(List<LearnerStanding> help, List<WeeklyCheckIn> checkIns) {
        Set<String> asking = new HashSet<>();
        help.forEach(s -> asking.add(s.learnerId()));
        Map<String, WeeklyCheckIn> newest = new HashMap<>();
        for (WeeklyCheckIn c : checkIns) {
            if (c.needHelp() && asking.contains(c.learnerId())) {
                newest.merge(c.learnerId(), c, (a, b) -> a.week().compareTo(b.week()) >= 0 ? a : b);
            }
        }
        Map<String, String> wrote = new HashMap<>();
        newest.forEach((id, c) -> {
            String words = c.message() != null && !c.message().isBlank() ? c.message() : c.blockers();
            if (words != null && !words.isBlank()) {
                wrote.put(id, words.strip());
            }
        });
        return wrote;
    }

    /** Runs the digest of the day {@code now} falls on (UTC); each learner is judged in their own zone. */
    public Report run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<String, Recipient> bySub = new LinkedHashMap<>();
        Map<String, Optional<String>> looked = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        int read = 0;
        int newlySilent = 0;
        int newlyAtRisk = 0;
        int newlyAskedHelp = 0;
        // New suggestions go to every LCM of the cohorts read, also those with no learner to name, and to
        // those of cohorts still to come.
        Instant toldUntil = suggestionsSince(now);
        int suggestedToday = suggested(toldUntil, now);
        for (String cohortId : digests.cohortsEndingOnOrAfter(earliestLastDayRead(today))) {
            Cohort cohort = cohorts.find(cohortId);
            if (cohort == null) {
                continue;
            }
            if (cohort.startDate().isAfter(today)) {
                // Its team hears of the suggestions too; of its learners nothing, none is due a check-in yet.
                if (suggestedToday > 0) {
                    enlist(cohort, null, bySub, looked);
                }
                continue;
            }
            read++;
            PlanStore.CohortPlans own = plans == null ? null : plans.forCohort(cohortId);
            CohortRecords.Records kept = records.read(cohortId);
            List<LearnerStanding> listed = DashboardService.standings(cohort, kept, own, now).stream()
                    .filter(s -> shown(s, today, CheckInViews.checkInsUntil(cohort, ownEnd(own, s.learnerId()))))
                    .filter(s -> s.assessment().outcome() == org.lcmhub.risk.Outcome.ACTIVE)
                    .sorted(org.lcmhub.dashboard.CohortKpis.CONTACT_FIRST)
                    .toList();
            List<LearnerStanding> silent = listed.stream().filter(s -> s.assessment().silentToContact()).toList();
            // As the dashboard groups them: one who asked for help and is also silent or likely to
            // drop out is told in that list, with the request among their reasons.
            List<LearnerStanding> help = listed.stream().filter(s -> s.assessment().helpToContact()).toList();
            DigestStore.Sent last = digests.lastSent(cohortId);
            Set<String> knownSilent = last == null ? Set.of() : last.silent();
            Set<String> knownLikely = last == null ? Set.of() : last.likely();
            Set<String> knownHelp = last == null ? Set.of() : last.helpIds();
            // One the team was in touch with since she fell silent is no call to make today: not new,
            // as the mail's subject counts only those still to contact. She is recorded as known (the
            // team knows of her silence), so she is not told as new later in this same silence.
            long newSilent = silent.stream()
                    .filter(s -> !s.contacted() && !knownSilent.contains(s.learnerId())).count();
            List<LearnerStanding> newLikely = listed.stream()
                    .filter(s -> !s.assessment().silentToContact() && !s.assessment().helpToContact()
                            && !knownLikely.contains(s.learnerId())).toList();
            // Contacted since asking, one leaves the list (the dashboard's rule, in the verdict):
            // a request asked again later is new again.
            long newHelp = help.stream().filter(s -> !knownHelp.contains(s.learnerId())).count();
            boolean fresh = newSilent > 0 || !newLikely.isEmpty() || newHelp > 0;
            newlySilent += (int) newSilent;
            newlyAtRisk += newLikely.size();
            newlyAskedHelp += (int) newHelp;
            Set<String> recipients = fresh || suggestedToday > 0
                    ? enlist(cohort, fresh ? new DigestMail.Section(cohort, help, silent, newLikely,
                    contactAuthors.of(cohortId, silent), wrote(help, kept.checkIns())) : null, bySub, looked)
                    : Set.of();
            Set<String> ids = new LinkedHashSet<>();
            listed.forEach(s -> ids.add(s.learnerId()));
            Set<String> silentIds = new LinkedHashSet<>();
            silent.forEach(s -> silentIds.add(s.learnerId()));
            Set<String> helpIds = new LinkedHashSet<>();
            help.forEach(s -> helpIds.add(s.learnerId()));
            outcomes.add(new Outcome(cohortId, ids, silentIds, helpIds, last, fresh, recipients));
        }

        Set<String> delivered = new HashSet<>();
        List<SentMail> sent = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        bySub.forEach((sub, r) -> {
            if (r.sections().isEmpty() && suggestedToday == 0) {
                return;
            }
            Mail m = mail.render(r.email(), r.name(), r.sections(), today, suggestedToday, r.language());
            if (AfterCommit.send(mailer, m, "send the digest to LCM " + sub)) {
                delivered.add(sub);
                sent.add(new SentMail(r.email(), m.subject(),
                        r.sections().stream().map(s -> s.cohort().cohortId()).toList(),
                        r.sections().stream().mapToInt(DigestMail.Section::learners).sum()));
            } else {
                failed.add(r.email());
            }
        });

        // Told once every LCM written to got their mail: a second run then counts none of them again.
        if (suggestedToday > 0 && !sent.isEmpty() && failed.isEmpty()) {
            try {
                digests.suggestionsTold(now);
            } catch (RuntimeException e) {
                Log.warn("Could not record up to when guide suggestions were told: " + e);
            }
        }
        for (Outcome o : outcomes) {
            // Something new that reached nobody (no address yet, or a failed mail) stays new.
            if (o.fresh() && (o.recipients().isEmpty() || !delivered.containsAll(o.recipients()))) {
                continue;
            }
            if (o.last() == null ? o.listed().isEmpty()
                    : o.last().learnerIds().equals(o.listed()) && o.silent().equals(o.last().silentIds())
                    && o.help().equals(o.last().helpIds())) {
                continue; // nothing to change
            }
            // Also when only fewer are listed: a learner who recovers and falls again is new again.
            if (!digests.record(o.cohortId(), today, o.listed(), o.silent(), o.help(), o.last())) {
                Log.warn("The digest of cohort " + o.cohortId() + " was recorded by another run meanwhile.");
            }
        }
        return new Report(today, read, sent, failed, newlySilent, newlyAtRisk, newlyAskedHelp);
    }

    /**
     * The members of the cohort's team with an address become recipients, with {@code section} (null:
     * none, only the guide suggestions); returns the subs that got the section.
     */
    private Set<String> enlist(Cohort cohort, DigestMail.Section section, Map<String, Recipient> bySub,
                               Map<String, Optional<String>> looked) {
        Set<String> recipients = new LinkedHashSet<>();
        for (CohortStore.TeamMember m : cohorts.team(cohort.cohortId())) {
            String email = m.email() != null ? m.email() : looked.computeIfAbsent(m.sub(), this::lookUp).orElse(null);
            if (m.email() == null && email != null) {
                remember(cohort.cohortId(), m.sub(), email);
            }
            if (email != null && cohort.isRunBy(m.sub())) {
                Recipient r = bySub.computeIfAbsent(m.sub(), k -> new Recipient(email, new ArrayList<>(),
                        new LinkedHashSet<>(), new HashSet<>(), new LinkedHashSet<>()));
                r.cohorts().add(cohort.language());
                if (m.name() != null && !m.name().isBlank()) {
                    r.names().add(m.name());
                }
                if (m.language() != null) {
                    r.own().add(m.language());
                }
                if (section != null) {
                    r.sections().add(section);
                    recipients.add(m.sub());
                }
            }
        }
        return recipients;
    }

    /**
     * The address found in the staff pool goes onto the team item: the functions that tell a team
     * about a match (no staff directory there) read it from the item.
     */
    private void remember(String cohortId, String sub, String email) {
        try {
            cohorts.recordEmail(cohortId, sub, email);
        } catch (RuntimeException e) {
            Log.warn("Could not record the address of LCM " + sub + " on cohort " + cohortId + ": " + e);
        }
    }

    /** A member the team items have no address for (never signed in since being added); unknown on failure. */
    private Optional<String> lookUp(String sub) {
        try {
            return Optional.ofNullable(directory.emailOf(sub));
        } catch (RuntimeException e) {
            Log.warn("Could not look up LCM " + sub + " in the staff directory: " + e);
            return Optional.empty();
        }
    }
}
