package org.lcmhub.community.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretBoxTest {
    private static final String URL = "https://hooks.slack.com/services/T0/B0/secret123";

    @Test
    void aSealedAddressOpensWithItsKeyAndContextOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/webhooks.key");
        SecretBox box = AesGcmSecretBox.inFile(file);
        String sealed = box.seal(URL, "c1/learners");
        assertThat(sealed).doesNotContain("secret123").doesNotContain("hooks.slack.com");
        assertThat(box.seal(URL, "c1/learners")).isNotEqualTo(sealed); // a fresh nonce each time
        assertThat(AesGcmSecretBox.inFile(file).open(sealed, "c1/learners")).isEqualTo(URL);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> box.open(sealed, "c2/learners")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AesGcmSecretBox.inFile(dir.resolve("other.key")).open(sealed, "c1/learners"))
                .isInstanceOf(IllegalStateException.class);
        byte[] raw = java.util.Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> box.open(tampered, "c1/learners")).isInstanceOf(IllegalStateException.class);
    }
}
