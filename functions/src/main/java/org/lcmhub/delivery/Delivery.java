package org.lcmhub.delivery;

import org.lcmhub.mail.MailQueue;
import org.lcmhub.mail.Mailer;

/**
 * Sends one queued message at most once: claims it, hands it to the mail adapter, then removes it
 * from the queue. A message already sent (gone) is done; one another sender holds, or one the
 * adapter refused, is a failure the stream hands over again later (released first, if ours).
 */
public final class Delivery {
    private final MailQueue queue;
    private final Mailer mailer;

    public Delivery(MailQueue queue, Mailer mailer) {
        this.queue = queue;
        this.mailer = mailer;
    }

    /** Not sent now; the same stream record is to be tried again. */
    public static final class NotSent extends RuntimeException {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** True when this call sent the message, false when it had been sent already. */
    public boolean deliver(String pk) {
        MailQueue.Claim claim = queue.claim(pk);
        if (claim.gone()) {
            return false;
        }
        if (claim.heldElsewhere()) {
            throw new NotSent(pk + " is held by another sender", null);
        }
        try {
            mailer.send(claim.mail());
        } catch (RuntimeException e) {
            queue.release(claim);
            throw new NotSent("Could not send " + pk + " (" + claim.mail().kind() + "): " + e, e);
        }
        queue.delivered(claim);
        return true;
    }
}
