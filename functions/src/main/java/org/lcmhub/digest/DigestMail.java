package org.lcmhub.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.RiskLevel;
import org.lcmhub.store.Env;

/**
 * The digest an LCM receives: one section per cohort they run, with the dashboard's lists kept
 * apart and in its words (the site's catalogue): first who asked for help and waits for a contact
 * (since when, and what they wrote), who is silent now (get in touch today, and
 * apart those the team was in touch with this week, with who recorded it) and
 * who has newly become likely to drop out, each with their reasons, and a link to the cohort's
 * dashboard; and how many guides visitors suggested since the last digest, with a link to the
 * guides page. The whole mail is in one language: French when every cohort is, English otherwise.
 */
public final class DigestMail {
    /**
     * A cohort's part of the mail: {@code help}, every learner who asked for help and was not
     * contacted since (newly or still); {@code silent}, every learner whose check-in is overdue (newly
     * or still); {@code likely}, those newly likely to drop out; each list most urgent first;
     * {@code contactedBy}, for a silent learner the team was in touch with, who recorded it (when
     * known); {@code wrote}, what a learner asking for help wrote with the request (when anything).
     */
    public record Section(Cohort cohort, List<LearnerStanding> help, List<LearnerStanding> silent,
                          List<LearnerStanding> likely, Map<String, String> contactedBy, Map<String, String> wrote) {
        public Section {
            help = List.copyOf(help);
            silent = List.copyOf(silent);
            likely = List.copyOf(likely);
            contactedBy = Map.copyOf(contactedBy);
            wrote = Map.copyOf(wrote);
        }

        public Section(Cohort cohort, List<LearnerStanding> silent, List<LearnerStanding> likely,
                       Map<String, String> contactedBy) {
            this(cohort, List.of(), silent, likely, contactedBy, Map.of());
        }

        public Section(Cohort cohort, List<LearnerStanding> silent, List<LearnerStanding> likely) {
            this(cohort, silent, likely, Map.of());
        }

        public int learners() {
            return help.size() + silent.size() + likely.size();
        }

        /**
         * The calls to make today, which the subject counts: those waiting for a contact since they
         * asked for help, and those silent now and not contacted since.
         */
        public int callsToMake() {
            return help.size() + toContact().size();
        }

        /** Silent now and not contacted since. */
        public List<LearnerStanding> toContact() {
            return silent.stream().filter(l -> !l.contacted()).toList();
        }

        /** Silent now, but the team was in touch with them this week: no call today. */
        public List<LearnerStanding> contacted() {
            return silent.stream().filter(LearnerStanding::contacted).toList();
        }
    }

    private final Messages links;

    public DigestMail(String siteUrl) {
        this.links = new Messages(siteUrl);
    }

    public static DigestMail fromEnv() {
        return new DigestMail(Env.get(Messages.SITE_URL_ENV));
    }

    /** The cohort's dashboard, in the language the mail is written in. */
    public String dashboardLink(String cohortId, boolean french) {
        return links.dashboardPage(french ? Language.FR : Language.EN, cohortId);
    }

    /** In French when every section's cohort is, in English otherwise. */
    public Mail render(String to, List<Section> sections, LocalDate day) {
        return render(to, null, sections, day, 0, inCohortsLanguage(sections));
    }

    /** French when every section's cohort is, English otherwise: for an LCM whose own language is unknown. */
    public static Language inCohortsLanguage(List<Section> sections) {
        return sections.stream().allMatch(s -> s.cohort().language().isFrench()) ? Language.FR : Language.EN;
    }

