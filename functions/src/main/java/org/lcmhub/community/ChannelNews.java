package org.lcmhub.community;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.community.store.CohortNews;
import org.lcmhub.community.store.ModerationStore;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.Post;
import org.lcmhub.domain.Language;

/**
 * The news a scheduled run posts besides the weekly reminder: a welcome for each newcomer in the
 * learners' channel, and for the team's channel the daily digest, each learner newly at risk or
 * silent, each mentoring pair that ended and each new private report (never its words). Every
 * post has its own event id, so a repeated run posts nothing twice; each run posts at most
 * {@link #PER_RUN} per channel and leaves the rest for the next run (a quarter of an hour later),
 * which keeps a big day within what Slack and Discord accept.
 */
final class ChannelNews {
    /** Newcomers are welcomed up to a week after they signed up (a channel set later does not greet everyone). */
    static final Duration WELCOME_WINDOW = Duration.ofDays(7);
    /** Pairs ended and reports older than this are not news any more. */
    static final Duration STAFF_WINDOW = Duration.ofDays(2);
    static final int PER_RUN = 10;

    private final CohortNews news;
    private final ModerationStore moderation;
    private final Deliverer deliverer;
    private final String siteUrl;

    ChannelNews(CohortNews news, ModerationStore moderation, Deliverer deliverer, String siteUrl) {
        this.news = news;
        this.moderation = moderation;
        this.deliverer = deliverer;
        this.siteUrl = siteUrl;
    }

    /**
     * Welcomes each newcomer by first name when they agreed, else without a name: the group still
     * sees that it grows and greets them, and the newcomer sees the greeting, with nobody named
     * who did not want to be.
     */
    List<Deliverer.Outcome> welcomes(Deliverer.Hook hook, Cohort cohort, Instant now) {
        boolean fr = fr(cohort);
        List<Deliverer.Outcome> outcomes = new ArrayList<>();
        for (CohortNews.Newcomer n : news.newcomers(cohort.cohortId(), now.minus(WELCOME_WINDOW))) {
            if (sent(outcomes) >= PER_RUN) {
                break;
            }
            String event = "welcome#" + cohort.cohortId() + "#" + n.learnerId();
            Post post;
            if (n.shareName()) {
                post = fr ? new Post(event, "welcome", "Bienvenue à " + n.firstName() + " · " + cohort.title(),
                        n.firstName() + " vient de rejoindre la cohorte. Dites bonjour, et racontez où vous en êtes !", null, null)
                        : new Post(event, "welcome", "Welcome, " + n.firstName() + " · " + cohort.title(),
                        n.firstName() + " just joined the cohort. Say hello, and share where you are with the course!", null, null);
            } else {
                post = fr ? new Post(event, "welcome", "Une nouvelle personne dans la cohorte · " + cohort.title(),
                        "Quelqu’un vient de rejoindre la cohorte. Dites bonjour et indiquez par où commencer !", null, null)
                        : new Post(event, "welcome", "Someone new joined · " + cohort.title(),
                        "A new learner just joined the cohort. Say hello, and tell them where to start!", null, null);
            }
            outcomes.add(deliverer.deliver(hook, post));
        }
        return outcomes;
    }

