package org.lcmhub.community.webhook;

import java.nio.file.Path;
import org.lcmhub.community.webhook.kms.KmsSecretBox;
import org.lcmhub.store.Env;

/**
 * The secret box this environment configures: the stack's KMS key where template.yaml names one
 * (on AWS), else the local hub's key file; null when there is neither (the webhook routes then
 * answer 503).
 */
public final class SecretBoxes {
    /** Path of the AES key file (the local hub sets it inside its data folder). */
    public static final String KEY_FILE_ENV = "HUB_WEBHOOK_KEY_FILE";
    /** The KMS key's id or ARN; blank where there is no KMS (the local hub blanks it). */
    public static final String KMS_KEY_ENV = KmsSecretBox.KEY_ENV;
    /** Where the local hub keeps posts instead of sending them ({@code /dev/webhooks}); unset on AWS. */
    public static final String OUTBOX_ENV = "HUB_WEBHOOK_OUTBOX";

    private SecretBoxes() {
    }

    public static SecretBox fromEnv() {
        String key = Env.get(KMS_KEY_ENV);
        if (key != null && !key.isBlank()) {
            return KmsSecretBox.onFirstUse(key.strip());
        }
        String file = Env.get(KEY_FILE_ENV);
        return file == null || file.isBlank() ? null : AesGcmSecretBox.inFile(Path.of(file));
    }
}
