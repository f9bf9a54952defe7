package org.lcmhub.testing;

import java.util.ArrayList;
import java.util.List;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;

/** Keeps what was sent, for assertions. */
public final class RecordingMailer implements Mailer {
    public final List<Mail> sent = new ArrayList<>();

    @Override
    public synchronized void send(Mail mail) {
        sent.add(mail);
    }
}
