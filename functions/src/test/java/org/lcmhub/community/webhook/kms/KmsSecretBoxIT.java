package org.lcmhub.community.webhook.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.community.webhook.AesGcmSecretBox;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;

/** The KMS secret box through the real SDK (the functions' own client configuration) against moto's KMS. */
@ExtendWith(MotoExtension.class)
class KmsSecretBoxIT {
    private static final String URL = "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX";
    private static KmsClient kms;
    private static String key;
    private static String otherKey;

    @BeforeAll
    static void keys(Moto moto) {
        kms = KmsSecretBox.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        key = newKey();
        otherKey = newKey();
    }

    private static String newKey() {
        return kms.createKey(r -> r.keySpec(KeySpec.SYMMETRIC_DEFAULT).keyUsage(KeyUsageType.ENCRYPT_DECRYPT)
                .description("webhooks")).keyMetadata().arn();
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void aSealedAddressOpensForItsOwnCohortAndAudienceOnly() {
        KmsSecretBox box = new KmsSecretBox(kms, key);
        String sealed = box.seal(URL, "c-1/learners");

        assertThat(sealed).startsWith("kms1:").doesNotContain("hooks.slack.com").doesNotContain("XXXX");
        assertThat(box.seal(URL, "c-1/learners")).as("each seal is fresh").isNotEqualTo(sealed);
        assertThat(box.open(sealed, "c-1/learners")).isEqualTo(URL);
        assertThatThrownBy(() -> box.open(sealed, "c-1/staff")).as("another audience")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(sealed, "c-2/learners")).as("another cohort")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueIsRefused() {
        KmsSecretBox box = new KmsSecretBox(kms, key);
        String sealed = box.seal(URL, "c-1/staff");
        byte[] blob = Base64.getDecoder().decode(sealed.substring("kms1:".length()));
        blob[blob.length - 1] ^= 1;
        String tampered = "kms1:" + Base64.getEncoder().encodeToString(blob);

        assertThatThrownBy(() -> box.open(tampered, "c-1/staff")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("kms1:not base64!", "c-1/staff")).isInstanceOf(IllegalStateException.class);
        assertThat(box.open(sealed, "c-1/staff")).isEqualTo(URL);
    }

    @Test
    void aValueSealedUnderAnotherKeyOrByTheLocalBoxIsRefused() {
        String underOther = new KmsSecretBox(kms, otherKey).seal(URL, "c-1/learners");
        assertThat(new KmsSecretBox(kms, otherKey).open(underOther, "c-1/learners")).isEqualTo(URL);
        // KMS refuses a Decrypt naming another key than the ciphertext's: AWS answers
        // IncorrectKeyException (the box's "does not open"), moto AccessDeniedException.
        assertThatThrownBy(() -> new KmsSecretBox(kms, key).open(underOther, "c-1/learners"))
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(IllegalStateException.class),
                        e -> assertThat(e).isInstanceOf(KmsException.class).extracting(
                                t -> ((KmsException) t).awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));

        String local = new AesGcmSecretBox(new byte[32]).seal(URL, "c-1/learners");
        assertThatThrownBy(() -> new KmsSecretBox(kms, key).open(local, "c-1/learners"))
                .isInstanceOf(IllegalStateException.class);
    }
}
