package org.lcmhub.hub.dev;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.community.FaqEntry;
import org.lcmhub.community.ModerationEntry;
import org.lcmhub.community.ProblemReport;
import org.lcmhub.community.store.WebhookStore;
import org.lcmhub.community.store.dynamodb.DynamoChannelStore;
import org.lcmhub.community.store.dynamodb.DynamoDeliveryStore;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import org.lcmhub.community.store.dynamodb.DynamoWebhookStore;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.Reminder;
import org.lcmhub.community.webhook.SecretBox;
import org.lcmhub.community.webhook.SecretBoxes;
import org.lcmhub.community.webhook.WebhookKind;
import org.lcmhub.learner.Learner;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo's running cohorts get the places they meet in, a first FAQ and a code of conduct, written
 * as their lead LCM, and webhooks to their learners' and team's channels with the posts of the last
 * weeks in the delivery log (one refused by the provider, as happens when a channel is deleted),
 * and the demo learner's private reports, one handled and one waiting.
 */
final class DemoCommunity {
    private final DynamoChannelStore channels;
    private final DynamoModerationStore moderation;
    private final DynamoWebhookStore webhooks;
    private final DynamoDeliveryStore deliveries;
    private final Clock clock;

    DemoCommunity(DynamoDbClient dynamo, String table, Clock clock) {
        this.channels = new DynamoChannelStore(dynamo, table);
        this.moderation = new DynamoModerationStore(dynamo, table);
        this.webhooks = new DynamoWebhookStore(dynamo, table);
        this.deliveries = new DynamoDeliveryStore(dynamo, table);
        this.clock = clock;
    }

    /** The cohort's two FAQ entries, question then answer (English prose, checked for its apostrophes). */
    static List<String> faq() {
        return List.of("I am behind the plan: should I skip a week?",
                "No: do the week’s core exercise and tell your LCM in your check-in. Aya did this in week 3 and caught up.",
                "Where do I ask a question about an exercise?",
                "In the chat, with the exercise number in the first line, so others find it later.");
    }

    /**
     * Set up by the lead LCM {@code at}, when the cohort was prepared weeks ago: the moderation log
     * shows its code of conduct written by them back then, not at the hub's start, by their name.
     */
    void seed(Cohort cohort, String leadSub, String leadEmail, String leadName, Instant at) {
        String slug = cohort.pathId();
        int n = 0;
        for (Channel c : new Channel[] {
            new Channel(cohort.cohortId(), id(at, n++), ChannelKind.DISCORD, "#" + slug,
                    "https://discord.gg/" + slug, null, at),
            new Channel(cohort.cohortId(), id(at, n++), ChannelKind.DOCS, "Shared course notes",
                    "https://drive.example.org/" + slug, null, at),
            new Channel(cohort.cohortId(), id(at, n++), ChannelKind.CALL, "Thursday group call",
                    "https://meet.jit.si/lcm-hub-" + slug, new Channel.GroupCall("thu", "18:30", "Europe/Paris", 45), at)}) {
            channels.add(c, leadSub);
        }
        List<String> faq = faq();
        channels.addFaq(FaqEntry.of(cohort.cohortId(), id(at, n++), faq.get(0), faq.get(1), at), leadSub);
        channels.addFaq(FaqEntry.of(cohort.cohortId(), id(at, n), faq.get(2), faq.get(3), at), leadSub);
        moderation.setConduct(cohort.cohortId(), "Be kind: everyone here is learning, at their own pace.\n\n"
                + "Ask before sending someone a private message. No advertising.\n\n"
                + "Something wrong? Report it privately from My page: only the LCM team reads it.",
                new ModerationEntry(id(at, n + 1), cohort.cohortId(), ModerationEntry.CONDUCT, null, null, leadSub, leadEmail,
                        leadName, at));
        hooks(cohort, leadSub, clock.instant());
    }

