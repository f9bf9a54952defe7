package org.lcmhub.community.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lcmhub.community.webhook.kms.KmsSecretBox;

/** Which box the environment selects: KMS where a key is named, the key file otherwise, else none. */
class SecretBoxesTest {
    private static final List<String> NAMES = List.of(SecretBoxes.KMS_KEY_ENV, SecretBoxes.KEY_FILE_ENV, "aws.region");
    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void remember() {
        NAMES.forEach(n -> before.put(n, System.getProperty(n)));
        NAMES.forEach(System::clearProperty);
        System.setProperty("aws.region", "eu-west-3");
    }

    @AfterEach
    void restore() {
        before.forEach((n, v) -> {
            if (v == null) {
                System.clearProperty(n);
            } else {
                System.setProperty(n, v);
            }
        });
    }

    @Test
    void aNamedKmsKeyWinsOverTheKeyFile(@TempDir Path dir) {
        System.setProperty(SecretBoxes.KMS_KEY_ENV, "arn:aws:kms:eu-west-3:111122223333:key/0f0e0d0c");
        System.setProperty(SecretBoxes.KEY_FILE_ENV, dir.resolve("webhooks.key").toString());

        assertThat(SecretBoxes.fromEnv()).isInstanceOf(KmsSecretBox.class);
        assertThat(dir.resolve("webhooks.key")).as("no local key made").doesNotExist();
    }

    @Test
    void aBlankKmsKeyLeavesTheKeyFile(@TempDir Path dir) throws Exception {
        System.setProperty(SecretBoxes.KMS_KEY_ENV, " ");
        System.setProperty(SecretBoxes.KEY_FILE_ENV, dir.resolve("webhooks.key").toString());

        SecretBox box = SecretBoxes.fromEnv();
        assertThat(box).isInstanceOf(AesGcmSecretBox.class);
        assertThat(Files.size(dir.resolve("webhooks.key"))).isEqualTo(32);
        assertThat(box.open(box.seal("https://example.org/hook", "c/learners"), "c/learners"))
                .isEqualTo("https://example.org/hook");
    }

    @Test
    void neitherMeansNoBox() {
        assertThat(SecretBoxes.fromEnv()).isNull();
    }
}
