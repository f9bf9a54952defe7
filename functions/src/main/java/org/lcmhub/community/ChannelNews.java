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
import org.lcmhub.domain.Catalogue;

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
        List<Deliverer.Outcome> outcomes = new ArrayList<>();
        for (CohortNews.Newcomer n : news.newcomers(cohort.cohortId(), now.minus(WELCOME_WINDOW))) {
            if (sent(outcomes) >= PER_RUN) {
                break;
            }
            String event = "welcome#" + cohort.cohortId() + "#" + n.learnerId();
            String kind = n.shareName() ? "post.welcome.named." : "post.welcome.anonymous.";
            Map<String, Object> params = Map.of("name", n.shareName() ? n.firstName() : "", "cohort", cohort.title());
            outcomes.add(deliverer.deliver(hook, new Post(event, "welcome", t(cohort, kind + "title", params),
                    t(cohort, kind + "text", params), null, null)));
        }
        return outcomes;
    }

    /** The team's channel: the latest digest, who is newly at risk, ended pairs and new reports. */
    List<Deliverer.Outcome> forStaff(Deliverer.Hook hook, Cohort cohort, Instant now) {
        List<Deliverer.Outcome> outcomes = new ArrayList<>();
        String link = dashboard(cohort);
        String button = t(cohort, "post.dashboard", Map.of());
        String someone = t(cohort, "post.someone", Map.of());
        Map<String, Object> ofCohort = Map.of("cohort", cohort.title());
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
                    Map<String, Object> params = Map.of("name", names.getOrDefault(id, someone), "cohort", cohort.title());
                    outcomes.add(deliverer.deliver(hook, new Post("at-risk#" + cohort.cohortId() + "#" + id + "#" + digest.date(),
                            "at-risk", t(cohort, "post.atRisk.title", params), t(cohort, "post.atRisk.text", params), link, button)));
                }
                news.watch(cohort.cohortId(), watch, digest.date(), digest.learnerIds());
            }
            int count = digest.learnerIds().size();
            String text = count == 0 ? t(cohort, "post.digest.none", Map.of())
                    : t(cohort, "post.digest.some." + (count == 1 ? "one" : "other"), Map.of("count", count,
                            "names", String.join(", ", names.values().stream().sorted().toList())));
            outcomes.add(deliverer.deliver(hook, new Post("digest#" + cohort.cohortId() + "#" + digest.date(), "digest",
                    t(cohort, "post.digest.title", ofCohort), text, link, button)));
        }
        Instant since = now.minus(STAFF_WINDOW);
        List<CohortNews.EndedPair> ended = news.pairsEnded(cohort.cohortId(), since);
        Map<String, String> names = news.firstNames(ended.stream().map(CohortNews.EndedPair::learnerId).toList());
        for (CohortNews.EndedPair p : ended) {
            if (sent(outcomes) >= PER_RUN) {
                return outcomes;
            }
            String by = "learner".equals(p.by()) || "mentor".equals(p.by()) ? p.by() : "team";
            outcomes.add(deliverer.deliver(hook, new Post("pair-ended#" + cohort.cohortId() + "#" + p.learnerId() + "#" + p.mentorId(),
                    "pair-ended", t(cohort, "post.pairEnded.title", ofCohort),
                    t(cohort, "post.pairEnded." + by, Map.of("name", names.getOrDefault(p.learnerId(), someone))), link, button)));
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
                    "problem-report", t(cohort, "post.report.title", ofCohort), t(cohort, "post.report.text", Map.of()),
                    link, button)));
        }
        return outcomes;
    }

    /** A post's words, in the cohort's language (the channel is the cohort's), from the site's catalogue. */
    static String t(Cohort cohort, String key, Map<String, ?> params) {
        return Catalogue.site().t(cohort.language(), key, params);
    }

    /** The cohort's dashboard, in the cohort's language: where the team's posts send the reader. */
    String dashboard(Cohort cohort) {
        return siteUrl + (fr(cohort) ? "/fr/staff/tableau-de-bord.html" : "/en/staff/dashboard.html") + "?cohort=" + cohort.cohortId();
    }

    private static boolean fr(Cohort cohort) {
        return cohort.language().isFrench();
    }

    private static long sent(List<Deliverer.Outcome> outcomes) {
        return outcomes.stream().filter(o -> o != Deliverer.Outcome.ALREADY).count();
    }
}
