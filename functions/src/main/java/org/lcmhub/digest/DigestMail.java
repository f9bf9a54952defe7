package org.lcmhub.digest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Reason;
import org.lcmhub.store.Env;

/**
 * The digest an LCM receives: one section per cohort they run, in that cohort's language, with
 * the newly at-risk learners, their reasons and a link to the cohort's dashboard. The greeting
 * and subject are French when every section is, English otherwise.
 */
public final class DigestMail {
    /** A cohort's newly at-risk learners, most urgent first. */
    public record Section(Cohort cohort, List<LearnerStanding> learners) {
        public Section {
            learners = List.copyOf(learners);
        }
    }

    private final String siteUrl;

    public DigestMail(String siteUrl) {
        this.siteUrl = siteUrl == null || siteUrl.isBlank() ? "" : siteUrl.replaceAll("/+$", "");
    }

    public static DigestMail fromEnv() {
        return new DigestMail(Env.get(Messages.SITE_URL_ENV));
    }

    /** The cohort's dashboard, in the language its section of the mail is written in. */
    public String dashboardLink(String cohortId, boolean french) {
        return siteUrl + (french ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort="
                + URLEncoder.encode(cohortId, StandardCharsets.UTF_8);
    }

    public Mail render(String to, List<Section> sections, LocalDate day) {
        boolean fr = sections.stream().allMatch(s -> s.cohort().language().isFrench());
        // The day in words ("Wednesday 3 February 2027"), as every mail of the hub writes dates.
        String date = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", fr ? Locale.FRENCH : Locale.ENGLISH));
        int count = sections.stream().mapToInt(s -> s.learners().size()).sum();
        StringBuilder text = new StringBuilder();
        if (fr) {
            text.append("Bonjour,\n\n").append(count == 1 ? "1 apprenant·e est nouvellement"
                    : count + " apprenant·es sont nouvellement").append(" en risque dans les cohortes que vous suivez (")
                    .append(date).append(") :\n");
        } else {
            text.append("Hello,\n\n").append(count == 1 ? "1 learner is" : count + " learners are")
                    .append(" newly at risk in the cohorts you run (").append(date).append("):\n");
        }
        for (Section s : sections) {
            Language language = s.cohort().language();
            boolean sectionFr = language.isFrench();
            text.append('\n').append(sectionFr ? "Cohorte « " + s.cohort().title() + " »"
                    : "Cohort \"" + s.cohort().title() + "\"").append('\n');
            for (LearnerStanding l : s.learners()) {
                text.append("- ").append(l.name()).append('\n');
                for (Reason r : l.assessment().reasons()) {
                    text.append("    ").append(r.text(language)).append('\n');
                }
            }
            text.append(sectionFr ? "Tableau de bord : " : "Dashboard: ").append(dashboardLink(s.cohort().cohortId(), sectionFr))
                    .append('\n');
        }
        text.append(fr ? "\nL'équipe LCM Hub\n" : "\nThe LCM Hub team\n");
        String subject = fr
                ? "Nouvellement en risque : " + count + (count == 1 ? " apprenant·e" : " apprenant·es") + " (" + date + ")"
                : "Newly at risk: " + count + (count == 1 ? " learner" : " learners") + " (" + date + ")";
        return new Mail(to, subject, text.toString(), "digest");
    }
}
