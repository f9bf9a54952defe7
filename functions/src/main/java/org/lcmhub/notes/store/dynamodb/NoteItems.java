package org.lcmhub.notes.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcmhub.notes.Note;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The note item {@code LEARNER#<id> / NOTE#<createdAt>#<random>}: in the learner's partition, so
 * their export and erasure cover it, and on GSI1 under {@code COHORT#<cohortId> / NOTE#...} so the
 * dashboard reads it with the cohort's learners and check-ins. The random part keeps two notes of
 * the same millisecond apart.
 */
public final class NoteItems {

    private NoteItems() {
    }

    public static Map<String, AttributeValue> toItem(Note n) {
        String stamp = n.createdAt() + "#" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.key(Keys.learnerPk(n.learnerId()), Keys.NOTE + stamp));
        item.put(Keys.GSI1PK, s(Keys.cohortPk(n.cohortId())));
        item.put(Keys.GSI1SK, s(Keys.NOTE + stamp + "#" + n.learnerId()));
        item.put(ItemType.ATTRIBUTE, ItemType.NOTE.value());
        item.put("learnerId", s(n.learnerId()));
        item.put("cohortId", s(n.cohortId()));
        item.put("text", s(n.text()));
        item.put("contact", AttributeValue.fromBool(n.contact()));
        item.put("authorSub", s(n.authorSub()));
        item.put("createdAt", s(n.createdAt().toString()));
        if (n.authorEmail() != null) {
            item.put("authorEmail", s(n.authorEmail()));
        }
        if (n.authorName() != null) {
            item.put("authorName", s(n.authorName()));
        }
        return item;
    }

    public static Note fromItem(Map<String, AttributeValue> i) {
        return new Note(i.get("learnerId").s(), i.get("cohortId").s(), i.get("text").s(), i.get("contact").bool(),
                i.get("authorSub").s(), Instant.parse(i.get("createdAt").s()),
                i.containsKey("authorEmail") ? i.get("authorEmail").s() : null,
                i.containsKey("authorName") ? i.get("authorName").s() : null);
    }
}