    /** The team's channel: the latest digest, who is newly at risk, ended pairs and new reports. */
    List<Deliverer.Outcome> forStaff(Deliverer.Hook hook, Cohort cohort, Instant now) {
        List<Deliverer.Outcome> outcomes = new ArrayList<>();
        boolean fr = fr(cohort);
        String link = dashboard(cohort);
        String button = fr ? "Ouvrir le tableau de bord" : "Open the dashboard";
        CohortNews.Digest digest = news.lastDigest(cohort.cohortId());
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (digest != null && !LocalDate.parse(digest.date()).isBefore(today.minusDays(1))) {
            Map<String, String> names = news.firstNames(digest.learnerIds());
            CohortNews.Watch watch = news.watched(cohort.cohortId());
            if (watch == null || !watch.date().equals(digest.date())) {
                // The channel's first digest names everyone already: one post each would only repeat it.
                Set<String> fresh = new HashSet<>(watch == null ? Set.of() : digest.learnerIds());
                if (watch != null) {
                    fresh.removeAll(watch.learnerIds());
                }
                for (String id : fresh.stream().sorted().toList()) {
                    String name = names.getOrDefault(id, fr ? "Une personne" : "A learner");
                    outcomes.add(deliverer.deliver(hook, new Post("at-risk#" + cohort.cohortId() + "#" + id + "#" + digest.date(),
                            "at-risk", fr ? name + " a besoin d’attention · " + cohort.title()
                                    : name + " needs attention · " + cohort.title(),
                            fr ? name + " est désormais à risque ou sans nouvelles depuis son dernier point d’étape."
                                    : name + " is now at risk or has not checked in on time.", link, button)));
                }
                news.watch(cohort.cohortId(), watch, digest.date(), digest.learnerIds());
            }
            String list = String.join(", ", names.values().stream().sorted().toList());
            int count = digest.learnerIds().size();
            String text = fr ? (count == 0 ? "Personne n’est à risque ni sans nouvelles aujourd’hui."
                    : count + (count == 1 ? " personne à risque ou sans nouvelles : " : " personnes à risque ou sans nouvelles : ") + list + ".")
                    : (count == 0 ? "Nobody is at risk or silent today."
                    : count + (count == 1 ? " learner at risk or silent: " : " learners at risk or silent: ") + list + ".");
            outcomes.add(deliverer.deliver(hook, new Post("digest#" + cohort.cohortId() + "#" + digest.date(), "digest",
                    (fr ? "Le point du jour · " : "Daily digest · ") + cohort.title(), text, link, button)));
        }
        Instant since = now.minus(STAFF_WINDOW);
        List<CohortNews.EndedPair> ended = news.pairsEnded(cohort.cohortId(), since);
        Map<String, String> names = news.firstNames(ended.stream().map(CohortNews.EndedPair::learnerId).toList());
        for (CohortNews.EndedPair p : ended) {
            if (sent(outcomes) >= PER_RUN) {
                return outcomes;
            }
            String name = names.getOrDefault(p.learnerId(), fr ? "Une personne" : "A learner");
            String by = fr ? ("learner".equals(p.by()) ? "à sa demande" : "mentor".equals(p.by()) ? "à la demande du mentor"
                    : "par l’équipe") : ("learner".equals(p.by()) ? "at their request" : "mentor".equals(p.by())
                    ? "at the mentor's request" : "by the team");
            outcomes.add(deliverer.deliver(hook, new Post("pair-ended#" + cohort.cohortId() + "#" + p.learnerId() + "#" + p.mentorId(),
                    "pair-ended", (fr ? "Binôme terminé · " : "Pair ended · ") + cohort.title(),
                    fr ? "Le binôme de mentorat de " + name + " a pris fin " + by + ". Un nouveau binôme se forme depuis le tableau de bord."
                            : name + "'s mentoring pair ended " + by + ". A new pair can be made from the dashboard.", link, button)));
        }
        for (var r : moderation.reports(cohort.cohortId())) {
            if (sent(outcomes) >= PER_RUN || r.createdAt().isBefore(since)) {
                break;
            }
            if (!"open".equals(r.status())) {
                continue;
            }
            // Never the words nor the name: a report is for the LCM team, the channel may hold mentors too.
            outcomes.add(deliverer.deliver(hook, new Post("problem-report#" + cohort.cohortId() + "#" + r.reportId(),
                    "problem-report", (fr ? "Un signalement privé · " : "A private report · ") + cohort.title(),
                    fr ? "Une personne de la cohorte a écrit à l’équipe. Lisez-le dans le tableau de bord."
                            : "A learner wrote to the team privately. Read it on the dashboard.", link, button)));
        }
        return outcomes;
    }

    private String dashboard(Cohort cohort) {
        return siteUrl + (fr(cohort) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort=" + cohort.cohortId();
    }

    private static boolean fr(Cohort cohort) {
        return cohort.language().isFrench();
    }

    private static long sent(List<Deliverer.Outcome> outcomes) {
        return outcomes.stream().filter(o -> o != Deliverer.Outcome.ALREADY).count();
    }
}
