package org.lcmhub.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.lcmhub.store.Env;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Chooses the mail adapter from the function's configuration. */
public final class Mailers {
    /** Set by the local hub only: write mail to this folder instead of sending it. */
    public static final String OUTBOX_ENV = "HUB_MAIL_OUTBOX";
    /** The verified SES sender, from template.yaml. */
    public static final String FROM_ENV = "HUB_MAIL_FROM";

    private Mailers() {
    }

    public static Mailer fromEnv() {
        String outbox = Env.get(OUTBOX_ENV);
        if (outbox != null && !outbox.isBlank()) {
            return new OutboxMailer(Path.of(outbox), Clock.systemUTC());
        }
        SesV2Client ses = SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build())
                .build();
        return new SesMailer(ses, Env.require(FROM_ENV));
    }
}
