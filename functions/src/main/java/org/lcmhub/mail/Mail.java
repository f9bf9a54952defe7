package org.lcmhub.mail;

/** A plain-text message to one recipient. {@code kind} names the message for logs and tests. */
public record Mail(String to, String subject, String text, String kind) {
}
