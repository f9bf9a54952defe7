package org.lcmhub.guides.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.PublishedGuide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item format of change sets, comments, versions and live guides. */
public final class GuideItems {
    private GuideItems() {
    }

    public static AttributeValue guide(Guide g) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("language", s(g.language()));
        m.put("slug", s(g.slug()));
        m.put("title", s(g.title()));
        // A draft may not have these yet (GuideRules.checkDraft): absent, not a value without a type.
        optional(m, "summary", g.summary());
        m.put("roles", strings(g.roles()));
        m.put("tags", strings(g.tags()));
        optional(m, "author", g.author());
        optional(m, "translationOf", g.translationOf());
        optional(m, "body", g.body());
        m.put("audience", s(g.audience()));
        m.put("paths", strings(g.paths()));
        return AttributeValue.fromM(m);
    }

    private static void optional(Map<String, AttributeValue> m, String name, String value) {
        if (value != null) {
            m.put(name, s(value));
        }
    }

    public static AttributeValue guides(List<Guide> guides) {
        return AttributeValue.fromL(guides.stream().map(GuideItems::guide).toList());
    }

    public static Guide guideOf(AttributeValue v) {
        Map<String, AttributeValue> m = v.m();
        return new Guide(str(m, "language"), str(m, "slug"), str(m, "title"), str(m, "summary"),
                list(m.get("roles")), list(m.get("tags")), str(m, "author"), str(m, "translationOf"), str(m, "body"),
                str(m, "audience"), list(m.get("paths")));
    }

    public static ChangeSet setOf(Map<String, AttributeValue> item) {
        List<Guide> guides = item.get("guides").l().stream().map(GuideItems::guideOf).toList();
        AttributeValue editors = item.get("editors");
        AttributeValue emails = item.get("editorEmails");
        AttributeValue fromSite = item.get("fromSite");
        AttributeValue names = item.get("editorNames");
        return new ChangeSet(str(item, "setId"), ChangeSetState.of(str(item, "state")), guides,
                editors == null ? java.util.Set.of() : new LinkedHashSet<>(editors.ss()),
                emails == null ? java.util.Set.of() : new LinkedHashSet<>(emails.ss()), str(item, "reviewer"),
                item.containsKey("suggested") && item.get("suggested").bool(), Long.parseLong(item.get("revision").n()),
                Instant.parse(str(item, "createdAt")), Instant.parse(str(item, "updatedAt")),
                fromSite == null ? java.util.Set.of() : new LinkedHashSet<>(fromSite.ss()),
                names == null || !names.hasM() ? Map.of() : namesOf(names), str(item, "submitterEmail"),
                str(item, "submitterName"));
    }

    public static Comment commentOf(Map<String, AttributeValue> item) {
        return new Comment(str(item, "author"), str(item, "authorEmail"), str(item, "authorName"), str(item, "text"),
                str(item, "kind"),
                Instant.parse(str(item, "at")));
    }

    public static GuideVersion versionOf(Map<String, AttributeValue> item) {
        return new GuideVersion(Integer.parseInt(item.get("version").n()), guideOf(item.get("guide")),
                str(item, "authors"), str(item, "reviewer"), Instant.parse(str(item, "publishedAt")),
                str(item, "changeSetId"), list(item.get("authorEmails")), str(item, "reviewerEmail"),
                list(item.get("authorNames")), str(item, "reviewerName"));
    }

    public static PublishedGuide currentOf(Map<String, AttributeValue> item) {
        return new PublishedGuide(guideOf(item.get("guide")), Integer.parseInt(item.get("version").n()),
                item.get("live").bool(), Instant.parse(str(item, "publishedAt")));
    }

    /** Names by address, as a map attribute. */
    static AttributeValue names(Map<String, String> names) {
        Map<String, AttributeValue> m = new HashMap<>();
        names.forEach((address, name) -> m.put(address, s(name)));
        return AttributeValue.fromM(m);
    }

    private static Map<String, String> namesOf(AttributeValue v) {
        Map<String, String> names = new HashMap<>();
        v.m().forEach((address, name) -> names.put(address, name.s()));
        return names;
    }

    /** A list of strings, a null one kept as NULL (its place says whose it is). */
    static AttributeValue optionalStrings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(v -> v == null ? AttributeValue.fromNul(true) : s(v)).toList());
    }

    static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(v -> s(v)).toList());
    }

    private static List<String> list(AttributeValue v) {
        List<String> out = new ArrayList<>();
        if (v != null && v.hasL()) {
            v.l().forEach(x -> out.add(x.s())); // a NULL element reads as null
        }
        return out;
    }

    private static String str(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v == null ? null : v.s();
    }
}
