package org.lcmhub.community.webhook;

/**
 * Keeps webhook addresses (which carry their own credentials) unreadable in the table. The
 * context (cohort and audience) is bound to the sealed value, so a value copied to another cohort's
 * item does not open. Adapters: {@link AesGcmSecretBox} (a key in the local hub's data folder) and
 * {@link org.lcmhub.community.webhook.kms.KmsSecretBox} (the stack's KMS key, on AWS).
 */
public interface SecretBox {
    String seal(String plain, String context);

    /** The plain text; {@link IllegalStateException} when the value was not sealed for this context. */
    String open(String sealed, String context);
}
