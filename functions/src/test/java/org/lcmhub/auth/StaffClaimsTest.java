package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

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
}
