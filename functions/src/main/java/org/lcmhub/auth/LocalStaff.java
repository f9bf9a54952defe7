package org.lcmhub.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local hub's staff directory: its issuer signs anyone in with the address and role they
 * choose, and the same address always gets the same {@code sub}, so inviting only computes it;
 * the hub mails the invitation itself. It keeps the name given with an invitation as Cognito
 * keeps a new user's: the first one stays, and the local sign-in puts it in the ID token.
 */
public final class LocalStaff implements StaffInvitations {
    /** Where the names are kept: the hub's table, or memory where nothing else runs. */
    public interface Names {
        /** The name kept for {@code sub}, or null. */
        String nameOf(String sub);

        /** Keeps {@code name} unless one is kept already; returns the name kept afterwards. */
        String keep(String sub, String email, String name);

        static Names inMemory() {
            Map<String, String> names = new ConcurrentHashMap<>();
            return new Names() {
                @Override
                public String nameOf(String sub) {
                    return names.get(sub);
                }

                @Override
                public String keep(String sub, String email, String name) {
                    return names.computeIfAbsent(sub, s -> name);
                }
            };
        }
    }

    private final Names names;

    public LocalStaff() {
        this(Names.inMemory());
    }

    public LocalStaff(Names names) {
        this.names = names;
    }

    /** The staff member's stable id in the local hub: a name-based UUID of the lower-cased address. */
    public static String subFor(String email) {
        return UUID.nameUUIDFromBytes(("lcm-hub-local:" + email.toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public Invited invite(String email, String group) {
        return invite(email, group, null);
    }

    @Override
    public Invited invite(String email, String group, String name) {
        String address = email.toLowerCase(Locale.ROOT);
        String sub = subFor(address);
        String kept = name == null ? names.nameOf(sub) : names.keep(sub, address, name);
        return new Invited(sub, address, false, kept);
    }

    /** Its sign-in takes an address and a role, no password. */
    @Override
    public boolean asksPassword() {
        return false;
    }
}
