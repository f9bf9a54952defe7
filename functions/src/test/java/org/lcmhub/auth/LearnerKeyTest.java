package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerKeyTest {
    @Test
    void carriesAtLeast128RandomBitsAndOnlyItsHashIsKept() {
        LearnerKey key = LearnerKey.issue("3f2a6c1e-0000-4000-8000-000000000001");
        assertThat(Base64.getUrlDecoder().decode(key.secret())).hasSize(32);
        assertThat(key.hash()).hasSize(64).doesNotContain(key.secret());
        assertThat(key.toString()).doesNotContain(key.secret());
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(LearnerKey.issue("x").secret());
        }
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void parsesWhatItPrintsAndMatchesOnlyItsOwnHash() {
        LearnerKey key = LearnerKey.issue("3f2a6c1e-0000-4000-8000-000000000001");
        LearnerKey parsed = LearnerKey.parse(key.token());
        assertThat(parsed).isEqualTo(key);
        assertThat(parsed.matches(key.hash())).isTrue();
        assertThat(LearnerKey.issue(key.learnerId()).matches(key.hash())).isFalse();
        assertThat(parsed.matches(null)).isFalse();
    }

    @Test
    void refusesAnythingNotShapedLikeAKey() {
        for (String bad : new String[] {null, "", "abc", ".secret", "id.", "id.short", "id with space." + "a".repeat(43),
                "id." + "a".repeat(42) + "=", "id." + "a".repeat(44)}) {
            assertThat(LearnerKey.parse(bad)).as(String.valueOf(bad)).isNull();
        }
    }
}
