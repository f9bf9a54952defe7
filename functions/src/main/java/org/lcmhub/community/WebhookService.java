package org.lcmhub.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.community.store.WebhookStore;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.Post;
import org.lcmhub.community.webhook.Reminder;
import org.lcmhub.community.webhook.SecretBox;
import org.lcmhub.community.webhook.WebhookAddress;
import org.lcmhub.community.webhook.WebhookKind;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.TimeZones;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.plans.PlanSigns;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.risk.SessionOutcome;

/**
 * A cohort's webhooks (the learners' channel and the staff channel), set by its LCM team with the
 * address checked and sealed, and the scheduled run that posts each due weekly check-in reminder.
 */
public final class WebhookService {
    public static final List<String> AUDIENCES = List.of("learners", "staff");

    private final CohortStore cohorts;
    private final WebhookStore webhooks;
    private final org.lcmhub.community.store.DeliveryStore deliveries;
    private final org.lcmhub.community.store.CheckInCounts checkIns;
    private final WebhookAddress addresses;
    private final SecretBox secrets;
    private final Deliverer deliverer;
    private final String siteUrl;
    private final ChannelNews news;
    private final PlanStore plans;

    /**
     * {@code plans}: the cohort's 1:1 reports, read once per cohort when someone asked for help and
     * no contact note has answered them yet (a 1:1 held since answers as a note does).
     */
    public WebhookService(CohortStore cohorts, WebhookStore webhooks, org.lcmhub.community.store.DeliveryStore deliveries,
                          org.lcmhub.community.store.CheckInCounts checkIns, WebhookAddress addresses, SecretBox secrets,
                          Deliverer deliverer, String siteUrl, org.lcmhub.community.store.CohortNews cohortNews,
                          org.lcmhub.community.store.ModerationStore moderation, PlanStore plans) {
        this.plans = plans;
        this.cohorts = cohorts;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.checkIns = checkIns;
        this.addresses = addresses;
        this.secrets = secrets;
        this.deliverer = deliverer;
        this.siteUrl = siteUrl == null ? "" : siteUrl.replaceAll("/+$", "");
        this.news = new ChannelNews(cohortNews, moderation, deliverer, this.siteUrl);
    }

    /** What an LCM sends; the reminder fields only for the learners' channel, all three or none. */
    public record Input(String kind, String url, String reminderDay, String reminderTime, String reminderZone) {
    }

    public List<WebhookStore.Stored> list(Caller lcm, String cohortId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        return webhooks.ofCohort(cohortId);
    }