    /**
     * Two private reports of a learner (the one whose link the demo prints): one the team handled
     * last week after talking to the person, one still waiting; My page shows what became of them.
     */
    void reports(Cohort cohort, Learner learner, String leadSub, String leadName) {
        Instant now = clock.instant();
        Instant lastWeek = now.minus(java.time.Duration.ofDays(8));
        ProblemReport handled = new ProblemReport(id(lastWeek, 7), cohort.cohortId(), learner.learnerId(), learner.name(),
                "message", "Someone answered my question about loops with a mocking GIF.", "open", lastWeek, null, null);
        moderation.report(handled, day(lastWeek), ProblemReport.PER_DAY);
        Instant later = lastWeek.plus(java.time.Duration.ofDays(1));
        moderation.setStatus(cohort.cohortId(), handled.reportId(), "handled", "talked-to", new ModerationEntry(id(later, 8),
                cohort.cohortId(), "talked-to", "Talked with the author in private; they apologised in the channel.",
                handled.reportId(), leadSub, null, leadName, later));
        Instant yesterday = now.minus(java.time.Duration.ofDays(1));
        moderation.report(new ProblemReport(id(yesterday, 9), cohort.cohortId(), learner.learnerId(), learner.name(),
                "other", "The shared notes link asks me for a password.", "open", yesterday, null, null),
                day(yesterday), ProblemReport.PER_DAY);
    }

    private static java.time.LocalDate day(Instant at) {
        return at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private void hooks(Cohort cohort, String leadSub, Instant now) {
        SecretBox box = SecretBoxes.fromEnv();
        if (box == null) {
            return; // no key to seal the addresses with: the team sets them from the dashboard
        }
        String c = cohort.cohortId();
        hook(box, c, "learners", WebhookKind.SLACK, "https://hooks.slack.com/services/T0DEMO/B0DEMO/" + cohort.pathId(),
                new Reminder("mon", "09:00", "Europe/Paris"), leadSub);
        hook(box, c, "staff", WebhookKind.DISCORD, "https://discord.com/api/webhooks/1000/" + cohort.pathId() + "-team",
                null, leadSub);
        java.time.LocalDate monday = now.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        for (int weeksAgo = 2; weeksAgo >= 1; weeksAgo--) {
            java.time.LocalDate day = monday.minusWeeks(weeksAgo);
            Instant at = day.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);
            logged(c, "learners", "checkin-reminder#" + c + "#" + Reminder.isoWeek(day), "checkin-reminder", at, "sent", 1, null);
            logged(c, "learners", "kudos#" + c + "#" + Reminder.isoWeek(day.minusWeeks(1)), "kudos", at, "sent", 1, null);
        }
        Instant tuesday = monday.minusDays(6).atTime(14, 30).toInstant(java.time.ZoneOffset.UTC);
        logged(c, "staff", "help#" + c + "#demo#" + Reminder.isoWeek(monday.minusWeeks(1)), "asked-for-help", tuesday,
                "sent", 2, null);
        logged(c, "staff", "digest#" + c + "#" + monday.minusDays(3), "digest", tuesday.plus(java.time.Duration.ofDays(3)),
                "failed", 1, "HTTP 404");
    }

    private void hook(SecretBox box, String cohortId, String audience, WebhookKind kind, String url, Reminder reminder,
                      String leadSub) {
        Deliverer.Hook hook = Deliverer.Hook.sealed(cohortId, audience, kind, url, box);
        webhooks.put(new WebhookStore.Stored(hook, url.substring(url.length() - 4), reminder), leadSub);
    }

    private void logged(String cohortId, String audience, String eventId, String event, Instant at, String status,
                        int attempts, String error) {
        deliveries.claim(cohortId, audience, eventId, event, at, at);
        deliveries.finish(cohortId, audience, eventId, status, attempts, error, at);
    }

    private static String id(Instant now, int n) {
        return String.format("%013d-demo%d", now.toEpochMilli(), n);
    }
}
