package org.lcmhub.mail;

import java.util.function.Supplier;
import org.lcmhub.domain.Log;

/**
 * Mail about a write that has committed. The write stands whatever happens to its mail, so a
 * failure (writing the message or handing it over) is logged, never thrown back to the caller.
 */
public final class AfterCommit {
    private AfterCommit() {
    }

    /** Sends the message; false, with {@code "Could not " + what} logged, when that failed. */
    public static boolean send(Mailer mailer, Supplier<Mail> mail, String what) {
        try {
            mailer.send(mail.get());
            return true;
        } catch (RuntimeException e) {
            Log.warn("Could not " + what + ": " + e);
            return false;
        }
    }

    public static boolean send(Mailer mailer, Mail mail, String what) {
        return send(mailer, () -> mail, what);
    }
}
