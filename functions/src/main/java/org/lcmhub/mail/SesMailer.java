package org.lcmhub.mail;

import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Sends through Amazon SES v2 from a verified sender identity. */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        ses.sendEmail(r -> r.fromEmailAddress(from)
                .destination(d -> d.toAddresses(mail.to()))
                .content(c -> c.simple(m -> m
                        .subject(s -> s.data(mail.subject()).charset("UTF-8"))
                        .body(b -> b.text(t -> t.data(mail.text()).charset("UTF-8")))))
                .emailTags(t -> t.name("kind").value(mail.kind())));
    }
}
