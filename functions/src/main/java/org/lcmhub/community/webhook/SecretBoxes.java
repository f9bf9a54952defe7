package org.lcmhub.community.webhook;

import java.nio.file.Path;
import org.lcmhub.store.Env;

/** The secret box this environment configures: the local hub's key file; null when there is none. */
public final class SecretBoxes {
    /** Path of the AES key file (the local hub sets it inside its data folder). */
    public static final String KEY_FILE_ENV = "HUB_WEBHOOK_KEY_FILE";
    /** Where the local hub keeps posts instead of sending them ({@code /dev/webhooks}); unset on AWS. */
    public static final String OUTBOX_ENV = "HUB_WEBHOOK_OUTBOX";

    private SecretBoxes() {
    }

    public static SecretBox fromEnv() {
        String file = Env.get(KEY_FILE_ENV);
        return file == null ? null : AesGcmSecretBox.inFile(Path.of(file));
    }
}
