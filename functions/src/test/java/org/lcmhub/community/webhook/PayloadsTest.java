package org.lcmhub.community.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Each provider's documented shape and limits (Slack Block Kit, Discord execute-webhook, Teams Adaptive Card). */
class PayloadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Post REMINDER = new Post("reminder#c1#2027-W10", "checkin-reminder", "Weekly check-in",
            "Two minutes to say how your week went. <!channel> & co", "https://hub.example.org/en/checkin.html",
            "Check in now");

    private static JsonNode body(WebhookKind kind, Post post) throws Exception {
        return JSON.readTree(Payloads.body(kind, post));
    }

    @Test
    void slackGetsBlockKitWithAFallbackTextAndEscapedMentions() throws Exception {
        JsonNode b = body(WebhookKind.SLACK, REMINDER);
        assertThat(b.get("text").asText()).startsWith("Weekly check-in");
        assertThat(b.at("/blocks/0/type").asText()).isEqualTo("header");
        assertThat(b.at("/blocks/0/text/type").asText()).isEqualTo("plain_text");
        assertThat(b.at("/blocks/1/type").asText()).isEqualTo("section");
        assertThat(b.at("/blocks/1/text/type").asText()).isEqualTo("mrkdwn");
        assertThat(b.at("/blocks/1/text/text").asText()).contains("&lt;!channel&gt; &amp; co").doesNotContain("<!channel>");
        assertThat(b.at("/blocks/2/type").asText()).isEqualTo("actions");
        assertThat(b.at("/blocks/2/elements/0/type").asText()).isEqualTo("button");
        assertThat(b.at("/blocks/2/elements/0/url").asText()).isEqualTo(REMINDER.link());
        assertThat(b.get("blocks").size()).isLessThanOrEqualTo(50);
    }

    @Test
    void discordGetsContentAnEmbedAndNoMentions() throws Exception {
        JsonNode b = body(WebhookKind.DISCORD, REMINDER);
        assertThat(b.get("content").asText()).isEqualTo("Weekly check-in");
        assertThat(b.at("/embeds/0/url").asText()).isEqualTo(REMINDER.link());
        assertThat(b.at("/embeds/0/description").asText()).contains("Two minutes");
        assertThat(b.at("/allowed_mentions/parse").isArray()).isTrue();
        assertThat(b.at("/allowed_mentions/parse")).isEmpty();
    }

    @Test
    void teamsGetsAMessageWithOneAdaptiveCard() throws Exception {
        JsonNode b = body(WebhookKind.TEAMS, REMINDER);
        assertThat(b.get("type").asText()).isEqualTo("message");
        JsonNode attachment = b.at("/attachments/0");
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.get("contentUrl").isNull()).isTrue();
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.4");
        assertThat(card.get("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        assertThat(card.at("/body/0/type").asText()).isEqualTo("TextBlock");
        assertThat(card.at("/body/1/wrap").asBoolean()).isTrue();
        assertThat(card.at("/actions/0/type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(card.at("/actions/0/url").asText()).isEqualTo(REMINDER.link());
    }

    @Test
    void genericJsonCarriesTheEventAndItsId() throws Exception {
        JsonNode b = body(WebhookKind.JSON, REMINDER);
        assertThat(b.get("eventId").asText()).isEqualTo(REMINDER.eventId());
        assertThat(b.get("event").asText()).isEqualTo("checkin-reminder");
        assertThat(b.get("link").asText()).isEqualTo(REMINDER.link());
    }

    @Test
    void longTextIsCutToEachProvidersLimitWithoutSplittingACharacter() throws Exception {
        String longTitle = "é".repeat(400);
        String longText = "😀".repeat(6000);
        Post big = new Post("e", "kudos", longTitle, longText, null, null);
        JsonNode slack = body(WebhookKind.SLACK, big);
        assertThat(slack.at("/blocks/0/text/text").asText().codePointCount(0, 150)).isLessThanOrEqualTo(150);
        assertThat(slack.at("/blocks/0/text/text").asText()).hasSize(150).endsWith("…");
        String section = slack.at("/blocks/1/text/text").asText();
        assertThat(section.codePointCount(0, section.length())).isEqualTo(3000);
        assertThat(slack.get("blocks")).hasSize(2);
        JsonNode discord = body(WebhookKind.DISCORD, big);
        String description = discord.at("/embeds/0/description").asText();
        assertThat(description.codePointCount(0, description.length())).isEqualTo(4096);
        assertThat(discord.at("/embeds/0/title").asText()).hasSize(256);
        assertThat(description).endsWith("😀…"); // the last emoji whole, then the ellipsis
    }
}
