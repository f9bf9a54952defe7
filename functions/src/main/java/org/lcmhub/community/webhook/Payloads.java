package org.lcmhub.community.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON body each provider's incoming webhook expects, within its documented limits (longer
 * text is cut with an ellipsis rather than refused by the provider):
 * <ul>
 * <li>Slack: Block Kit — a header (plain text, 150 characters), a section (mrkdwn, 3,000), a
 *     button (label 75, URL 3,000) and the top-level {@code text} that notifications show;</li>
 * <li>Discord: {@code content} (2,000) with one embed (title 256, description 4,096) and
 *     {@code allowed_mentions} empty, so no text can ping @everyone;</li>
 * <li>Teams (Workflows): a {@code message} with one Adaptive Card attachment (version 1.4,
 *     TextBlocks and an {@code Action.OpenUrl});</li>
 * <li>generic JSON: the event, its id and the words, for the receiver to shape.</li>
 * </ul>
 */
public final class Payloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    public static String body(WebhookKind kind, Post post) {
        ObjectNode root = switch (kind) {
            case SLACK -> slack(post);
            case DISCORD -> discord(post);
            case TEAMS -> teams(post);
            case JSON -> json(post);
        };
        return root.toString();
    }

    static ObjectNode slack(Post p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("text", cut(p.title() + " " + p.text(), 3000));
        ArrayNode blocks = root.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", cut(p.title(), 150));
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", cut(slackEscape(p.text()), 3000));
        if (p.link() != null) {
            ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject()
                    .put("type", "button");
            button.putObject("text").put("type", "plain_text").put("text", cut(p.linkLabel(), 75));
            button.put("url", p.link());
        }
        return root;
    }

    /** Slack reads {@code <...>} as links and mentions ({@code <!channel>}): escape as Slack documents. */
    static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static ObjectNode discord(Post p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("content", cut(p.title(), 2000));
        ObjectNode embed = root.putArray("embeds").addObject();
        embed.put("title", cut(p.linkLabel() != null ? p.linkLabel() : p.title(), 256));
        embed.put("description", cut(p.text(), 4096));
        if (p.link() != null) {
            embed.put("url", p.link());
        }
        root.putObject("allowed_mentions").putArray("parse");
        return root;
    }

    static ObjectNode teams(Post p) {
        ObjectNode root = JSON.createObjectNode().put("type", "message");
        ObjectNode attachment = root.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("type", "AdaptiveCard").put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", cut(p.title(), 500)).put("weight", "Bolder")
                .put("size", "Medium").put("wrap", true);
        body.addObject().put("type", "TextBlock").put("text", cut(p.text(), 5000)).put("wrap", true);
        if (p.link() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", cut(p.linkLabel(), 100))
                    .put("url", p.link());
        }
        return root;
    }

    static ObjectNode json(Post p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("eventId", p.eventId()).put("event", p.event()).put("title", p.title()).put("text", p.text());
        if (p.link() != null) {
            root.put("link", p.link()).put("linkLabel", p.linkLabel());
        }
        return root;
    }

    /** At most {@code max} characters (code points kept whole), an ellipsis marking a cut. */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
