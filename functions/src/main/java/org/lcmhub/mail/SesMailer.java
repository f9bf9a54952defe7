package org.lcmhub.mail;

import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Attachment;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;

/**
 * Sends through Amazon SES v2 from a verified sender identity. Attachments travel in the simple
 * message itself (SES builds the MIME parts), so no MIME is assembled here.
 */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        List<Attachment> attachments = mail.attachments().stream().map(a -> Attachment.builder()
                .fileName(a.fileName())
                .contentType(a.contentType())
                .contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                .rawContent(SdkBytes.fromByteArray(a.content()))
                .build()).toList();
        ses.sendEmail(r -> r.fromEmailAddress(from)
                .destination(d -> d.toAddresses(mail.to()))
                .content(c -> c.simple(m -> {
                    m.subject(s -> s.data(mail.subject()).charset("UTF-8"))
                            .body(b -> b.text(t -> t.data(mail.text()).charset("UTF-8")));
                    if (!attachments.isEmpty()) {
                        m.attachments(attachments);
                    }
                }))
                .emailTags(t -> t.name("kind").value(mail.kind())));
    }
}
