package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffClaimsTest {
    @Test
    void readsGroupsInEveryShapeApiGatewayMayPassThem() {
        assertThat(StaffClaims.groups("[lcm mentor]")).containsExactly("lcm", "mentor");
        assertThat(StaffClaims.groups("lcm")).containsExactly("lcm");
        assertThat(StaffClaims.groups("[\"lcm\",\"mentor\"]")).containsExactly("lcm", "mentor");
        assertThat(StaffClaims.groups("[]")).isEmpty();
        assertThat(StaffClaims.groups(null)).isEmpty();
    }

    @Test
    void theCallerCarriesTheNameClaimOfTheIdToken() {
        Caller alice = StaffClaims.caller(Map.of("sub", "s-1", "token_use", "id", "email", "alice@example.org",
                "cognito:groups", "[lcm]", "name", "Alice Martin"));

        assertThat(alice.name()).isEqualTo("Alice Martin");
        assertThat(alice.email()).isEqualTo("alice@example.org");
        assertThat(alice.isLcm()).isTrue();
    }

    @Test
    void aTokenWithoutANameGivesNoName() {
        assertThat(StaffClaims.caller(Map.of("sub", "s-1", "email", "bruno@example.org")).name()).isNull();
        assertThat(StaffClaims.caller(Map.of("sub", "s-1", "name", " \t ")).name()).isNull();
    }

    @Test
    void aNameIsKeptOnOneLineAndCutWhenOverlong() {
        assertThat(new Caller("s", "e@example.org", Set.of(), "  Chloé\n\u200bDubois ").name()).isEqualTo("Chloé Dubois");
        assertThat(new Caller("s", "e@example.org", Set.of(), "x".repeat(300)).name()).hasSize(Caller.NAME_MAX);
    }
}
