package org.lcmhub.community.webhook;

/**
 * One message for a cohort's channel, already in the cohort's language: a title, a text and an
 * optional link with its button label. {@code eventId} makes deliveries idempotent.
 */
public record Post(String eventId, String event, String title, String text, String link, String linkLabel) {
}
