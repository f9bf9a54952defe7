package org.lcmhub.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lcmhub.domain.Catalogue;

/**
 * A plain-text message to one recipient, with optional attachments. {@code kind} names the message
 * for logs and tests. The catalogue's words lose their word joiners here ({@link Catalogue#plain}),
 * in the text and in a text attachment (an invite): a mail reader and a calendar lay out their own
 * lines, and a search for the plain word must find them.
 */
public record Mail(String to, String subject, String text, String kind, List<Attachment> attachments) {

    public Mail {
        subject = Catalogue.plain(subject);
        text = Catalogue.plain(text);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text, String kind) {
        this(to, subject, text, kind, List.of());
    }

    /** A file sent with the message, e.g. a calendar invite ({@code text/calendar; method=REQUEST}). */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            content = content.clone();
        }

        public static Attachment text(String fileName, String contentType, String text) {
            return new Attachment(fileName, contentType, Catalogue.plain(text).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** Text types are kept readable where the adapter can (the local outbox). */
        public boolean isText() {
            return contentType.startsWith("text/");
        }
    }

    public Mail withAttachment(Attachment attachment) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new Mail(to, subject, text, kind, all);
    }
}
