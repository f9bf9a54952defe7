package org.lcmhub.places.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A channel's item ({@code CHANNEL#<id>} in the cohort's partition), published: the community
 * writes it with its team checks, and every function that mails a cohort's places reads it.
 */
public final class ChannelItems {
    private ChannelItems() {
    }

    public static Map<String, AttributeValue> toItem(Channel c) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.channel(c.cohortId(), c.channelId()));
        item.put(ItemType.ATTRIBUTE, ItemType.CHANNEL.value());
        item.put("cohortId", s(c.cohortId()));
        item.put("channelId", s(c.channelId()));
        item.put("kind", s(c.kind().wire()));
        item.put("label", s(c.label()));
        item.put("url", s(c.url()));
        item.put("createdAt", s(c.createdAt().toString()));
        if (c.call() != null) {
            item.put("callDay", s(c.call().day()));
            item.put("callTime", s(c.call().time()));
            item.put("callZone", s(c.call().timezone()));
            item.put("callMinutes", n(c.call().durationMinutes()));
        }
        return item;
    }

    public static Channel fromItem(Map<String, AttributeValue> item) {
        Channel.GroupCall call = item.containsKey("callDay") ? new Channel.GroupCall(item.get("callDay").s(),
                item.get("callTime").s(), item.get("callZone").s(), Integer.parseInt(item.get("callMinutes").n())) : null;
        return new Channel(item.get("cohortId").s(), item.get("channelId").s(), ChannelKind.of(item.get("kind").s()),
                item.get("label").s(), item.get("url").s(), call, Instant.parse(item.get("createdAt").s()));
    }
}
