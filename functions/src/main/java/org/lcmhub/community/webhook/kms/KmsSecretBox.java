package org.lcmhub.community.webhook.kms;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import org.lcmhub.domain.OnFirstUse;
import org.lcmhub.community.webhook.SecretBox;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * Seals with the stack's KMS key (Encrypt / Decrypt; a webhook address is far below the 4 KB
 * that KMS encrypts directly, so no data key is needed). The context is the KMS encryption
 * context, which KMS binds to the ciphertext as the AES box binds its associated data: a value
 * copied to another cohort's or audience's item does not decrypt. Decrypt names the key too, so a
 * value sealed under any other key is refused rather than opened with it.
 *
 * <p>Only a value that cannot be opened turns into {@link IllegalStateException}; KMS being
 * unreachable or throttling stays an SDK exception, so that it answers 503 and is not logged as
 * a broken address.
 */
public final class KmsSecretBox implements SecretBox {
    /** The key's id, ARN or alias; template.yaml sets it on the community functions. */
    public static final String KEY_ENV = "WEBHOOK_KMS_KEY_ID";
    /** The encryption context's one entry; its value is the box's context (cohort and audience). */
    static final String CONTEXT_KEY = "lcmhub:webhook";
    private static final String PREFIX = "kms1:";

    // As the store's client: KMS answers in milliseconds, so an attempt this long is KMS in
    // trouble; three attempts at most, all of them well within the API functions' 20 s.
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    static final int MAX_ATTEMPTS = 3;

    private final Supplier<KmsClient> kms;
    private final String keyId;

    public KmsSecretBox(KmsClient kms, String keyId) {
        this(() -> kms, keyId);
    }

    private KmsSecretBox(Supplier<KmsClient> kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    /** The box of the stack's key; its client is built when an address is first sealed or opened. */
    public static KmsSecretBox onFirstUse(String keyId) {
        return new KmsSecretBox(new OnFirstUse<>(() -> builder().build()), keyId);
    }

    /** The client's configuration without its endpoint, region or credentials (tests add their own). */
    public static KmsClientBuilder builder() {
        return KmsClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT)
                        .build())
                .overrideConfiguration(c -> c
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .apiCallTimeout(CALL_TIMEOUT)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS).build()));
    }

    @Override
    public String seal(String plain, String context) {
        SdkBytes blob = kms.get().encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String(plain))
                .encryptionContext(Map.of(CONTEXT_KEY, context))).ciphertextBlob();
        return PREFIX + Base64.getEncoder().encodeToString(blob.asByteArray());
    }

    @Override
    public String open(String sealed, String context) {
        byte[] blob;
        try {
            if (!sealed.startsWith(PREFIX)) {
                throw new IllegalStateException("Not a value sealed with KMS");
            }
            blob = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Not a value sealed with KMS", e);
        }
        try {
            return kms.get().decrypt(r -> r.keyId(keyId).ciphertextBlob(SdkBytes.fromByteArray(blob))
                    .encryptionContext(Map.of(CONTEXT_KEY, context))).plaintext().asUtf8String();
        } catch (InvalidCiphertextException | IncorrectKeyException e) {
            throw new IllegalStateException("The value does not open with this key and context", e);
        }
    }
}