    public WebhookStore.Stored set(Caller lcm, String cohortId, String audience, Input in) {
        if (!AUDIENCES.contains(audience)) {
            throw new InvalidInput(Map.of("audience", "The audience is learners or staff."));
        }
        cohorts.teamCohort(cohortId, lcm.sub());
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        WebhookKind kind = WebhookKind.of(in.kind());
        if (kind == null) {
            errors.put("kind", "Choose Slack, Discord, Teams or JSON.");
        } else {
            String problem = addresses.problem(kind, in.url());
            WebhookKind other = problem == null ? null : WebhookAddress.serviceOf(in.url());
            if (other != null && other != kind) {
                // The LCM pasted another service's address: the page names both services.
                errors.put("url", "This is a " + named(other) + " address; the service chosen is " + named(kind) + ".");
                params.put("url", "other-service");
                params.put("urlService", other.wire());
            } else if (problem != null) {
                errors.put("url", problem);
            }
        }
        Reminder reminder = reminder(audience, in, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, params);
        }
        String url = in.url().strip();
        Deliverer.Hook hook = Deliverer.Hook.sealed(cohortId, audience, kind, url, secrets);
        WebhookStore.Stored stored = new WebhookStore.Stored(hook, url.substring(Math.max(0, url.length() - 4)), reminder);
        webhooks.put(stored, lcm.sub());
        return stored;
    }

    private static String named(WebhookKind kind) {
        return switch (kind) {
            case SLACK -> "Slack";
            case DISCORD -> "Discord";
            case TEAMS -> "Teams";
            case JSON -> "JSON webhook";
        };
    }

    private static Reminder reminder(String audience, Input in, Map<String, String> errors) {
        if (in.reminderDay() == null && in.reminderTime() == null && in.reminderZone() == null) {
            return null;
        }
        if (!"learners".equals(audience)) {
            errors.put("reminderDay", "Reminders go to the learners' channel.");
            return null;
        }
        if (in.reminderDay() == null || Weekdays.day(in.reminderDay()) == null) {
            errors.put("reminderDay", "Choose the day of the reminder.");
        }
        if (in.reminderTime() == null || !in.reminderTime().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            errors.put("reminderTime", "Give the time as hours and minutes, e.g. 09:00.");
        }
        if (in.reminderZone() == null || !TimeZones.isRegionZone(in.reminderZone())) {
            errors.put("reminderZone", TimeZones.ERROR);
        }
        return new Reminder(in.reminderDay(), in.reminderTime(), in.reminderZone());
    }

    /** The cohort's delivery log for its team: the last 20 posts, what became of them. */
    public List<org.lcmhub.community.store.DeliveryStore.Logged> log(Caller lcm, String cohortId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        return deliveries.recent(cohortId, 20);
    }

    public void remove(Caller lcm, String cohortId, String audience) {
        cohorts.teamCohort(cohortId, lcm.sub());
        webhooks.remove(cohortId, audience, lcm.sub());
    }

    /** What one scheduled run did. */
    public record Run(int due, int sent, int already, int failed) {
    }

    /**
     * Posts every reminder due at {@code now} to its cohort's learners' channel, in the cohort's
     * language, after the group kudos for the week before when anyone checked in then (a count,
     * never a name); and the news of each running cohort ({@link ChannelNews}) to its channels.
     */
    public Run remind(Instant now) {
        List<Deliverer.Outcome> outcomes = new ArrayList<>();
        java.time.LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        for (WebhookStore.Stored w : webhooks.all()) {
            Cohort cohort = cohorts.find(w.hook().cohortId());
            boolean started = cohort != null && !today.isBefore(cohort.startDate());
            if ("staff".equals(w.hook().audience()) && started && !today.isAfter(cohort.latestLastDay())) {
                // After the cohort's end too: a learner whose own plan runs longer still checks in,
                // up to the latest day a plan may reach (no query a quarter-hour for ever after).
                outcomes.addAll(askedForHelp(w, cohort, now));
            }
            // Every other post goes to a cohort between its first and last day only.
            if (!started || today.isAfter(cohort.endDate())) {
                continue;
            }
            if ("staff".equals(w.hook().audience())) {
                outcomes.addAll(news.forStaff(w.hook(), cohort, now));
                continue;
            }
            outcomes.addAll(news.welcomes(w.hook(), cohort, now));
            String event = w.reminder() == null ? null : w.reminder().dueEvent(w.hook().cohortId(), now);
            if (event == null) {
                continue;
            }
            String lastWeek = Reminder.isoWeek(Reminder.weekOf(event).minusWeeks(1));
            int count = checkIns.of(cohort.cohortId(), lastWeek);
            if (count > 0) {
                outcomes.add(deliverer.deliver(w.hook(), kudosPost("kudos#" + cohort.cohortId() + "#" + lastWeek, cohort, count)));
            }
            outcomes.add(deliverer.deliver(w.hook(), reminderPost(event, cohort)));
        }
        return new Run(outcomes.size(), count(outcomes, Deliverer.Outcome.SENT), count(outcomes, Deliverer.Outcome.ALREADY),
                count(outcomes, Deliverer.Outcome.FAILED));
    }

    /**
     * The team's channel hears of each learner who asked for help in this week's check-in, once per
     * learner and week (the run every quarter of an hour makes it nearly at once), while their own
     * last day ({@link Cohort#lastDay}: the cohort's, or their personal plan's when later) is not past,
     * unless the team answered it before the run as the dashboard reads it (a contact note or a 1:1
     * reported held on or after the day it was asked, on the learner's clock: the dashboard no
     * longer lists it). The 1:1s are read once for the cohort, and only when a note has not answered.
     */
    private List<Deliverer.Outcome> askedForHelp(WebhookStore.Stored w, Cohort cohort, Instant now) {
        java.time.LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        String week = Reminder.isoWeek(today);
        String link = news.dashboard(cohort);
        List<Deliverer.Outcome> outcomes = new ArrayList<>();
        Map<String, List<SessionReport>> reports = null;
        for (org.lcmhub.community.store.CheckInCounts.Help h : checkIns.askingForHelp(cohort.cohortId(), week)) {
            if (today.isAfter(cohort.lastDay(h.ownEnd())) || answered(h, List.of(), now)) {
                continue;
            }
            if (reports == null) {
                reports = plans.forCohort(cohort.cohortId()).reports();
            }
            if (answered(h, PlanSigns.outcomes(reports.getOrDefault(h.learnerId(), List.of())), now)) {
                continue;
            }
            Map<String, Object> params = Map.of("name", h.firstName(), "cohort", cohort.title());
            outcomes.add(deliverer.deliver(w.hook(), new Post("help#" + cohort.cohortId() + "#" + h.learnerId() + "#" + week,
                    "asked-for-help", ChannelNews.t(cohort, "post.help.title", params), ChannelNews.t(cohort, "post.help.text", params),
                    link, ChannelNews.t(cohort, "post.dashboard", params))));
        }
        return outcomes;
    }

    /** The dashboard's rule ({@link CheckInViews#helpAnswered}); a request of unknown time is open. */
    private static boolean answered(org.lcmhub.community.store.CheckInCounts.Help h, List<SessionOutcome> sessions,
                                    Instant now) {
        return h.askedAt() != null && CheckInViews.helpAnswered(h.askedAt(), h.lastContact(), sessions, now, h.zone());
    }

    private static int count(List<Deliverer.Outcome> outcomes, Deliverer.Outcome o) {
        return (int) outcomes.stream().filter(o::equals).count();
    }

    /** The check-in page, in the cohort's language: where the learners' posts send the reader. */
    private String checkInPage(Cohort cohort) {
        return siteUrl + (cohort.language().isFrench() ? "/fr/point-d-etape.html" : "/en/check-in.html");
    }

    Post kudosPost(String event, Cohort cohort, int count) {
        String link = checkInPage(cohort);
        Map<String, Object> params = Map.of("count", count, "cohort", cohort.title());
        return new Post(event, "kudos", ChannelNews.t(cohort, "post.kudos.title", params),
                ChannelNews.t(cohort, "post.kudos.text." + (count == 1 ? "one" : "other"), params),
                link, ChannelNews.t(cohort, "post.checkIn", params));
    }

    Post reminderPost(String event, Cohort cohort) {
        String link = checkInPage(cohort);
        Map<String, Object> params = Map.of("cohort", cohort.title());
        return new Post(event, "checkin-reminder", ChannelNews.t(cohort, "post.reminder.title", params),
                ChannelNews.t(cohort, "post.reminder.text", params), link, ChannelNews.t(cohort, "post.checkIn", params));
    }
}
