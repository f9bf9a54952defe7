package org.lcmhub.hub.dev;

import java.time.Clock;
import java.time.Instant;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.community.Channel;
import org.lcmhub.community.ChannelKind;
import org.lcmhub.community.FaqEntry;
import org.lcmhub.community.ModerationEntry;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo's running cohorts get the places they meet in, a first FAQ and a code of conduct, written
 * as their lead LCM, and webhooks to their learners' and team's channels with the posts of the last
 * weeks in the delivery log (one refused by the provider, as happens when a channel is deleted).
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

    void seed(Cohort cohort, String leadSub) {
        Instant now = clock.instant();
        String slug = cohort.pathId();
        int n = 0;
        for (Channel c : new Channel[] {
            new Channel(cohort.cohortId(), id(now, n++), ChannelKind.DISCORD, "#" + slug,
                    "https://discord.gg/" + slug, null, now),
            new Channel(cohort.cohortId(), id(now, n++), ChannelKind.DOCS, "Shared course notes",
                    "https://drive.example.org/" + slug, null, now),
            new Channel(cohort.cohortId(), id(now, n++), ChannelKind.CALL, "Thursday group call",
                    "https://meet.jit.si/lcm-hub-" + slug, new Channel.GroupCall("thu", "18:30", "Europe/Paris", 45), now)}) {
            channels.add(c, leadSub);
        }
        channels.addFaq(FaqEntry.of(cohort.cohortId(), id(now, n++), "I am behind the plan: should I skip a week?",
                "No: do the week's core exercise and tell your LCM in your check-in. Aya did this in week 3 and caught up.",
                now), leadSub);
        channels.addFaq(FaqEntry.of(cohort.cohortId(), id(now, n), "Where do I ask a question about an exercise?",
                "In the chat, with the exercise number in the first line, so others find it later.", now), leadSub);
        moderation.setConduct(cohort.cohortId(), "Be kind: everyone here is learning, at their own pace.\n\n"
                + "Ask before sending someone a private message. No advertising.\n\n"
                + "Something wrong? Report it privately from My page: only the LCM team reads it.",
                new ModerationEntry(id(now, n + 1), cohort.cohortId(), ModerationEntry.CONDUCT, null, null, leadSub, null, now));
        hooks(cohort, leadSub, now);
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
