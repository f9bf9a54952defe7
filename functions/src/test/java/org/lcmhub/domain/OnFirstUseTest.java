package org.lcmhub.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {
    @Test
    void buildsOnTheFirstUseOnlyAndOnce() {
        AtomicInteger builds = new AtomicInteger();
        OnFirstUse<String> lazy = new OnFirstUse<>(() -> "client " + builds.incrementAndGet());
        assertThat(builds).hasValue(0);
        assertThat(lazy.get()).isEqualTo("client 1");
        assertThat(lazy.get()).isEqualTo("client 1");
        assertThat(builds).hasValue(1);
    }

    @Test
    void beforeASnapshotEveryOneIsBuiltAndAFailureWaitsForTheFirstUse() {
        AtomicInteger builds = new AtomicInteger();
        OnFirstUse<String> lazy = new OnFirstUse<>(() -> "client " + builds.incrementAndGet());
        AtomicInteger attempts = new AtomicInteger();
        OnFirstUse<String> failing = new OnFirstUse<>(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("no region yet");
            }
            return "late";
        });
        OnFirstUse.buildAll();
        assertThat(builds).hasValue(1);
        assertThat(attempts).hasValue(1);
        assertThat(lazy.get()).isEqualTo("client 1");
        assertThat(failing.get()).isEqualTo("late");
        OnFirstUse.buildAll();
        assertThat(builds).hasValue(1);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aFailedBuildIsTriedAgainOnTheNextUse() {
        AtomicInteger attempts = new AtomicInteger();
        OnFirstUse<String> lazy = new OnFirstUse<>(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("unreachable");
            }
            return "built";
        });
        assertThatThrownBy(lazy::get).hasMessage("unreachable");
        assertThat(lazy.get()).isEqualTo("built");
    }
}