    /**
     * The same, with {@code suggestions} guides suggested by visitors since the last digest (a line
     * with a link to the guides page, where they wait), in {@code lang} (the LCM's); a mail with no
     * section is only about them. It greets the LCM by {@code name} (their team's record of it; null:
     * none) as every other mail of the hub does.
     */
    public Mail render(String to, String name, List<Section> sections, LocalDate day, int suggestions, Language lang) {
        // Read on the first mail, not when the function starts: most runs find no one to write to.
        Catalogue words = Catalogue.site();
        String date = lang.day(day);
        StringBuilder text = new StringBuilder(name == null ? words.t(lang, "mail.hello.anyone")
                : words.t(lang, "mail.hello", Map.of("name", name))).append('\n');
        if (!sections.isEmpty()) {
            text.append('\n').append(words.t(lang, "digest.intro", Map.of("date", date))).append('\n');
        }
        for (Section s : sections) {
            text.append('\n').append(words.t(lang, "digest.cohort", Map.of("title", CohortNames.title(s.cohort(), lang)))).append('\n');
            help(text, words, lang, s);
            list(text, words, lang, "dash.silentNow", s.toContact(), s);
            list(text, words, lang, "dash.silentContacted", s.contacted(), s);
            list(text, words, lang, "dash.likely", s.likely(), null);
            text.append('\n').append(words.t(lang, "digest.dashboard",
                    Map.of("link", dashboardLink(s.cohort().cohortId(), lang.isFrench())))).append('\n');
        }
        String many = suggestions == 1 ? "one" : "other";
        if (suggestions > 0) {
            text.append('\n').append(words.t(lang, "digest.suggestions." + many, Map.of("count", suggestions,
                    "link", links.link("/" + lang.code() + "/staff/guides.html")))).append('\n');
        }
        text.append('\n').append(words.t(lang, "digest.signature")).append('\n');
        String subject = sections.isEmpty() ? words.t(lang, "digest.subject.suggestions." + many,
                Map.of("date", date, "count", suggestions)) : words.t(lang, "digest.subject", Map.of("date", date,
                "silent", sections.stream().mapToInt(Section::callsToMake).sum(),
                "likely", sections.stream().mapToInt(s -> s.likely().size()).sum()));
        return new Mail(to, subject, text.toString(), "digest");
    }

    /**
     * Those who asked for help, under the dashboard's heading: each with the day they asked (the
     * verdict's sentence, "asked for help today, not contacted yet") and what they wrote; nothing when none.
     */
    private static void help(StringBuilder text, Catalogue words, Language lang, Section s) {
        if (s.help().isEmpty()) {
            return;
        }
        text.append('\n').append(words.t(lang, "dash.helpWaiting")).append('\n');
        for (LearnerStanding l : s.help()) {
            text.append("- ").append(l.name()).append('\n');
            // The request first, then any other sign the dashboard lists under it.
            l.assessment().reasons().stream()
                    .sorted(java.util.Comparator.comparing(r -> !Reason.HELP_WAITING.equals(r.code())))
                    .forEach(r -> text.append("    ").append(r.text(lang)).append('\n'));
            String wrote = s.wrote().get(l.learnerId());
            if (wrote != null) {
                text.append("    ").append(words.t(lang, "digest.helpWrote", Map.of("text", wrote))).append('\n');
            }
        }
    }

    /** One of the dashboard's lists, under its heading; nothing when empty. {@code silent}: the section, for a list of silent learners. */
    private static void list(StringBuilder text, Catalogue words, Language lang, String heading,
                             List<LearnerStanding> learners, Section silent) {
        if (learners.isEmpty()) {
            return;
        }
        text.append('\n').append(words.t(lang, heading)).append('\n');
        for (LearnerStanding l : learners) {
            Assessment a = l.assessment();
            text.append("- ").append(l.name());
            // A badge where the dashboard shows one: a learner counted out, or one the early warning flags.
            if (a.outcome() != Outcome.ACTIVE) {
                text.append(" (").append(words.t(lang, "dash.outcome." + a.outcome().wire())).append(')');
            } else if (a.level() != RiskLevel.OK) {
                text.append(" (").append(words.t(lang, "dash.level." + a.level().wire())).append(')');
            }
            text.append('\n');
            for (Reason r : a.reasons()) {
                text.append("    ").append(r.text(lang)).append('\n');
            }
            // Not for a silent learner: their score stands still since their last check-in, and
            // next to the missed check-ins it would read as their chance now (as on the dashboard).
            if (a.score() != null && a.outcome() == Outcome.ACTIVE && !a.silentNow()) {
                text.append("    ").append(words.t(lang, "dash.score",
                        Map.of("percent", Catalogue.percent(lang, a.score())))).append('\n');
            }
            if (silent != null) {
                text.append("    ").append(l.lastCheckInWeek() == null ? words.t(lang, "dash.noCheckIn")
                        : words.t(lang, "dash.lastCheckIn", Map.of("date", lang.day(l.lastCheckInWeek()))))
                        .append('\n');
                // Still silent, but the team was in touch since: said, so nobody goes again.
                if (l.contacted()) {
                    String by = silent.contactedBy().get(l.learnerId());
                    text.append("    ").append(by == null
                            ? words.t(lang, "dash.contacted", Map.of("date", lang.day(l.contactedOn())))
                            : words.t(lang, "dash.contactedBy", Map.of("date", lang.day(l.contactedOn()), "name", by)))
                            .append('\n');
                }
            }
        }
    }
}
