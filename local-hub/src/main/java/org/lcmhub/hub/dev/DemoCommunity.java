package org.lcmhub.hub.dev;

import java.time.Clock;
import java.time.Instant;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.community.Channel;
import org.lcmhub.community.ChannelKind;
import org.lcmhub.community.FaqEntry;
import org.lcmhub.community.ModerationEntry;
import org.lcmhub.community.store.dynamodb.DynamoChannelStore;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The demo's running cohorts get the places they meet in, a first FAQ and a code of conduct, written as their lead LCM. */
final class DemoCommunity {
    private final DynamoChannelStore channels;
    private final DynamoModerationStore moderation;
    private final Clock clock;

    DemoCommunity(DynamoDbClient dynamo, String table, Clock clock) {
        this.channels = new DynamoChannelStore(dynamo, table);
        this.moderation = new DynamoModerationStore(dynamo, table);
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
    }

    private static String id(Instant now, int n) {
        return String.format("%013d-demo%d", now.toEpochMilli(), n);
    }
}
