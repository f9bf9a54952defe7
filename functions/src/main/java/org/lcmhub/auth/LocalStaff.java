package org.lcmhub.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The local hub's staff directory: its issuer signs anyone in with the address and role they
 * choose, and the same address always gets the same {@code sub}, so inviting only computes it;
 * the hub mails the invitation itself.
 */
public final class LocalStaff implements StaffInvitations {

    /** The staff member's stable id in the local hub: a name-based UUID of the lower-cased address. */
    public static String subFor(String email) {
        return UUID.nameUUIDFromBytes(("lcm-hub-local:" + email.toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public Invited invite(String email, String group) {
        String address = email.toLowerCase(Locale.ROOT);
        return new Invited(subFor(address), address, false);
    }
}
