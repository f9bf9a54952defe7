package org.lcmhub.community;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.community.store.CohortNews;
import org.lcmhub.community.store.DeliveryStore;
import org.lcmhub.community.store.ModerationStore;
import org.lcmhub.community.webhook.AesGcmSecretBox;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.Post;
import org.lcmhub.community.webhook.WebhookKind;
import org.lcmhub.community.webhook.WebhookSender;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.CohortPlaces;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;
import org.lcmhub.places.WelcomePlaces;
import org.lcmhub.places.store.PlaceStore;

/**
 * Every French text the community feature writes for people, rendered, by kind: the channel posts
 * as the webhook receives them (welcomes, the team's news, kudos and reminders), the places lines
 * of the mails and the group call's invite.
 */
public final class CommunityFrenchTexts {
    private static final Instant NOW = Instant.parse("2027-01-20T08:00:00Z");
    private static final String SITE = "https://hub.example.org";

    private CommunityFrenchTexts() {
    }

    public static Map<String, String> all() {
        return all(Language.FR);
    }

    /** The same texts in another language (the English ones are checked for their words too). */
    public static Map<String, String> all(Language language) {
        Cohort cohort = new Cohort("c-1", "python", "Python", language, LocalDate.parse("2027-01-04"), 8, 10, true, 3, 0,
                Set.of("lcm-1"), Instant.parse("2026-11-01T00:00:00Z"));
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> bodies = new java.util.ArrayList<>();
        AesGcmSecretBox box = new AesGcmSecretBox(new byte[32]);
        Deliverer deliverer = new Deliverer(stub(DeliveryStore.class, m -> m.equals("claim") ? true : null), box,
                (url, json) -> {
                    bodies.add(json);
                    return new WebhookSender.Answer(200, -1);
                }, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO, d -> { });
        Deliverer.Hook hook = Deliverer.Hook.sealed("c-1", "staff", WebhookKind.JSON, "https://hooks.example.org/c-1", box);
        ProblemReport report = new ProblemReport("r-1", "c-1", "l-3", "Léo", "other", "…", "open", NOW.minusSeconds(60),
                null, null);
        ChannelNews news = new ChannelNews(news(false), stub(ModerationStore.class, m -> m.equals("reports") ? List.of(report) : null),
                deliverer, SITE);
        news.welcomes(hook, cohort, NOW);
        news.forStaff(hook, cohort, NOW);
        new ChannelNews(news(true), stub(ModerationStore.class, m -> List.of()), deliverer, SITE).forStaff(hook, cohort, NOW);
        for (String body : bodies) {
            JsonNode post = read(body);
            texts.put("channel post " + post.path("event").asText() + " " + (texts.size() + 1), String.join("\n",
                    post.path("title").asText(), post.path("text").asText(), post.path("linkLabel").asText()));
        }
        WebhookService webhooks = new WebhookService(null, null, null, null, null, null, null, SITE, null, null, null);
        for (int count : new int[] {1, 3}) {
            texts.put("kudos post for " + count, text(webhooks.kudosPost("kudos#c-1", cohort, count)));
        }
        texts.put("check-in reminder post", text(webhooks.reminderPost("reminder#c-1", cohort)));
        Channel call = new Channel("c-1", "ch-1", ChannelKind.CALL, "Appel du jeudi", "https://meet.example.org/python",
                new Channel.GroupCall("thu", "18:30", "Europe/Paris", 60), NOW);
        Channel chat = new Channel("c-1", "ch-2", ChannelKind.WHATSAPP, "Le groupe", "https://chat.example.org/python",
                null, NOW);
        WelcomePlaces places = new WelcomePlaces(stub(PlaceStore.class, m -> m.equals("channels") ? List.of(call, chat) : true),
                SITE);
        texts.put("places lines of the mails", String.join("\n", places.lines("c-1", new CohortPlaces.Reader(language, null, null), NOW, null)));
        texts.put("group call invite", GroupCallInvite.ics(call, cohort, language, NOW));
        return texts;
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(Post post) {
        return String.join("\n", post.title(), post.text(), post.linkLabel());
    }

    /**
     * The news of one run: a named and an unnamed newcomer, a learner newly at risk in today's digest
     * (or nobody at risk), and pairs ended by each side.
     */
    private static CohortNews news(boolean nobodyAtRisk) {
        String today = LocalDate.ofInstant(NOW, ZoneOffset.UTC).toString();
        return stub(CohortNews.class, m -> switch (m) {
            case "newcomers" -> nobodyAtRisk ? List.of() : List.of(new CohortNews.Newcomer("l-1", "Awa", true),
                    new CohortNews.Newcomer("l-2", "Awa", false));
            case "lastDigest" -> new CohortNews.Digest(today, nobodyAtRisk ? Set.of() : Set.of("l-1", "l-2"));
            case "watched" -> new CohortNews.Watch("2027-01-19", Set.of("l-1"), 1);
            case "watch" -> true;
            case "pairsEnded" -> nobodyAtRisk ? List.of() : List.of("learner", "mentor", "lcm").stream()
                    .map(by -> new CohortNews.EndedPair("l-1", "m-" + by, by, NOW.minusSeconds(60))).toList();
            case "firstNames" -> Map.of("l-1", "Awa");
            default -> null;
        });
    }

    /** A store answering only what {@code answers} gives for a method name (null for the others). */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Function<String, Object> answers) {
        return (T) Proxy.newProxyInstance(CommunityFrenchTexts.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answers.apply(method.getName()));
    }
}
